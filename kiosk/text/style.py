"""Which font, script and direction a language's text is set in."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.i18n.locales import locale_facts
from kiosk.paths import ASSETS_DIR
from kiosk.text.bidi import prepare_rtl, strip_isolates

FONTS_DIR = ASSETS_DIR / "fonts"
# One font file per script family, each also holding the Latin letters and digits that appear inside its text
# (room numbers, German terms), because a Kivy label draws with exactly one font.
FONT_FAMILIES = {"Arab": "WegweiserSansArabic", "Ethi": "WegweiserSansEthiopic", "Deva": "WegweiserSansDevanagari",
                 "Beng": "WegweiserSansBengali"}
DEFAULT_FAMILY = "WegweiserSans"


@dataclass(frozen=True)
class TextStyle:
    locale: str
    font: Path
    bold_font: Path
    script: str  # ISO 15924 tag handed to HarfBuzz, e.g. "Arab"
    right_to_left: bool

    @property
    def direction(self) -> str:
        return "rtl" if self.right_to_left else "ltr"

    @property
    def halign(self) -> str:
        return "right" if self.right_to_left else "left"


@lru_cache(maxsize=None)
def text_style(locale: str) -> TextStyle:
    facts = locale_facts(locale)
    family = FONT_FAMILIES.get(facts.script, DEFAULT_FAMILY)
    return TextStyle(facts.code, FONTS_DIR / f"{family}-Regular.ttf", FONTS_DIR / f"{family}-Bold.ttf",
                     facts.script, facts.right_to_left)


def prepare(text: str, locale: str) -> str:
    """``text`` as a Kivy label in ``locale`` must receive it (see ``kiosk.text.bidi``)."""
    return prepare_rtl(text) if text_style(locale).right_to_left else strip_isolates(text)
