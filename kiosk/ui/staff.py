"""The staff's way in: five quick taps in the top-left corner, then the PIN, then the staff panel."""
from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.core.window import Window
from kivy.lang import Builder
from kivy.metrics import dp
from kivy.properties import StringProperty
from kivy.uix.modalview import ModalView

from kiosk.config import pin_matches

if TYPE_CHECKING:
    from kiosk.live.status import StaffPanelView

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
            from kiosk.live.status import CONFIRM_PIN

            PinPad(self.pin_hash, self.on_access, confirm_label=CONFIRM_PIN.render(staff_translator())).open(
                animation=False)
        return False
