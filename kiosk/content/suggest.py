"""Close matches for a misspelt key or id, for "did you mean" hints."""
from __future__ import annotations

import difflib
from typing import Iterable

from kiosk.messages import S_, Message

DID_YOU_MEAN = S_("content hint", "Did you mean {suggestions}?")
CHOOSE_FROM = S_("content hint", "Use one of: {choices}.")


def close_matches(word: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    return difflib.get_close_matches(word, list(candidates), n=limit, cutoff=0.6)


def did_you_mean(word: str, candidates: Iterable[str], *, list_all_up_to: int = 12) -> Message | None:
    """Suggest close matches; with none, list every choice when there are few enough to read."""
    candidates = sorted(set(candidates))
    matches = close_matches(word, candidates)
    if matches:
        return DID_YOU_MEAN(suggestions=", ".join(f'"{match}"' for match in matches))
    if 0 < len(candidates) <= list_all_up_to:
        return CHOOSE_FROM(choices=", ".join(candidates))
    return None


class Suggestions:
    """"Did you mean" for one check of a site. Each costs a pass over the candidates, so a check gives the first
    ``limit`` dangling references one and the rest none: thousands of typos (a file renamed ids, or a converted
    building's export) stay linear, and staff fix the first ones first anyway."""

    def __init__(self, limit: int = 50) -> None:
        self._left = limit

    def __call__(self, word: str, candidates: Iterable[str]) -> Message | None:
        if self._left <= 0:
            return None
        self._left -= 1
        return did_you_mean(word, candidates)
