"""How much of each screen a language can say, and which clips a native speaker would record to say the rest:
what ``kiosk speech status`` and ``kiosk speech script`` print."""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Iterator

from kiosk.speech.engines import Synthesizer
from kiosk.speech.recordings import clip_id
from kiosk.speech.screens import Sentence, speech_for
from kiosk.speech.speaking import IDLE, sentences
from kiosk.views import texts
from kiosk.views.presenter import Presenter
from kiosk.views.search import search_view
from kiosk.views.session import CATEGORY, CONCERNS, INFORMATION, SEARCH, SERVICE, WELCOME, Session

# The screens as the status report groups them: every topic and every concern count as one kind each.
SCREEN_KINDS = (WELCOME, CONCERNS, CATEGORY, SERVICE, INFORMATION, SEARCH, IDLE)


@dataclass(frozen=True)
class Clip:
    """One recording a language needs: its file's id, the words to say, and where they are said."""

    id: str
    text: str
    context: str


def spoken_screens(presenter: Presenter, locale: str, idle_seconds: int,
                   today: date | None = None) -> Iterator[tuple[str, list[Sentence]]]:
    """Every screen a visitor in ``locale`` can have read aloud, with its kind; each concern's way with and
    without stairs. Welcome's sentences are only those in ``locale``."""
    content = presenter.content
    yield WELCOME, [said for said in sentences(presenter, Session(), WELCOME) if said.locale == locale]
    yield CONCERNS, sentences(presenter, Session(locale=locale, screen=CONCERNS), today=today)
    for category in content.categories:
        yield CATEGORY, sentences(presenter, Session(locale=locale, category_id=category, screen=CATEGORY),
                                  today=today)
    for service in content.services:
        for step_free in (False, True):
            session = Session(locale=locale, service_id=service, step_free=step_free, screen=SERVICE)
            yield SERVICE, sentences(presenter, session, today=today)
    yield INFORMATION, sentences(presenter, Session(locale=locale, screen=INFORMATION), today=today)
    yield SEARCH, _search_screen(presenter, locale)
    yield IDLE, sentences(presenter, Session(locale=locale), IDLE, idle_seconds=idle_seconds)


def _search_screen(presenter: Presenter, locale: str) -> list[Sentence]:
    """What the search screen says to every visitor: its title and prompt, and the note when nothing is found (what
    a visitor types and the concerns found are said with the concerns' own sentences)."""
    nothing_found = texts.NOTHING_FOUND.render(presenter.say(locale))
    return speech_for(presenter, locale).search(replace(search_view(presenter, locale, ""), note=nothing_found))


def clips_for(sentence: Sentence) -> tuple[str, ...]:
    """The texts to record so ``sentence`` can be said: its parts where it is built from some, else itself."""
    return sentence.parts or (sentence.text,)


@dataclass(frozen=True)
class Coverage:
    """One language: its engine, the share of each kind of screen's text it can say, and the clips it lacks."""

    locale: str
    engine: str
    shares: dict[str, float]
    missing: tuple[Clip, ...]
    needed: frozenset[str]  # the ids of every clip that would say it all (``recording_script``)


def coverage(presenter: Presenter, synthesizer: Synthesizer, locale: str, idle_seconds: int,
             today: date | None = None) -> Coverage:
    voice = synthesizer.voice(locale) if synthesizer.speaks_by_voice(locale) else None
    recorded = synthesizer.recordings.get(locale)
    said: dict[str, int] = dict.fromkeys(SCREEN_KINDS, 0)
    total: dict[str, int] = dict.fromkeys(SCREEN_KINDS, 0)
    missing: dict[str, Clip] = {}
    needed: set[str] = set()
    for kind, screen in spoken_screens(presenter, locale, idle_seconds, today):
        for sentence in screen:
            needed.update(clip_id(text) for text in clips_for(sentence))
            total[kind] += len(sentence.text)
            if synthesizer.can_say(locale, sentence.text, sentence.parts):
                said[kind] += len(sentence.text)
            else:
                for text in clips_for(sentence):
                    if recorded is None or not recorded.has(text):
                        missing.setdefault(clip_id(text), Clip(clip_id(text), text, sentence.key))
    engine = str(voice) if voice is not None else ("recordings" if recorded else "none")
    shares = {kind: said[kind] / total[kind] for kind in SCREEN_KINDS if total[kind]}
    return Coverage(locale, engine, shares, tuple(missing.values()), frozenset(needed))


def recording_script(presenter: Presenter, locale: str, idle_seconds: int,
                     today: date | None = None) -> list[Clip]:
    """Every clip that lets ``locale`` say every screen, in the order a visitor meets them, each once."""
    script: dict[str, Clip] = {}
    for _kind, screen in spoken_screens(presenter, locale, idle_seconds, today):
        for sentence in screen:
            for text in clips_for(sentence):
                script.setdefault(clip_id(text), Clip(clip_id(text), text, sentence.key))
    return list(script.values())
