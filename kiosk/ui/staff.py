"""The staff's way in: five quick taps in the top-left corner, then the PIN, then the staff panel
(``kiosk.ui.staff_panel``)."""
from __future__ import annotations

import time
from datetime import datetime
from typing import TYPE_CHECKING, Callable

from kivy.clock import Clock
from kivy.core.window import Window
from kivy.metrics import dp

if TYPE_CHECKING:
    from kiosk.ui.app import WegweiserApp
    from kiosk.ui.staff_panel import StaffPanel
TAPS, WITHIN_SECONDS = 5, 4.0
CORNER = dp(90)


class StaffAccess:
    def __init__(self, pin_hash: str, on_access: Callable[[], None]) -> None:
        self.pin_hash, self.on_access = pin_hash, on_access
        self._taps: list[float] = []
        Window.bind(on_touch_down=self._on_touch_down)

    def _on_touch_down(self, window: object, touch: object) -> bool:
        x, y = touch.pos  # type: ignore[attr-defined]
        if x > CORNER or y < Window.height - CORNER:
            self._taps.clear()
            return False
        now = time.monotonic()
        self._taps = [tap for tap in self._taps if now - tap < WITHIN_SECONDS] + [now]
        if len(self._taps) >= TAPS and self.pin_hash:  # without a PIN configured there is no way out
            self._taps.clear()
            from kiosk.i18n.staff import staff_translator
            from kiosk.ui.staff_panel import PinPad
            from kiosk.views.staff_panel import CONFIRM_PIN

            PinPad(self.pin_hash, self.on_access, confirm_label=CONFIRM_PIN.render(staff_translator())).open(
                animation=False)
        return False


class StaffDesk:
    """What staff do once in: look at the panel, reload now, save a screenshot, leave the kiosk."""

    def __init__(self, app: WegweiserApp) -> None:
        self.app = app
        self.left = False

    def open_panel(self, notes: tuple[str, ...] = ()) -> StaffPanel:
        from kiosk.i18n.staff import staff_translator
        from kiosk.ui.staff_panel import StaffPanel
        from kiosk.views.staff_panel import staff_panel_view

        live = self.app.live_updates
        view = staff_panel_view(self.app.title, self.app.kiosk_id, live.live if live else None,
                                live.rejection if live else None, staff_translator(), notes)
        panel = StaffPanel(view, on_reload=self._reload, on_screenshot=self._screenshot, on_leave=self.leave)
        panel.open(animation=False)
        return panel

    def leave(self) -> None:
        """Staff leave the kiosk; ``run_kiosk`` then says so, so that the service manager does not restart it."""
        self.left = True
        self.app.stop()

    def _reload(self) -> None:
        if self.app.live_updates is not None:
            self.app.live_updates.reload_now()

    def _screenshot(self) -> None:
        """The screen as visitors see it (the panel closed first), into the log folder."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.ui.capture import save_window
        from kiosk.views.staff_panel import SCREENSHOT_FAILED, SCREENSHOT_SAVED

        def take(_dt: float) -> None:
            folder = self.app.kiosk_config.log_dir / "screenshots"
            try:
                note = SCREENSHOT_SAVED(path=save_window(folder / f"kiosk-{datetime.now():%Y%m%d-%H%M%S}.png"))
            except OSError as error:  # a full disk or a share that is down: tell staff, keep the kiosk running
                note = SCREENSHOT_FAILED(reason=error)
            self.open_panel((note.render(staff_translator()),))

        Clock.schedule_once(take, 0.2)
