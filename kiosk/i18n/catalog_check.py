"""Catalog files checked by the one rule of ``kiosk.i18n.fields``, each problem at its file and line.

A catalog must be readable, say in its header the charset its bytes are in (a Latin-1 header on a UTF-8 file
would show every umlaut as mojibake), and every translation shown must fit its source (the line given is the
``msgstr``'s, where Poedit and editors jump to). ``kiosk i18n status``, ``kiosk i18n compile``, ``kiosk
export-web``, the live-update check and the loading of catalogs all ask ``check_catalog``; the kiosk's render
path asks ``fields.fits`` per message and reports a misfit here, once.
"""
from __future__ import annotations

import codecs
import io
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from babel.messages.catalog import Catalog, Message as Entry
from babel.messages.pofile import read_po

from kiosk.content.problems import Location, Problem
from kiosk.i18n.fields import Misfit, MisfitKind, misfit
from kiosk.messages import S_, Message

UNREADABLE = S_("catalog check", "The catalog cannot be read: {reason}.")
UNREADABLE_HINT = S_("catalog check", "Open it in Poedit, fix the entry and save it again.")
UNKNOWN_CHARSET = S_("catalog check", "The header declares the charset \"{declared}\", which does not exist.")
SAVED_AS_UTF8 = S_("catalog check", "The header declares charset={declared}, but the file is saved as UTF-8.")
NOT_SAVED_AS_DECLARED = S_("catalog check", "The header declares charset={declared}, but the file is not saved in "
                                            "it (byte 0x{byte:02X} on this line).")
CHARSET_HINT = S_("catalog check", "Save the file as UTF-8 and write charset=UTF-8 in its Content-Type header "
                                   "(Poedit does both).")
MISFITS = {
    MisfitKind.BRACES: S_("catalog check", "The translation of \"{source}\" has a brace without its partner: "
                                           "{found}."),
    MisfitKind.ACCESS: S_("catalog check", "The translation of \"{source}\" has the placeholder {found}, which "
                                           "reads a part of the value."),
    MisfitKind.POSITIONAL: S_("catalog check", "The translation of \"{source}\" has the placeholder {found} "
                                               "without a name."),
    MisfitKind.UNKNOWN: S_("catalog check", "The translation of \"{source}\" has the placeholder {found}, which "
                                            "the source does not have."),
    MisfitKind.WRITTEN_DIFFERENTLY: S_("catalog check", "The translation of \"{source}\" writes the placeholder "
                                                        "{expected} as {found}."),
    MisfitKind.MISSING: S_("catalog check", "The translation of \"{source}\" lacks the placeholder {expected}."),
    MisfitKind.REPEATED: S_("catalog check", "The translation of \"{source}\" has the placeholder {found} more "
                                             "often than the source."),
    MisfitKind.PRINTF: S_("catalog check", "The translation of \"{source}\" has the printf-style placeholder "
                                           "{found}, which the source does not have."),
    MisfitKind.BIDI: S_("catalog check", "The translation of \"{source}\" holds the invisible direction control "
                                         "{found}, which reorders the text on screen."),
}
FIELDS_HINT = S_("catalog check", "Keep every placeholder of the source exactly as it is written there (you may "
                                  "move it); a brace meant as text is written twice: {{{{ or }}}}.")
DID_YOU_MEAN_HINT = S_("catalog check", "Did you mean {expected}? Keep every placeholder of the source exactly as "
                                        "it is written there.")
BIDI_HINT = S_("catalog check", "Delete it (it is invisible: retype the translation); the kiosk sets the direction "
                                "of room numbers and names itself.")
SHOWN_AS_SOURCE = S_("catalog check", "A translation does not fit its source, so the kiosk shows the source text "
                                      "instead ({context}): {problem} \"kiosk i18n status\" names its file and line.")
_CHARSET = re.compile(rb'^"Content-Type:[^"\n]*charset=([^\s";\\]+)', re.MULTILINE | re.IGNORECASE)
LOGGER = logging.getLogger("wegweiser.catalogs")


@dataclass(frozen=True)
class CheckedCatalog:
    catalog: Catalog | None  # None when the file cannot be read as it is meant
    problems: tuple[Problem, ...]


