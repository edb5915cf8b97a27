"""The keys Kivy's on-screen keyboard draws: not widgets, so what each types and where it is come from its layout."""
from __future__ import annotations

from typing import Iterator

from kivy.uix.vkeyboard import VKeyboard

Point = tuple[float, float]


def drawn_keys(keyboard: VKeyboard) -> Iterator[tuple[list, Point, Point]]:
    """Each key of the layout and mode on show: its layout entry (label, text typed, keycode, width) with its
    position and size in the keyboard's own coordinates."""
    layout = keyboard.available_layouts[keyboard.layout]
    for row in range(1, layout["rows"] + 1):
        for key, (pos, size) in zip(layout[f"{keyboard.layout_mode}_{row}"], keyboard.layout_geometry[f"LINE_{row}"]):
            yield key, pos, size
