"""The bar below the screens is kept in a texture: drawn again when it changes, not for every frame of a tap."""
import numpy as np


def bar_pixels(app) -> np.ndarray:
    from kiosk.ui.capture import read_rows

    bar = app.chrome_bar
    left, bottom = (int(value) for value in bar.to_window(*bar.pos))
    width, height = int(bar.width), int(bar.height)
    rows = read_rows(left, bottom, width, height)
    return np.frombuffer(b"".join(rows), dtype=np.uint8).reshape(height, width, 3)


def counting_renders(app) -> list[int]:
    """A counter that goes up each time the bar's framebuffer is rendered."""
    from kivy.graphics import Callback

    renders = [0]
    app.chrome_bar._framebuffer.add(Callback(lambda _instruction: renders.__setitem__(0, renders[0] + 1)))
    return renders


def test_a_tap_on_a_concern_leaves_the_bar_as_drawn(app) -> None:
    from kiosk.ui.screenshot import settle

    app.choose_language("de")
    settle()
    renders = counting_renders(app)
    settle()
    before = renders[0]
    app.open_tile("service", next(iter(app.site.content.services)))
    settle()
    assert app.screen == "service" and renders[0] == before


def test_the_bar_is_drawn_again_when_it_changes(app) -> None:
    from kiosk.ui.screenshot import settle

    app.choose_language("de")
    settle()
    plain = bar_pixels(app)
    assert plain.any()  # the buttons, on the window's background
    renders = counting_renders(app)
    app.toggle_step_free()
    settle()
    assert renders[0] >= 1
    highlighted = bar_pixels(app)
    button = app.chrome_bar.ids.step_free
    left = int(button.x - app.chrome_bar.x)
    changed = np.argwhere((highlighted != plain).any(axis=2))
    assert changed.size and left - 1 <= changed[:, 1].min() and changed[:, 1].max() <= left + button.width  # its edges antialiased
    app.toggle_step_free()
    settle()
    assert np.array_equal(bar_pixels(app), plain)


def test_in_right_to_left_the_bar_is_drawn_mirrored_where_it_stands(app) -> None:
    from kiosk.ui.screenshot import settle

    app.choose_language("ar")
    settle()
    back = app.chrome_bar.ids.back
    assert back.right > app.chrome_bar.width / 2  # the back button on the right
    pixels = bar_pixels(app)
    background = pixels[1, 1]
    middle = pixels[int(back.center_y - app.chrome_bar.y), int(back.x - app.chrome_bar.x):int(back.right)]
    assert (middle != background).any(axis=1).sum() > back.width / 2  # the button is drawn there, not elsewhere


def test_after_a_taller_bar_a_lower_one_is_drawn_as_before(app) -> None:
    """Arabic's labels make the bar taller; back in German, the bar's texture is German's size again."""
    from kiosk.ui.screenshot import settle

    app.choose_language("de")
    settle()
    german = bar_pixels(app)
    app.reset()
    app.choose_language("ar")
    settle()
    assert app.chrome_bar.height > german.shape[0]
    app.reset()
    app.choose_language("de")
    settle()
    assert np.array_equal(bar_pixels(app), german)
    shown = app.chrome_bar._shown
    assert tuple(shown.texture.size) == tuple(shown.size) == german.shape[1::-1]  # one texel to a pixel, not squeezed
