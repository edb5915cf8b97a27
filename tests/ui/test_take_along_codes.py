"""The QR codes on the Service screen, read off a screenshot the way a phone camera reads them off the screen."""
import time

import numpy as np
import pytest
import zxingcpp

from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked

from rendering import screenshot_path

SERVICE = "aufenthaltstitel-verlaengern"  # needs an appointment: a second code books it
BOOKING_URL = "https://www.chemnitz.de/termine"


def codes_on_screen(app, name: str, booking: bool = False) -> set[str]:
    """Every QR code's text on a screenshot of the Service screen (kept for review): as a visitor first sees it,
    unscrolled, or scrolled to the booking code below the take-along code."""
    from kiosk.ui.capture import save_window
    from kiosk.ui.screenshot import settle

    ids = app.screens.get_screen("service").ids
    ids.scroll.scroll_y = 1
    if booking:
        ids.scroll.scroll_to(ids.booking_qr, animate=False)
    settle()
    return codes_in_png(save_window(screenshot_path("qr", f"{name}.png")))


def show_service(app, locale: str) -> None:
    from kiosk.ui.screenshot import settle

    app.choose_language(locale)
    app.open_tile("service", SERVICE)
    settle()


@pytest.mark.parametrize("locale", ["de", "ar", "ti"])
def test_text_code_and_booking_code_decode_exactly(app, locale: str) -> None:
    show_service(app, locale)
    expected = app.presenter.service(locale, SERVICE, step_free=False).qr_payload
    assert not expected.startswith("https://")
    first_view = codes_on_screen(app, f"text-{locale}")
    assert expected in first_view  # map first: the take-along code is there without scrolling
    assert first_view | codes_on_screen(app, f"text-{locale}-booking", booking=True) == {expected, BOOKING_URL}


@pytest.mark.parametrize("locale", ["de", "ar", "ti"])
def test_link_code_decodes_to_the_phone_page(app, site_with_phone_pages, locale: str) -> None:
    app.use_site(site_with_phone_pages)
    try:
        show_service(app, locale)
        page = f"{site_with_phone_pages.content.site.phone_pages_url}{locale}/foyer/{SERVICE}.html"
        assert page in codes_on_screen(app, f"link-{locale}")
        assert codes_on_screen(app, f"link-{locale}") | codes_on_screen(app, f"link-{locale}-booking", True) == {page,
                                                                                                         BOOKING_URL}
        app.toggle_step_free()
        from kiosk.ui.screenshot import settle

        settle()
        assert f"{page}#step-free" in codes_on_screen(app, f"link-step-free-{locale}")
    finally:
        app.use_site(load_checked(BUNDLED_SITE))


def test_every_code_is_made_ahead_while_idle_and_only_the_current_contents_are_kept(app, monkeypatch) -> None:
    """A tap then shows its codes without making them (20-35 ms each); codes of replaced content are dropped."""
    import kiosk.ui.widgets.qr as qr
    from kiosk.ui.screenshot import settle

    payloads = list(app.presenter.take_along_payloads())
    assert len(payloads) == len(set(payloads)) > 14 * 21 // 2 and BOOKING_URL in payloads
    first_english = app.presenter.service("en", next(iter(app.site.content.services)), step_free=False).qr_payload
    german = payloads[:payloads.index(first_english)]
    codes = qr.QrTextures()  # made ahead here for the German codes only: all of them take half a minute
    monkeypatch.setattr(qr, "CODES", codes)
    codes.texture("a code of content since replaced")
    codes.prepare(iter(german))
    ticks = 0
    while codes.preparing:
        settle(1)
        ticks += 1
    assert ticks >= len(german)  # one code a tick, never many at once
    assert set(codes._textures) == set(german)
    codes.prepare(iter(german))  # the same content again (a live update that changed no code): still spread out
    frames = 6  # about three ticks of the clock; on a busy machine frames are slower and each may see a tick
    for _ in range(frames):
        time.sleep(qr.PREPARE_EVERY_SECONDS / 2)
        settle(1)
    assert codes.preparing and 1 <= len(codes._wanted) <= frames  # at most one a frame, never all at once

    made_on_the_tap: list[str] = []
    make = qr.qr_matrix
    monkeypatch.setattr(qr, "qr_matrix", lambda payload: made_on_the_tap.append(payload) or make(payload))
    service = app.screens.get_screen("service")
    service.ids.qr.payload = service.ids.booking_qr.payload = ""  # as on a Service screen not yet shown
    show_service(app, "de")
    shown = app.presenter.service("de", SERVICE, step_free=False).qr_payload
    assert service.ids.qr.texture is codes.texture(shown)
    assert service.ids.booking_qr.texture is codes.texture(BOOKING_URL)
    assert shown not in made_on_the_tap and BOOKING_URL not in made_on_the_tap


def codes_in_png(path) -> set[str]:
    from kivy.core.image import Image as CoreImage

    texture = CoreImage(str(path), keep_data=True).texture
    pixels = np.frombuffer(texture.pixels, np.uint8).reshape(texture.height, texture.width, 4)
    grey = np.ascontiguousarray(pixels[:, :, :3].mean(axis=2).astype(np.uint8))
    return {code.text for code in zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormat.QRCode)}


@pytest.mark.parametrize("locale", ["de", "ar"])
@pytest.mark.parametrize("size", ["1080x1920", "1920x1080", "1280x1024", "1366x768", "768x1366", "2160x3840"])
def test_the_take_along_code_is_in_the_first_view_at_every_size(app, locale: str, size: str) -> None:
    """Rendered by `kiosk screenshot` in a process of its own, at the density a kiosk of that size has (not with
    this process's Kivy settings, whose density is the portrait window's)."""
    import os
    import subprocess
    import sys

    path = screenshot_path("qr", f"sizes-{locale}-{size}.png")
    own_settings = {name: value for name, value in os.environ.items() if not name.startswith(("KIVY_", "KCFG_"))}
    subprocess.run([sys.executable, "-m", "kiosk", "screenshot", "--lang", locale, "--service", SERVICE, "--size",
                    size, "--out", str(path)], check=True, capture_output=True, timeout=120, env=own_settings)
    expected = app.presenter.service(locale, SERVICE, step_free=False).qr_payload
    assert expected in codes_in_png(path)
