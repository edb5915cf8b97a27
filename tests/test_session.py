"""The visitor's session without a window: where a visit goes, what a live update does to it, the idle reset."""
from dataclasses import asdict

from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter
from kiosk.views.screens import SCREEN_VIEWS, screen_view
from kiosk.views.session import CATEGORY, CONCERNS, INFORMATION, SEARCH, SERVICE, WELCOME, Session

LANGUAGES, SERVICES, CATEGORIES = ("de", "ar"), ("aufenthaltskarte-abholen",), ("ausweis-karte",)


def visiting() -> Session:
    session = Session()
    session.choose_language("ar")
    session.open_category("ausweis-karte")
    session.open_service("aufenthaltskarte-abholen")
    return session


def test_a_visit_goes_forward_and_back() -> None:
    session = visiting()
    assert (session.screen, session.history) == (SERVICE, [CONCERNS, CATEGORY])
    session.go_back()
    assert (session.screen, session.history, session.service_id) == (CATEGORY, [CONCERNS], "aufenthaltskarte-abholen")
    session.go_back()
    session.go_back()  # nothing further back than the concerns
    assert (session.screen, session.history) == (CONCERNS, [])


def test_a_language_switch_keeps_the_concern() -> None:
    session = visiting()
    session.change_language()
    assert session.screen == WELCOME and session.locale == "ar"
    session.choose_language("de")
    assert (session.screen, session.locale, session.service_id) == (SERVICE, "de", "aufenthaltskarte-abholen")
    assert session.history == [CONCERNS, CATEGORY]  # and Back still goes where it went


def test_the_idle_reset_clears_every_field() -> None:
    session = visiting()
    session.toggle_step_free()
    session.toggle_large_text()
    session.show(INFORMATION)
    session.reset()
    assert asdict(session) == asdict(Session())


def test_nothing_is_shown_after_a_reset_that_came_first() -> None:
    session = Session()
    session.show(INFORMATION)  # a tap landing just after the idle reset
    assert session.screen == WELCOME and session.history == []


def test_a_live_update_that_removes_the_concern_on_screen_sends_the_visitor_to_the_concerns() -> None:
    session = visiting()
    session.content_changed(LANGUAGES, services=(), categories=CATEGORIES)
    assert (session.screen, session.history, session.service_id, session.category_id) == (CONCERNS, [], "", "")
    assert session.concern_vanished
    session.open_category("ausweis-karte")
    assert not session.concern_vanished  # the note was for that one return only


def test_a_live_update_that_removes_a_concern_behind_back_counts_too() -> None:
    session = visiting()
    session.show(INFORMATION)
    session.content_changed(LANGUAGES, SERVICES, categories=())
    assert session.screen == CONCERNS and session.concern_vanished


def test_a_live_update_that_keeps_the_concern_changes_nothing() -> None:
    session = visiting()
    before = asdict(session)
    session.content_changed(LANGUAGES, SERVICES, CATEGORIES)
    assert asdict(session) == before


def test_on_the_languages_a_vanished_concern_is_simply_forgotten() -> None:
    session = visiting()
    session.change_language()
    session.content_changed(LANGUAGES, services=(), categories=CATEGORIES)
    assert (session.screen, session.history, session.concern_vanished) == (WELCOME, [], False)
    session.choose_language("de")
    assert session.screen == CONCERNS


def test_a_language_no_longer_offered_starts_the_visit_again() -> None:
    session = visiting()
    session.content_changed(("de",), SERVICES, CATEGORIES)
    assert asdict(session) == asdict(Session())


def test_every_screen_of_a_visit_has_its_view() -> None:
    site = load_checked(BUNDLED_SITE)
    presenter = Presenter(site.content, site.routes, "foyer")
    session = visiting()
    assert set(SCREEN_VIEWS) == {WELCOME, CONCERNS, CATEGORY, SERVICE, INFORMATION, SEARCH}
    assert screen_view(presenter, session).room == "3.032"
    assert screen_view(presenter, session, CATEGORY).services
    session.content_changed(LANGUAGES, services=(), categories=CATEGORIES)
    assert screen_view(presenter, session).note  # why the visitor is back at the concerns


def test_a_search_starts_empty_and_the_reset_forgets_what_was_typed() -> None:
    session = visiting()
    session.open_search()
    session.type_query("Fiktionsbescheinigung")
    assert session.screen == SEARCH and session.query == "Fiktionsbescheinigung"
    session.open_service("fiktionsbescheinigung")
    session.go_back()
    assert session.screen == SEARCH and session.query == "Fiktionsbescheinigung"  # back to the results
    session.open_search()
    assert session.query == ""
    session.type_query("Pass")
    session.reset()
    assert session.query == "" and session.screen == WELCOME


def test_the_search_is_counted_by_its_use_and_the_concern_chosen_never_by_what_was_typed() -> None:
    from kiosk.usage import measures

    events: list[tuple[str, str]] = []
    session = Session(observer=lambda measure, key: events.append((measure, key)))
    session.choose_language("ar")
    session.open_tile("search", "")
    session.type_query("تجنيس")
    session.open_tile("service", "einbuergerung")
    assert events == [(measures.VISITS, "ar"), (measures.SEARCH, ""), (measures.CONCERN, "einbuergerung"),
                      (measures.SEARCH_RESULT, "einbuergerung")]
    assert all("تجنيس" not in key for _, key in events)
