"""The on-screen keyboards of the search screen: which layouts a language gets, and Ethiopic's two taps.

The layouts are Kivy VKeyboard JSON files in ``assets/keyboards/`` (plain data: a layout for a new script is a new
file). Each language gets its own script's layout first, then Latin letters (a German word from a letter, or one's
own language typed in Latin) and digits (room numbers). Ethiopic has some 230 syllables: a visitor taps the
consonant, then picks one of its seven vowel forms, which Unicode keeps in order after it (ሀ ሁ ሂ ሃ ሄ ህ ሆ).
"""
from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from kiosk.language_codes import base_language
from kiosk.paths import ASSETS_DIR

KEYBOARDS_DIR = ASSETS_DIR / "keyboards"
LATIN, DIGITS = "latin", "digits"
CONSONANT = "consonant-"  # the keycode of an Ethiopic consonant key: a tap opens its vowel forms
BACK_TO_CONSONANTS = "consonants"
# Keys that show a pictogram (``assets/icons``) instead of a character: the fonts have no such symbols, and a
# pictogram reads the same in every script.
KEY_PICTOGRAMS = {"backspace": "key-backspace", "spacebar": "key-space", BACK_TO_CONSONANTS: "nav-back"}
ETHIOPIC = "ti"
VOWEL_ORDERS = 7
# The language's own layout, where it has one beyond plain Latin letters.
OWN_LAYOUT = {"ar": "ar", "fa": "fa", "fa_AF": "fa", "ps": "ps", "ckb": "ckb", "ru": "ru", "uk": "uk", "ti": "ti",
              "tr": "tr", "vi": "vi", "de": "de", "fr": "fr", "pl": "pl", "ku": "ku",
              "ro": "ro", "es": "es", "bg": "bg", "hi": "hi",
              "ur": "ur", "bn": "bn"}


def layouts_for(locale: str) -> tuple[str, ...]:
    """The layouts a visitor of ``locale`` can switch between, their own first."""
    own = OWN_LAYOUT.get(locale, OWN_LAYOUT.get(base_language(locale), LATIN))
    return tuple(dict.fromkeys((own, LATIN, DIGITS)))


@lru_cache(maxsize=None)
def layout(name: str) -> dict[str, Any]:
    """A layout as VKeyboard reads it (``title``, ``cols``, ``rows``, ``normal_N`` rows of keys)."""
    return json.loads((KEYBOARDS_DIR / f"{name}.json").read_text(encoding="utf-8"))


def label(name: str) -> str:
    """What the button that switches to ``name`` says: its title, in its own script."""
    return layout(name)["title"]


def vowel_forms(consonant: str) -> tuple[str, ...]:
    """The seven orders of an Ethiopic consonant given in its first order: ሰ -> ሰ ሱ ሲ ሳ ሴ ስ ሶ."""
    first = ord(consonant)
    return tuple(chr(first + order) for order in range(VOWEL_ORDERS))


def vowel_layout(consonant: str) -> dict[str, Any]:
    """The keyboard a tap on an Ethiopic consonant shows: its vowel forms, and a way back to the consonants."""
    base = layout(ETHIOPIC)
    keys = [[form, form, form, 1] for form in vowel_forms(consonant)]
    back = ["", None, BACK_TO_CONSONANTS, 2]
    rows = {"normal_1": keys + [back], "shift_1": keys + [back]}
    return {**{key: value for key, value in base.items() if not key.startswith(("normal_", "shift_"))},
            "title": consonant, "cols": VOWEL_ORDERS + 2, "rows": 1, **rows}


def characters(name: str) -> set[str]:
    """Every text a layout's keys type (for Ethiopic: every vowel form of its consonants)."""
    typed: set[str] = set()
    data = layout(name)
    for row in range(1, data["rows"] + 1):
        for _, text, keycode, _ in data[f"normal_{row}"]:
            if keycode.startswith(CONSONANT):
                typed.update(vowel_forms(keycode.removeprefix(CONSONANT)))
            elif text:
                typed.add(text)
    return typed
