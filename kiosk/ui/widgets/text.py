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


# Word widths by font, size, direction, script and word: screens show the same words again and again. Bounded:
# at most WORD_WIDTHS_KEPT (about 4 MB; every language's screens, Service screens and both text sizes filled about
# 3,500 in bench/soak_kinds.py); when full it is emptied and the screens in use fill it again (typed search words
# and new sizes add entries).
WORD_WIDTHS_KEPT = 20_000
_WORD_WIDTHS: dict[tuple[str, float, str, str, str], float] = {}


Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class LocalizedLabel(Label):
    locale = StringProperty("de")
    source_text = StringProperty("")
    """The text as it comes from the catalogs (placeholders' values inside isolates); ``text`` is derived."""
    strong = BooleanProperty(False)
    align = OptionProperty("start", options=["start", "center", "end"])
    """Alignment in reading direction: "start" is left in German and right in Arabic."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.fbind("locale", self._restyle)
        self.fbind("source_text", self._restyle)
        self.fbind("strong", self._restyle)
        self.fbind("align", self._restyle)
        self.fbind("width", self._wrap)
        self._restyle()
        self._wrap()

    def _restyle(self, *_: object) -> None:
        style = text_style(self.locale)
        self.font_name = str(style.bold_font if self.strong else style.font)
        self.font_script_name = style.script
        self.font_direction = style.direction
        ends = ("right", "left") if style.right_to_left else ("left", "right")
        self.halign = {"start": ends[0], "center": "center", "end": ends[1]}[self.align]
        self.text = prepare(self.source_text, self.locale)

    def _wrap(self, *_: object) -> None:
        self.text_size = (self.width, None)

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
        apply_shaping_to_measurement(self._label)
        if self.text_size[0] and self.text:
            # Finished lines and no width for Kivy to wrap to: Kivy then measures each line once instead of
            # re-measuring every growing line; the kv rule places the texture by ``halign``.
            self._label.text = wrap(self.text, self.text_size[0] - self.padding[0] - self.padding[2], self._word_width)
            self._label.usersize = (None, self.text_size[1])
        super().texture_update(*args)

    def _word_width(self, word: str) -> float:
        options = self._label.options
        key = (options["font_name_r"], options["font_size"], options["font_direction"], options["font_script_name"],
               word)
        if key not in _WORD_WIDTHS:
            if len(_WORD_WIDTHS) >= WORD_WIDTHS_KEPT:
                _WORD_WIDTHS.clear()
            _WORD_WIDTHS[key] = self._label.get_extents(word)[0]
        return _WORD_WIDTHS[key]
