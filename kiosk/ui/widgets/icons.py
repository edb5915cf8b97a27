"""Where the interface pictograms are (white on transparent, tinted by each widget)."""
from __future__ import annotations

from kiosk.paths import ASSETS_DIR

ICONS_DIR = ASSETS_DIR / "icons"


def icon_path(name: str) -> str:
    return str(ICONS_DIR / f"{name}.png")
