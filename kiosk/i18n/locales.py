"""Facts about a locale from CLDR (through Babel): its name in its own language, its writing direction and script.
How it writes opening hours, dates and lists is ``kiosk.i18n.formats``."""
from __future__ import annotations

import pickle
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from babel import Locale
from babel.core import get_global
from babel.localedata import exists, resolve_locale_filename

from kiosk.language_codes import LANGUAGE_ALIASES, MODIFIER, OWN_LANGUAGE_NAMES


def normalize_locale(code: str) -> str:
    """``fa-AF`` and ``fa_af`` become ``fa_AF``; ``prs`` (Dari's ISO 639-3 code, unknown to CLDR) ``fa_AF``."""
    code = code.strip().replace("-", "_")
    code = LANGUAGE_ALIASES.get(code.lower(), code)
    return str(Locale.parse(code))


@lru_cache(maxsize=None)
def web_tag(code: str) -> str:
    """The lowercase BCP 47 tag of phone page addresses and ``lang`` attributes: ``fa_AF`` becomes ``fa-af``; a
    language of its own (``de@easy``) gets a private-use subtag, ``de-x-easy``, which browsers and screen readers
    still read as German."""
    locale, _, modifier = normalize_locale(code).partition(MODIFIER)
    return locale.replace("_", "-").lower() + (f"-x-{modifier.lower()}" if modifier else "")


@lru_cache(maxsize=None)
def babel_locale(code: str) -> Locale:
    return Locale.parse(normalize_locale(code))


RIGHT_TO_LEFT_SCRIPTS = {"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Rohg"}


@dataclass(frozen=True)
class LocaleFacts:
    code: str
    endonym: str
    right_to_left: bool
    script: str  # ISO 15924, e.g. "Arab", "Latn", "Ethi"

    @property
    def direction(self) -> str:
        return "rtl" if self.right_to_left else "ltr"


# Facts a kiosk read from CLDR at an earlier start, with the same Babel (``kiosk.views.remembered``).
_REMEMBERED: dict[str, LocaleFacts] = {}


def remember_locale_facts(facts: Mapping[str, LocaleFacts]) -> None:
    """Use these (by the code callers ask with) instead of reading CLDR: the first Welcome frame then opens no
    CLDR file, which saves about 70 ms of a cold start."""
    _REMEMBERED.update(facts)


def forget_remembered_locale_facts() -> None:
    """Read CLDR again from now on: once a kiosk has its checked content, its facts come from the source."""
    _REMEMBERED.clear()
    locale_facts.cache_clear()


@lru_cache(maxsize=None)
def locale_facts(code: str) -> LocaleFacts:
    """Read from each locale's own CLDR file and its parents' without merging them with the root locale:
    the picker needs fourteen of these before the first frame, and a full merge costs 20 ms each."""
    if code in _REMEMBERED:
        return _REMEMBERED[code]
    tag = normalize_locale(code)
    cldr_tag = tag.partition(MODIFIER)[0]
    language = cldr_tag.split("_")[0]
    own_files = [_own_data(name) for name in _parents(cldr_tag)]
    name = OWN_LANGUAGE_NAMES.get(tag) or next(
        (names[key] for names in (data.get("languages", {}) for data in own_files)
         for key in (cldr_tag, language) if key in names), tag)
    likely = get_global("likely_subtags").get(cldr_tag) or get_global("likely_subtags").get(language, "")
    script = next((part for part in cldr_tag.split("_")[1:] + likely.split("_") if len(part) == 4), "Latn")
    order = next((data["character_order"] for data in own_files if "character_order" in data), None)
    right_to_left = order == "right-to-left" if order else script in RIGHT_TO_LEFT_SCRIPTS
    return LocaleFacts(tag, name[:1].upper() + name[1:], right_to_left, script)


@lru_cache(maxsize=None)
def _own_data(name: str) -> dict:
    """One locale's own CLDR file as Babel ships it, read without touching Babel's merged cache."""
    with open(resolve_locale_filename(name), "rb") as file:
        return pickle.load(file)


def _parents(tag: str) -> list[str]:
    """``fa_AF`` -> ``["fa_AF", "fa"]``."""
    parts = tag.split("_")
    return ["_".join(parts[:count]) for count in range(len(parts), 0, -1) if exists("_".join(parts[:count]))]
