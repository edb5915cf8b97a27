"""The window's picture as a PNG file: for staff screenshots and offscreen renders alike."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def save_window(out: Path) -> Path:
    """The window as an RGB PNG. Written here rather than by ``Window.screenshot``, which sheared every picture
    whose rows are not a multiple of 4 bytes (1366 px wide): OpenGL pads the rows it reads, and the rows are
    taken as they come (whatever their padding) and written top row first."""
    from kivy.core.window import Window
    from kivy.graphics.opengl import GL_RGB, GL_UNSIGNED_BYTE, glReadPixels

    width, height = (int(side) for side in Window.size)
    data = glReadPixels(0, 0, width, height, GL_RGB, GL_UNSIGNED_BYTE)
    stride = len(data) // height
    raw = b"".join(b"\x00" + data[row * stride:row * stride + width * 3] for row in reversed(range(height)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = out.with_name(f".{out.name}.new")
    written.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 3))
                        + _chunk(b"IEND", b""))
    written.replace(out)
    return out
