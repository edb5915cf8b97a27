"""The kiosk for months, compressed: many simulated visits with live content and catalog updates, memory and frames.

Run: .venv/bin/python bench/soak.py [--visits N] [--seed S] [--update-every V] [--warm-up W] [--no-raster]
- the kiosk offscreen at 1080x1920 as `kiosk simulate` drives it (kiosk.ui.simulate), watching a copy of the
  bundled site and translations, with its QR codes made ahead as a running kiosk makes them;
- every 500 visits (--update-every) an update is written into that copy, in turn: a valid content change, a
  content file with a YAML error, a half-written content file, a valid catalog change, a catalog with a syntax
  error, a half-written catalog (each broken file is put right again with the next update); the simulated visitors
  go on meanwhile;
- RSS (after a full garbage collection) after the first 1,000 visits (the warm-up, --warm-up) and at the end, and
  after every update between, against a bare Kivy app with one label started in a subprocess in the same run;
- exceptions (raised to the simulation, or logged by the kiosk with a traceback), frame times p50/p99.
Targets: RSS growth ≤ 5 MB after the warm-up; no exception; p99 frame ≤ 100 ms; steady RSS ≤ 2x the bare app.
With --no-raster, Mesa takes every drawing call and draws nothing (GALLIUM_NOOP): the frame times are then the
kiosk's own work (Python, text rendering, handing the frame to OpenGL) without the software rasterizing that a
kiosk's GPU does. Its memory figures are not the kiosk's then: RSS reached 800 MB in 120 visits with it, 480 MB
drawn.
"""
from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

UPDATE_EVERY, WARM_UP = 500, 1000
SIZE = (1080, 1920)
BARE = """
import resource, sys
from pathlib import Path
from kiosk.ui.environment import configure
configure(headless=True, kivy_home=Path(sys.argv[1]), log_level="critical", size=(1080, 1920))
from kivy.app import App
from kivy.clock import Clock
from kivy.uix.label import Label

class Bare(App):
    def build(self):
        Clock.schedule_once(self.measure, 2)
        return Label(text="Willkommen")

    def measure(self, _dt):
        with open("/proc/self/statm") as statm:
            print(int(statm.read().split()[1]) * resource.getpagesize() / 2**20, flush=True)
        self.stop()

Bare().run()
"""
SERVICE_FILE, SERVICE_NAME, OTHER_NAME = "services-weitere.yaml", "Verlorene Sache abholen", "Fundsache abholen"
CATALOG = Path("ar") / "LC_MESSAGES" / "ui.po"


def bare_kivy_rss(scratch: Path) -> float:
    """A bare Kivy app's RSS, in a process of its own (a file: Kivy apps look for their source's folder)."""
    script = scratch / "bare.py"
    script.write_text(BARE, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(scratch / "bare-kivy-home")], capture_output=True,
                            text=True, check=True, cwd=ROOT)
    return float(result.stdout.strip().splitlines()[-1])


