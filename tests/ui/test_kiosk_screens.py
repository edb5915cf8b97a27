"""The kiosk as a visitor uses it: simulated taps on the offscreen window, checked through the widgets."""
import time

import pytest

from kiosk.text import strip_isolates

from rendering import screenshot_path


def tap(widget) -> None:
    """A finger on the middle of ``widget``, as the window sees it."""
    from kivy.tests.common import UnitTestTouch

    from kiosk.ui.screenshot import settle

    x, y = widget.to_window(*widget.center)
    touch = UnitTestTouch(x, y)
    touch.touch_down()
    touch.touch_up()
    settle(3)


def find(root, kind: str, **attributes):
    """The visible widget of class ``kind`` whose attributes match."""
    for widget in root.walk(restrict=True):
        if type(widget).__name__ == kind and all(getattr(widget, name, None) == value
                                                  for name, value in attributes.items()):
            return widget
    raise LookupError(f"no {kind} with {attributes}")


def current(app):
    return app.screens.current_screen


def choose_service(app, locale: str, category: str, service: str) -> None:
    tap(find(current(app), "LanguageButton", locale=locale))
    assert app.screens.current == "concerns"
    tap(next(tile for tile in current(app).ids.tiles.children if tile.payload.id == category))
    assert app.screens.current == "category"
    tap(next(tile for tile in current(app).ids.tiles.children if tile.payload.id == service))
    assert app.screens.current == "service"


def steps(app) -> list[str]:
    return [strip_isolates(row.text) for row in reversed(current(app).ids.steps.children)]


