"""The window's picture as a PNG file: for staff screenshots and offscreen renders alike."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


def save_window(out: Path) -> Path:
    """``Window.screenshot`` numbers its files; write to a scratch folder and move the file into place."""
    from kivy.core.window import Window

    with tempfile.TemporaryDirectory() as scratch:
        written = Window.screenshot(name=str(Path(scratch) / "screen.png"))
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(written, out)
    return out
