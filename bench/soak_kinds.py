"""What grows, per kind of interaction: the soak's memory growth taken apart (issue 16).

Run: .venv/bin/python bench/soak_kinds.py [--repeats N] [--kinds language,service,...] [--tracemalloc]
The kiosk offscreen at 1080x1920 as bench/soak.py starts it, once its QR codes are made ahead; for each kind of
interaction, a few warm-up repeats (what a first time costs: a language's screens, a keyboard layout, a font size;
every language once for the kinds that go through them), then N repeats measured:
RSS and the C heap ([heap] in /proc/self/smaps) after a full garbage collection, Python objects, the entries in
Kivy's caches and the labels' text extents (with the fonts and sizes they were measured in), then RSS after
malloc_trim (what glibc kept but nothing uses; the kiosk trims so whenever a visit ends) and the trim's time. With --tracemalloc, the Python lines that grew most over
the N repeats. First, a full garbage collection's pause with what start-up built frozen and not.
"""
from __future__ import annotations

import argparse
import gc
import shutil
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZE = (1080, 1920)
WARM_UP = 3  # repeats before measuring; the kinds that go through the languages first go through all of them
CYCLING = ("language", "search", "idle")
KINDS = ("language", "larger_text", "service", "search", "read_aloud", "idle")


def heap_mb() -> float:
    """The C heap (brk) plus anonymous mappings: where native allocations live."""
    heap = anonymous = 0
    name = ""
    with open("/proc/self/smaps") as smaps:
        for line in smaps:
            fields = line.split()
            if fields and "-" in fields[0] and len(fields) >= 5:
                name = fields[5] if len(fields) > 5 else ""
            elif fields and fields[0] == "Rss:":
                if name == "[heap]":
                    heap += int(fields[1])
                elif name == "":
                    anonymous += int(fields[1])
    return (heap + anonymous) / 1024


def kivy_cache_sizes() -> dict[str, int]:
    from kivy.cache import Cache

    return {category: len(objects) for category, objects in Cache._objects.items() if objects}


class Experiment:
    def __init__(self, app, simulation) -> None:
        self.app, self.simulation = app, simulation
        self.languages = list(app.site.content.site.languages)
        self.count = 0

    def on_service(self, locale: str = "de") -> None:
        self.app.reset()
        self.app.choose_language(locale)
        self.app.open_tile("service", self._first_service())
        self.simulation.frames()

    def _first_service(self) -> str:
        return sorted(self.app.site.content.services)[0]

    def prepare(self, kind: str) -> None:
        if kind in ("language", "larger_text", "read_aloud"):
            self.on_service()
        elif kind == "service":
            self.app.reset()
            self.app.choose_language("de")
            self.simulation.frames()
            self.simulation.tap_shown("category")

    def once(self, kind: str) -> None:
        """One repeat of ``kind``, by taps where a visitor taps."""
        sim, index = self.simulation, self.count
        self.count += 1
        if kind == "language":  # on a Service screen, each language in turn
            sim.tap_shown("language")
            sim.tap_shown("language", index)
        elif kind == "larger_text":
            sim.tap_shown("larger_text")
            sim.tap_shown("larger_text")
        elif kind == "service":  # a concern, its Service screen with map and code, back
            sim.tap_shown("service", index)
            sim.tap_shown("back")
        elif kind == "search":  # each language's keyboard in turn, a word typed
            self.app.reset()
            self.app.choose_language(self.languages[index % len(self.languages)])
            sim.frames()
            sim.tap_shown("category")
            sim.tap_shown("home")
            sim.tap_shown("language", index)
            if sim.tap_shown("search"):
                sim.type_a_word()
        elif kind == "read_aloud":
            sim.tap_shown("read_aloud")
            sim.frames()
        elif kind == "idle":
            sim.time_out()
            sim.tap_shown("language", index)


