"""What screens show, asked of the pure-Python view layer without a window."""
from datetime import date

from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.text import strip_isolates
from kiosk.views.presenter import Presenter

from sites import MINI_SITE

SITE = load_checked(BUNDLED_SITE)
TUESDAY, WEDNESDAY = date(2026, 11, 24), date(2026, 11, 25)


def test_the_service_screen_in_pashto_from_the_waiting_area_step_free() -> None:
    view = Presenter(SITE.content, SITE.routes, "wartebereich-3og").service(
        "ps", "einbuergerung", step_free=True, today=TUESDAY)
    assert view.room_heading == ""  # the waiting area has no room number: its name stands there
    assert "4" in strip_isolates(view.floor)
    assert [step.pictogram for step in view.steps].count("step-lift") == 1
    assert "step-stairs-up" not in [step.pictogram for step in view.steps]
    assert [plan.floor for plan in view.maps] == ["3og", "4og"]
    assert view.maps[0].you_are_here is not None and view.maps[-1].destination is not None
    assert strip_isolates(view.hours_today) == "08:00–12:00 او 13:00–18:00"


def test_fees_in_the_locales_currency_format_and_closed_days() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    german = presenter.service("de", "verpflichtungserklaerung", step_free=False, today=WEDNESDAY)
    assert [strip_isolates(fee) for fee in german.fees] == ["pro Verpflichtungserklärung: 29,00\xa0€"]
    assert "geschlossen" in german.hours_today.lower()
    assert german.appointment.startswith("Sie brauchen einen Termin")


def test_the_week_says_which_days_are_closed_rather_than_leaving_them_out() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    week = dict(presenter.information("de", today=TUESDAY).hours)
    assert week["Mittwoch"] == "geschlossen" and week["Samstag\u2009–\u2009Sonntag"] == "geschlossen"
    assert "مغلق" in dict(presenter.information("ar", today=TUESDAY).hours).values()


def test_no_step_free_way_sends_the_visitor_to_the_service_point(tmp_path) -> None:
    import shutil

    folder = tmp_path / "site"
    shutil.copytree(MINI_SITE, folder)
    building = folder / "building.yaml"
    building.write_text(building.read_text().replace("  - {from: aufzug-eg, to: aufzug-og1, type: elevator}\n", ""))
    site = load_checked(folder)
    view = Presenter(site.content, site.routes, "foyer").service("de", "antrag", step_free=True, today=TUESDAY)
    assert view.steps == () and view.maps == ()
    assert "Infotheke" in strip_isolates(view.step_free_notice)


def test_the_welcome_screen_offers_every_language_in_its_own_script() -> None:
    view = Presenter(SITE.content, SITE.routes, "foyer").welcome()
    assert [choice.locale for choice in view.languages] == list(SITE.content.site.languages)
    assert dict((choice.locale, choice.endonym) for choice in view.languages)["fa_AF"] == "دری"
    assert len({greeting for _, greeting in view.greetings}) == len(view.greetings)


def test_a_concern_with_hours_of_its_own_shows_their_note_today_and_for_the_week() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    german = presenter.service("de", "aufenthaltskarte-abholen", step_free=False, today=WEDNESDAY)
    arabic = presenter.service("ar", "aufenthaltskarte-abholen", step_free=False, today=WEDNESDAY)
    assert german.hours_note == "Abholung ohne Termin."
    assert arabic.hours_note and arabic.hours_note != german.hours_note and "Termin" not in arabic.hours_note
    information = presenter.information("de", "aufenthaltskarte-abholen")
    assert information.concern_hours is not None
    assert strip_isolates(information.concern_hours.heading) == "Öffnungszeiten: Aufenthaltskarte abholen"
    assert information.concern_hours.note == "Abholung ohne Termin." and information.concern_hours.hours
    assert information.hours_note == "Vorsprache nur mit Termin."  # the office's own week and note stay


def test_a_concern_on_the_office_s_hours_shows_the_office_s_note_and_no_second_week() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    assert presenter.service("de", "aufenthaltstitel-verlaengern", step_free=False).hours_note == \
        "Vorsprache nur mit Termin."
    assert presenter.information("de", "aufenthaltstitel-verlaengern").concern_hours is None
    assert presenter.information("de").concern_hours is None


def test_a_place_without_a_name_is_shown_by_its_kind_never_by_its_id() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    point = SITE.content.places[SITE.content.site.service_point].model_copy(update={"name": None})
    toilet = next(place for place in SITE.content.places.values() if place.kind.value == "toilet")
    unnamed_toilet = toilet.model_copy(update={"name": None, "room": None})
    for locale, expected in (("de", ("Servicepunkt", "Toiletten")), ("ar", ("نقطة الخدمة", "دورات المياه"))):
        labels = tuple(presenter._place_label(place, presenter.names(locale), presenter.say(locale))
                       for place in (point, unnamed_toilet))
        assert labels[0].startswith(expected[0]) and labels[1] == expected[1]
        assert point.id not in labels[0]
