"""Notices, closures and the calendar with a fixed clock: what holds, what the way and the hours then are."""
from datetime import date, datetime
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter

from sites import check

LIFTS_CLOSED = """notices:
  - id: aufzug-wartung
    text: Der Aufzug wird gewartet. Bitte fragen Sie an der Infotheke.
    from: 2026-12-01
    until: 2026-12-31
    closes: [aufzug-eg]
    shows: everywhere
special_days:
  - date: 2026-12-24
    name: Heiligabend
  - date: 2026-12-31
    name: Silvester
    hours: ["08:00-12:00"]
"""


@pytest.fixture
def closed_site(mini_site: Path) -> Path:
    (mini_site / "notices.yaml").write_text(LIFTS_CLOSED, encoding="utf-8")
    site_file = mini_site / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace(
        "  service_point: infotheke\n", "  service_point: infotheke\n  holidays: {country: DE, state: SN}\n"),
        encoding="utf-8")
    return mini_site


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


def test_a_closure_starts_and_ends_by_the_clock_alone(closed_site: Path) -> None:
    site = load_checked(closed_site)
    clock = Clock(datetime(2026, 11, 30, 23, 59))
    presenter = Presenter(site.content, site.routes, "foyer", clock=clock)
    before = presenter.service("de", "antrag", step_free=True)
    assert before.steps and before.notices == ()
    clock.moment = datetime(2026, 12, 1, 0, 0)
    during = presenter.service("de", "antrag", step_free=True)
    assert during.steps == ()
    assert during.step_free_notice == ("Zurzeit gibt es keinen Weg ohne Treppen. Gesperrt bis \u2068Donnerstag, 31. "
                                       "Dezember 2026\u2069: \u2068Aufzug\u2069. Bitte fragen Sie hier nach Hilfe: "
                                       "\u2068Infotheke\u2069.")
    assert during.notices == ("Der Aufzug wird gewartet. Bitte fragen Sie an der Infotheke. "
                              "(bis \u2068Donnerstag, 31. Dezember 2026\u2069)",)
    assert presenter.concerns("de").notices == during.notices
    assert presenter.service("de", "antrag", step_free=False).steps  # the stairs stay open
    clock.moment = datetime(2027, 1, 1, 0, 0)  # "until" a date includes that whole day
    assert presenter.service("de", "antrag", step_free=True).steps == before.steps


def test_saxony_closes_on_its_own_holidays_2025_to_2030_and_names_them(closed_site: Path) -> None:
    site = load_checked(closed_site)
    presenter = Presenter(site.content, site.routes, "foyer")
    repentance = {2025: date(2025, 11, 19), 2026: date(2026, 11, 18), 2027: date(2027, 11, 17),
                  2028: date(2028, 11, 22), 2029: date(2029, 11, 21), 2030: date(2030, 11, 20)}
    for year, wednesday in repentance.items():
        assert presenter.service("de", "antrag", step_free=False, today=wednesday).hours_today == \
            "Heute geschlossen: \u2068Buß- und Bettag\u2069"
        reformation = presenter.service("ar", "antrag", step_free=False, today=date(year, 10, 31)).hours_today
        assert "يوم الإصلاح" in reformation
    assert presenter.service("de", "antrag", step_free=False, today=date(2026, 11, 17)).hours_today == \
        "\u206608:00–12:00 Uhr und 13:00–18:00 Uhr\u2069"


def test_special_days_close_or_change_the_hours_and_show_in_the_week(closed_site: Path) -> None:
    site = load_checked(closed_site)
    presenter = Presenter(site.content, site.routes, "foyer")
    assert presenter.service("de", "antrag", step_free=False, today=date(2026, 12, 24)).hours_today == \
        "Heute geschlossen: \u2068Heiligabend\u2069"
    assert presenter.service("de", "antrag", step_free=False, today=date(2026, 12, 31)).hours_today == \
        "\u206608:00–12:00 Uhr\u2069 (\u2068Silvester\u2069)"
    # The mini site opens on Mondays and Tuesdays only: a day is listed where it differs from its weekday.
    week = presenter.information("de", today=date(2026, 12, 28)).hours
    assert ("\u2068Do. 31 Dez.\u2069", "\u206608:00–12:00 Uhr\u2069 (\u2068Silvester\u2069)") in week
    assert not any("24 Dez." in day for day, _ in week)
    easter = presenter.information("de", today=date(2027, 3, 26)).hours
    assert ("\u2068Mo. 29 März\u2069", "geschlossen: \u2068Ostermontag\u2069") in easter
    assert not any("Sa." in day for day, _ in easter)  # Easter Saturday is no holiday; Sunday is closed anyway


