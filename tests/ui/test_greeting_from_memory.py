"""A restarted kiosk greets at once with the Welcome it showed last, and takes its content once checked."""
import time
from pathlib import Path

import pytest

from kiosk.config import KioskConfig
from kiosk.views.remembered import recall, remember
from kiosk.views.welcome import LanguageChoice, WelcomeView

from editing import edit

REMEMBERED_GREETING = "Guten Tag (from the last run)"


def run_until(condition, what: str, seconds: float = 15.0) -> None:
    from kiosk.ui.screenshot import settle

    until = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < until, f"not within {seconds} s: {what}"
        time.sleep(0.05)
        settle(1)


@pytest.fixture
def restarted(window, folders: tuple[Path, Path], monkeypatch):
    """Builds a second kiosk on the shared window as `kiosk run` builds it after a restart (it is not drawn there);
    afterwards the shared kiosk is the running app again, for Kivy and for the kv rules' ``app``."""
    from kivy.app import App
    from kivy.lang.parser import global_idmap

    from kiosk.ui.app import WegweiserApp

    shared = App.get_running_app()
    made: list[WegweiserApp] = []

    def restart(memory: Path) -> WegweiserApp:
        site, translations = folders
        app = WegweiserApp(None, None, config=KioskConfig(translations=translations, idle_seconds=10**6),
                           kiosk_mode=False, live_from=site, remembered=recall(memory, site, ""),
                           remember_at=memory, prepare_codes=False)
        app.stops = []
        monkeypatch.setattr(app, "stop", lambda *_args: app.stops.append(True))  # the test session goes on
        app.root = app.build()
        made.append(app)
        return app

    yield restart
    for app in made:
        if app.live_updates is not None:
            app.live_updates.stop()
    App._running_app = shared
    object.__setattr__(global_idmap["app"], "_obj", shared)
    forget_remembered_facts()  # a kiosk that never got its content still had them: later tests read CLDR


def forget_remembered_facts() -> None:
    from kiosk.i18n.locales import forget_remembered_locale_facts
    from kiosk.text.style import text_style

    forget_remembered_locale_facts()
    text_style.cache_clear()


def last_run_welcome(memory: Path, site: Path) -> None:
    from kiosk.i18n.locales import locale_facts

    languages = ("de", "ar", "ti")
    remember(memory, site, "", WelcomeView(tuple((code, REMEMBERED_GREETING) for code in languages),
                                           tuple(LanguageChoice(code, locale_facts(code).endonym,
                                                                locale_facts(code).right_to_left)
                                                 for code in languages)),
             {code: locale_facts(code) for code in languages})


def shown(app) -> tuple[str, list[str]]:
    welcome = app.screens.get_screen("welcome")
    return welcome.ids.greeting.source_text, [button.source_text for button in reversed(welcome.ids.languages.children)]


def test_it_greets_from_memory_then_shows_and_remembers_the_checked_content(restarted, folders, tmp_path,
                                                                            monkeypatch) -> None:
    import kiosk.i18n.locales as locales

    memory = tmp_path / "state" / "welcome.json"
    last_run_welcome(memory, folders[0])
    forget_remembered_facts()
    with monkeypatch.context() as before_content:  # the first frame reads no CLDR file
        before_content.setattr(locales, "_own_data", lambda name: pytest.fail(f"CLDR read for {name}"))
        app = restarted(memory)
    greeting, endonyms = shown(app)
    assert greeting == REMEMBERED_GREETING and endonyms == ["Deutsch", "العربية", "ትግርኛ"]
    assert app.presenter is None and app.screens.screen_names == ["welcome"]
    app.choose_language("ar")  # a tap in the first half second: nothing happens, nothing breaks
    assert app.locale == "" and app.screens.current == "welcome"

    app.startup.finish()  # what the first drawn frame starts
    run_until(lambda: app.presenter is not None, "the checked content")
    greeting, endonyms = shown(app)
    assert greeting != REMEMBERED_GREETING and len(endonyms) == len(app.presenter.welcome().languages)
    assert app.kiosk_id == "foyer"
    assert recall(memory, folders[0], "").view == app.presenter.welcome()  # kept for the next start
    assert not locales._REMEMBERED  # from now on CLDR is the source
    assert app.live_updates.kiosk() == "foyer"  # reordering the kiosks in site.yaml will not make it another one
    app.choose_language("ar")
    app.open_tile("service", "aufenthaltskarte-abholen")
    assert app.screens.get_screen("service").ids.room.source_text == "3.032"
    assert not app.stops


def test_from_memory_with_content_with_errors_it_stops_and_says_why(restarted, folders, tmp_path) -> None:
    site, _translations = folders
    memory = tmp_path / "welcome.json"
    last_run_welcome(memory, site)
    edit(site / "site.yaml", "\nsite:\n", "\nsiet:\n")
    app = restarted(memory)
    app.startup.finish()
    run_until(lambda: app.stops, "the kiosk refusing its content")
    assert app.presenter is None and app.startup.refused is not None and app.startup.refused.errors
    assert app.live_updates.rejection is not None  # the staff panel's account, had the kiosk stayed
    assert not memory.exists()  # restarts check first, and open no window while the content stays broken


def test_from_memory_a_refused_first_update_of_valid_content_still_starts(restarted, folders, tmp_path) -> None:
    """A half-synced catalog refuses the update, as it would later on; the content itself is valid, so the kiosk
    runs on it, exactly as a first start (which checks only the content) would."""
    site, translations = folders
    (translations / "ps" / "LC_MESSAGES" / "ui.po").write_text("msgid \"broken\n", encoding="utf-8")
    memory = tmp_path / "welcome.json"
    last_run_welcome(memory, site)
    app = restarted(memory)
    app.startup.finish()
    run_until(lambda: app.presenter is not None, "the content, checked alone")
    assert not app.stops and app.live_updates.rejection is not None and app.live_updates.live is None
    assert app.live_updates.kiosk() == app.kiosk_id == "foyer"  # later updates: this kiosk, whatever the order


def test_from_memory_content_it_cannot_even_read_stops_it_too(restarted, folders, tmp_path, monkeypatch) -> None:
    """An error reading the folder (a share gone, permissions) refuses the update and the check alone: the kiosk
    stops with the update's problems instead of crashing with a window open."""
    import kiosk.site

    site, _translations = folders
    memory = tmp_path / "welcome.json"
    last_run_welcome(memory, site)
    edit(site / "site.yaml", "\nsite:\n", "\nsiet:\n")
    app = restarted(memory)

    def unreadable(folder: Path):
        raise PermissionError(13, "Permission denied", str(folder / "site.yaml"))

    monkeypatch.setattr(kiosk.site, "load_checked", unreadable)
    app.startup.finish()
    run_until(lambda: app.stops, "the kiosk refusing its content")
    assert app.startup.refused.problems == list(app.live_updates.rejection.problems) and not memory.exists()
