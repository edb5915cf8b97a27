"""The rules `kiosk layout-check` holds every screen to, as plain geometry and colour: no Kivy here, so they are
tested on numbers (tests/test_layout_rules.py); ``kiosk.ui.layout_check`` measures the widgets they apply to.

Rectangles are ``(x, y, width, height)`` in window pixels. Colours are ``(r, g, b)`` or ``(r, g, b, a)`` from 0 to 1.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from kiosk.messages import Message, Translator

Rect = tuple[float, float, float, float]
Colour = Sequence[float]

TEXT_CONTRAST = 4.5  # WCAG 2.2, 1.4.3: text against what is behind it
LINE_CONTRAST = 3.0  # WCAG 2.2, 1.4.11: lines a visitor must see to follow the map
TOUCH_TARGET = 44.0  # pixels on a screen 1080 pixels across its short side; scaled with the screen
REFERENCE_SHORT_SIDE = 1080
REFERENCE_INCHES = 43.0  # the kiosk the layout is drawn for: 1080x1920 on a 43-inch screen, 51 pixels an inch
TOLERANCE = 1.0  # a pixel of rounding between where a layout puts a widget and where its text is drawn

# The screens the kiosk must be right at: portrait and landscape full HD, the office monitors, 4K portrait.
SIZES = ((1080, 1920), (1920, 1080), (1280, 1024), (1366, 768), (768, 1366), (2160, 3840))
# The screens the kiosk must be right at: portrait and landscape full HD, the office monitors, 4K portrait.
SIZES = ((1080, 1920), (1920, 1080), (1280, 1024), (1366, 768), (768, 1366), (2160, 3840))
CLIPPED, OVERLAP, SMALL_TARGET, LOW_CONTRAST = "clipped", "overlap", "small-target", "low-contrast"


@dataclass(frozen=True, order=True)
class Finding:
    """One thing wrong on one screen in one language, at one size and text size."""
    screen: str
    locale: str
    size: str  # "1080x1920"
    text_size: str  # "normal" or "larger"
    widget: str  # where on the screen: the ids down to the widget, and the start of its text
    problem: str  # one of CLIPPED, OVERLAP, SMALL_TARGET, LOW_CONTRAST
    detail: Message = field(compare=False)  # the figures: how far out, how small, which ratio

    def line(self, translator: Translator | None = None) -> str:
        return (f"{self.screen} {self.locale} {self.size} {self.text_size}: {self.widget}: {self.problem}: "
                f"{self.detail.render(translator)}")


def inside(inner: Rect, outer: Rect, tolerance: float = TOLERANCE) -> bool:
    x, y, width, height = inner
    left, bottom, outer_width, outer_height = outer
    return (x >= left - tolerance and y >= bottom - tolerance and x + width <= left + outer_width + tolerance
            and y + height <= bottom + outer_height + tolerance)


def sticking_out(inner: Rect, outer: Rect) -> float:
    """How many pixels ``inner`` reaches past ``outer`` on its worst side (0 when it is inside)."""
    x, y, width, height = inner
    left, bottom, outer_width, outer_height = outer
    return max(0.0, left - x, bottom - y, x + width - left - outer_width, y + height - bottom - outer_height)


def intersection(first: Rect, second: Rect) -> Rect | None:
    left, bottom = max(first[0], second[0]), max(first[1], second[1])
    right = min(first[0] + first[2], second[0] + second[2])
    top = min(first[1] + first[3], second[1] + second[3])
    if right <= left or top <= bottom:
        return None
    return left, bottom, right - left, top - bottom


def overlap(first: Rect, second: Rect, tolerance: float = TOLERANCE) -> Rect | None:
    """Where two rectangles share more than a rounding pixel each way, or None."""
    shared = intersection(first, second)
    if shared is None or shared[2] <= tolerance or shared[3] <= tolerance:
        return None
    return shared


def smallest_target(short_side: float) -> float:
    """44 px on a screen 1080 px across, in proportion on others: the same share of the screen."""
    return TOUCH_TARGET * short_side / REFERENCE_SHORT_SIDE


def too_small(target: Rect, short_side: float) -> bool:
    return min(target[2], target[3]) < smallest_target(short_side) - TOLERANCE


def screen_density(size: tuple[int, int], inches: float = 0.0) -> float:
    """Kivy's pixels per dp on a screen ``size`` pixels with a diagonal of ``inches`` (0: not known).

    Unknown, a screen is taken to be as large as the reference, so the layout keeps its proportions: 2 on a 4K
    portrait screen, 0.71 on 1366x768. Known, text and buttons keep the reference's physical size (a 55-inch 4K
    screen: 1.56, with room to spare), but never grow past those proportions, or a small screen could not hold the
    layout (a 24-inch full-HD monitor stays at 1)."""
    proportional = min(size) / REFERENCE_SHORT_SIDE
    if inches <= 0:
        return round(proportional, 3)
    reference_ppi = math.hypot(REFERENCE_SHORT_SIDE, REFERENCE_SHORT_SIDE * 16 / 9) / REFERENCE_INCHES
    return round(min(proportional, math.hypot(*size) / inches / reference_ppi), 3)


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def luminance(colour: Colour) -> float:
    red, green, blue = (_linear(channel) for channel in colour[:3])
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first: Colour, second: Colour) -> float:
    """WCAG's contrast ratio, from 1 (the same) to 21 (black and white)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(top: Colour, below: Colour) -> tuple[float, float, float]:
    """``top`` drawn with its alpha over the opaque ``below``."""
    alpha = top[3] if len(top) > 3 else 1.0
    return tuple(alpha * top[index] + (1 - alpha) * below[index] for index in range(3))  # type: ignore[return-value]


def composite(layers: Sequence[Colour], base: Colour) -> tuple[float, float, float]:
    """What shows through ``layers`` (bottom first) drawn over ``base``."""
    colour = tuple(base[:3])
    for layer in layers:
        colour = over(layer, colour)
    return colour  # type: ignore[return-value]
