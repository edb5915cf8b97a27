"""The running kiosk while staff edit its content: good changes go live, bad ones never reach the visitor."""
import dataclasses
import shutil
import time
from pathlib import Path

import pytest

from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked

from editing import edit
from kiosk.text import strip_isolates

SERVICE = "aufenthaltskarte-abholen"
ROOM_LINE = 'room: "3.032"'
WITHIN_SECONDS = 10.0


def run_for(seconds: float) -> None:
    """Let the kiosk run (its clock, the watcher, loads finishing) for ``seconds``."""
    from kiosk.ui.screenshot import settle

    until = time.monotonic() + seconds
    while time.monotonic() < until:
        time.sleep(0.05)
        settle(1)


def wait_until(condition, what: str) -> float:
    """Run the kiosk's event loop until ``condition()``; returns the seconds it took."""
    from kiosk.ui.screenshot import settle

    started = time.monotonic()
    while not condition():
        if time.monotonic() - started > WITHIN_SECONDS:
            raise AssertionError(f"not within {WITHIN_SECONDS} s: {what}")
        time.sleep(0.05)
        settle(1)
    return time.monotonic() - started


@pytest.fixture
def live_app(app, tmp_path: Path):
    """The kiosk watching writable copies of the bundled site and translations, quick to notice changes."""
    site, translations = tmp_path / "site", tmp_path / "translations"
    shutil.copytree(BUNDLED_SITE, site)
    shutil.copytree(TRANSLATIONS_DIR, translations)
    original = app.kiosk_config
    app.kiosk_config = dataclasses.replace(original, translations=translations)
    updates = app.start_live_updates(site, poll_seconds=0.1, settle_seconds=0.3)
    wait_until(lambda: updates.live is not None, "the first check of the content")
    yield app, site
    updates.stop()
    app.live_updates, app.kiosk_config = None, original
    app.use_site(load_checked(BUNDLED_SITE))


def shown_room(app) -> str:
    return app.screens.get_screen("service").ids.room.source_text


def on_service(app) -> None:
    app.choose_language("de")
    app.open_tile("service", SERVICE)
    assert shown_room(app) == "3.032"



def test_a_valid_change_is_live_within_seconds_and_the_visitor_stays(live_app) -> None:
    app, site = live_app
    on_service(app)
    edit(site / "building-3og.yaml", ROOM_LINE, 'room: "3.034"')
    took = wait_until(lambda: shown_room(app) == "3.034", "the new room number on screen")
    assert took < 5 and app.screens.current == "service" and app.session.service_id == SERVICE


