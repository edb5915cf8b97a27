"""Looking at rendered text as pixels."""
import struct
import zlib
from pathlib import Path

import numpy as np

from kiosk.paths import PROJECT_ROOT

SCREENSHOTS = PROJECT_ROOT / "screenshots"


def ink(texture) -> np.ndarray:
    """A texture's alpha channel (Kivy reads label textures back top row first): text is white, alpha is ink."""
    pixels = np.frombuffer(texture.pixels, np.uint8).reshape(texture.height, texture.width, 4)
    return pixels[:, :, 3]


def cropped(image: np.ndarray) -> np.ndarray:
    rows, columns = np.nonzero(image)
    if not len(rows):
        return image[:0, :0]
    return image[rows.min():rows.max() + 1, columns.min():columns.max() + 1]


def screenshot_path(*parts: str) -> Path:
    path = SCREENSHOTS.joinpath(*parts)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_png(path: Path, image: np.ndarray) -> None:
    """Ink as dark text on white, as an 8-bit greyscale PNG people can open."""
    grey = (255 - image).astype(np.uint8)
    raw = b"".join(b"\x00" + row.tobytes() for row in grey)
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", grey.shape[1], grey.shape[0], 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
                     + chunk(b"IEND", b""))
