"""Line breaking in reading order with each word measured once.

Kivy wraps a label by measuring the growing line again and again (155 measurements for a 66-word paragraph).
Arabic shaping through HarfBuzz costs about ten times what Latin does, so measuring every word once (and keeping
the widths: screens show the same words again and again) and handing Kivy finished lines keeps right-to-left
screens as quick as left-to-right ones. Words are separated by ordinary spaces; runs glued with no-break spaces
(see ``bidi``) are single words and never split.
"""
from __future__ import annotations

from typing import Callable

Measure = Callable[[str], float]


def wrap(text: str, width: float, measure: Measure) -> str:
    """``text`` with a line break wherever the next word would pass ``width``; existing breaks stay."""
    return "\n".join(_wrap_paragraph(paragraph, width, measure) for paragraph in text.split("\n"))


def _wrap_paragraph(paragraph: str, width: float, measure: Measure) -> str:
    words = paragraph.split(" ")
    space = measure(" ")
    lines: list[list[str]] = [[]]
    used = 0.0
    for word in words:
        word_width = measure(word) if word else 0.0
        if lines[-1] and used + space + word_width > width:
            lines.append([])
            used = 0.0
        used += (space if lines[-1] else 0.0) + word_width
        lines[-1].append(word)
    return "\n".join(" ".join(line) for line in lines)
