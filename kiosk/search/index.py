"""Ranked search over a site's entries, as fast as the visitor types.

Every entry has words it is found by (its name in the visitor's language and in German, its search words, a room
number). Each word is folded into the spellings a query may match (``folding``). A query is taken word by word:
each of its words is matched with the entries' words, exactly, as the start of a word (results are right from the
third letter on), inside a German compound ("karte" in "Aufenthaltskarte") or with a typo or two (``rapidfuzz``);
an entry scores the mean of its best match for each query word, so the entry holding all the words wins. Nothing
typed is kept.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from rapidfuzz import fuzz, process

from kiosk.search.folding import fold, is_arabic_script, room_key, spellings

# Scores run from 0 to 100. A word nearer than this is taken as meant (measured on tests/search_queries.tsv).
TYPO_CUTOFF = 75
GOOD_ENOUGH = 60  # an entry's mean over the query's words
SHORTEST_WORD = 2
FUZZY_FROM = 4  # shorter words match too much by chance unless they begin a word
INSIDE_FROM = 4  # and inside a compound only from this length
EXACT, WORD_START, INSIDE, TYPO_AT_BEST = 100.0, 97.0, 90.0, 95.0
ROOM = 101.0  # the number on a door sign is the surest thing a visitor can type


@dataclass(frozen=True)
class Entry:
    """Something a visitor may be looking for; ``rank`` orders equally good results (concerns before places)."""

    kind: str
    id: str
    name: str
    words: tuple[str, ...]
    rooms: tuple[str, ...] = ()
    rank: int = 0


@dataclass(frozen=True)
class Result:
    kind: str
    id: str
    name: str
    score: float


@dataclass
class SearchIndex:
    entries: tuple[Entry, ...]
    _words: list[str] = field(default_factory=list, repr=False)
    _owners: list[frozenset[int]] = field(default_factory=list, repr=False)
    _rooms: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, entries: Iterable[Entry]) -> SearchIndex:
        index = cls(tuple(entries))
        owners: dict[str, set[int]] = defaultdict(set)
        for number, entry in enumerate(index.entries):
            for text in entry.words:
                for word in fold(text).split():
                    for form in word_forms(word):
                        owners[form].add(number)
            for room in entry.rooms:
                index._rooms.setdefault(room_key(room), []).append(number)
        index._words = sorted(owners)
        index._owners = [frozenset(owners[word]) for word in index._words]
        return index

    def search(self, query: str, limit: int = 8) -> list[Result]:
        """The best entries for ``query``, best first; none for a query too short to mean anything."""
        words = [word for word in fold(query).split() if len(word) >= SHORTEST_WORD]
        totals: dict[int, float] = defaultdict(float)
        for word in words:
            for owner, score in self._best_for(word).items():
                totals[owner] += score
        scores = {owner: total / len(words) for owner, total in totals.items() if total / len(words) >= GOOD_ENOUGH}
        for owner in self._rooms.get(room_key(query), ()) if words else ():
            scores[owner] = ROOM
        ranked = sorted(scores.items(), key=lambda item: (-item[1], self.entries[item[0]].rank,
                                                          len(self.entries[item[0]].name)))
        return [Result(self.entries[number].kind, self.entries[number].id, self.entries[number].name, score)
                for number, score in ranked[:limit]]

    def _best_for(self, query_word: str) -> dict[int, float]:
        """Per entry, how well its best word matches ``query_word`` in any of its spellings."""
        best: dict[int, float] = {}

        def offer(position: int, score: float) -> None:
            for owner in self._owners[position]:
                if score > best.get(owner, 0.0):
                    best[owner] = score

        for form in word_forms(query_word):
            for position, word in enumerate(self._words):
                if word.startswith(form):
                    offer(position, EXACT if word == form else WORD_START)
                elif len(form) >= INSIDE_FROM and form in word:
                    offer(position, INSIDE)
            if len(form) >= FUZZY_FROM:
                for _, score, position in process.extract(form, self._words, scorer=fuzz.ratio, processor=None,
                                                          limit=None, score_cutoff=TYPO_CUTOFF):
                    offer(position, min(score, TYPO_AT_BEST))
        return best


def word_forms(word: str) -> set[str]:
    """The spellings of one folded word; in Arabic script also without the article al-, which is part of the word
    in writing and often left out in typing."""
    forms = {form for spelling in spellings(word) for form in spelling.split()}
    if is_arabic_script(word):
        forms |= {form.removeprefix("ال") for form in forms if form.startswith("ال") and len(form) > 4}
    return forms
