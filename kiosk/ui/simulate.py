"""Simulated visitors (``kiosk simulate``, ``bench/soak.py``): the real kiosk, offscreen, tapped through random but
plausible visits by touches on the buttons it shows, deterministic for a seed.

A visit starts with a language on Welcome; then topics, concerns, back, the bar's toggles, steps, information, the
search (a word typed key by key on the shown keyboard, a result chosen), language switches, a pause until the idle
warning and "continue"; it ends with "Start" or with the idle reset (the idle guard's own timeout path, without
waiting its seconds). The simulation keeps its own tally of what it chose, in the usage counts' measures, so a test
can compare it with what the kiosk counted.
"""
from __future__ import annotations

import gc
import hashlib
import logging
import random
import resource
import statistics
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kivy.base import EventLoop
from kivy.clock import Clock
from kivy.core.window import Window
from kivy.uix.widget import Widget

from kiosk.live.logs import LOGGER
from kiosk.search import keyboards
from kiosk.text import strip_isolates
from kiosk.ui.screens.service import StepRow
from kiosk.ui.touch import Finger, reachable_buttons
from kiosk.ui.widgets.controls import LanguageButton, Tile
from kiosk.ui.widgets.keys import drawn_keys
from kiosk.usage import measures
from kiosk.views.session import SEARCH, SERVICE, WELCOME

SETTLE_FRAMES = 6  # at most, after a touch: until a frame draws nothing new
SLOW_FRAME = 0.1  # seconds: a frame slower than this is told apart by what led to it (the target's p99)
# How likely a visitor taps each kind of button among those shown (a tile far more often than "larger text").
WEIGHTS = {"category": 6, "service": 6, "search": 4, "step": 2, "back": 2.5, "home": 0.5, "language": 0.7,
           "step_free": 0.7, "larger_text": 0.5, "information": 0.8, "keyboard": 0.3, "clear": 0.3, "continue": 1}
PAUSE_CHANCE = 0.03  # a visitor who stops reading until the idle warning comes, then taps "continue"
SHORTEST_VISIT, LONGEST_VISIT = 2, 8  # taps after the language
ENDED_WITH_START = 0.5  # the other visits end with the idle reset


def rss_mb() -> float:
    """This process's resident memory now."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def percentile(samples: list[float], fraction: float) -> float:
    if not samples:
        return 0.0
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@dataclass
class SimulationSummary:
    visits: int
    interactions: int
    exceptions: int
    first_traceback: str
    rss_start_mb: float
    rss_end_mb: float
    frames: int  # frames that drew something
    slowest_frame_ms: float
    p50_frame_ms: float
    p99_frame_ms: float
    screens: dict[str, int]  # how often each screen was reached
    languages: list[str]  # every language chosen at least once
    tally: dict[str, dict[str, int]]  # measure -> key -> count, of what the simulated visitors chose
    sequence_sha256: str  # of every interaction in order: the same seed gives the same one
    p99_frame_cpu_ms: float  # the process's CPU time in a frame: what the wall time is without the machine's load
    slow_frames: dict[str, int]  # frames over SLOW_FRAME by "screen|what was tapped" (its kind), most first
    slow_frames_in_gc: int  # of those, frames during which Python's cyclic garbage collector ran its oldest generation
    gc_full_collections: int
    gc_full_pause_ms: float  # the longest of them


class ExceptionsLogged(logging.Handler):
    """The kiosk's own log records with a traceback (it logs and survives what it catches, e.g. a broken update)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.tracebacks: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info:
            self.tracebacks.append(f"{record.getMessage()}\n{''.join(traceback.format_exception(*record.exc_info))}")


class VisitorTally:
    """What the simulated visitors chose, in the usage counts' measures and told apart by what was tapped alone (not
    by asking the session): the figures a test compares with what the kiosk counted."""

    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()
        self.new_visit()

    def new_visit(self) -> None:
        self.switching = self.concern_reached = False

    def add(self, measure: str, key: str = "") -> None:
        self.counts[measure, key] += 1

    def tapped(self, action: str, widget: Widget, on: str) -> None:
        """``action`` (as ``Simulation._buttons`` names it) tapped on the screen ``on``."""
        kind, _, key = action.partition(" ")
        if kind == "language" and key:
            self.add(measures.LANGUAGE_SWITCH if self.switching else measures.VISITS, key)
            self.switching = False
        elif kind == "language":
            self.switching = True
        elif kind == "category":
            self.add(measures.TOPIC, key)
        elif kind == "service":
            self.add(measures.CONCERN, key)
            if on == SEARCH:
                self.add(measures.SEARCH_RESULT, key)
            self.concern_reached = True
        elif kind == "search":
            self.add(measures.SEARCH)
        elif kind in ("step_free", "larger_text") and not widget.active:  # switched on, not off
            self.add(measures.STEP_FREE if kind == "step_free" else measures.LARGE_TEXT)

    def timed_out(self) -> None:
        self.add(measures.IDLE_RESET, measures.WITH_CONCERN if self.concern_reached else measures.WITHOUT_CONCERN)


