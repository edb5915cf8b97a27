"""After a while untouched: a warning with a countdown and one big "continue" button, then a fresh start."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from kivy.clock import Clock
from kivy.core.window import Window
from kivy.lang import Builder
from kivy.properties import NumericProperty, StringProperty
from kivy.uix.modalview import ModalView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
MIN_WARNING_SECONDS = 20  # WCAG 2.2.1: at least 20 seconds to ask for more time


class IdleWarning(ModalView):
    locale = StringProperty("de")
    title = StringProperty("")
    countdown_text = StringProperty("")
    continue_label = StringProperty("")
    countdown_template = StringProperty("{seconds}")
    seconds_left = NumericProperty(0)


class IdleGuard:
    """Restarts its timer on every touch and key; warns when it runs out, then calls ``on_timeout``."""

    def __init__(self, idle_seconds: float, warning_seconds: float, warning: IdleWarning,
                 on_timeout: Callable[[], None], is_idle_worthy: Callable[[], bool]) -> None:
        self.idle_seconds = idle_seconds
        self.warning_seconds = max(warning_seconds, MIN_WARNING_SECONDS)
        self.warning = warning
        self.on_timeout = on_timeout
        self.is_idle_worthy = is_idle_worthy
        self._idle = Clock.create_trigger(self._warn, idle_seconds)
        self._tick = Clock.schedule_interval(self._count_down, 1.0)
        self._tick.cancel()
        warning.bind(on_dismiss=lambda *_: self.activity())
        Window.bind(on_motion=self._on_motion, on_key_down=lambda *_: self.activity())
        self.activity()

    def _on_motion(self, _window: object, _kind: str, event: object) -> None:
        if getattr(event, "is_touch", False):
            self.activity()

    def activity(self) -> None:
        self._idle.cancel()
        self._idle()
        if self.warning.seconds_left and not self.warning.parent:
            self._tick.cancel()
            self.warning.seconds_left = 0

    def warn_now(self) -> None:
        """The warning at once, as after ``idle_seconds`` untouched (a simulated visitor who walks away)."""
        self._idle.cancel()
        self._warn()

    def run_out(self) -> None:
        """The open warning's countdown at its end at once: the reset, as after its seconds."""
        if self.warning.parent:
            self.warning.seconds_left = 1
            self._count_down(1.0)

    def _warn(self, _dt: float = 0) -> None:
        if not self.is_idle_worthy():
            return
        self.warning.seconds_left = self.warning_seconds
        self._refresh_text()
        self.warning.open(animation=False)
        self._tick()

    def _count_down(self, _dt: float) -> None:
        if not self.warning.parent:
            self._tick.cancel()
            return
        self.warning.seconds_left -= 1
        self._refresh_text()
        if self.warning.seconds_left <= 0:
            self._tick.cancel()
            self.warning.dismiss(animation=False)
            self.on_timeout()

    def _refresh_text(self) -> None:
        self.warning.countdown_text = self.warning.countdown_template.format(seconds=int(self.warning.seconds_left))