def test_notice_mistakes_are_located(mini_site: Path) -> None:
    (mini_site / "notices.yaml").write_text("""notices:
  - id: falsch
    text: Falsch.
    from: 2026-12-10
    until: 2026-12-01
  - id: unbekannt
    text: Unbekannt.
    until: morgen
    closes: [aufzug-og]
    shows: nirgends
special_days:
  - {date: "2026-12-24 08:00", name: Heiligabend}
  - {date: 2026-12-31, name: Silvester}
  - {date: 2026-12-31, name: Silvester kurz, hours: ["08:00-10:00"]}
""", encoding="utf-8")
    assert check(mini_site) == [
        'notices.yaml:2:5: error: The notice ends before it starts. Check "from" and "until"; a date given for '
        '"until" is included whole.',
        'notices.yaml:8:12: error: "morgen" is not a date. Write it like 2026-12-24, or with a time: 2026-12-24 08:00.',
        'notices.yaml:12:12: error: "2026-12-24 08:00" has a time; a special day is a whole day. Write the date only, '
        'e.g. 2026-12-24; its hours go under "hours".',
        'notices.yaml:14:12: error: The date 2026-12-31 is a special day twice (first at notices.yaml:13:12). Keep '
        'one entry per date, with the hours that hold that day.',
    ]
    (mini_site / "notices.yaml").write_text("""notices:
  - id: unbekannt
    text: Unbekannt.
    closes: [aufzug-og]
    shows: nirgends
""", encoding="utf-8")
    problems = check(mini_site)
    assert problems[0].startswith('notices.yaml:4:14: error: There is no place or connection with the id '
                                  '"aufzug-og". Did you mean')
    assert problems[1].startswith('notices.yaml:5:12: error: "nirgends" is not a concern, place or floor, nor '
                                  '"everywhere".')


def test_a_notice_that_cuts_a_concern_off_is_a_warning_naming_it(mini_site: Path) -> None:
    (mini_site / "notices.yaml").write_text("""notices:
  - id: zu
    text: Der Raum ist gesperrt.
    closes: [raum-1-010]
""", encoding="utf-8")
    site = load_checked(mini_site)
    assert site.content is not None
    assert [problem.render().replace(f"{mini_site}/", "") for problem in site.problems] == [
        'notices.yaml:4:13: warning: While the notice "zu" holds, nobody can reach the concern "antrag" from any '
        'kiosk. Check what it closes; if that is right, say in its text where to go instead.']


def test_the_command_line_lists_notices_hours_and_routes_at_a_moment(closed_site: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["notices", "--site", str(closed_site), "--at", "2026-12-02 10:00"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "aufzug-wartung: Der Aufzug wird gewartet. Bitte fragen Sie an der Infotheke.",
        "  from 2026-12-01 until 2026-12-31", "  closes: aufzug-eg"]
    assert main(["notices", "--site", str(closed_site), "--at", "2027-01-01"]) == 0
    assert capsys.readouterr().out == "No notice holds at 2027-01-01 00:00.\n"
    assert main(["hours", "--site", str(closed_site), "--on", "2026-11-18"]) == 0
    assert capsys.readouterr().out == "2026-11-18: Heute geschlossen: Buß- und Bettag\n"
    assert main(["route", "--site", str(closed_site), "--to", "antrag", "--step-free", "--at", "2026-12-02"]) == 0
    assert "no step-free route" in capsys.readouterr().out
    assert main(["route", "--site", str(closed_site), "--to", "antrag", "--step-free", "--at", "2027-01-02"]) == 0
    assert capsys.readouterr().out.startswith("1. ")
    assert main(["notices", "--site", str(closed_site), "--at", "bald"]) == 2


@pytest.mark.parametrize(("region", "said"), [
    ("{country: DX, state: SN}", ['no public holidays known for the country "DX"', "DE"]),
    ("{country: DE, state: SX}", ['"SX" is not a state of DE']),
])
def test_a_holiday_region_the_calendar_does_not_know_is_said(closed_site: Path, region: str,
                                                               said: list[str]) -> None:
    site_file = closed_site / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace("{country: DE, state: SN}", region),
                         encoding="utf-8")
    problems = [line for line in check(closed_site) if "site.yaml" in line]
    assert len(problems) == 1 and all(part in problems[0] for part in said), problems
