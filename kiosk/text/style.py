"""Which font, script and direction a language's text is set in."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.i18n.locales import locale_facts
from kiosk.paths import ASSETS_DIR
from kiosk.messages import FSI, NO_BREAK_SPACE, PDI
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


# A whole number filled into a sentence (inside isolates) and the spaces on either side of it: "etwa ⁨5⁩ m".
_NUMBER_WITH_SPACES = re.compile(f" ?({FSI}[0-9]+{PDI}) ?")  # whole numbers: metres, seconds; not "3.032"


def glue_numbers(text: str) -> str:
    """The spaces beside each number filled into ``text`` made no-break, so that a line never breaks between a
    number and its unit ("5 m", "٥ م"), whichever side of it a language puts the unit. Only on screen: the
    sentences themselves (the CLI, the phone pages, speech) keep ordinary spaces."""
    return _NUMBER_WITH_SPACES.sub(lambda match: match.group(0).replace(" ", NO_BREAK_SPACE), text)


def prepare(text: str, locale: str) -> str:
    """``text`` as a Kivy label in ``locale`` must receive it (see ``kiosk.text.bidi``)."""
    text = glue_numbers(text)
    return prepare_rtl(text) if text_style(locale).right_to_left else strip_isolates(text)
