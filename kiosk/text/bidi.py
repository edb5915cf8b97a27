"""Getting right-to-left lines right with a shaper that does no bidi.

Kivy's SDL2_ttf shapes a whole line with HarfBuzz in one direction. In a right-to-left line that is right for
Arabic letters and for neutral punctuation (HarfBuzz mirrors brackets), but it would also lay out a room number
"3.032" or a German term "(Aufenthaltstitel)" right to left: "230.3". So, following the Unicode bidi algorithm
(UAX #9) for the cases content has, each left-to-right run is found, reversed (with its mirrored characters
swapped, since HarfBuzz mirrors them back) and glued with no-break spaces so a line break cannot split it.

Placeholders filled into sentences come inside Unicode isolates (FSI ... PDI): the whole isolate is one run,
in the direction of its first strong character, or the one LRI/RLI set; the isolate marks themselves are removed.
"""
from __future__ import annotations

import unicodedata

from kiosk.messages import FSI, LRI, PDI, RLI, isolate

NO_BREAK_SPACE = "\u00a0"
_OPENERS = (FSI, LRI, RLI)
_STRONG_LTR = {"L"}
_STRONG_RTL = {"R", "AL"}
_NUMBERS = {"EN", "AN"}
_NEUTRAL = {"WS", "ON", "CS", "ES", "ET", "BN", "NSM", "S"}
_JOINS_NUMBERS = {"CS", "ES"}  # a single separator between digits keeps a number together (W4)
_MIRRORED = dict(zip("()[]{}<>«»‹›≤≥", ")(][}{><»«›‹≥≤"))
_CLOSING = {")": "(", "]": "[", "}": "{", "»": "«", "›": "‹"}
_OPENING = set(_CLOSING.values())


__all__ = ["isolate", "prepare_rtl", "strip_isolates"]


def strip_isolates(text: str) -> str:
    return text.translate({ord(mark): None for mark in (FSI, LRI, RLI, PDI)})


def prepare_rtl(text: str) -> str:
    """Make a right-to-left paragraph display correctly when shaped right to left as a whole."""
    return "\n".join(_prepare_line(line) for line in text.split("\n"))


def _prepare_line(line: str) -> str:
    out: list[str] = []
    plain: list[str] = []
    index = 0
    while index < len(line):
        char = line[index]
        if char in _OPENERS:
            end = line.find(PDI, index + 1)
            end = len(line) if end < 0 else end
            inner = strip_isolates(line[index + 1:end])
            out.append(_runs(''.join(plain)))
            plain = []
            forced = {LRI: "ltr", RLI: "rtl"}.get(char) or _first_strong(inner)
            out.append(_glued(inner) if forced == "ltr" else _runs(inner))
            index = end + 1
            continue
        if char != PDI:
            plain.append(char)
        index += 1
    out.append(_runs("".join(plain)))
    return "".join(out)


def _first_strong(text: str) -> str:
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _STRONG_LTR:
            return "ltr"
        if kind in _STRONG_RTL:
            return "rtl"
    return "ltr" if any(unicodedata.bidirectional(char) in _NUMBERS for char in text) else "rtl"


def _glued(run: str) -> str:
    """A left-to-right run as a right-to-left shaper must receive it: reversed, mirrored, unbreakable."""
    return "".join(_MIRRORED.get(char, char) for char in reversed(run)).replace(" ", NO_BREAK_SPACE)


def _runs(text: str) -> str:
    """Find the left-to-right runs of right-to-left text and glue each one."""
    kinds = [unicodedata.bidirectional(char) for char in text]
    out: list[str] = []
    index = 0
    last_strong = "R"
    while index < len(text):
        kind = kinds[index]
        if kind in _STRONG_LTR or (kind in _NUMBERS and last_strong == "L"):
            end = _end_of_latin_run(text, kinds, index)
            last_strong = "L"
        elif kind in _NUMBERS or (kind == "ET" and _number_follows(kinds, index)):
            end = _end_of_number(kinds, index)
        else:
            if kind in _STRONG_RTL:
                last_strong = "R"
            out.append(text[index])
            index += 1
            continue
        out.append(_glued(text[index:end]))
        index = end
    return "".join(out)


def _end_of_latin_run(text: str, kinds: list[str], start: int) -> int:
    """Letters, digits after them (W7) and the neutrals between them (N1); trailing neutrals stay outside,
    except the closing bracket of a pair opened inside the run, which belongs to it (N0)."""
    end = start + 1
    probe = end
    while probe < len(kinds):
        kind = kinds[probe]
        if kind in _STRONG_LTR or kind in _NUMBERS:
            end = probe = probe + 1
        elif kind in _NEUTRAL:
            probe += 1
        else:
            break
    open_brackets = [char for char in text[start:end] if char in _OPENING]
    for char in text[start:end]:
        if char in _CLOSING and open_brackets and open_brackets[-1] == _CLOSING[char]:
            open_brackets.pop()
    probe = end
    while open_brackets and probe < len(text) and kinds[probe] in _NEUTRAL:
        if text[probe] in _CLOSING:
            if _CLOSING[text[probe]] != open_brackets[-1]:
                break
            open_brackets.pop()
            end = probe + 1
        probe += 1
    return end


def _number_follows(kinds: list[str], start: int) -> bool:
    """Whether terminators (€, %, #) starting at ``start`` lead straight into a number (W5)."""
    index = start
    while index < len(kinds) and kinds[index] == "ET":
        index += 1
    return index < len(kinds) and kinds[index] in _NUMBERS


def _end_of_number(kinds: list[str], start: int) -> int:
    """Digits, with single separators between digits (W4) and adjacent terminators such as % or € (W5)."""
    end = start + 1
    while end < len(kinds):
        kind = kinds[end]
        if kind in _NUMBERS or kind == "ET":
            end += 1
        elif kind in _JOINS_NUMBERS and end + 1 < len(kinds) and kinds[end + 1] in _NUMBERS:
            end += 2
        else:
            break
    return end
