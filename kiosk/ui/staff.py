"""The staff's way in: five quick taps in the top-left corner, then the PIN, then the staff panel."""
from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.clock import Clock
from kivy.core.window import Window
from kivy.lang import Builder
from kivy.metrics import dp
from kivy.properties import StringProperty
from kivy.uix.modalview import ModalView

from kiosk.config import pin_matches

if TYPE_CHECKING:
    from kiosk.ui.app import WegweiserApp
    from kiosk.views.staff_panel import StaffPanelView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
TAPS, WITHIN_SECONDS = 5, 4.0
CORNER = dp(90)


class PinPad(ModalView):
    entered = StringProperty("")
    confirm_label = StringProperty("")

    def __init__(self, pin_hash: str, on_success: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.pin_hash, self.on_success = pin_hash, on_success

    def press(self, key: str) -> None:
        if key == "ok":
            if pin_matches(self.entered, self.pin_hash):
                self.dismiss(animation=False)
                self.on_success()
            self.entered = ""
        elif key == "del":
            self.entered = self.entered[:-1]
        else:
            self.entered += key


class StaffPanel(ModalView):
    """What is live, what was rejected, translation coverage; reload, screenshot, leave the kiosk."""

    title = StringProperty("")
    body = StringProperty("")
    reload_label = StringProperty("")
    screenshot_label = StringProperty("")
    leave_label = StringProperty("")
    close_label = StringProperty("")

    def __init__(self, view: StaffPanelView, on_reload: Callable[[], None], on_screenshot: Callable[[], None],
                 on_leave: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.title, self.body = view.title, "\n".join(view.lines)
        self.reload_label, self.screenshot_label = view.reload, view.screenshot
        self.leave_label, self.close_label = view.leave, view.close
        self.on_reload, self.on_screenshot, self.on_leave = on_reload, on_screenshot, on_leave

    def act(self, action: Callable[[], None]) -> None:
        self.dismiss(animation=False)
        action()


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
