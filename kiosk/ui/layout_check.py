"""Measures a screen on show against ``kiosk.ui.layout_rules``: texts clipped or reaching out of their widget,
widgets overlapping, touch targets too small, text and map lines without enough contrast.

It reads the widget tree as laid out (no pixels): each label's text is where Kivy places its texture, each
background is the filled rectangles of the label's ancestors under its middle, composited over the window's clear
colour. Texts inside a scroll view count only where the scroll view shows them (more below is what scrolling is
for); everywhere else a text must lie inside its widget and the window.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from kivy.core.window import Window
from kivy.graphics import (Color, Line, Rectangle, RoundedRectangle, SmoothRectangle,
                           SmoothRoundedRectangle)
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.image import Image
from kivy.uix.label import Label
from kivy.uix.scrollview import ScrollView
from kivy.uix.vkeyboard import VKeyboard
from kivy.uix.widget import Widget

from kiosk.messages import S_, Message
from kiosk.ui.layout_rules import (CLIPPED, LINE_CONTRAST, LOW_CONTRAST, OVERLAP, SMALL_TARGET, TEXT_CONTRAST,
                                   Rect, composite, contrast, intersection, overlap, smallest_target,
                                   sticking_out, too_small)
from kiosk.ui.widgets.keys import drawn_keys

TEXT_OUT = S_("layout", "its text reaches {pixels} px out of its widget ({text} in {widget})")
LINES_CUT = S_("layout", "{count} of its lines are cut off")
OFF_SCREEN = S_("layout", "its text reaches {pixels} px off the screen")
TARGET_TOO_SMALL = S_("layout", "{size} px, at least {minimum} px")
TEXT_TOO_FAINT = S_("layout", "text {ratio}:1 against its background, at least {minimum}:1")
LINES_TOO_FAINT = S_("layout", "lines in ({colour}) {ratio}:1 against the map, at least {minimum}:1")
BELOW_THE_FOLD = S_("layout", "must be in the first view, but {pixels} px of it need scrolling")
OVERLAPPING = S_("layout", "{size} px overlap")
FILLS = (Rectangle, RoundedRectangle, SmoothRectangle, SmoothRoundedRectangle)
SMOOTH = (SmoothRectangle, SmoothRoundedRectangle)  # textured only for their smoothed edges
SNIPPET = 24  # characters of a text that name its label in a finding


@dataclass(frozen=True)
class Problem:
    widget: str
    problem: str
    detail: Message


@dataclass
class _Element:
    widget: Widget
    name: str
    visible: Rect | None  # what it shows (a label's text, an image's picture, a button's face), where on screen
    ancestors: frozenset[int] = field(default_factory=frozenset)


def window_rect(widget: Widget, x: float | None = None, y: float | None = None, width: float | None = None,
                height: float | None = None) -> Rect:
    """``widget``'s rectangle (or one in its parent's coordinates) in window pixels."""
    left, bottom = widget.to_window(widget.x if x is None else x, widget.y if y is None else y)
    return left, bottom, widget.width if width is None else width, widget.height if height is None else height


def text_rect(label: Label) -> Rect:
    """Where a label's texture (its lines and its padding) is drawn: at its reading start, end or middle, centred up
    and down."""
    text_width, text_height = label.texture_size
    x = {"left": label.x, "right": label.right - text_width}.get(label.halign, label.center_x - text_width / 2)
    return window_rect(label, int(x), int(label.center_y - text_height / 2), text_width, text_height)


def picture_rect(image: Image) -> Rect:
    width, height = image.norm_image_size
    return window_rect(image, image.center_x - width / 2, image.center_y - height / 2, width, height)


def shown(widget: Widget) -> bool:
    return widget.opacity > 0.01 and widget.width > 0 and widget.height > 0


def _named(root: Widget) -> dict[int, str]:
    """Each widget's id in the kv rules, wherever a rule names it."""
    names: dict[int, str] = {}
    for widget in root.walk(restrict=True):
        for name, proxy in getattr(widget, "ids", {}).items():
            target = proxy.__ref__() if hasattr(proxy, "__ref__") else proxy
            names.setdefault(id(target), name)
    return names


