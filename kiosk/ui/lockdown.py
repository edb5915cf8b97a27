"""Kiosk mode: no cursor, and no way out for visitors; staff come in through the hidden gesture."""
from __future__ import annotations

from typing import TYPE_CHECKING

from kivy.core.window import Window

if TYPE_CHECKING:
    from kiosk.ui.app import WegweiserApp
    from kiosk.ui.staff import StaffAccess

ESCAPE, F1 = 27, 282


def lock_down(app: WegweiserApp) -> StaffAccess:
    """No cursor, no way out; ``kiosk run`` makes the window fill the screen (``real_screen.fill_screen``)."""
    Window.show_cursor = False
    return guard_window(app)


def guard_window(app: WegweiserApp) -> StaffAccess:
    """Escape, F1 and closing the window do nothing; staff reach their panel through the hidden gesture and PIN.
    (F1 opening Kivy's settings panel is refused by the app's ``open_settings``.)"""
    from kiosk.ui.staff import StaffAccess

    Window.bind(on_request_close=_refuse_close, on_keyboard=_swallow_keys)
    return StaffAccess(app.kiosk_config.pin_hash, app.staff.open_panel)


def _refuse_close(*_args: object, **_kwargs: object) -> bool:
    return True


def _swallow_keys(_window: object, key: int, *_args: object) -> bool:
    return key in (ESCAPE, F1)
