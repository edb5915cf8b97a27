"""Which characters a text typed by staff or translators may hold.

A value reaches the kiosk, the phone page and the take-along text; a character that each of them treats
differently makes them disagree. Direction controls (embeddings, overrides, isolates) reorder what follows them,
so "3.032" with an override is "230.3" on one screen and not on another: the kiosk sets every direction itself
and adds the isolates it needs. Control characters, which YAML lets in as escapes ("\\0", "\\x1b"), end paths
early and move terminals about. What the scripts need stays: ZWNJ and ZWJ inside words (Persian, Dari, Pashto
and Sorani spell with them) and the marks LRM, RLM and ALM.
"""
from __future__ import annotations

import re
import unicodedata

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Every C0 and C1 control but the line break a multi-line value keeps, and DEL; lone surrogates, which no file
# can store.
_CONTROLS = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters drawn as nothing that are letters to Unicode: a "name" of them is an empty tile.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def refused_character(value: str) -> str | None:
    """The first control or direction control in ``value``, if any."""
    found = _CONTROLS.search(value) or BIDI_CONTROLS.search(value)
    return found.group() if found else None


def is_invisible(value: str) -> bool:
    """True for a value with characters that all draw nothing (zero-width spaces, joiners, marks, fillers)
    and at least one that is not a plain space; blank values are the empty-text rule's."""
    if not value.strip():
        return False
    return all(character in _BLANK_LETTERS or character.isspace() or unicodedata.category(character) in ("Cf", "Cc")
               for character in value)


def describe(character: str) -> str:
    """``U+202E RIGHT-TO-LEFT OVERRIDE``: how a staff member can look the character up."""
    name = unicodedata.name(character, "")
    return f"U+{ord(character):04X} {name}".rstrip()
