"""The window's picture as a PNG file: for staff screenshots and offscreen renders alike."""
from __future__ import annotations

import struct
import zlib
from pathlib import Path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def read_rows(left: int, bottom: int, width: int, height: int) -> list[bytes]:
    """The RGB rows of a part of the window, bottom row first, each ``width * 3`` bytes: OpenGL pads the rows it
    reads to a multiple of 4 bytes, which a reader taking them as one block shears (1366 px wide)."""
    from kivy.graphics.opengl import GL_RGB, GL_UNSIGNED_BYTE, glReadPixels

    data = glReadPixels(left, bottom, width, height, GL_RGB, GL_UNSIGNED_BYTE)
    stride = len(data) // height
    return [data[row * stride:row * stride + width * 3] for row in range(height)]


def save_window(out: Path) -> Path:
    """The window as an RGB PNG, top row first. Written here rather than by ``Window.screenshot``, which sheared
    every picture whose rows are not a multiple of 4 bytes."""
    from kivy.core.window import Window

    width, height = (int(side) for side in Window.size)
    raw = b"".join(b"\x00" + row for row in reversed(read_rows(0, 0, width, height)))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = out.with_name(f".{out.name}.new")
    written.write_bytes(b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(raw, 3))
                        + _chunk(b"IEND", b""))
    written.replace(out)
    return out
