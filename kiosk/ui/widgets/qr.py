"""A QR code drawn from the code's module matrix as a texture: no temporary files, sharp edges."""
from __future__ import annotations

from functools import lru_cache

import qrcode
from kivy.graphics.texture import Texture
from kivy.properties import StringProperty
from kivy.uix.image import Image

QUIET_ZONE_MODULES = 4


@lru_cache(maxsize=64)
def qr_pixels(payload: str) -> tuple[int, bytes]:
    """Side length in modules and RGBA bytes (dark modules black, light white), quiet zone included."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE_MODULES)
    code.add_data(payload)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix)
    rows = [b"".join(b"\x00\x00\x00\xff" if dark else b"\xff\xff\xff\xff" for dark in row) for row in matrix]
    return side, b"".join(reversed(rows))  # textures start at the bottom row


class QrCode(Image):
    payload = StringProperty("")

    def on_payload(self, _instance: object, payload: str) -> None:
        if not payload:
            self.texture = None
            return
        side, pixels = qr_pixels(payload)
        texture = Texture.create(size=(side, side), colorfmt="rgba")
        texture.mag_filter = texture.min_filter = "nearest"
        texture.blit_buffer(pixels, colorfmt="rgba", bufferfmt="ubyte")
        self.texture = texture
