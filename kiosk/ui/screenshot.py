"""Render any screen offscreen to a PNG: for staff previews, documentation and reviewing translations."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.config import KioskConfig
from kiosk.site import CheckedSite

FRAMES_TO_SETTLE = 6


@dataclass(frozen=True)
class ScreenRequest:
    locale: str | None = None
    service: str | None = None
    kiosk: str | None = None
    step_free: bool = False
    size: tuple[int, int] = (1080, 1920)
    screen: str | None = None  # "information" or "search" to show that screen instead of a service
    query: str = ""  # on the search screen: what the visitor typed
    large_text: bool = False  # as after the visitor's tap on "Larger text"


def settle(frames: int = FRAMES_TO_SETTLE) -> None:
    from kivy.base import EventLoop

    for _ in range(frames):
        EventLoop.idle()


def start_app(site: CheckedSite, kiosk: str | None, size: tuple[int, int], config: KioskConfig | None = None, *,
              prepare_codes: bool = False, **options: object):
    """The kiosk app running offscreen without blocking; the window must not exist yet or be reusable. Its QR
    codes are made when shown unless ``prepare_codes``, as in a running kiosk. ``options`` go to the app as they
    are (``usage``, ``live_from``)."""
    from kivy.core.window import Window

    from kiosk.ui.app import WegweiserApp

    Window.size = size
    app = WegweiserApp(site, kiosk, config=config, kiosk_mode=False, prepare_codes=prepare_codes, **options)
    app._run_prepare()  # the non-blocking half of App.run()
    settle()
    return app


def show(app, request: ScreenRequest) -> None:
    app.reset()
    if request.locale:
        app.choose_language(request.locale)
        if request.step_free:  # as the visitor's tap does: the session is the source of the app's properties
            app.toggle_step_free()
        if request.large_text:
            app.toggle_large_text()
        if request.service:
            app.open_tile("service", request.service)
        elif request.screen == "information":
            app.show_information()
        elif request.screen == "search":
            app.open_tile("search", "")
            app.type_query(request.query)
    settle()