def misfit_problem(found: Misfit, source: str) -> tuple[Message, Message]:
    """What is wrong with a translation of ``source``, and how to fix it."""
    message = MISFITS[found.kind](source=source, found=found.found, expected=found.expected)
    if found.kind is MisfitKind.BIDI:
        return message, BIDI_HINT
    if found.kind is MisfitKind.UNKNOWN and found.expected:
        return message, DID_YOU_MEAN_HINT(expected=found.expected)
    return message, FIELDS_HINT


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _charset_problem(path: Path, data: bytes) -> Problem | None:
    header = _CHARSET.search(data)
    declared = header.group(1).decode("ascii", "replace") if header else "UTF-8"
    at = Location(str(path), _line_of(data, header.start()) if header else 1, 1)
    try:
        codec = codecs.lookup(declared).name
    except LookupError:
        return Problem(at, UNKNOWN_CHARSET(declared=declared), CHARSET_HINT)
    try:
        data.decode(codec)
    except UnicodeDecodeError as error:
        return Problem(Location(str(path), _line_of(data, error.start), 1),
                       NOT_SAVED_AS_DECLARED(declared=declared, byte=data[error.start]), CHARSET_HINT)
    if codec != "utf-8" and not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None  # really in the declared charset
        return Problem(at, SAVED_AS_UTF8(declared=declared), CHARSET_HINT)
    return None


def msgstr_line(lines: list[bytes], entry: Entry, index: int | None) -> int:
    """The line of the entry's ``msgstr`` (``msgstr[index]`` for plurals), counting from 1."""
    keyword = b"msgstr" if index is None else b"msgstr[%d]" % index
    start = (entry.lineno or 1) - 1
    for number in range(start, len(lines)):
        if lines[number].startswith(keyword) and lines[number][len(keyword):len(keyword) + 1] in (b" ", b"\t"):
            return number + 1
    return entry.lineno or 0


def _translations(entry: Entry) -> list[tuple[str, str, int | None]]:
    """(source, translation, plural index) of every form the entry translates."""
    if isinstance(entry.id, (list, tuple)):
        strings = entry.string if isinstance(entry.string, (list, tuple)) else (entry.string,)
        return [(entry.id[0] if index == 0 else entry.id[1], text, index) for index, text in enumerate(strings)]
    return [(entry.id, entry.string, None)]


def check_catalog(path: Path, locale: str | None = None) -> CheckedCatalog:
    """The catalog in ``path`` and every problem of it; a catalog with problems is still returned when only some
    translations do not fit (the kiosk shows their source text), not when it cannot be read as meant. Cached
    until the file changes: coverage and checks of one update read each file once."""
    try:
        status = path.stat()
    except OSError as error:
        return _unreadable(path, error.strerror or error)
    return _checked(path, status.st_mtime_ns, status.st_size, locale)


def _unreadable(path: Path, reason: object, line: int = 0) -> CheckedCatalog:
    return CheckedCatalog(None, (Problem(Location(str(path), line, 1 if line else 0), UNREADABLE(reason=reason),
                                         UNREADABLE_HINT),))


@lru_cache(maxsize=64)  # every catalog of a site, twice over
def _checked(path: Path, _mtime_ns: int, _size: int, locale: str | None) -> CheckedCatalog:
    try:
        data = path.read_bytes()
    except OSError as error:
        return _unreadable(path, error.strerror or error)
    charset = _charset_problem(path, data)
    if charset is not None:
        return CheckedCatalog(None, (charset,))
    try:
        catalog = read_po(io.BytesIO(data), locale=locale, abort_invalid=True)
    except Exception as error:  # Babel's parser raises several kinds on a hand-broken file; each means unreadable
        # Babel counts lines from 0, and says so at the end of its message
        return _unreadable(path, re.sub(r" on \d+$", "", str(error)), getattr(error, "lineno", -1) + 1)
    lines = data.split(b"\n")
    problems = []
    for entry in catalog:
        if not entry.id or entry.fuzzy:  # the header, and entries never shown
            continue
        for source, text, index in _translations(entry):
            found = misfit(source, text) if text else None
            if found is not None:
                message, hint = misfit_problem(found, source)
                problems.append(Problem(Location(str(path), msgstr_line(lines, entry, index), 1), message, hint))
    return CheckedCatalog(catalog, tuple(problems))


_reported: set[tuple[str, str, str]] = set()


def report_misfit(context: str, source: str, translation: str) -> None:
    """Log, once per translation, that the kiosk shows ``source`` because ``translation`` does not fit it."""
    key = (context, source, translation)
    if key in _reported:
        return
    _reported.add(key)  # before rendering: a misfit in the staff catalog's own message ends here
    found = misfit(source, translation)
    if found is None:
        return
    from kiosk.i18n.staff import staff_translator

    say = staff_translator()
    message, _hint = misfit_problem(found, source)
    LOGGER.warning(SHOWN_AS_SOURCE(context=context, problem=message.render(say)).render(say))