@dataclass
class Record:
    """What a simulation saw and did so far."""

    visits: int = 0
    interactions: int = 0
    tracebacks: list[str] = field(default_factory=list)
    screens: Counter[str] = field(default_factory=Counter)
    tally: VisitorTally = field(default_factory=VisitorTally)
    digest: hashlib._Hash = field(default_factory=hashlib.sha256)
    sequence: list[str] = field(default_factory=list)  # kept only when asked for (a short run's test)


class CollectorWatch:
    """Python's full (oldest generation) garbage collections: how many and the longest pause."""

    def __init__(self) -> None:
        self.collections, self.longest, self._started = 0, 0.0, 0.0
        gc.callbacks.append(self._callback)

    def stop(self) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.collections += 1
            self.longest = max(self.longest, time.perf_counter() - self._started)


class FrameRunner:
    """Runs the kiosk's frames until one draws nothing new, timing each that draws: from the end of the clock's
    wait for the frame to the frame handed to OpenGL, and the process's CPU time for it (on a shared machine the
    wall time includes waiting for a core). A frame over SLOW_FRAME is counted by what led to it (``doing``)."""

    def __init__(self) -> None:
        self.doing = "start"  # "screen|what was tapped" under way
        self.seconds: list[float] = []
        self.cpu_seconds: list[float] = []
        self.slow: Counter[str] = Counter()
        self.slow_in_gc = 0
        self.collector = CollectorWatch()
        self._flips = 0
        Window.fbind("on_flip", self._flipped)

    def stop(self) -> None:
        self.collector.stop()
        Window.funbind("on_flip", self._flipped)

    def _flipped(self, *_args: object) -> None:
        self._flips += 1

    def __call__(self, most: int = SETTLE_FRAMES) -> None:
        for _ in range(most):
            flips, collections, cpu = self._flips, self.collector.collections, time.process_time()
            EventLoop.idle()
            if self._flips == flips:
                return
            seconds = Clock.time() - Clock.get_time()
            self.seconds.append(seconds)
            self.cpu_seconds.append(time.process_time() - cpu)
            if seconds > SLOW_FRAME:
                self.slow[self.doing] += 1
                self.slow_in_gc += self.collector.collections != collections


