"""A visit without touch: keys only (as a USB audio keypad sends them), the focus ring, each focus announced.

Nothing of Kivy is imported at the top: collecting this file must not open a window before the tests configure it.
"""
# The key codes SDL2 gives Kivy (kiosk.ui.focus has the same; importing it here would open the window).
TAB, ENTER, ESCAPE, UP, DOWN, LEFT, RIGHT = 9, 13, 27, 273, 274, 276, 275


def spoken_name(control) -> str:
    from kiosk.ui.focus import spoken_name as name

    return name(control)


def press(key: int, *modifiers: str) -> None:
    from kivy.core.window import Window

    from kiosk.ui.screenshot import settle

    Window.dispatch("on_key_down", key, 0, None, list(modifiers))
    settle(2)


def tab_to(app, name: str, limit: int = 60) -> None:
    """Tab until the control called ``name`` has the focus, as a visitor listening to each name would."""
    for _ in range(limit):
        press(TAB)
        if spoken_name(app.keyboard.focused) == name:
            return
    raise AssertionError(f"Tab never reached {name!r}, only {spoken_name(app.keyboard.focused)!r} on {app.screens.current}")


def luminance(color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(value) for value in color[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def test_the_focus_ring_stands_out_at_least_3_to_1_against_the_background_and_the_buttons(window) -> None:
    from kiosk.ui.app import BACKGROUND
    from kiosk.ui import focus
    from kiosk.ui.focus import RING_COLOR
    from kiosk.ui.widgets.controls import TouchButton

    assert (TAB, ENTER, ESCAPE, UP, DOWN, LEFT, RIGHT) == (focus.TAB, focus.ENTER, focus.ESCAPE, focus.UP,
                                                           focus.DOWN, focus.LEFT, focus.RIGHT)

    ring = luminance(RING_COLOR)
    for behind in (BACKGROUND, TouchButton.background.defaultvalue):
        ratio = (max(ring, luminance(behind)) + 0.05) / (min(ring, luminance(behind)) + 0.05)
        assert ratio >= 3, behind


def test_a_whole_visit_by_keys_alone_with_every_focus_announced(app) -> None:
    from kivy.core.window import Window

    heard: list[str] = []

    def hear(control) -> None:
        heard.append(spoken_name(control))

    app.keyboard.listeners.append(hear)
    try:
        tab_to(app, "Deutsch")
        ring = app.keyboard._ring
        assert ring in Window.canvas.after.children  # the ring is drawn, around the focused control
        focused = app.keyboard.focused
        x, y = focused.to_window(focused.x, focused.y)
        left, bottom, width, height = app.keyboard._line.rectangle
        assert left < x and bottom < y and left + width > x + focused.width and bottom + height > y + focused.height
        press(ENTER)
        assert app.screens.current == "concerns" and app.locale == "de"
        tab_to(app, "Aufenthaltskarte und Ausweisdokumente")
        press(ENTER)
        assert app.screens.current == "category"
        tab_to(app, "Aufenthaltskarte abholen")
        press(ENTER)
        assert app.screens.current == "service"
        assert app.session.service_id == "aufenthaltskarte-abholen"
        tab_to(app, "Ohne Treppen")  # a switch in the bar: pressed, it keeps the focus
        press(ENTER)
        assert app.step_free and spoken_name(app.keyboard.focused) == "Ohne Treppen"
        press(ENTER)
        assert not app.step_free
        press(ESCAPE)  # one screen back
        assert app.screens.current == "category"
        assert "Deutsch" in heard and "Aufenthaltskarte abholen" in heard and "Ohne Treppen" in heard
    finally:
        app.keyboard.listeners.remove(hear)


def test_arrows_follow_reading_order_and_mirror_in_right_to_left(app) -> None:
    press(DOWN)
    first = app.keyboard.focused
    press(DOWN)
    second = app.keyboard.focused
    press(UP)
    assert app.keyboard.focused is first and second is not first
    tab_to(app, "العربية")
    press(ENTER)
    assert app.right_to_left
    tab_to(app, app.chrome.back)
    back = app.keyboard.focused
    press(LEFT)  # in Arabic the bar runs right to left: Left goes on to the next control, Right comes back
    assert app.keyboard.focused is not back
    press(RIGHT)
    assert app.keyboard.focused is back



def test_the_ring_goes_with_the_screen_it_was_on_and_with_the_visitor(app) -> None:
    from kivy.core.window import Window

    tab_to(app, "English")
    press(ENTER)
    press(TAB)
    assert app.keyboard._ring in Window.canvas.after.children
    app.reset()  # the idle reset or Start: the next visitor sees no trace of the last one's keys
    assert app.keyboard.focused is None and app.keyboard._ring not in Window.canvas.after.children
