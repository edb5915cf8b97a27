"""Kiosk responsiveness, offscreen at 1080x1920, each figure against a baseline from the same run.

Run: .venv/bin/python bench/ui.py
- cold start to the first drawn Welcome frame, against a bare Kivy app with one label (separate processes, both
  with .pyc files as an installed kiosk has them: PYTHONDONTWRITEBYTECODE is removed for them and a first run
  writes the files). The kiosk starts exactly as `kiosk run --windowed` does (kiosk mode's lock-down adds about
  3 ms), with the Welcome screen it kept from its warm-up run; and, for comparison, as on its very first start,
  without one;
- a tap on a concern to the Service screen, and a language switch on it (median of many), each from an idle screen
  to its frame handed to OpenGL and to that frame rasterized (Mesa's software renderer), once the kiosk has made
  its QR codes ahead (and, apart, taps while it is still making them); and the same tap while the screen before
  is being read aloud (its speech made on the speech thread as the visitor taps: the tap stops it);
- memory (RSS) after 1,000 scripted interactions against after 100.
Wall time on this shared 2-core machine varies by 2x between runs; CPU time (``time.process_time``) is printed beside
it as the more repeatable figure.
"""
from __future__ import annotations

import gc
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

START_SCRIPT = """
import os, sys, time
started = float(sys.argv[1])
sys.path.insert(0, {root!r})
from pathlib import Path
from kiosk.ui.environment import configure
configure(headless=True, kivy_home=Path({home!r}), log_level="critical", size=(1080, 1920))
from kivy.core.window import Window

def first_frame(*_args):
    Window.funbind("on_flip", first_frame)
    print(time.time() - started, time.process_time(), flush=True)
    from kivy.clock import Clock
    Clock.schedule_once(lambda _dt: os._exit(0), float(sys.argv[2]))  # a warm-up run stays for the kiosk to settle

Window.fbind("on_flip", first_frame)  # the first frame drawn and shown
{body}
"""
BARE = """
from kivy.app import App
from kivy.uix.label import Label
class Bare(App):
    def build(self):
        return Label(text="Willkommen")
Bare().run()
"""
# Exactly what `kiosk run` does. The kiosk keeps the Welcome screen it showed for its next start (in
# XDG_STATE_HOME, a scratch folder here): with it, it greets first and checks its content after that frame.
KIOSK = """
from kiosk.cli import main
main(["run", "--windowed"])
"""
KIOSK_FIRST_START = """
from kiosk.config import REMEMBERED_WELCOME
REMEMBERED_WELCOME.unlink(missing_ok=True)
""" + KIOSK


def cold_starts(bodies: dict[str, str], runs: int = 15) -> dict[str, tuple[float, float, float]]:
    """Per app, seconds from launching a process to its first drawn frame: the median wall and CPU time, and the
    fastest run's wall time. The apps take turns, so a busy spell on the machine hits them alike (Kivy apps need a
    file of source); still, on this shared machine single runs vary by a third, and the fastest run of each shows
    what the start itself costs."""
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    with tempfile.TemporaryDirectory() as home:
        environment["WEGWEISER_CONFIG"] = str(Path(home) / "kiosk.ini")  # none: the defaults
        scripts = {}
        for name, body in bodies.items():
            scripts[name] = Path(home) / f"{name}.py"
            scripts[name].write_text(START_SCRIPT.format(root=str(ROOT), home=home, body=body), encoding="utf-8")

        def once(script: Path, stay_seconds: float = 0) -> tuple[float, float]:
            state = {"XDG_STATE_HOME": str(script.with_suffix(".state"))}  # each app its own remembered Welcome
            result = subprocess.run([sys.executable, str(script), str(time.time()), str(stay_seconds)],
                                    capture_output=True, text=True, check=True, env=environment | state)
            wall, cpu = result.stdout.strip().splitlines()[-1].split()
            return float(wall), float(cpu)

        for script in scripts.values():
            once(script, stay_seconds=3)  # fills the disk cache, writes .pyc files; the kiosk checks its content
        if "kiosk" in scripts:  # its timed runs must start as a restarted kiosk does, or they time a first start
            remembered = scripts["kiosk"].with_suffix(".state") / "wegweiser" / "welcome.json"
            assert remembered.is_file(), "the kiosk's warm-up run kept no Welcome screen"
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in bodies}
        for _ in range(runs):
            for name, script in scripts.items():
                samples[name].append(once(script))
    return {name: (statistics.median(wall for wall, _ in runs_of), statistics.median(cpu for _, cpu in runs_of),
                   min(wall for wall, _ in runs_of))
            for name, runs_of in samples.items()}


def rss_mb() -> float:
    """Resident memory after a full garbage collection, the median of a few samples a frame apart."""
    from kiosk.ui.screenshot import settle

    samples = []
    for _ in range(5):
        gc.collect()
        settle(1)
        with open("/proc/self/statm") as statm:
            samples.append(int(statm.read().split()[1]) * resource.getpagesize() / 2**20)
    return statistics.median(samples)


FRAME_SECONDS = 1 / 60