def test_invalid_half_written_and_deleted_files_leave_the_old_content_live(live_app) -> None:
    app, site = live_app
    on_service(app)
    updates = app.live_updates
    live_before = updates.live

    edit(site / "building-3og.yaml", ROOM_LINE, 'room: "3.034"\n    floor: [')
    wait_until(lambda: updates.rejection is not None, "the invalid change rejected")
    assert updates.live is live_before and shown_room(app) == "3.032"
    assert "building-3og.yaml:55:" in updates.rejection.problems[0].render()

    edit(site / "building-3og.yaml", 'room: "3.034"\n    floor: [', ROOM_LINE)  # fixed again
    wait_until(lambda: updates.live is not live_before, "the repaired content back")
    live_before, rejected_before = updates.live, updates.rejection

    services = site / "services-auslaenderbehoerde.yaml"
    text = services.read_text(encoding="utf-8")
    with services.open("w", encoding="utf-8") as file:  # a slow copy: pauses longer than the watcher waits
        for start in range(0, len(text), len(text) // 3 + 1):
            file.write(text[start:start + len(text) // 3 + 1])
            file.flush()
            run_for(0.8)
            wait_until(lambda: not updates.loading, "no load in progress")
            assert shown_room(app) == "3.032" and app.screens.current == "service"
    assert updates.rejection is not rejected_before  # a half-written state was seen and refused

    (site / "documents.yaml").unlink()
    rejected_before = updates.rejection
    wait_until(lambda: updates.rejection is not rejected_before, "the deletion rejected")
    assert any("reisepass" in problem.render() for problem in updates.rejection.problems)
    assert shown_room(app) == "3.032" and app.screens.current == "service"


def test_a_visitor_whose_concern_was_removed_goes_back_to_the_concerns_with_a_note(live_app) -> None:
    app, site = live_app
    on_service(app)
    edit(site / "services-auslaenderbehoerde.yaml", f"- id: {SERVICE}\n", f"- id: {SERVICE}-neu\n")
    wait_until(lambda: app.screens.current == "concerns", "the visitor back at the concerns")
    note = app.screens.get_screen("concerns").ids.note.source_text
    assert strip_isolates(note) == "Die Informationen wurden gerade aktualisiert. Bitte wählen Sie Ihr Anliegen " \
                                   "noch einmal."
    assert app.locale == "de" and app.session.service_id == ""


def test_a_catalog_change_goes_live_too(live_app, tmp_path: Path) -> None:
    app, _site = live_app
    catalog = app.kiosk_config.translations / "de" / "LC_MESSAGES" / "ui.po"
    edit(catalog, 'msgstr "Raum"', 'msgstr "Zimmer"')
    on_service(app)
    wait_until(lambda: app.screens.get_screen("service").ids.room_heading.source_text == "Zimmer",
               "the new German word on screen")


@pytest.fixture(scope="module")
def site_without_the_service(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("vanished") / "site"
    shutil.copytree(BUNDLED_SITE, folder)
    edit(folder / "services-auslaenderbehoerde.yaml", f"- id: {SERVICE}\n", f"- id: {SERVICE}-neu\n")
    return load_checked(folder)


def test_a_removed_concern_behind_back_also_leads_to_the_concerns(app, site_without_the_service) -> None:
    on_service(app)
    app.show_information()
    try:
        app.use_site(site_without_the_service)
        assert app.screens.current == "concerns" and app.session.history == []
    finally:
        app.use_site(load_checked(BUNDLED_SITE))


def test_a_visitor_choosing_a_language_is_not_pulled_away(app, site_without_the_service) -> None:
    on_service(app)
    app.change_language()
    try:
        app.use_site(site_without_the_service)
        assert app.screens.current == "welcome" and app.session.history == [] and app.session.service_id == ""
        app.choose_language("ar")
        assert app.screens.current == "concerns"
        assert app.screens.get_screen("concerns").ids.note.source_text == ""
    finally:
        app.use_site(load_checked(BUNDLED_SITE))


def test_a_concern_left_behind_earlier_does_not_matter(app, site_without_the_service) -> None:
    on_service(app)
    app.go_back()  # to the concerns (the shortcut) or the topic: the removed concern is no longer in use
    shown = app.screens.current
    try:
        app.use_site(site_without_the_service)
        assert app.screens.current == shown
        assert app.screens.get_screen("concerns").ids.note.source_text == ""
    finally:
        app.use_site(load_checked(BUNDLED_SITE))


def test_a_placeholder_typo_in_a_catalog_is_refused_named_and_survived(live_app) -> None:
    """The restart loop of issue 15: a translator's {meter} for {metres} in one language's catalog."""
    from kiosk.i18n.staff import staff_translator
    from kiosk.views.staff_panel import staff_panel_view
    from kiosk.ui.widgets.qr import CODES

    app, site = live_app
    updates = app.live_updates
    live_before = updates.live
    catalog = app.kiosk_config.translations / "de" / "LC_MESSAGES" / "ui.po"
    edit(catalog, "etwa {metres} m geradeaus.", "etwa {meter} m geradeaus.")
    line = next(number for number, text in enumerate(catalog.read_text(encoding="utf-8").splitlines(), 1)
                if "{meter}" in text)
    wait_until(lambda: updates.rejection is not None, "the broken catalog rejected")
    assert updates.live is live_before
    panel = staff_panel_view(app.title, app.kiosk_id, updates.live, updates.rejection, staff_translator())
    assert any(text.startswith(f"{catalog}:{line}:1: ") and "{meter}" in text for text in panel.lines)

    # A kiosk (re)started on that catalog shows it (a catalog never stops a start): the codes made ahead
    # and the screens must outlive it.
    app.startup.prepare_codes = True
    try:
        app.use_site(load_checked(site))
        run_for(2)  # the pre-generation crashed a few seconds after start, German being the first language
        assert CODES.preparing
        on_service(app)
        steps = {strip_isolates(row.text) for row in app.screens.get_screen("service").ids.steps.children}
        assert "1. Walk on past this screen, straight ahead for about 5 m." in steps  # that one message: English
        assert "2. Biegen Sie rechts ab und gehen Sie etwa 5 m." in steps
    finally:
        app.startup.prepare_codes = False
        CODES.prepare(())
        run_for(0.3)
