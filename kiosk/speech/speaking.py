"""What a screen says as sound: its sentences (``kiosk.speech.screens``) said by the voices (``engines``), made on
a worker thread so the screen never waits for a voice.

The kiosk (``kiosk.ui.speaker``) and ``kiosk speak`` both ask here; neither knows how the other plays or writes it.
"""
from __future__ import annotations

import logging
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import date
from pathlib import Path
from typing import Callable, Iterable

from kiosk.speech.engines import Sound, SpeechFailed, Synthesizer, voice_table
from kiosk.speech.recordings import recordings_in
from kiosk.speech.screens import Sentence, screen_sentences, speech_for
from kiosk.views.presenter import Presenter
from kiosk.views.session import CATEGORY, CONCERNS, INFORMATION, SERVICE, WELCOME, Session

IDLE = "idle"  # the idle warning: not a screen of its own, but it speaks like one
SPOKEN_SCREENS = (WELCOME, CONCERNS, CATEGORY, SERVICE, INFORMATION, IDLE)
log = logging.getLogger(__name__)


def sentences(presenter: Presenter, session: Session, screen: str | None = None, *, idle_seconds: int = 30,
              today: date | None = None) -> list[Sentence]:
    """What ``screen`` (by default the visitor's) says; ``idle_seconds`` is the idle warning's countdown."""
    if screen == IDLE:
        return speech_for(presenter, session.locale).idle(presenter.idle(session.locale), idle_seconds)
    return screen_sentences(presenter, session, screen, today)


def fixed_sentences(presenter: Presenter) -> list[Sentence]:
    """What is said the same for every visitor: Welcome in every language, then each language's concerns."""
    said = screen_sentences(presenter, Session(), WELCOME)
    for locale in presenter.content.site.languages:
        said += screen_sentences(presenter, Session(locale=locale, screen=CONCERNS))
    return said


def synthesizer_for(overrides: str, translations: Path | None = None) -> Synthesizer:
    """The machine's voices (``speech_voices``) over the defaults, and the recordings under ``translations``."""
    return Synthesizer(voice_table(overrides), recordings=recordings_in(translations) if translations else {})


def sound_of(synthesizer: Synthesizer, said: Iterable[Sentence]) -> Sound | None:
    """The sentences in turn, each in its language's voice; those in languages without a voice are left out."""
    return synthesizer.say((sentence.locale, sentence.text, sentence.parts) for sentence in said)


class SpeechMaker:
    """Makes sound off the calling thread, one request at a time; a newer request makes older ones moot."""

    def __init__(self, synthesizer: Synthesizer) -> None:
        self.synthesizer = synthesizer
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="speech")
        self._latest = 0
        self._lock = threading.Lock()

    @classmethod
    def for_voices(cls, overrides: str, translations: Path | None = None) -> SpeechMaker:
        return cls(synthesizer_for(overrides, translations))

    def make(self, said: list[Sentence], ready: Callable[[Sound | None, bool], None]) -> Future:
        """Call ``ready`` (on the worker thread) with the sound of ``said`` in two pieces, the first sentence as
        soon as it is made and then the rest (``True`` with the last), so a long screen starts at once; unless
        ``cancel`` or a newer ``make`` came first. An engine's failure is logged and ends in silence (None)."""
        with self._lock:
            self._latest += 1
            ticket = self._latest

        def work() -> None:
            for piece, last in ((said[:1], len(said) <= 1), (said[1:], True)):
                try:
                    sound = sound_of(self.synthesizer, piece) if piece else None
                except SpeechFailed as error:
                    log.warning("speech failed: %s", error)
                    sound, last = None, True
                if ticket != self._latest:
                    return
                ready(sound, last)
                if last:
                    return

        return self._worker.submit(work)

    def warm(self, said: Callable[[], Iterable[Sentence]]) -> Future:
        """Say what ``said`` gives into the cache now (the fixed parts of the screens, after start), so a tap starts
        at once; the sentences too are worked out on the worker (all languages' take about 125 ms)."""

        def work() -> None:
            for sentence in said():
                try:
                    self.synthesizer.utterance(sentence.locale, sentence.text, sentence.parts)
                except SpeechFailed as error:
                    log.warning("speech failed: %s", error)
                    return

        return self._worker.submit(work)

    def cancel(self) -> None:
        with self._lock:
            self._latest += 1
