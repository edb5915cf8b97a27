"""Operating the kiosk without sight or touch: keys move a visible focus ring over every control and press it.

A USB audio keypad sends Tab, the arrows, Enter and Escape. Tab and Down/Right go to the next control in reading
order (top to bottom, then along the line in the screen's direction), Shift+Tab and Up/Left to the one before;
Enter or Space presses it, Escape goes one screen back. Each control that takes the focus is announced to whoever
listens (``listeners``: the speaker says its name). The idle warning, while open, is the only thing to reach.
"""
from __future__ import annotations

from typing import Callable

from kivy.app import App
from kivy.core.window import Window
from kivy.graphics import Color, InstructionGroup, Line
from kivy.metrics import dp
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.scrollview import ScrollView
from kivy.uix.widget import Widget

TAB, ENTER, NUMPAD_ENTER, SPACE, ESCAPE = 9, 13, 271, 32, 27
UP, DOWN, LEFT, RIGHT = 273, 274, 276, 275
# Amber on the kiosk's dark blue background: about 11:1, well above WCAG 2.4.11's 3:1 (tests/ui/test_keyboard.py).
RING_COLOR = (1.0, 0.76, 0.03, 1)
RING_WIDTH_DP = 3
RING_GAP_DP = 3


def spoken_name(control: Widget) -> str:
    """What a control says it is: its label, or the text it shows (a language's name on Welcome)."""
    return str(getattr(control, "label", "") or getattr(control, "source_text", "") or getattr(control, "text", ""))


def _shown(widget: Widget) -> bool:
    """Visible and usable: no hidden (opacity 0, disabled, no size) widget on its way to the window."""
    node: Widget | None = widget
    while node is not None and node is not Window:
        if node.opacity == 0 or node.disabled or node.width <= 1 or node.height <= 1:
            return False
        node = node.parent
    return True


class KeyboardFocus:
    def __init__(self, app) -> None:
        self.app = app
        self.focused: Widget | None = None
        self.listeners: list[Callable[[Widget], None]] = []
        self._ring = InstructionGroup()
        self._line = Line(width=dp(RING_WIDTH_DP))
        self._ring.add(Color(*RING_COLOR))
        self._ring.add(self._line)
        Window.bind(on_key_down=self._on_key_down)
        # Another screen, a reset: the ring would mark a control no longer there (or the last visitor's choice).
        app.bind(screen=lambda *_: self.clear(), locale=lambda *_: self.clear())

    def controls(self) -> list[Widget]:
        """Every control a visitor can press now, in reading order."""
        warning = getattr(self.app, "idle_warning", None)
        root = warning if warning is not None and warning.parent else self.app.root
        found = [widget for widget in root.walk(restrict=True) if isinstance(widget, ButtonBehavior) and _shown(widget)]
        if root is self.app.root:  # only the screen on show: the screen manager keeps the others out of the tree
            found = [widget for widget in found if self._on_current_screen(widget)]
        direction = -1 if self.app.right_to_left else 1
        return sorted(found, key=lambda widget: (-round(widget.to_window(0, widget.top)[1] / dp(8)),
                                                 direction * widget.to_window(widget.x, 0)[0]))

    def _on_current_screen(self, widget: Widget) -> bool:
        screens = self.app.screens
        node = widget
        while node is not None and node is not Window:
            if node.parent is screens:
                return node is screens.current_screen
            node = node.parent
        return True  # the bar below the screens

    def move(self, step: int) -> Widget | None:
        controls = self.controls()
        if not controls:
            return None
        index = controls.index(self.focused) if self.focused in controls else (-1 if step > 0 else 0)
        self.focus(controls[(index + step) % len(controls)])
        return self.focused

    def focus(self, control: Widget) -> None:
        self.focused = control
        for ancestor in _ancestors(control):
            if isinstance(ancestor, ScrollView):
                ancestor.scroll_to(control, padding=dp(16), animate=False)
        self.draw_ring()
        for listener in self.listeners:
            listener(control)

    def draw_ring(self) -> None:
        """Around the focused control, in window coordinates, on top of everything; none when nothing is focused."""
        canvas = Window.canvas.after
        if self._ring in canvas.children:
            canvas.remove(self._ring)
        control = self.focused
        if control is None or not _shown(control) or control.get_root_window() is None:
            return
        x, y = control.to_window(control.x, control.y)
        gap = dp(RING_GAP_DP)
        self._line.rectangle = (x - gap, y - gap, control.width + 2 * gap, control.height + 2 * gap)
        canvas.add(self._ring)

    def clear(self) -> None:
        self.focused = None
        self.draw_ring()

    def press(self) -> None:
        control = self.focused
        if control is None or not _shown(control) or control not in self.controls():
            return
        control.trigger_action(duration=0)
        # A switch keeps the focus; a control that took the visitor to another screen is gone with it.
        self.focused = control if control in self.controls() else None
        self.draw_ring()

    def _on_key_down(self, _window: object, key: int, _scancode: int, _text: str | None,
                     modifiers: list[str]) -> bool:
        if App.get_running_app() is not self.app:
            return False  # an app that stopped (a test's, a restart's) leaves the keys to the one running
        if key == TAB:
            self.move(-1 if "shift" in modifiers else 1)
        elif key in (DOWN, UP):
            self.move(1 if key == DOWN else -1)
        elif key in (LEFT, RIGHT):
            forward = (key == RIGHT) != self.app.right_to_left
            self.move(1 if forward else -1)
        elif key in (ENTER, NUMPAD_ENTER, SPACE):
            self.press()
        elif key == ESCAPE:
            self._back()
        else:
            return False
        # Handled here, the key goes no further (Kivy stops at the first taker), so it counts as activity here.
        idle = getattr(self.app, "idle", None)
        if idle is not None:
            idle.activity()
        return True

    def _back(self) -> None:
        warning = getattr(self.app, "idle_warning", None)
        if warning is not None and warning.parent:
            warning.dismiss(animation=False)
        elif self.app.session.screen != "welcome":
            self.app.go_back()
        self.clear()


def _ancestors(widget: Widget):
    node = widget.parent
    while node is not None and node is not Window:
        yield node
        node = node.parent
