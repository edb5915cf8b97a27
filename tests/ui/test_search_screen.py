"""The search screen as a visitor uses it: the tile, the keyboard in their script, results as they type."""
import numpy as np
import pytest

from test_kiosk_screens import current, find, tap


def open_search(app, locale: str):
    tap(find(current(app), "LanguageButton", locale=locale))
    tap(next(tile for tile in current(app).ids.tiles.children if tile.payload.kind == "search"))
    assert app.screens.current == "search"
    return current(app)


def press(screen, keycode: str) -> None:
    """A finger on the key of the shown layout whose keycode is ``keycode``."""
    from kivy.tests.common import UnitTestTouch

    from kiosk.ui.screenshot import settle

    from kiosk.ui.widgets.keys import drawn_keys

    keyboard = screen.keyboard
    for key, pos, size in drawn_keys(keyboard):
        if key[2] == keycode:
            touch = UnitTestTouch(*keyboard.to_window(pos[0] + size[0] / 2, pos[1] + size[1] / 2))
            touch.touch_down()
            touch.touch_up()
            settle(2)
            return
    raise LookupError(f"no key {keycode!r} on {keyboard.layout}")


def results(screen) -> list[str]:
    return [tile.payload.id for tile in reversed(screen.ids.tiles.children)]


def test_arabic_typed_on_the_arabic_keyboard_finds_the_concern_and_opens_it(app) -> None:
    screen = open_search(app, "ar")
    assert screen.keyboard.layout == "ar" and [label for _, label in screen.layouts] == ["العربية", "ABC", "123"]
    for letter in "تجنيس":
        press(screen, letter)
    assert screen.query == "تجنيس" and results(screen)[0] == "einbuergerung"
    tap(next(tile for tile in screen.ids.tiles.children if tile.payload.id == "einbuergerung"))
    assert app.screens.current == "service" and app.session.service_id == "einbuergerung"


def test_tigrinya_takes_a_consonant_then_its_vowel_form(app) -> None:
    screen = open_search(app, "ti")
    press(screen, "consonant-ዘ")
    assert screen.keyboard.layout == "ዘ" and screen.query == ""
    press(screen, "ዜ")
    assert screen.keyboard.layout == "ti" and screen.query == "ዜ"
    press(screen, "consonant-ገ")
    press(screen, "ግ")
    press(screen, "consonant-ነ")
    press(screen, "ነ")
    press(screen, "consonant-ተ")
    press(screen, "ት")
    assert screen.query == "ዜግነት" and results(screen)[0] == "einbuergerung"


def test_delete_space_digits_and_a_hardware_keyboard(app) -> None:
    from kivy.core.window import Window

    from kiosk.ui.screenshot import settle

    screen = open_search(app, "de")
    tap(find(screen.ids.switches, "TouchButton", label="123"))
    for key in "3.032":
        press(screen, key)
    assert results(screen)[0] == "aufenthaltskarte-abholen"
    press(screen, "backspace")
    assert screen.query == "3.03"
    Window.dispatch("on_textinput", "2 Pass")
    settle(2)
    press(screen, "spacebar")
    assert screen.query == "3.032 Pass "


def test_nothing_found_says_what_to_do_and_the_reset_forgets_the_words(app) -> None:
    screen = open_search(app, "de")
    tap(find(screen.ids.switches, "TouchButton", label="Deutsch"))
    keys = [child for child in screen.keyboard.children]
    height = screen.keyboard.height
    for letter in "xqzv":
        press(screen, letter)
    assert results(screen) == [] and "Servicepunkt" in screen.ids.note.source_text
    # The note came and the results went, and the keyboard neither moved nor drew its keys anew.
    assert screen.keyboard.height == height and screen.keyboard.children == keys
    from kiosk.ui.screenshot import settle

    app.reset()
    settle()
    assert app.session.query == "" and app.screens.current == "welcome"
    assert open_search(app, "de").query == ""


def test_the_keys_are_large_and_read_white_on_blue(app) -> None:
    from kivy.graphics.opengl import GL_RGBA, GL_UNSIGNED_BYTE, glReadPixels

    screen = open_search(app, "ar")
    keyboard = screen.keyboard
    (x, y), (width, height) = keyboard.layout_geometry["LINE_1"][0]
    assert width >= 44 and height >= 44
    left, bottom = (int(value) for value in keyboard.to_window(x + 4, y + height / 2))
    pixel = np.frombuffer(glReadPixels(left, bottom, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE), dtype=np.uint8)[:3] / 255
    linear = np.where(pixel <= 0.04045, pixel / 12.92, ((pixel + 0.055) / 1.055) ** 2.4)
    luminance = float(linear @ [0.2126, 0.7152, 0.0722])
    assert 1.05 / (luminance + 0.05) >= 4.5, pixel
