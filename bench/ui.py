"""Kiosk responsiveness, offscreen at 1080x1920, each figure against a baseline from the same run.

Run: .venv/bin/python bench/ui.py
- cold start to the first drawn Welcome frame, against a bare Kivy app with one label (separate processes);
- a tap on a concern to the fully drawn Service screen, and a language switch on it (median of many);
- memory (RSS) after 1,000 scripted interactions against after 100.
"""
from __future__ import annotations

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
import sys, time
started = float(sys.argv[1])
sys.path.insert(0, {root!r})
from pathlib import Path
from kiosk.ui.environment import configure
configure(headless=True, kivy_home=Path({home!r}), log_level="critical", size=(1080, 1920))
{body}
from kivy.base import EventLoop
EventLoop.idle()
print(time.time() - started)
"""
BARE = """
from kivy.app import App
from kivy.uix.label import Label
class Bare(App):
    def build(self):
        return Label(text="Willkommen")
app = Bare()
app._run_prepare()
"""
KIOSK = """
from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.ui.app import WegweiserApp
app = WegweiserApp(load_checked(BUNDLED_SITE), kiosk_mode=False)
app._run_prepare()
"""


def cold_start(body: str, runs: int = 5) -> float:
    """Median seconds from launching a process to its first drawn frame (Kivy apps need a file of source)."""
    with tempfile.TemporaryDirectory() as home:
        script = Path(home) / "start.py"
        script.write_text(START_SCRIPT.format(root=str(ROOT), home=home, body=body), encoding="utf-8")

        def once() -> float:
            result = subprocess.run([sys.executable, str(script), str(time.time())], capture_output=True, text=True,
                                    check=True)
            return float(result.stdout.strip().splitlines()[-1])

        once()  # the first run fills the disk cache
        return statistics.median(once() for _ in range(runs))


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 2**20


def main() -> None:
    bare, kiosk = cold_start(BARE), cold_start(KIOSK)
    print(f"cold start to first frame: bare Kivy app {bare * 1000:.0f} ms | kiosk {kiosk * 1000:.0f} ms "
          f"({kiosk / bare:.2f}x)")

    from kiosk.ui.environment import configure

    configure(headless=True, kivy_home=Path(tempfile.mkdtemp()), log_level="critical", size=(1080, 1920))
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import settle, start_app

    app = start_app(load_checked(BUNDLED_SITE), "foyer", (1080, 1920))
    services = list(app.site.content.services)
    languages = list(app.site.content.site.languages)

    def open_service(index: int) -> float:
        app.reset()
        app.choose_language(languages[index % len(languages)])
        settle(1)
        started = time.perf_counter()
        app.open_tile("service", services[index % len(services)])
        settle(1)  # one frame: the screen is laid out and drawn
        return time.perf_counter() - started

    def switch_language(index: int) -> float:
        started = time.perf_counter()
        app.choose_language(languages[index % len(languages)])
        settle(1)
        return time.perf_counter() - started

    baseline = []
    for _ in range(30):
        started = time.perf_counter()
        settle(1)
        baseline.append(time.perf_counter() - started)
    taps = [open_service(index) for index in range(60)]
    switches = [switch_language(index) for index in range(60)]
    frame = statistics.median(baseline)
    print(f"one idle frame: {frame * 1000:.1f} ms | tap to drawn Service screen: median "
          f"{statistics.median(taps) * 1000:.1f} ms ({statistics.median(taps) / frame:.1f}x a frame) | "
          f"language switch on it: median {statistics.median(switches) * 1000:.1f} ms")

    def interact(count: int) -> None:
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
