"""Whether a translation fits its source: the one rule for catalogs, used by every check and at render time.

A translation fits when it holds exactly the source's fields (``{metres}``, ``{percent:.0f}``), written as there,
as often as there; has no printf-style field the source lacks (``%s``); and holds no bidi embedding, override or
isolate (the code sets the direction of filled-in values itself, and a control smuggled into a sentence makes the
screen show another order than the phone). Everything the code formats a fitting translation with, it formats its
source with, so rendering a fitting translation cannot fail where rendering the source does not.

Pure and free of catalogs: ``kiosk.messages`` asks it on every render, through a cache (one lookup a message).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from string import Formatter

from kiosk.characters import BIDI_CONTROLS

# A printf conversion such as %s, %d, %(name)s or %5.2f; "50 %" and "% der" are ordinary text.
PRINTF = re.compile(r"%(?:\([^)]*\))?[#0+-]*(?:\d+|\*)?(?:\.(?:\d+|\*))?[diouxXeEfFgGcrsa]")
_FORMATTER = Formatter()


class MisfitKind(Enum):
    BRACES = "braces"  # the translation cannot be parsed: an unbalanced or stray brace
    ACCESS = "access"  # {room.x}, {a[0]}: reads an attribute or index of the value
    POSITIONAL = "positional"  # {} or {0}: the code fills fields by name only
    UNKNOWN = "unknown"  # a field the source does not have ({meter} for {metres})
    WRITTEN_DIFFERENTLY = "written differently"  # the source's field with another format spec or conversion
    MISSING = "missing"  # a field of the source left out
    REPEATED = "repeated"  # a field more often than in the source
    PRINTF = "printf"  # %s where the source has none
    BIDI = "bidi"  # a bidi embedding, override or isolate


@dataclass(frozen=True)
class Misfit:
    kind: MisfitKind
    found: str  # what the translation has (a field as written, a control's code point, the parser's reason)
    expected: str = ""  # the source's field it should be, where there is one


Field = tuple[str, str, str]  # name, conversion, format spec


def _fields(text: str) -> list[Field]:
    """The replacement fields of ``text`` in order; raises ValueError where the braces do not parse."""
    return [(name, conversion or "", spec or "")
            for _literal, name, spec, conversion in _FORMATTER.parse(text) if name is not None]


def written(field: Field) -> str:
    name, conversion, spec = field
    return "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"


def misfit(source: str, translation: str) -> Misfit | None:
    """The first way ``translation`` does not fit ``source``, or None when it fits."""
    for control in BIDI_CONTROLS.findall(translation):
        if control not in source:
            return Misfit(MisfitKind.BIDI, f"U+{ord(control):04X}")
    try:
        theirs = _fields(translation)
    except ValueError as error:
        return Misfit(MisfitKind.BRACES, str(error))
    try:
        ours = _fields(source)
    except ValueError:  # a source that is no format string (content text with a brace) is never formatted
        ours = None
    if ours is not None:
        found = _field_misfit(ours, theirs)
        if found is not None:
            return found
    printf = PRINTF.search(translation)
    if printf and not PRINTF.search(source):
        return Misfit(MisfitKind.PRINTF, printf.group())
    return None


def _field_misfit(ours: list[Field], theirs: list[Field]) -> Misfit | None:
    by_name, known = {field[0]: field for field in ours}, set(ours)
    for field in theirs:
        if field in known:
            continue
        name = field[0]
        if name in by_name:
            return Misfit(MisfitKind.WRITTEN_DIFFERENTLY, written(field), written(by_name[name]))
        if "." in name or "[" in name:
            root = re.split(r"[.\[]", name, maxsplit=1)[0]
            return Misfit(MisfitKind.ACCESS, written(field), written(by_name[root]) if root in by_name else "")
        if not name or name.isdigit():
            return Misfit(MisfitKind.POSITIONAL, written(field))
        unused = [written(candidate) for candidate in ours if candidate not in theirs]
        return Misfit(MisfitKind.UNKNOWN, written(field), unused[0] if len(unused) == 1 else "")
    missing = Counter(ours) - Counter(theirs)
    if missing:
        return Misfit(MisfitKind.MISSING, "", written(next(iter(missing))))
    repeated = Counter(theirs) - Counter(ours)
    if repeated:
        return Misfit(MisfitKind.REPEATED, written(next(iter(repeated))))
    return None


@lru_cache(maxsize=32768)  # every message of every catalog a few times over; a render asks once per message
def fits(source: str, translation: str) -> bool:
    return misfit(source, translation) is None
