"""A label that sets any language right: font, script, direction, alignment, wrapping and bidi preparation.

Every text on every screen goes through ``LocalizedLabel``, so no screen repeats this logic.
"""
from __future__ import annotations

from pathlib import Path

from kivy.core.text import Label as CoreLabel
from kivy.lang import Builder
from kivy.properties import BooleanProperty, OptionProperty, StringProperty
from kivy.uix.label import Label

from kiosk.text import prepare, text_style
from kiosk.text.wrap import wrap

try:  # the SDL2 text provider is the one that shapes with HarfBuzz; others have nothing to fix
    from kivy.core.text._text_sdl2 import _SurfaceContainer
except ImportError:  # pragma: no cover
    _SurfaceContainer = None


def apply_shaping_to_measurement(core_label: CoreLabel) -> None:
    """Work around Kivy 2.3.1 measuring text without the label's script and direction.

    SDL2_ttf keeps one font object per file and size; Kivy sets its script and direction only when it renders,
    so line widths for wrapping are measured with whatever the last rendered label used (an Arabic line measured
    419 px is drawn in 285 px). Rendering a space first applies this label's settings to the shared font before
    Kivy measures. Private API: ``tests/ui/test_text_rendering.py`` fails if a Kivy upgrade breaks it.
    """
    if _SurfaceContainer is not None and core_label.__class__.__name__ == "LabelSDL2":
        core_label.resolve_font_name()  # the font file may have changed since the last render
        _SurfaceContainer(1, 1).render(core_label, " ", 0, 0)