class Updates:
    """Writes the updates into the watched copy, one kind after the other; a broken file is mended by the next."""

    KINDS = ("valid content", "content with a YAML error", "half-written content", "valid catalog",
             "catalog with a syntax error", "half-written catalog")

    def __init__(self, site: Path, translations: Path) -> None:
        self.content_file, self.catalog_file = site / SERVICE_FILE, translations / CATALOG
        self.good = {self.content_file: self.content_file.read_text(encoding="utf-8"),
                     self.catalog_file: self.catalog_file.read_text(encoding="utf-8")}
        self.written = 0

    def next(self) -> str:
        kind = self.KINDS[self.written % len(self.KINDS)]
        for path, text in self.good.items():  # mend what the last update broke
            if path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
        target = self.content_file if "content" in kind else self.catalog_file
        text = self.good[target]
        if kind == "valid content":
            old, new = (SERVICE_NAME, OTHER_NAME) if SERVICE_NAME in text else (OTHER_NAME, SERVICE_NAME)
            self.good[target] = text = text.replace(f"name: {old}", f"name: {new}", 1)
        elif kind == "valid catalog":
            self.good[target] = text = self._toggled_translation(text)
        elif "syntax error" in kind or "YAML error" in kind:
            text += "\n  - : [nicht geschlossen\n" if target is self.content_file else '\nmsgid "nicht geschlossen\n'
        else:  # half-written: an editor or a copy caught midway
            text = text[:len(text) // 2]
        target.write_text(text, encoding="utf-8")
        self.written += 1
        return kind

    @staticmethod
    def _toggled_translation(text: str) -> str:
        """The first translation without placeholders, with a mark added or taken away again."""
        lines = text.splitlines(keepends=True)
        for index, line in enumerate(lines):
            if line.startswith('msgstr "') and len(line) > 12 and "{" not in line and index > 20:
                lines[index] = line.replace(' ·"', '"') if ' ·"' in line else line.rstrip()[:-1] + ' ·"\n'
                return "".join(lines)
        raise AssertionError("no translation to change")


def settled_rss() -> float:
    from kiosk.ui.simulate import rss_mb

    gc.collect()
    return rss_mb()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--update-every", type=int, default=UPDATE_EVERY, help="visits between two updates")
    parser.add_argument("--warm-up", type=int, default=WARM_UP, help="visits before the growth is measured")
    parser.add_argument("--no-raster", action="store_true", help="the kiosk's own frame times, nothing drawn")
    arguments = parser.parse_args()
    if arguments.no_raster:
        os.environ["GALLIUM_NOOP"] = "true"  # read by Mesa when the window's context is made, below
    scratch = Path(tempfile.mkdtemp(prefix="wegweiser-soak-"))
    bare = bare_kivy_rss(scratch)

    from kiosk.ui.environment import configure

    configure(headless=True, kivy_home=scratch / "kivy-home", log_level="critical", size=SIZE, uncapped=True)
    from kiosk.config import KioskConfig
    from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import start_app
    from kiosk.ui.simulate import Simulation

    site, translations = scratch / "site", scratch / "translations"
    shutil.copytree(BUNDLED_SITE, site)
    shutil.copytree(TRANSLATIONS_DIR, translations)
    app = start_app(load_checked(site), None, SIZE, KioskConfig(translations=translations), prepare_codes=True,
                    live_from=site)
    simulation = Simulation(app, arguments.seed)
    updates = Updates(site, translations)
    started, start_rss = time.monotonic(), settled_rss()
    print(f"bare Kivy app (one label), RSS: {bare:.1f} MB | kiosk at the start: {start_rss:.1f} MB", flush=True)
    warm, done_at_warm = None, 0
    outcomes: list[str] = []
    done = 0
    while done < arguments.visits:
        chunk = min(arguments.update_every, arguments.visits - done)
        live, rejection = app.live_updates.live, app.live_updates.rejection
        simulation.run(chunk)
        done += chunk
        if outcomes:
            outcomes[-1] += " -> " + ("live" if app.live_updates.live is not live else
                                      "refused" if app.live_updates.rejection is not rejection else "not seen")
        rss = settled_rss()
        if done == arguments.warm_up or (warm is None and done > arguments.warm_up):
            warm, done_at_warm = rss, done
        so_far = simulation.summary()
        print(f"{done:>6} visits, {time.monotonic() - started:5.0f} s: RSS {rss:.1f} MB, {len(gc.get_objects())} "
              f"Python objects; so far {so_far.exceptions} exceptions, frames p50 {so_far.p50_frame_ms:.1f} ms, "
              f"p99 {so_far.p99_frame_ms:.1f} ms", flush=True)
        if done < arguments.visits:
            outcomes.append(updates.next())
    summary = simulation.summary()
    end = settled_rss()
    print(f"visits {summary.visits}, interactions {summary.interactions}, exceptions {summary.exceptions}")
    if summary.first_traceback:
        print(summary.first_traceback)
    print(f"frames drawn {summary.frames}: p50 {summary.p50_frame_ms:.1f} ms, p99 {summary.p99_frame_ms:.1f} ms, "
          f"slowest {summary.slowest_frame_ms:.1f} ms (target p99 ≤ 100 ms); CPU time in a frame p99 "
          f"{summary.p99_frame_cpu_ms:.1f} ms")
    slow = sum(summary.slow_frames.values())
    print(f"frames over 100 ms: {slow}, {summary.slow_frames_in_gc} during a full garbage collection "
          f"({summary.gc_full_collections} collections, longest {summary.gc_full_pause_ms:.1f} ms); after: "
          + ", ".join(f"{doing} {count}" for doing, count in list(summary.slow_frames.items())[:8]))
    print("updates: " + "; ".join(outcomes))
    if warm is not None:
        print(f"RSS after {done_at_warm} visits {warm:.1f} MB, at the end {end:.1f} MB: growth {end - warm:+.1f} MB "
              f"(target ≤ 5 MB)")
    print(f"steady RSS {end:.1f} MB = {end / bare:.2f}x the bare Kivy app's {bare:.1f} MB (target ≤ 2x)")
    simulation.stop()
    app.stop()
    shutil.rmtree(scratch, ignore_errors=True)
    # A failure for CI (scripts/test.sh runs a short soak): an exception, or an update not handled as it should be.
    # The memory and frame figures are a benchmark's, compared with their targets above, not a test's verdict.
    expected = ["live" if kind.startswith("valid") else "refused" for kind in Updates.KINDS]
    handled = all(outcome.endswith(expected[index % len(expected)]) for index, outcome in enumerate(outcomes))
    sys.exit(0 if summary.exceptions == 0 and handled else 1)


if __name__ == "__main__":
    main()