class Simulation:
    """Drives the running ``app`` (a ``WegweiserApp`` after its first frames) with one finger."""

    def __init__(self, app, seed: int = 0, *, keep_sequence: bool = False) -> None:
        self.app = app
        self.random = random.Random(seed)
        self.keep_sequence = keep_sequence
        self.finger = Finger()
        self.record = Record()
        self.logged = ExceptionsLogged()
        LOGGER.addHandler(self.logged)
        self.frames = FrameRunner()
        self.app.startup.finish()  # the bar, the idle guard and every screen, as after the first frame
        self.rss_start = rss_mb()
        self._vocabulary: dict[str, list[str]] = {}  # per language: words seen on tiles, for the search
        self._languages: list[str] = []  # the first languages of the visits to come

    def stop(self) -> None:
        self.finger.stop()
        self.frames.stop()
        LOGGER.removeHandler(self.logged)

    def run(self, visits: int) -> None:
        for _ in range(visits):
            try:
                self._visit()
            except Exception:  # noqa: BLE001  (counted and shown in the summary; the next visitor starts afresh)
                self.record.tracebacks.append(traceback.format_exc())
                self.app.reset()
                self.frames()
            self.record.visits += 1

    def summary(self) -> SimulationSummary:
        record = self.record
        frames = self.frames
        frames_ms = [seconds * 1000 for seconds in frames.seconds]
        tracebacks = record.tracebacks + self.logged.tracebacks
        tally: dict[str, dict[str, int]] = {}
        for (measure, key), count in sorted(record.tally.counts.items()):
            tally.setdefault(measure, {})[key] = count
        languages = sorted({key for (measure, key) in record.tally.counts
                            if measure in (measures.VISITS, measures.LANGUAGE_SWITCH)})
        return SimulationSummary(
            record.visits, record.interactions, len(tracebacks), tracebacks[0] if tracebacks else "",
            round(self.rss_start, 1), round(rss_mb(), 1), len(frames_ms), round(max(frames_ms, default=0), 1),
            round(statistics.median(frames_ms) if frames_ms else 0, 1), round(percentile(frames_ms, 0.99), 1),
            dict(sorted(record.screens.items())), languages, tally, record.digest.hexdigest(),
            round(percentile(frames.cpu_seconds, 0.99) * 1000, 1), dict(frames.slow.most_common()), frames.slow_in_gc,
            frames.collector.collections, round(frames.collector.longest * 1000, 1))

    # --- frames and touches -------------------------------------------------------------------------------------

    def _tap(self, widget: Widget, action: str) -> None:
        self._touch_at(*widget.to_window(*widget.center), action)

    def _touch_at(self, x: float, y: float, action: str) -> None:
        """A finger down for one frame, then up; then the frames until the screen has settled."""
        on = self.app.screen
        self.frames.doing = f"{on}|{action.split()[0]}"
        touch = self.finger.put_down(x, y)
        self.frames(1)
        self.finger.lift(touch)
        self.frames()
        self._note(on, action)

    def _note(self, on: str, action: str) -> None:
        """One interaction: ``action`` on the screen ``on``; the screen it led to counts as reached."""
        entry = f"{on}|{action}"
        self.record.interactions += 1
        self.record.screens[self.app.screen] += 1
        self.record.digest.update(entry.encode() + b"\n")
        if self.keep_sequence:
            self.record.sequence.append(entry)

    # --- a visit ------------------------------------------------------------------------------------------------

    def _visit(self) -> None:
        if self.app.screen == WELCOME:  # else the last "Start" met the idle warning, and that visitor goes on
            self.record.tally.new_visit()
        self._choose_first_language()
        for _ in range(self.random.randint(SHORTEST_VISIT, LONGEST_VISIT)):
            if self.app.screen == SEARCH and not self.app.session.query:
                self.type_a_word()
            elif self.app.screen != WELCOME and self.random.random() < PAUSE_CHANCE:
                self.frames.doing = f"{self.app.screen}|pause"
                self.app.idle.warn_now()
                self.frames()
                self._note(self.app.screen, "pause")
            elif self._choose(self._buttons()) == "home":
                return
        if self.app.screen == WELCOME:  # after "language": choosing one comes first
            self._choose(self._buttons())
        if self.random.random() < ENDED_WITH_START:
            self._tap(self._bar("home"), "home")
        else:
            self.time_out()

    def _choose_first_language(self) -> None:
        """The visits' languages are dealt like cards: each language once in every round of visits, in a random
        order, so that a few dozen visits reach every language (switches later in a visit are free)."""
        shown = self._buttons()
        if not self._languages:
            self._languages = sorted(action for action, _ in shown)
            self.random.shuffle(self._languages)
        wanted = self._languages.pop()
        self._choose([button for button in shown if button[0] == wanted] or shown)

    def _buttons(self) -> list[tuple[str, Widget]]:
        """Every button shown, as (what a tap does, the button), in a stable order."""
        # ``ids`` hold weak proxies; ``__self__`` is the widget itself
        named = {id(proxy.__self__): name for name, proxy in self.app.chrome_bar.ids.items()}
        named[id(self.app.idle_warning.ids.continue_button.__self__)] = "continue"
        shown = []
        for widget in reachable_buttons():
            if isinstance(widget, LanguageButton):
                shown.append((f"language {widget.locale}", widget))
            elif isinstance(widget, Tile):
                shown.append((f"{widget.payload.kind} {widget.payload.id}", widget))
            elif isinstance(widget, StepRow):
                shown.append((f"step {widget.floor}", widget))
            elif id(widget) in named:
                shown.append((named[id(widget)], widget))
            elif getattr(widget, "layout_name", None):
                shown.append((f"keyboard {widget.layout_name}", widget))
            elif getattr(widget, "icon", "") == "nav-close":
                shown.append(("clear", widget))
        return shown

    def _choose(self, shown: list[tuple[str, Widget]]) -> str:
        """Tap one of ``shown``, weighted by what it does; returns what it did ("home" only where it got there)."""
        weights = [WEIGHTS.get(action.split()[0], 1.0) for action, _ in shown]
        if self.app.screen == WELCOME:
            weights = [1.0] * len(shown)  # every language alike
        action, widget = self.random.choices(shown, weights)[0]
        self.record.tally.tapped(action, widget, self.app.screen)
        if isinstance(widget, Tile):
            self._remember_words(widget)
        self._tap(widget, action)
        if action == "home" and self.app.screen == WELCOME:  # not where tapped: the idle warning may take the tap
            self.record.tally.new_visit()  # (mid-word on the search screen, too)
        return "" if action == "home" and self.app.screen != WELCOME else action.split()[0]

    def tap_shown(self, kind: str, nth: int = 0) -> str | None:
        """Tap the ``nth`` (counted round) of the shown buttons of ``kind`` (``language``, ``service``,
        ``larger_text``, ``read_aloud``, …), as a visitor would; returns what it did, or None if none is shown.
        For experiments that repeat one kind of interaction (``bench/soak_kinds.py``)."""
        shown = [(action, widget) for action, widget in self._buttons() if action.split()[0] == kind]
        if not shown:
            return None
        action, widget = shown[nth % len(shown)]
        self.record.tally.tapped(action, widget, self.app.screen)
        if isinstance(widget, Tile):
            self._remember_words(widget)
        self._tap(widget, action)
        return action

    def _bar(self, name: str) -> Widget:
        return self.app.chrome_bar.ids[name].__self__

    def time_out(self) -> None:
        """The visitor walks away: the warning, then the reset at its end, as the idle guard does it."""
        on = self.app.screen
        self.frames.doing = f"{on}|idle reset"
        self.app.idle.warn_now()
        self.frames()
        self.record.tally.timed_out()
        self.app.idle.run_out()
        self.frames()
        self._note(on, "idle reset")

    # --- the search: a word seen on a tile, typed on the keyboard shown ----------------------------------------------

    def _remember_words(self, tile: Tile) -> None:
        words = [word for word in strip_isolates(tile.label).split() if len(word) >= 4]
        known = self._vocabulary.setdefault(self.app.session.locale, [])
        known.extend(word for word in words if word not in known)

    def type_a_word(self) -> None:
        """The start of a word the visitor has read on a tile in their language (or, knowing none yet, of a
        topic's name on the concerns), key by key; a letter the shown keyboard lacks is left out, as a visitor
        would. Then the results are there to choose from, or "back"."""
        words = self._vocabulary.get(self.app.session.locale) or ["info"]
        word = self.random.choice(words).lower()
        for letter in word[:self.random.randint(3, max(3, len(word)))]:
            self._press(letter)
        self._choose(self._buttons())

    def _press(self, letter: str) -> None:
        screen = self.app.screens.get_screen(SEARCH)
        keyboard = screen.keyboard
        key = _key_position(keyboard, letter)
        if key is None and keyboard.layout == keyboards.ETHIOPIC:  # the consonant first, then its vowel form
            consonant = chr(ord(letter) - (ord(letter) - 0x1200) % 8)
            key = _key_position(keyboard, None, keyboards.CONSONANT + consonant)
            if key is not None:
                self._touch_at(*key, f"key {consonant}")
                key = _key_position(keyboard, letter)
        if key is not None:
            self._touch_at(*key, f"key {letter}")