class ScreenMeasure:
    """The problems of what ``roots`` show (the app's root, or a modal view open over it)."""

    def __init__(self, roots: list[Widget]) -> None:
        self.roots = roots
        self.short_side = min(Window.size)
        self.names: dict[int, str] = {}
        for root in roots:
            self.names |= _named(root)
        self.problems: list[Problem] = []

    def measure(self) -> list[Problem]:
        elements: list[_Element] = []
        screen = (0.0, 0.0, float(Window.width), float(Window.height))
        for root in self.roots:
            self._visit(root, screen, [], elements, in_scroll=False)
        self._overlaps(elements)
        return self.problems

    def name(self, widget: Widget, chain: list[Widget]) -> str:
        parts = [self.names[id(ancestor)] for ancestor in chain if id(ancestor) in self.names]
        own = self.names.get(id(widget), type(widget).__name__)
        text = getattr(widget, "source_text", None) or getattr(widget, "text", "") or getattr(widget, "label", "")
        snippet = f' "{text[:SNIPPET]}{"…" if len(text) > SNIPPET else ""}"' if text else ""
        return "/".join([*parts[-3:], own]) + snippet

    def _note(self, widget: Widget, chain: list[Widget], problem: str, detail: Message) -> None:
        self.problems.append(Problem(self.name(widget, chain), problem, detail))

    def _visit(self, widget: Widget, clip: Rect, chain: list[Widget], elements: list[_Element], *,
               in_scroll: bool) -> None:
        if not shown(widget):
            return
        own = window_rect(widget)
        if isinstance(widget, Label) and widget.text.strip() and widget.texture is not None:
            self._check_label(widget, clip, chain, elements, in_scroll)
        elif isinstance(widget, Image) and widget.texture is not None and not isinstance(widget, ButtonBehavior):
            rect = picture_rect(widget)
            elements.append(self._element(widget, chain, rect, clip))
        if isinstance(widget, ButtonBehavior) and not widget.disabled:
            if too_small(own, self.short_side):
                self._note(widget, chain, SMALL_TARGET, TARGET_TOO_SMALL(
                    size=f"{own[2]:.0f}x{own[3]:.0f}", minimum=f"{smallest_target(self.short_side):.0f}"))
            if not isinstance(widget, Label):
                elements.append(self._element(widget, chain, own, clip))
        if isinstance(widget, VKeyboard):
            self._check_keys(widget, chain)
        if getattr(widget, "first_view", False) and sticking_out(own, clip) > 1:  # marked so in its kv rule
            self._note(widget, chain, CLIPPED, BELOW_THE_FOLD(pixels=f"{sticking_out(own, clip):.0f}"))
        self._check_lines(widget, chain)
        inner = intersection(own, clip) if isinstance(widget, ScrollView) else clip
        if inner is None:
            return
        for child in reversed(widget.children):
            self._visit(child, inner, [*chain, widget], elements, in_scroll=in_scroll or isinstance(widget, ScrollView))

    def _check_keys(self, keyboard: VKeyboard, chain: list[Widget]) -> None:
        """An on-screen keyboard's keys are drawn, not widgets: each is a touch target all the same."""
        for _, (x, y), (width, height) in drawn_keys(keyboard):
            key = window_rect(keyboard, x, y, width, height)
            if too_small(key, self.short_side):
                self._note(keyboard, chain, SMALL_TARGET, TARGET_TOO_SMALL(
                    size=f"{key[2]:.0f}x{key[3]:.0f}", minimum=f"{smallest_target(self.short_side):.0f}"))
                return

    def _element(self, widget: Widget, chain: list[Widget], rect: Rect, clip: Rect) -> _Element:
        return _Element(widget, self.name(widget, chain), intersection(rect, clip),
                        frozenset(id(ancestor) for ancestor in chain))

    def _check_label(self, label: Label, clip: Rect, chain: list[Widget], elements: list[_Element],
                     in_scroll: bool) -> None:
        rect = text_rect(label)
        own = window_rect(label)
        out = sticking_out(rect, own)
        if out > 1:
            self._note(label, chain, CLIPPED, TEXT_OUT(pixels=f"{out:.0f}", text=f"{rect[2]:.0f}x{rect[3]:.0f}",
                                                       widget=f"{own[2]:.0f}x{own[3]:.0f}"))
        lost = self._lines_lost(label)
        if lost:
            self._note(label, chain, CLIPPED, LINES_CUT(count=lost))
        if not in_scroll:
            off_screen = sticking_out(rect, clip)
            if off_screen > 1:
                self._note(label, chain, CLIPPED, OFF_SCREEN(pixels=f"{off_screen:.0f}"))
        elements.append(self._element(label, chain, rect, clip))
        middle = (rect[0] + rect[2] / 2, rect[1] + rect[3] / 2)
        background = self.background(middle, [*chain, label])
        ratio = contrast(label.color, background)
        if ratio < TEXT_CONTRAST - 0.005:
            self._note(label, chain, LOW_CONTRAST, TEXT_TOO_FAINT(ratio=f"{ratio:.2f}", minimum=TEXT_CONTRAST))

    @staticmethod
    def _lines_lost(label: Label) -> int:
        """Lines Kivy left out because a fixed text height has no room for them."""
        core = label._label
        wanted = core.text.count("\n") + 1 if core.text else 0
        drawn = len(getattr(core, "_cached_lines", ()) or ())
        return max(0, wanted - drawn) if label.text_size[1] is not None and drawn else 0

    def background(self, point: tuple[float, float], chain: list[Widget]) -> tuple[float, float, float]:
        """The colour under ``point``: every filled rectangle of ``chain`` (outermost first) over the clear colour."""
        layers: list[tuple[float, ...]] = []
        for widget in chain:
            layers += [colour for colour, rect in self._fills(widget) if intersection(rect, (*point, 1, 1))]
        return composite(layers, Window.clearcolor)

    @staticmethod
    def _drawn(widget: Widget) -> Iterator[tuple[tuple[float, ...], object]]:
        colour: tuple[float, ...] = (1, 1, 1, 1)
        for instruction in widget.canvas.before.children:
            if isinstance(instruction, Color):
                colour = tuple(instruction.rgba)
            else:
                yield colour, instruction

    def _fills(self, widget: Widget) -> list[tuple[tuple[float, ...], Rect]]:
        fills = []
        for colour, instruction in self._drawn(widget):
            if isinstance(instruction, FILLS) and instruction.size[0] > 0 and instruction.size[1] > 0 \
                    and (isinstance(instruction, SMOOTH) or instruction.texture is None) and colour[3] > 0:
                fills.append((colour, window_rect(widget, *instruction.pos, *instruction.size)))
        return fills

    def _check_lines(self, widget: Widget, chain: list[Widget]) -> None:
        """Lines a widget draws (the map's rooms, corridors and way) against what is behind them."""
        lines = [(colour, instruction) for colour, instruction in self._drawn(widget) if isinstance(instruction, Line)]
        if not lines:
            return
        own = window_rect(widget)
        behind = self.background((own[0] + own[2] / 2, own[1] + own[3] / 2), [*chain, widget])
        seen: set[tuple[float, ...]] = set()
        for colour, _line in lines:
            ratio = contrast(colour, behind)
            if ratio < LINE_CONTRAST - 0.005 and colour not in seen:
                seen.add(colour)
                shade = ", ".join(f"{channel:.2f}" for channel in colour[:3])
                self._note(widget, chain, LOW_CONTRAST, LINES_TOO_FAINT(colour=shade, ratio=f"{ratio:.2f}",
                                                                        minimum=LINE_CONTRAST))

    def _overlaps(self, elements: list[_Element]) -> None:
        shown_elements = [element for element in elements if element.visible is not None]
        for index, first in enumerate(shown_elements):
            for second in shown_elements[index + 1:]:
                if id(first.widget) in second.ancestors or id(second.widget) in first.ancestors:
                    continue
                shared = overlap(first.visible, second.visible)
                if shared is not None:
                    self.problems.append(Problem(f"{first.name} + {second.name}", OVERLAP,
                                                 OVERLAPPING(size=f"{shared[2]:.0f}x{shared[3]:.0f}")))


def measure_window() -> list[Problem]:
    """The problems of what the window shows on top: a modal view open over the screen, else the screen."""
    return ScreenMeasure([Window.children[0]]).measure()
