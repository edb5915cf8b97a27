"""What counting adds to a tap: the session's actions without an observer (the baseline) and with the kiosk's
counting (counter plus its writer thread writing to SQLite all the while), per tap. Target: at most 1 ms added.

Run: .venv/bin/python bench/usage.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kiosk.paths import BUNDLED_SITE  # noqa: E402
from kiosk.site import load_checked  # noqa: E402
from kiosk.usage.recording import UsageRecording  # noqa: E402
from kiosk.views.session import Session  # noqa: E402

VISITS = 3000


def one_visit(session: Session, number: int) -> list[Callable[[], None]]:
    """Six taps: a language, a topic, a concern (a shortcut every other time), no stairs, larger text, the reset."""
    return [lambda: session.choose_language(("de", "ar", "uk", "fa_AF")[number % 4]),
            lambda: session.open_category("ausweis-karte"),
            lambda: session.open_service(("aufenthaltskarte-abholen", "nicht-sicher")[number % 2]),
            session.toggle_step_free, session.toggle_large_text, session.time_out]


def per_tap(session: Session) -> list[float]:
    """Seconds for each tap."""
    times = []
    for number in range(VISITS):
        for tap in one_visit(session, number):
            started = time.perf_counter()
            tap()
            times.append(time.perf_counter() - started)
    return times


def main() -> None:
    content = load_checked(BUNDLED_SITE).content
    with tempfile.TemporaryDirectory() as folder:
        # A writer every 5 ms instead of every minute: the taps meet it writing, as the worst case would.
        recording = UsageRecording(Path(folder) / "usage.sqlite3", 400, datetime.now, interval=0.005)
        recording.follow(content, "foyer")
        baseline, counted = Session(), Session(observer=recording.count)
        per_tap(baseline), per_tap(counted)  # warm up
        plain, counting = per_tap(baseline), per_tap(counted)
        recording.stop()
    for name, times in (("without counting", plain), ("with counting", counting)):
        ordered = sorted(times)
        print(f"{name:17}: median {statistics.median(times) * 1e6:6.2f} µs per tap, "
              f"99th percentile {ordered[int(len(ordered) * 0.99)] * 1e6:6.2f} µs, max {ordered[-1] * 1e6:7.1f} µs")
    added = statistics.median(counting) - statistics.median(plain)
    ratio = statistics.median(counting) / statistics.median(plain)
    over = [sum(time_ > 1e-3 for time_ in times) for times in (plain, counting)]
    print(f"counting adds {added * 1e6:.2f} µs per tap at the median ({ratio:.1f}x the session alone); taps over "
          f"1 ms: {over[1]} of {len(counting)} counted, {over[0]} of {len(plain)} uncounted (target: added ≤ 1 ms)")


if __name__ == "__main__":
    main()