LINE_SHAPING_MARGIN = 0.99
# Text extents by font, size, direction, script and text: the words measured for wrapping and the lines and spaces
# Kivy measures for every render; screens show the same ones again and again, and a measurement costs 20–50 µs of
# shaping (230 of them in a tap to a Service screen). Bounded: at most EXTENTS_KEPT (a few MB); when full it is
# emptied and the screens in use fill it again (typed search words and new sizes add entries).
EXTENTS_KEPT = 20_000
_EXTENTS: dict[tuple[str, float, str, str, str], tuple[int, int]] = {}

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class LocalizedLabel(Label):
    locale = StringProperty("de")
    source_text = StringProperty("")
    """The text as it comes from the catalogs (placeholders' values inside isolates); ``text`` is derived."""
    strong = BooleanProperty(False)
    align = OptionProperty("start", options=["start", "center", "end"])
    """Alignment in reading direction: "start" is left in German and right in Arabic."""
    shrink_to_fit = BooleanProperty(True)
    """A word wider than the label (a long German compound in larger text) makes the font smaller until it fits,
    instead of reaching past the label's edge; the kv rule's size comes back when what it depends on changes."""
    single_line = BooleanProperty(False)
    """Never wrapped: the whole text shrinks to fit the width (a map's label has room for one line)."""

    def __init__(self, **kwargs: object) -> None:
        self._wanted_font_size: float | None = None  # the kv rule's size while a smaller one fits the text in
        self._fitting = False
        self._shaped_for_measuring = False
        super().__init__(**kwargs)
        self.fbind("font_size", self._font_size_set)
        self.fbind("locale", self._restyle)
        self.fbind("source_text", self._restyle)
        self.fbind("strong", self._restyle)
        self.fbind("align", self._restyle)
        self.fbind("width", self._wrap)
        self._restyle()
        self._wrap()

    def _create_label(self) -> None:
        super()._create_label()
        self._label.get_extents = self._extents  # Kivy's own measuring of lines and spaces goes through the cache

    def _restyle(self, *_: object) -> None:
        style = text_style(self.locale)
        self.font_name = str(style.bold_font if self.strong else style.font)
        self.font_script_name = style.script
        self.font_direction = style.direction
        ends = ("right", "left") if style.right_to_left else ("left", "right")
        self.halign = {"start": ends[0], "center": "center", "end": ends[1]}[self.align]
        self.text = prepare(self.source_text, self.locale)
        self._unshrink()

    def _wrap(self, *_: object) -> None:
        self.text_size = (self.width, None)
        self._unshrink()

    def _font_size_set(self, *_: object) -> None:
        if not self._fitting:  # the kv rule's own value (larger text was tapped): that is the size wanted now
            self._wanted_font_size = None

    def _set_font_size(self, size: float) -> None:
        self._fitting = True
        self.font_size = size
        self._fitting = False

    def _unshrink(self) -> None:
        """Another width or text: start again from the size wanted, and shrink only if that needs it."""
        if self._wanted_font_size is not None:
            wanted, self._wanted_font_size = self._wanted_font_size, None
            self._set_font_size(wanted)

    def texture_update(self, *args: object) -> None:
        if self.texture is None and self.text_size[0] is not None and self.text_size[0] < self.font_size:
            # Not laid out yet: layouts hand a new label widths of 0 and 10 pixels before its own, and Kivy would
            # render every letter on a line of its own (two thirds of the labels rendered for a first frame). Once
            # a label has shown text it renders every change, so it never shows an old one.
            return
        options = self._label.options
        # SDL2_ttf opens each font at a whole pixel size (it truncates), but Kivy keeps a font object per size as
        # written and at most 64 of them, first in first out: 32.5 and 32 px (larger text, the map's sizes) would
        # be two objects of one size, and every language's fonts at both text sizes far more than 64, each closed
        # and opened again as the screens change. Whole sizes draw exactly the same with half as many objects.
        options["font_size"] = float(int(options["font_size"]))
        self._label.resolve_font_name()  # the font file may have changed since the last render: a key of _EXTENTS
        self._shaped_for_measuring = False
        if self.text_size[0] and self.text:
            # Finished lines and no width for Kivy to wrap to: Kivy then measures each line once instead of
            # re-measuring every growing line; the kv rule places the texture by ``halign``.
            lines = self._lines()
            if self._shrunk_to_fit(lines):  # rendered now at the smaller size, never showing the old text
                lines = self._lines()
            self._label.text = lines
            self._label.usersize = (None, self.text_size[1])
        super().texture_update(*args)

    def _lines(self) -> str:
        # A single line is never wrapped, even where its words measured one by one come out wider than the whole
        # (Bengali "You are here" lost its first word to a second line the map has no room for).
        return self.text if self.single_line else wrap(self.text, self._room(), self._width,
                                                        self.font_direction == "rtl")

    def _room(self) -> float:
        # Shaped as a whole, a line comes out up to 0.4 % wider than its words measured one by one (Ethiopic).
        return (self.text_size[0] - self.padding[0] - self.padding[2]) * LINE_SHAPING_MARGIN

    def _shrunk_to_fit(self, lines: str) -> bool:
        """Whether the font was made smaller because a word (or a glued run too short to split, as a room number)
        or, for ``single_line``, the whole text is wider than the label."""
        if not self.shrink_to_fit:
            return False
        unbreakable = [self.text] if self.single_line else lines.replace("\n", " ").split(" ")
        widest = max(self._width(word) if word else 0.0 for word in unbreakable)
        if widest <= self._room():
            return False
        if self._wanted_font_size is None:
            self._wanted_font_size = self.font_size
        self._set_font_size(max(1, int(self.font_size * self._room() / widest)))
        return True

    def _width(self, text: str) -> float:
        return self._label.get_extents(text)[0]

    def _extents(self, text: str) -> tuple[int, int]:
        core = self._label
        options = core.options
        key = (options["font_name_r"], options["font_size"], options["font_direction"], options["font_script_name"],
               text)
        extents = _EXTENTS.get(key)
        if extents is None:
            if not self._shaped_for_measuring:  # once per render, and only if something is measured anew
                apply_shaping_to_measurement(core)
                self._shaped_for_measuring = True
            if len(_EXTENTS) >= EXTENTS_KEPT:
                _EXTENTS.clear()
            extents = _EXTENTS[key] = type(core).get_extents(core, text)
        return extents
