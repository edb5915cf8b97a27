"""A QR code drawn from the code's module matrix as a texture: no temporary files, sharp edges."""
from __future__ import annotations

from functools import lru_cache

from kivy.graphics.texture import Texture
from kivy.properties import StringProperty
from kivy.uix.image import Image

from kiosk.views.take_along import qr_matrix

# A visitor moves between a few concerns and languages; each code costs about 20 ms to make (mostly mask choice).
CACHED_CODES = 64


@lru_cache(maxsize=CACHED_CODES)
def qr_texture(payload: str) -> Texture:
    matrix = qr_matrix(payload)
    side = len(matrix)
    rows = [b"".join(b"\x00\x00\x00\xff" if dark else b"\xff\xff\xff\xff" for dark in row) for row in matrix]
    texture = Texture.create(size=(side, side), colorfmt="rgba")
    texture.mag_filter = texture.min_filter = "nearest"
    texture.blit_buffer(b"".join(reversed(rows)), colorfmt="rgba", bufferfmt="ubyte")  # textures start at the bottom
    return texture


class QrCode(Image):
    payload = StringProperty("")

    def on_payload(self, _instance: object, payload: str) -> None:
        self.texture = qr_texture(payload) if payload else None
