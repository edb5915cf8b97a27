"""Speech: how soon a tap on the read-aloud button has sound to play, and what a sentence costs per language.

The Service screen is the longest a visitor has read aloud (22 sentences, over a minute of speech). Its first
sentence is made and played while the rest is still being made (``SpeechMaker.make``); the baseline, measured in
the same run, is making the whole screen before playing anything. Target: first sound ≤ 300 ms after the tap,
uncached (the voice's first use of these sentences) and cached (said before, or made ahead after start).

Run: .venv/bin/python bench/speech.py
"""
from __future__ import annotations

import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR  # noqa: E402
from kiosk.site import load_checked  # noqa: E402
from kiosk.speech.engines import DEFAULT_VOICES  # noqa: E402
from kiosk.speech.speaking import SpeechMaker, sentences, sound_of, synthesizer_for  # noqa: E402
from kiosk.views.presenter import Presenter  # noqa: E402
from kiosk.views.session import SERVICE, Session  # noqa: E402

SERVICE_ID = "aufenthaltskarte-abholen"
RUNS = 5


def first_sound_ms(maker: SpeechMaker, said) -> float:
    """From the tap (``make``) to the first piece of sound ready to play."""
    first = threading.Event()
    started = time.perf_counter()
    arrived: list[float] = []

    def ready(_sound, _last) -> None:
        if not arrived:
            arrived.append(time.perf_counter())
            first.set()

    maker.make(said, ready).result(timeout=120)
    first.wait(10)
    return (arrived[0] - started) * 1000


def main() -> None:
    site = load_checked(BUNDLED_SITE)
    presenter = Presenter(site.content, site.routes, site.content.kiosk_id("foyer"), TRANSLATIONS_DIR)
    print("Tap to first sound, Service screen (median of", RUNS, "runs, ms):")
    print(f"{'language':8}  {'uncached':>8}  {'cached':>6}  {'whole screen first (baseline)':>29}  {'ratio':>5}")
    for locale in ("de", "ar", "uk", "fa_AF"):
        said = sentences(presenter, Session(locale=locale, service_id=SERVICE_ID, screen=SERVICE))
        uncached, cached, whole = [], [], []
        for _ in range(RUNS):
            maker = SpeechMaker(synthesizer_for("", TRANSLATIONS_DIR))
            uncached.append(first_sound_ms(maker, said))
            cached.append(first_sound_ms(maker, said))
            fresh = synthesizer_for("", TRANSLATIONS_DIR)
            started = time.perf_counter()
            sound_of(fresh, said)
            whole.append((time.perf_counter() - started) * 1000)
        first, again, baseline = (statistics.median(values) for values in (uncached, cached, whole))
        print(f"{locale:8}  {first:8.0f}  {again:6.1f}  {baseline:29.0f}  {baseline / first:5.1f}")
    print()
    print("Synthesis per sentence, Service screen, uncached (ms; seconds of speech per second of work):")
    for locale in sorted(DEFAULT_VOICES):
        said = sentences(presenter, Session(locale=locale, service_id=SERVICE_ID, screen=SERVICE))
        synthesizer = synthesizer_for("", None)
        times, seconds = [], 0.0
        for sentence in said:
            started = time.perf_counter()
            sound = synthesizer.utterance(sentence.locale, sentence.text, sentence.parts)
            times.append((time.perf_counter() - started) * 1000)
            seconds += sound.seconds if sound else 0
        print(f"{locale:6}  median {statistics.median(times):5.1f}  worst {max(times):6.1f}  "
              f"real time × {seconds / (sum(times) / 1000):5.0f}")


if __name__ == "__main__":
    main()
