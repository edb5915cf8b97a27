"""QR codes drawn from the code's module matrix as textures: no temporary files, sharp edges.

Making a code takes qrcode 20-35 ms, most of it choosing the mask as ISO/IEC 18004 asks, and a tap should not wait
for that. So whenever its content changes the kiosk makes every code it can show ahead (``CODES.prepare``), one per
tick of the clock (ten a second): for the Chemnitz site about 300 codes, 10 s of work spread over half a minute,
5 KB each. A tap meanwhile waits for the code being made at most, and makes its own if it is not ready.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from kivy.clock import Clock
from kivy.graphics.texture import Texture
from kivy.properties import StringProperty
from kivy.uix.image import Image

from kiosk.live.logs import LOGGER
from kiosk.views.take_along import qr_matrix

PREPARE_EVERY_SECONDS = 0.1


def _texture(payload: str) -> Texture:
    matrix = qr_matrix(payload)
    side = len(matrix)
    # One byte a module; textures start at the bottom row.
    pixels = bytes(0 if dark else 255 for row in reversed(matrix) for dark in row)
    texture = Texture.create(size=(side, side), colorfmt="luminance")
    texture.mag_filter = texture.min_filter = "nearest"
    texture.blit_buffer(pixels, colorfmt="luminance", bufferfmt="ubyte")
    return texture


class QrTextures:
    """Every code the kiosk may show, by payload."""

    def __init__(self) -> None:
        self._textures: dict[str, Texture] = {}
        self._wanted: set[str] = set()
        self._preparing: Iterator[str] | None = None
        self._tick = Clock.create_trigger(self._prepare_one, PREPARE_EVERY_SECONDS, interval=True)

    def texture(self, payload: str) -> Texture:
        if payload not in self._textures:
            self._textures[payload] = _texture(payload)
        return self._textures[payload]

    @property
    def preparing(self) -> bool:
        return self._preparing is not None

    def prepare(self, payloads: Iterable[str]) -> None:
        """Make the codes for ``payloads``, one per tick, then forget those for anything else (content that is
        no longer shown), so the codes kept never outgrow one set of content."""
        self._wanted, self._preparing = set(), iter(payloads)
        self._tick()

    def _prepare_one(self, _dt: float) -> None:
        """One payload a tick, made or found made: listing them takes a Service view each (about 1 ms), and
        running through all of them at once would hold the screen for a quarter of a second."""
        assert self._preparing is not None
        try:
            payload = next(self._preparing, None)
            if payload is not None:
                self._wanted.add(payload)
                self.texture(payload)
                return
        except Exception:  # making codes ahead is a convenience: it runs on the clock, and must never end the kiosk
            LOGGER.exception("making the QR codes ahead failed; each code is made when it is shown")
            self._preparing = None
            self._tick.cancel()
            return
        for payload in set(self._textures) - self._wanted:
            del self._textures[payload]
        self._preparing = None
        self._tick.cancel()


CODES = QrTextures()


class QrCode(Image):
    payload = StringProperty("")

    def on_payload(self, _instance: object, payload: str) -> None:
        self.texture = CODES.texture(payload) if payload else None