def test_language_then_concern_then_service_shows_room_steps_and_map(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    screen = current(app)
    assert screen.ids.room.source_text == "3.032"
    assert steps(app)[0] == "1. Gehen Sie an diesem Bildschirm vorbei und dann etwa 5 m geradeaus."
    assert steps(app)[-1] == "9. Auf der linken Seite: Raum 3.032."
    assert screen.shown_floor == "eg"
    assert screen.ids.floor_map.plan.you_are_here == (8.0, 5.0)
    assert [tab.text for tab in reversed(screen.ids.floor_tabs.children)] == ["Erdgeschoss", "3. Obergeschoss"]
    tap(screen.ids.floor_tabs.children[0])  # the tab of the floor the way ends on
    assert screen.shown_floor == "3og" and screen.ids.floor_map.plan.destination is not None
    assert [tab.selected for tab in reversed(screen.ids.floor_tabs.children)] == [False, True]
    row = next(row for row in screen.ids.steps.children if row.floor == "eg")
    screen.ids.scroll.scroll_to(row, animate=False)
    tap(row)  # a step taken on the ground floor brings its map back
    assert screen.shown_floor == "eg"
    assert screen.ids.qr.texture is not None


def test_in_portrait_the_map_carries_the_step_it_shows(app) -> None:
    """With larger text or a long concern the list of steps may start below the first view, so the step the map
    shows lies on it: the first, the first on a floor whose tab is tapped, the one tapped; the plan below it."""
    from dataclasses import replace

    from kivy.core.window import Window

    from kiosk.ui.screenshot import settle

    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    screen = current(app)
    shown, rows = screen.ids.shown_step, list(reversed(screen.ids.steps.children))
    assert shown.parent == screen.ids.map_box and strip_isolates(shown.text) == steps(app)[0]
    assert screen.ids.floor_map.reserved_top > shown.height > 0
    tap(screen.ids.floor_tabs.children[0])  # the upper floor's tab
    upstairs = next(row for row in rows if row.floor == "3og")
    assert (shown.text, shown.pictogram) == (upstairs.text, upstairs.pictogram)
    third = rows[2]
    screen.ids.scroll.scroll_to(third, animate=False)
    tap(third)
    assert shown.text == third.text and screen.shown_floor == third.floor
    portrait = Window.size
    try:
        Window.size = (portrait[1], portrait[0])  # landscape: the steps are beside the map, not on it too
        settle(3)
        assert shown.parent is None and screen.ids.floor_map.reserved_top == 0
    finally:
        Window.size = portrait
        settle(3)
    assert shown.parent == screen.ids.map_box
    view = app.presenter.service("de", "aufenthaltskarte-abholen", step_free=False)
    screen.show(replace(view, steps=()), "de", False)  # at the destination: no step to show
    settle(3)
    assert shown.parent is None


def test_the_leichte_sprache_tile_leads_to_a_service_screen_in_leichte_sprache(app) -> None:
    assert strip_isolates(find(current(app), "LanguageButton", locale="de@easy").source_text) == "Leichte Sprache"
    choose_service(app, "de@easy", "ausweis-karte", "aufenthaltskarte-abholen")
    assert current(app).ids.room.source_text == "3.032"
    assert steps(app)[0] == "1. Gehen Sie an diesem Bild·schirm vorbei. Gehen Sie dann 5 Meter gerade·aus."
    assert steps(app)[-1] == "9. Links ist der Raum 3.032."


def test_back_and_home(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    tap(app.chrome_bar.children[-1])  # the first in reading order: back
    assert app.screens.current == "category"
    tap(app.chrome_bar.ids.back)
    assert app.screens.current == "concerns"
    tap(app.chrome_bar.ids.home)
    assert app.screens.current == "welcome" and app.locale == ""


def test_switching_language_keeps_the_service(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    tap(app.chrome_bar.ids.language)
    assert app.screens.current == "welcome"
    tap(find(current(app), "LanguageButton", locale="ar"))
    assert (app.screens.current, app.session.service_id, app.locale) == ("service", "aufenthaltskarte-abholen", "ar")
    assert current(app).ids.room.source_text == "3.032"
    assert steps(app)[-1].endswith("3.032.")


def test_choosing_the_same_language_again_returns_to_the_service(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    app.change_language()
    app.choose_language("de")
    assert app.screens.current == "service" and app.session.history == ["concerns", "category"]


def test_the_step_free_switch_changes_steps_and_map(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    by_stairs = steps(app)
    stairs_map = current(app).ids.floor_map.plan
    tap(app.chrome_bar.ids.step_free)
    assert app.step_free and app.chrome_bar.ids.step_free.active
    assert any("Aufzug" in step for step in steps(app)) and steps(app) != by_stairs
    assert current(app).ids.floor_map.plan.route != stairs_map.route
    assert current(app).ids.notice.source_text


def test_a_step_free_screenshot_shows_the_step_free_route(app) -> None:
    """``kiosk screenshot --step-free``: the route and the bar as after the visitor's tap, not the stairs."""
    from kiosk.ui.screenshot import ScreenRequest, show

    show(app, ScreenRequest(locale="de", service="aufenthaltskarte-abholen"))
    by_stairs = steps(app)
    show(app, ScreenRequest(locale="de", service="aufenthaltskarte-abholen", step_free=True))
    assert app.session.step_free and app.step_free and app.chrome_bar.ids.step_free.active
    assert any("Aufzug" in step for step in steps(app)) and steps(app) != by_stairs


def test_in_arabic_the_back_button_sits_on_the_right(app) -> None:
    choose_service(app, "ar", "ausweis-karte", "aufenthaltskarte-abholen")
    back, information = app.chrome_bar.ids.back, app.chrome_bar.ids.information
    assert back.x > information.x
    assert back.right > app.root.width * 0.8


def test_idle_warning_continue_and_reset_clear_everything(app) -> None:
    from kiosk.ui.screenshot import settle

    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    tap(app.chrome_bar.ids.step_free)
    tap(app.chrome_bar.ids.larger_text)
    app.idle._warn()
    settle(2)
    warning = app.idle_warning
    assert warning.parent is not None and warning.seconds_left >= 20
    tap(warning.ids.continue_button)
    assert warning.parent is None and app.screens.current == "service" and app.step_free
    app.idle._warn()
    warning.seconds_left = 1
    app.idle._count_down(1)
    settle(2)
    assert (app.screens.current, app.locale, app.session.service_id, app.step_free, app.large_text) == (
        "welcome", "", "", False, False)


def test_taps_are_counted_and_the_idle_reset_too_while_start_is_not(app) -> None:
    from kiosk.ui.screenshot import settle
    from kiosk.usage.counter import UsageCounter, totals

    counter = UsageCounter("foyer")
    app.session.observer = counter.count
    try:
        choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
        tap(app.chrome_bar.ids.step_free)
        app.idle._warn()
        app.idle_warning.seconds_left = 1
        app.idle._count_down(1)
        settle(2)
        choose_service(app, "ar", "ausweis-karte", "aufenthaltskarte-abholen")
        app.go_home()
    finally:
        app.session.observer = None
    assert totals(counter.take().items()) == {
        ("visits", "de"): 1, ("visits", "ar"): 1, ("topic", "ausweis-karte"): 2,
        ("concern", "aufenthaltskarte-abholen"): 2, ("step_free", ""): 1, ("idle_reset", "with_concern"): 1}


@pytest.mark.parametrize("key", [27, 282])  # Escape, F1
def test_escape_f1_and_close_requests_leave_the_app_running(app, key: int) -> None:
    from kivy.core.window import Window

    from kiosk.ui.lockdown import guard_window

    guard_window(app)
    assert Window.dispatch("on_keyboard", key, 0, None, []) is True
    assert app.open_settings() is False
    assert Window.dispatch("on_request_close") is True
    assert app.root.parent is not None


def test_information_screen(app) -> None:
    tap(find(current(app), "LanguageButton", locale="vi"))
    tap(app.chrome_bar.ids.information)
    assert app.screens.current == "information"
    assert strip_isolates(current(app).ids.hours.children[-1].text) == "Thứ Hai: 08:00–12:00"
    assert current(app).ids.concern_hours_heading.text == ""  # no concern chosen: the office's hours alone


def test_the_bar_s_search_opens_an_empty_search_from_any_screen_and_back_returns(app) -> None:
    choose_service(app, "ar", "ausweis-karte", "aufenthaltskarte-abholen")
    search = app.chrome_bar.ids.search
    assert strip_isolates(search.label) == "بحث" and not search.active
    tap(search)
    assert app.screens.current == "search" and app.session.query == "" and search.active
    tap(app.chrome_bar.ids.back)
    assert app.screens.current == "service" and not search.active


def test_a_concern_s_hour_note_is_on_its_screen_and_on_information_from_there(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    assert current(app).ids.hours_note.text == "Abholung ohne Termin."
    tap(app.chrome_bar.ids.information)
    information = current(app).ids
    assert strip_isolates(information.concern_hours_heading.text) == "Öffnungszeiten: Aufenthaltskarte abholen"
    assert information.concern_hours_note.text == "Abholung ohne Termin." and information.concern_hours.children


def test_staff_reach_their_panel_with_five_corner_taps_and_the_pin(app, monkeypatch) -> None:
    from kivy.core.window import Window
    from kivy.tests.common import UnitTestTouch

    from kiosk.config import hash_pin
    from kiosk.ui.screenshot import settle
    from kiosk.ui.staff import StaffAccess
    from kiosk.ui.staff_panel import PinPad, StaffPanel

    opened: list[bool] = []
    access = StaffAccess(hash_pin("2468"), lambda: opened.append(True))  # noqa: F841  (Kivy binds weakly)
    for _ in range(5):
        touch = UnitTestTouch(10, Window.height - 10)
        touch.touch_down()
        touch.touch_up()
    settle(2)
    pad = next(widget for widget in Window.children if isinstance(widget, PinPad))
    assert pad.confirm_label == "OK"  # from the staff catalog, like every word staff read
    for key in "1111":
        pad.press(key)
    pad.press("ok")
    assert not opened and pad.entered == ""
    for key in "2468":
        pad.press(key)
    pad.press("ok")
    assert opened == [True]

    left: list[bool] = []
    monkeypatch.setattr(app, "stop", lambda *_args: left.append(True))
    panel = app.staff.open_panel()
    settle(2)
    assert isinstance(panel, StaffPanel) and panel in Window.children
    assert panel.title == "Staff: Bürgerhaus am Wall, kiosk foyer"
    assert "The content is still being checked" in panel.body  # no live updates in this test run
    panel.act(panel.on_leave)
    assert left == [True] and app.staff.left and panel not in Window.children
    app.staff.left = False


def test_every_touch_target_is_large_enough(app) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    for button in app.chrome_bar.children:
        assert button.height >= 88 and button.width >= 88
        assert button.y < app.root.height * 2 / 3  # within reach from a wheelchair


@pytest.mark.parametrize("large_text", [False, True])
def test_the_bar_holds_its_buttons_whole_and_even(app, large_text: bool) -> None:
    """German labels take two lines on some buttons ("Ohne Treppen"): the bar grows, nothing leaves the screen."""
    from kiosk.ui.screenshot import settle

    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    if large_text:
        app.toggle_large_text()
        settle(3)
    chrome = app.chrome_bar
    buttons = chrome.children
    assert max(button.ids.label_widget.texture_size[1] for button in buttons) > 60  # two lines somewhere
    assert len({button.height for button in buttons}) == 1
    for button in buttons:
        assert chrome.y <= button.y and button.top <= chrome.top and button.y >= 0
        assert button.ids.label_widget.texture_size[1] + 48 <= button.height


def test_a_late_tap_after_the_idle_reset_does_nothing(app) -> None:
    assert app.locale == ""
    app.open_tile("service", "aufenthaltskarte-abholen")
    assert app.screens.current == "welcome"


def test_other_screens_are_built_after_the_first_frame_or_for_an_early_tap(kiosk_app) -> None:
    """A second app on the shared window, built but not yet drawn: only Welcome exists, as at a cold start."""
    from kiosk.config import KioskConfig
    from kiosk.ui.app import WegweiserApp
    from kiosk.ui.screenshot import settle

    fresh = WegweiserApp(kiosk_app.site, "foyer", config=KioskConfig(idle_seconds=10**6), kiosk_mode=False)
    fresh.root = fresh.build()
    assert fresh.screens.screen_names == ["welcome"]
    fresh.choose_language("uk")  # a tap before the first frame: the screens it needs are built at once
    assert fresh.screens.current == "concerns" and len(fresh.screens.screen_names) == 6
    assert fresh.screens.current_screen.ids.tiles.children
    fresh.open_tile("service", "aufenthaltskarte-abholen")
    assert fresh.screens.current_screen.ids.room.source_text == "3.032"

    drawn = WegweiserApp(kiosk_app.site, "foyer", config=KioskConfig(idle_seconds=10**6), kiosk_mode=False)
    drawn.root = drawn.build()
    kiosk_app.root.canvas.ask_update()  # the shared window draws a frame, as a starting kiosk does
    settle(3)
    assert drawn.screens.screen_names == ["welcome", "concerns", "category", "service", "information", "search"]


def test_rows_no_longer_shown_wait_aside_and_come_back(window) -> None:
    from kivy.uix.boxlayout import BoxLayout
    from kivy.uix.widget import Widget

    from kiosk.ui.widgets.controls import reuse_children

    rows = BoxLayout()
    made = reuse_children(rows, 3, Widget)
    assert reuse_children(rows, 1, Widget) == made[:1] and len(rows.children) == 1
    assert set(reuse_children(rows, 3, Widget)) == set(made)  # the same three rows, none made anew


def test_a_notice_appears_and_ends_on_the_screen_by_the_clock_alone(app) -> None:
    from datetime import datetime

    from kiosk.ui.screenshot import settle

    def at(moment: datetime) -> None:
        app.presenter.clock = lambda: moment
        app.notice_clock.check()
        deadline = time.monotonic() + 10
        while app.notice_clock.shown is None or app.notice_clock.shown[-1] != moment.date():
            assert time.monotonic() < deadline, "the notice clock never showed the moment"
            settle(1)

    clock = app.presenter.clock
    try:
        app.choose_language("de")  # not by taps: a test above made other apps on the shared window
        app.open_tile("service", "aufenthaltskarte-abholen")
        settle(2)
        before = steps(app)
        at(datetime(2027, 1, 12, 10, 0))  # the bundled east lift maintenance, 11 to 15 January 2027
        assert current(app).ids.notices.source_text.startswith("Der Aufzug Ost wird vom 11. bis 15. Januar gewartet.")
        assert app.screens.current == "service"
        at(datetime(2027, 1, 16, 10, 0))
        assert current(app).ids.notices.source_text == ""
        assert steps(app) == before
    finally:
        app.presenter.clock = clock
        app.notice_clock.check()


def test_staff_close_lifts_on_this_kiosk_until_a_time_and_it_ends_by_itself(app, tmp_path) -> None:
    import json
    from datetime import datetime, timedelta

    from kivy.core.window import Window

    from kiosk.ui.screenshot import settle
    from kiosk.ui.staff_panel import ClosuresPanel

    clock = app.presenter.clock
    moment = datetime(2026, 12, 2, 10, 0)
    app.presenter.clock = lambda: moment
    closures_at = app.staff.closures_at
    app.staff.closures_at, app.staff._closures = tmp_path / "closures.json", None

    def wait_for_the_clock() -> None:
        app.notice_clock.check()
        deadline = time.monotonic() + 10
        while app.notice_clock.shown is None or app.notice_clock.shown[0] is not app.presenter or \
                app.notice_clock.shown[2] != tuple(c for c in app.presenter.local_closures if c.in_force(moment)):
            assert time.monotonic() < deadline
            settle(1)

    try:
        app.choose_language("de")
        app.open_tile("service", "aufenthaltskarte-abholen")
        app.toggle_step_free()
        settle(2)
        step_free_way = steps(app)
        assert step_free_way
        until = moment + timedelta(hours=1)
        for lift in ("aufzug-mitte-eg", "aufzug-ost-eg"):
            app.staff.set_closure(lift, until)
        wait_for_the_clock()
        assert steps(app) == []
        assert current(app).ids.notice.source_text.startswith(
            "Zurzeit gibt es keinen Weg ohne Treppen. Gesperrt bis \u2068")
        kept = json.loads((tmp_path / "closures.json").read_text(encoding="utf-8"))
        assert [(entry["target"], entry["until"], entry["kiosk"]) for entry in kept] == [
            ("aufzug-mitte-eg", "2026-12-02T11:00", "foyer"), ("aufzug-ost-eg", "2026-12-02T11:00", "foyer")]
        panel = app.staff.open_closures()
        rows = {row.text for row in panel.ids.rows.children}
        assert "Aufzug Mitte (EG): closed until 2026-12-02 11:00 (set on kiosk foyer at 2026-12-02 10:00)" in rows
        reopen = next(row for row in panel.ids.rows.children if row.text.startswith("Aufzug Ost (EG):"))
        assert [button.text for button in reopen.ids.actions.children] == ["Reopen"]
        panel.dismiss(animation=False)
        assert not [widget for widget in Window.children if isinstance(widget, ClosuresPanel)]
        moment = until  # an hour later: the closure ends by itself
        wait_for_the_clock()
        assert steps(app) == step_free_way
    finally:
        app.presenter.clock = clock
        app.staff.closures_at, app.staff._closures = closures_at, ()
        app.presenter.local_closures = ()
        app.notice_clock.check()
