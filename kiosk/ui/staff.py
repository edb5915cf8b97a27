"""The staff's way out of kiosk mode: five quick taps in the top-left corner, then the PIN."""
from __future__ import annotations

import time
from pathlib import Path
from typing import Callable

from kivy.core.window import Window
from kivy.lang import Builder
from kivy.metrics import dp
from kivy.properties import StringProperty
from kivy.uix.modalview import ModalView

from kiosk.config import pin_matches

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
TAPS, WITHIN_SECONDS = 5, 4.0
CORNER = dp(90)


class PinPad(ModalView):
    entered = StringProperty("")

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


class StaffExit:
    def __init__(self, pin_hash: str, on_exit: Callable[[], None]) -> None:
        self.pin_hash, self.on_exit = pin_hash, on_exit
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
            PinPad(self.pin_hash, self.on_exit).open(animation=False)
        return False