def timed(action) -> tuple[float, float, float]:
    """Wall seconds of ``action`` until its frame is handed to OpenGL, wall seconds until it is also rasterized,
    and CPU seconds, started on an idle screen as a visitor's tap is. Mesa's software renderer rasterizes a frame
    only when something waits for it: without the waits each figure would carry the previous frame's drawing. And
    Kivy's clock waits out the rest of a 60 Hz frame after the last one: a tap long after it does not."""
    from kivy.graphics.opengl import glFinish

    glFinish()
    time.sleep(FRAME_SECONDS)
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    submitted = time.perf_counter() - wall
    glFinish()
    return submitted, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    starts = cold_starts({"bare": BARE, "kiosk": KIOSK, "first": KIOSK_FIRST_START})
    (bare, bare_cpu, bare_best), (kiosk, kiosk_cpu, kiosk_best), (first, first_cpu, first_best) = (
        starts["bare"], starts["kiosk"], starts["first"])
    print(f"cold start to first frame: bare Kivy app {bare * 1000:.0f} ms | kiosk {kiosk * 1000:.0f} ms "
          f"({kiosk / bare:.2f}x) | CPU: bare {bare_cpu * 1000:.0f} ms | kiosk {kiosk_cpu * 1000:.0f} ms "
          f"({kiosk_cpu / bare_cpu:.2f}x) | fastest runs: bare {bare_best * 1000:.0f} ms | kiosk "
          f"{kiosk_best * 1000:.0f} ms ({kiosk_best / bare_best:.2f}x)")
    print(f"first start ever (no remembered Welcome, content checked before the window): {first * 1000:.0f} ms "
          f"({first / bare:.2f}x) | CPU {first_cpu * 1000:.0f} ms ({first_cpu / bare_cpu:.2f}x) | fastest "
          f"{first_best * 1000:.0f} ms ({first_best / bare_best:.2f}x)")

    from kiosk.ui.environment import configure

    configure(headless=True, kivy_home=Path(tempfile.mkdtemp()), log_level="critical", size=(1080, 1920))
    from kiosk.config import KioskConfig
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import settle, start_app

    # The scripted visitors act faster than any idle timeout, but a slow run must not reset the kiosk midway.
    app = start_app(load_checked(BUNDLED_SITE), "foyer", (1080, 1920), KioskConfig(idle_seconds=24 * 3600),
                    prepare_codes=True)
    services = list(app.site.content.services)
    languages = list(app.site.content.site.languages)
    voiced = [language for language in languages if app.speaker.maker.synthesizer.speaks(language)]

    def open_service(index: int) -> tuple[float, float]:
        app.reset()
        app.choose_language(languages[index % len(languages)])
        settle(1)
        return timed(lambda: (app.open_tile("service", services[index % len(services)]),
                              settle(1)))  # one frame: the screen is laid out and drawn

    def open_service_while_reading_aloud(index: int) -> tuple[float, float]:
        app.reset()
        app.choose_language(voiced[index % len(voiced)])
        settle(1)
        app.speaker.toggle()
        return timed(lambda: (app.open_tile("service", services[index % len(services)]), settle(1)))

    def switch_language(index: int) -> tuple[float, float]:
        return timed(lambda: (app.choose_language(languages[index % len(languages)]), settle(1)))

    # A kiosk makes its QR codes ahead, one per clock tick, after each start or content change. Taps
    # in that first half minute mostly make their code themselves; the visitors after it find theirs made.
    from kiosk.ui.widgets.qr import CODES

    started = time.perf_counter()
    early_taps = [open_service(index) for index in range(20)]
    while CODES.preparing:
        settle(1)
    print(f"QR codes made ahead {time.perf_counter() - started:.1f} s after the start; the 20 taps meanwhile: "
          f"median {statistics.median(sample[1] for sample in early_taps) * 1000:.1f} ms rasterized")
    taps = [open_service(index) for index in range(60)]
    redraw = statistics.median(timed(lambda: (app.root.canvas.ask_update(), settle(1)))[1] for _ in range(30))
    switches = [switch_language(index) for index in range(60)]
    speaking_taps = [open_service_while_reading_aloud(index) for index in range(40)]
    tap, tap_drawn, tap_cpu = (statistics.median(sample[part] for sample in taps) for part in (0, 1, 2))
    spoken, spoken_drawn, spoken_cpu = (statistics.median(sample[part] for sample in speaking_taps)
                                        for part in (0, 1, 2))
    switch, switch_drawn, switch_cpu = (statistics.median(sample[part] for sample in switches) for part in (0, 1, 2))
    print(f"redrawing the Service screen unchanged, rasterized: {redraw * 1000:.1f} ms")
    print(f"tap to Service screen: median {tap * 1000:.1f} ms to the frame, {tap_drawn * 1000:.1f} ms rasterized "
          f"(CPU {tap_cpu * 1000:.1f} ms) | language switch on it: median {switch * 1000:.1f} ms to the frame, "
          f"{switch_drawn * 1000:.1f} ms rasterized (CPU {switch_cpu * 1000:.1f} ms)")
    print(f"tap to Service screen while Concerns is read aloud ({len(voiced)} voiced languages): median "
          f"{spoken * 1000:.1f} ms to the frame, {spoken_drawn * 1000:.1f} ms rasterized (CPU {spoken_cpu * 1000:.1f} "
          f"ms), {spoken_drawn / tap_drawn:.2f}x the tap without speech")
    # The median hides single languages: name the slowest (right-to-left scripts cost most to render).
    by_language = {language: statistics.median(sample[0] for index, sample in enumerate(switches)
                                               if languages[index % len(languages)] == language)
                   for language in languages}
    slowest = max(by_language, key=by_language.get)
    print(f"slowest language to switch to: {slowest} (median {by_language[slowest] * 1000:.1f} ms)")

    def interact(count: int) -> None:
        """Two of three: back to the start, a language, a concern (services and languages in turn); the third:
        another language on the screen shown; every seventh also toggles "no stairs"."""
        for index in range(count):
            open_service(index) if index % 3 else switch_language(index)
            if index % 7 == 0:
                app.toggle_step_free()

    interact(100)
    after_100 = rss_mb()
    interact(900)
    after_1000 = rss_mb()
    print(f"memory: after 100 interactions {after_100:.1f} MB | after 1,000 {after_1000:.1f} MB "
          f"(growth {after_1000 - after_100:+.1f} MB)")


if __name__ == "__main__":
    main()