def _key_position(keyboard, text: str | None, keycode: str | None = None) -> tuple[float, float] | None:
    """Where on the window the shown layout's key typing ``text`` (or with ``keycode``) is."""
    for key, pos, size in drawn_keys(keyboard):
        if (keycode is not None and key[2] == keycode) or (text is not None and key[1] == text):
            return keyboard.to_window(pos[0] + size[0] / 2, pos[1] + size[1] / 2)
    return None


def simulate_visits(site, kiosk: str | None, config, visits: int, seed: int, *,
                    usage_database: Path | None = None) -> SimulationSummary:
    """``visits`` simulated visits on a kiosk started offscreen with ``site`` (checked, with ``kiosk``), counted
    into ``usage_database`` when given (never the kiosk's own: the caller makes sure)."""
    from kiosk.calendar import local_now
    from kiosk.ui.screenshot import start_app

    usage = None
    if usage_database is not None:
        from kiosk.usage.recording import UsageRecording

        usage = UsageRecording(usage_database, config.usage_days, local_now)
    app = start_app(site, kiosk, (Window.width, Window.height), config, prepare_codes=True, usage=usage)
    simulation = Simulation(app, seed)
    simulation.run(visits)
    summary = simulation.summary()
    simulation.stop()
    app.stop()  # the usage counts written, too
    return summary