def measure() -> tuple[float, float, int, dict[str, int]]:
    """RSS, native heap, Python objects and the entries of the caches that could grow."""
    from kiosk.ui.simulate import rss_mb
    from kiosk.ui.widgets.text import _EXTENTS

    gc.collect()
    caches = kivy_cache_sizes()
    caches["text extents"] = len(_EXTENTS)
    caches["fonts and sizes measured"] = len({key[:2] for key in _EXTENTS})
    return rss_mb(), heap_mb(), len(gc.get_objects()), caches


def full_collections() -> str:
    """A full garbage collection's pause with everything built at start-up in the collector's reach, and with it
    frozen as the kiosk does (``kiosk.ui.startup.freeze_what_lasts``): median of 5 each."""
    def median_collection_ms() -> float:
        pauses = []
        for _ in range(5):
            started = time.perf_counter()
            gc.collect()
            pauses.append((time.perf_counter() - started) * 1000)
        return sorted(pauses)[2]

    gc.unfreeze()
    tracked = len(gc.get_objects())
    thawed = median_collection_ms()
    gc.freeze()
    frozen = median_collection_ms()
    return (f"a full garbage collection over {tracked} objects {thawed:.1f} ms, with them frozen {frozen:.1f} ms "
            f"({frozen / thawed:.2f}x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=40)
    parser.add_argument("--kinds", default=",".join(KINDS))
    parser.add_argument("--tracemalloc", action="store_true")
    arguments = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="wegweiser-kinds-"))
    from kiosk.ui.environment import configure

    configure(headless=True, kivy_home=scratch / "kivy-home", log_level="critical", size=SIZE, uncapped=True)
    from kiosk.config import KioskConfig
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import start_app
    from kiosk.ui.memory import give_back_freed_memory
    from kiosk.ui.simulate import Simulation

    app = start_app(load_checked(BUNDLED_SITE), None, SIZE, KioskConfig(), prepare_codes=True)
    simulation = Simulation(app, 0)
    experiment = Experiment(app, simulation)
    from kiosk.ui.widgets.qr import CODES

    while CODES.preparing:  # the codes made ahead first, as visitors find them in a kiosk running a while
        simulation.frames(1)
        time.sleep(0.02)
    print(f"start: RSS {measure()[0]:.1f} MB; {full_collections()}", flush=True)
    for kind in arguments.kinds.split(","):
        experiment.prepare(kind)
        for _ in range(len(experiment.languages) if kind in CYCLING else WARM_UP):
            experiment.once(kind)
        rss, heap, objects, caches = measure()
        if arguments.tracemalloc:
            tracemalloc.start(8)
            before = tracemalloc.take_snapshot()
        started = time.monotonic()
        for _ in range(arguments.repeats):
            experiment.once(kind)
        seconds = time.monotonic() - started
        rss_after, heap_after, objects_after, caches_after = measure()
        trim_started = time.perf_counter()
        give_back_freed_memory()
        trim_ms = (time.perf_counter() - trim_started) * 1000
        trimmed = measure()[0]
        grown = {name: caches_after.get(name, 0) - caches.get(name, 0)
                 for name in caches_after.keys() | caches.keys() if caches_after.get(name, 0) != caches.get(name, 0)}
        print(f"{kind:>12} x{arguments.repeats} ({seconds:.0f} s): RSS {rss:.1f} -> {rss_after:.1f} MB "
              f"({rss_after - rss:+.1f}), native heap {heap_after - heap:+.1f} MB, Python objects "
              f"{objects_after - objects:+d}; after malloc_trim ({trim_ms:.0f} ms) {trimmed:.1f} MB; caches {grown or 'unchanged'} (now {caches_after})", flush=True)
        if arguments.tracemalloc:
            after = tracemalloc.take_snapshot()
            tracemalloc.stop()
            for stat in after.compare_to(before, "traceback")[:4]:
                print(f"      {stat.size_diff / 1024:+.0f} KiB {stat.count_diff:+d}: "
                      + " <- ".join(f"{Path(frame.filename).name}:{frame.lineno}" for frame in stat.traceback[:4]))
    simulation.stop()
    app.stop()
    shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
