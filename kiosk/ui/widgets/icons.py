"""Where the interface pictograms are (white on transparent, tinted by each widget)."""
from __future__ import annotations

from kiosk.paths import ICONS_DIR


def icon_path(name: str) -> str:
    return str(ICONS_DIR / f"{name}.png")
