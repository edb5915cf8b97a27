"""Line breaking in reading order with each word measured once.

Kivy wraps a label by measuring the growing line again and again (155 measurements for a 66-word paragraph).
Arabic shaping through HarfBuzz costs about ten times what Latin does, so measuring every word once (and keeping
the widths: screens show the same words again and again) and handing Kivy finished lines keeps right-to-left
screens as quick as left-to-right ones. Words are separated by ordinary spaces; runs glued with no-break spaces
(see ``bidi``, and a number with its unit) are single words. Only a glued phrase of three words or more that is
wider than a whole line (a long German name in Arabic text) is split at its no-break spaces: then in right-to-left
text, where such a run is stored reversed, its first words are at its end and go on the first line. A room number
with its letter or a number with its unit never splits (the label makes its font smaller instead).
"""
from __future__ import annotations

from typing import Callable

Measure = Callable[[str], float]
NO_BREAK_SPACE = "\u00a0"
SPLITTABLE_WORDS = 3


def wrap(text: str, width: float, measure: Measure, right_to_left: bool = False) -> str:
    """``text`` with a line break wherever the next word would pass ``width``; existing breaks stay."""
    return "\n".join(_wrap_paragraph(paragraph, width, measure, right_to_left) for paragraph in text.split("\n"))


def _pieces(word: str, width: float, measure: Measure, right_to_left: bool) -> list[str]:
    """A glued run too wide for a line, as pieces that each fit (as far as its words do), in reading order."""
    parts = word.split(NO_BREAK_SPACE)
    if right_to_left:
        parts.reverse()

    def glued(chunk: list[str]) -> str:
        return NO_BREAK_SPACE.join(reversed(chunk) if right_to_left else chunk)

    chunks: list[list[str]] = [[]]
    for part in parts:
        if chunks[-1] and measure(glued([*chunks[-1], part])) > width:
            chunks.append([])
        chunks[-1].append(part)
    return [glued(chunk) for chunk in chunks]


def _wrap_paragraph(paragraph: str, width: float, measure: Measure, right_to_left: bool) -> str:
    words = [piece for word in paragraph.split(" ")
             for piece in (_pieces(word, width, measure, right_to_left)
                           if word.count(NO_BREAK_SPACE) >= SPLITTABLE_WORDS - 1 and measure(word) > width
                           else (word,))]
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
