"""A widget whose children are drawn into a texture of their own and drawn again only when one of them changes.

Kivy draws the whole window anew in every frame. Mesa's software renderer, which draws a kiosk without a GPU,
pays for every pixel of that: the bar below the screens alone took about 16 ms of a tap's frame, though a tap on a
concern changes nothing in it. Drawn into a framebuffer, it costs one textured rectangle in such frames: Kivy
renders a framebuffer's instructions again only when one of them has been changed since.

The rectangle shows a copy of the framebuffer's texture, not that texture itself: measured on llvmpipe, drawing
the framebuffer's own texture took about 26 ms a frame for the bar (a tap went from 18 to 44 ms), an ordinary
texture of the same size under 1 ms. The copy is made on the graphics card, once each time the bar is drawn anew.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from typing import Iterator

from kivy.core.window import Window
from kivy.graphics import (
    Callback, Canvas, ClearBuffers, ClearColor, Color, Fbo, PopMatrix, PushMatrix, Rectangle, Translate,
)
from kivy.graphics.opengl import GL_TEXTURE_2D, glCopyTexSubImage2D
from kivy.graphics.texture import Texture
from kivy.uix.widget import Widget


class KeptDrawing:
    """Mixed in before a layout that stands on the window's background: its children's drawing is kept in a
    texture cleared to that colour. Opaque, the texture shows exactly what drawing on the window would
    (antialiased edges blended into the same colour), with no second blending of half-transparent pixels."""

    def __init__(self, **kwargs: object) -> None:
        # Before Widget.__init__, which makes a canvas only if there is none and applies the kv rules, whose
        # children are then added to the framebuffer (``add_widget`` below).
        self.canvas = Canvas()
        with self.canvas:
            self._framebuffer = Fbo(size=(1, 1))
            Color(1, 1, 1, 1)
            self._kept = Texture.create(size=(1, 1))
            self._shown = Rectangle(texture=self._kept)
        with self._framebuffer.before:
            PushMatrix()
            self._background = ClearColor(*Window.clearcolor)
            ClearBuffers()
            self._offset = Translate()  # the children draw in window coordinates; the texture starts at its corner
        with self._framebuffer.after:
            PopMatrix()
            Callback(self._copy_out)
        super().__init__(**kwargs)
        self.fbind("pos", self._place)
        self.fbind("size", self._place)
        Window.fbind("clearcolor", self._clear_to)
        self._place()

    def add_widget(self, widget: Widget, *args: object, **kwargs: object) -> None:
        with self._drawing_into_framebuffer():
            super().add_widget(widget, *args, **kwargs)

    def remove_widget(self, widget: Widget, *args: object, **kwargs: object) -> None:
        with self._drawing_into_framebuffer():
            super().remove_widget(widget, *args, **kwargs)

    @contextmanager
    def _drawing_into_framebuffer(self) -> Iterator[None]:
        """Kivy adds and removes a child's drawing in ``canvas``: the framebuffer meanwhile."""
        kept, self.canvas = self.canvas, self._framebuffer
        try:
            yield
        finally:
            self.canvas = kept

    def _place(self, *_args: object) -> None:
        # Whole pixels both ways, so that the texture maps one to one onto the screen's pixels and stays sharp.
        size = (max(1, math.ceil(self.width)), max(1, math.ceil(self.height)))
        if self._framebuffer.size != size and self.width >= 1 and self.height >= 1:
            self._framebuffer.size = size
            self._kept = Texture.create(size=size)
            self._shown.texture = self._kept
        self._shown.pos = (round(self.x), round(self.y))
        self._shown.size = size
        self._offset.xy = (-round(self.x), -round(self.y))

    def _clear_to(self, _window: object, colour: list[float]) -> None:
        self._background.rgba = colour

    def _copy_out(self, _instruction: object) -> None:
        """Runs while the framebuffer is still bound, each time it has been drawn anew: copies what it drew."""
        self._kept.bind()
        glCopyTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, 0, 0, *self._kept.size)
