"""A key on the search screen's keyboard to the drawn results, with the keyboard on screen, against redrawing the
same screen unchanged in the same run (the least a key could cost). Target: ≤ 50 ms a key (issue 20).

Run: .venv/bin/python bench/search_screen.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.ui import timed  # noqa: E402

# What visitors type, key by key: a German word from a letter, Arabic, Russian in Latin letters, a room number.
TYPED = {"de": "fiktionsbescheinigung", "ar": "تمديد الاقامة", "ru": "grazhdanstvo", "en": "3.032"}


def main() -> None:
    from kiosk.ui.environment import configure

    configure(headless=True, kivy_home=Path(tempfile.mkdtemp()), log_level="critical", size=(1080, 1920))
    from kiosk.config import KioskConfig
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import settle, start_app

    app = start_app(load_checked(BUNDLED_SITE), "foyer", (1080, 1920), KioskConfig(idle_seconds=24 * 3600))
    keys, redraws = [], []
    for _ in range(3):
        for locale, word in TYPED.items():
            app.reset()
            app.choose_language(locale)
            app.open_tile("search", "")
            settle(2)
            for end in range(1, len(word) + 1):
                keys.append(timed(lambda: (app.type_query(word[:end]), settle(1))))
            redraws.append(timed(lambda: (app.root.canvas.ask_update(), settle(1))))
    key, key_drawn = (statistics.median(sample[part] for sample in keys) for part in (0, 1))
    drawn = sorted(sample[1] for sample in keys)
    p95, worst = drawn[int(len(drawn) * 0.95)], drawn[-1]
    redraw = statistics.median(sample[1] for sample in redraws)
    print(f"redrawing the search screen unchanged, rasterized: {redraw * 1000:.1f} ms")
    print(f"a key to the drawn results: median {key * 1000:.1f} ms to the frame, {key_drawn * 1000:.1f} ms "
          f"rasterized ({key_drawn / redraw:.2f}x the redraw), 95 % under {p95 * 1000:.1f} ms, worst {worst * 1000:.1f} ms, "
          f"over {len(keys)} keys "
          f"(target ≤ 50 ms)")
    app.stop()


if __name__ == "__main__":
    main()
