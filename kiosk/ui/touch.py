"""A finger on the kiosk's window that is no hardware: touches made in code reach the app through Kivy's input
providers, postprocessing and window, frame by frame, exactly as a touchscreen's do (``kiosk simulate``)."""
from __future__ import annotations

import itertools
from collections import deque

from kivy.base import EventLoop
from kivy.core.window import Window
from kivy.input.motionevent import MotionEvent
from kivy.input.provider import MotionEventProvider
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.scrollview import ScrollView
from kivy.uix.widget import Widget

Box = tuple[float, float, float, float]  # left, bottom, right, top in window pixels


class FingerTouch(MotionEvent):
    """A touch at a point given as a fraction of the window (0–1, y up), as a touchscreen driver reports one."""

    def __init__(self, touch_id: int, position: tuple[float, float]) -> None:
        super().__init__("simulated", touch_id, position, is_touch=True, type_id="touch")

    def depack(self, args: tuple[float, float]) -> None:
        self.sx, self.sy = args
        self.profile = ["pos"]
        super().depack(args)


class Finger(MotionEventProvider):
    """An input provider whose touches are put down and lifted by code; each reaches the app in the next frame."""

    def __init__(self) -> None:
        super().__init__("simulated", None)
        self._queued: deque[tuple[str, FingerTouch]] = deque()
        self._ids = itertools.count(1)
        EventLoop.add_input_provider(self)

    def stop(self) -> None:
        EventLoop.remove_input_provider(self)

    def update(self, dispatch_fn) -> None:
        while self._queued:
            dispatch_fn(*self._queued.popleft())

    def put_down(self, x: float, y: float) -> FingerTouch:
        """A touch at window pixel (``x``, ``y``), delivered with the next frame."""
        touch = FingerTouch(next(self._ids), (x / max(1, Window.width - 1), y / max(1, Window.height - 1)))
        self._queued.append(("begin", touch))
        return touch

    def lift(self, touch: FingerTouch) -> None:
        self._queued.append(("end", touch))


def window_box(widget: Widget) -> Box:
    left, bottom = widget.to_window(widget.x, widget.y)
    right, top = widget.to_window(widget.right, widget.top)
    return min(left, right), min(bottom, top), max(left, right), max(bottom, top)


def reachable_buttons() -> list[Widget]:
    """The buttons a finger can reach now: shown (not transparent, not disabled), with their middle inside the
    window and inside every scrolled area around them, on the window's topmost layer (an open modal view such as
    the idle warning takes every touch)."""
    found: list[Widget] = []

    def visit(widget: Widget, clip: Box) -> None:
        if widget.opacity <= 0 or widget.disabled or widget.width <= 0 or widget.height <= 0:
            return
        if isinstance(widget, ButtonBehavior):
            x, y = widget.to_window(*widget.center)
            if clip[0] <= x < clip[2] and clip[1] <= y < clip[3]:
                found.append(widget)
            return
        if isinstance(widget, ScrollView):
            left, bottom, right, top = window_box(widget)
            clip = (max(clip[0], left), max(clip[1], bottom), min(clip[2], right), min(clip[3], top))
        for child in reversed(widget.children):  # in the order they were added: reading order in a grid
            visit(child, clip)

    if Window.children:
        visit(Window.children[0], (0, 0, Window.width, Window.height))
    return found
