"""The readability gate of the easy-to-read catalogs (Leichte Sprache, ``de@easy``): every entry scored with the
German Flesch reading ease in Amstad's form and the first Wiener Sachtextformel (``textstat``), as the readers'
guide in translations/README.md explains.

The formulas count sentences, words and syllables, so they say something only about a text of several words: an
entry of fewer than ``MIN_SCORED_WORDS`` words (a button, a heading, a name) is checked word by word instead: each
word at most ``MAX_SHORT_SYLLABLES`` syllables. Both read a text as a reader does: a compound split with the middle
dot ("Aufenthalts·titel") is two words, and a placeholder is the one short word or number put there.
"""
from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kiosk.content.problems import Location, Problem
from kiosk.i18n.catalog_check import check_catalog, msgstr_line
from kiosk.messages import S_

MIN_FLESCH = 60.0  # Amstad: 60-70 "mittelschwer", above 70 easy
MAX_WIENER = 6.0  # first Wiener Sachtextformel: school year 6 and below
MIN_SCORED_WORDS = 5
MAX_SHORT_SYLLABLES = 4
WIENER_VARIANT = 1  # the variant for prose (Bamberger and Vanecek); 2-4 drop terms the others keep
MIDDLE_DOT = "\u00b7"
# Entries that are not read as text: the words a visitor may type to find a concern.
UNSCORED_CONTEXTS = re.compile(r"/search_words$")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

TOO_HARD = S_("cli", "Too hard to read for Leichte Sprache: \"{text}\" (Flesch {flesch:.0f}, needs at least "
              "{min_flesch:.0f}; Wiener Sachtextformel {wiener:.1f}, needs at most {max_wiener:.0f}).")
HINT_TOO_HARD = S_("cli", "Write shorter sentences with one statement each and shorter words; split compound words "
                   "with the middle dot (Aufenthalts·titel).")
WORD_TOO_LONG = S_("cli", "Too hard to read for Leichte Sprache: \"{word}\" in \"{text}\" has {syllables} syllables, "
                   "at most {most} are easy.")
HINT_WORD_TOO_LONG = S_("cli", "Split the word with the middle dot (Aufenthalts·titel) or use a shorter one.")


@dataclass(frozen=True)
class Readability:
    words: int
    flesch: float | None  # None: too short to score
    wiener: float | None
    hardest_word: str
    hardest_syllables: int

    @property
    def passes(self) -> bool:
        if self.flesch is None or self.wiener is None:
            return self.hardest_syllables <= MAX_SHORT_SYLLABLES
        return self.flesch >= MIN_FLESCH and self.wiener <= MAX_WIENER


def as_read(text: str) -> str:
    """The text as its reader takes it in: a placeholder is one number, a middle dot divides words."""
    return _PLACEHOLDER.sub("5", text).replace(MIDDLE_DOT, " ")


def gate_available() -> bool:
    """Whether textstat is installed: the kiosk's bundle leaves it out (kiosk.spec)."""
    return importlib.util.find_spec("textstat") is not None


@lru_cache(maxsize=None)
def _textstat():  # type: ignore[no-untyped-def]
    import textstat  # only the catalog check needs it, never the running kiosk

    textstat.set_lang("de")
    return textstat


def readability(text: str) -> Readability:
    textstat = _textstat()
    read = as_read(text)
    words = _WORD.findall(read)
    syllables = {word: textstat.syllable_count(word) for word in words}
    hardest = max(words, key=lambda word: syllables[word], default="")
    if len(words) < MIN_SCORED_WORDS:
        return Readability(len(words), None, None, hardest, syllables.get(hardest, 0))
    return Readability(len(words), textstat.flesch_reading_ease(read),
                       textstat.wiener_sachtextformel(read, WIENER_VARIANT), hardest, syllables[hardest])


def readability_problems(path: Path, locale: str) -> list[Problem]:
    """Every translated entry of the catalog in ``path`` that is too hard to read, at the line of its msgstr."""
    checked = check_catalog(path, locale)
    if checked.catalog is None:
        return []  # the coverage check reports it
    lines = path.read_bytes().split(b"\n")
    problems = []
    for entry in checked.catalog:
        if not entry.id or entry.fuzzy or not entry.string or UNSCORED_CONTEXTS.search(entry.context or ""):
            continue
        text = entry.string if isinstance(entry.string, str) else entry.string[0]
        found = readability(text)
        if found.passes:
            continue
        at = Location(str(path), msgstr_line(lines, entry, None), 1)
        if found.flesch is None or found.wiener is None:
            problems.append(Problem(at, WORD_TOO_LONG(word=found.hardest_word, text=text,
                                                      syllables=found.hardest_syllables, most=MAX_SHORT_SYLLABLES),
                                    HINT_WORD_TOO_LONG()))
        else:
            problems.append(Problem(at, TOO_HARD(text=text, flesch=found.flesch, min_flesch=MIN_FLESCH,
                                                 wiener=found.wiener, max_wiener=MAX_WIENER), HINT_TOO_HARD()))
    return problems
