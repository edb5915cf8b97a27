"""Search as a visitor types, on a generated site of about 5,000 entries, against rapidfuzz's own best match over
the entries' plain names in the same run (the least any typo-tolerant search must do). Target: ≤ 50 ms a query.

Run: .venv/bin/python bench/search.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import write_large_site  # noqa: E402
from kiosk.site import load_checked  # noqa: E402
from kiosk.views.presenter import Presenter  # noqa: E402
from kiosk.views.search import SiteSearch  # noqa: E402

# Each query as it grows letter by letter: every keystroke is a search.
QUERIES = ["Anliegen 17", "Raum 4", "Unterlage 3", "anligen", "3.042", "Ebene 2", "Besch"]


def figures_ms(action, queries: list[str]) -> tuple[float, float, float]:
    """Median, 95th percentile and worst time of one keystroke's search."""
    times = []
    for query in queries:
        for end in range(1, len(query) + 1):
            started = time.perf_counter()
            action(query[:end])
            times.append(time.perf_counter() - started)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.95)] * 1000, times[-1] * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        write_large_site(folder, floors=10, columns=14, rows=14, rooms_per_floor=490, services=200)
        site = load_checked(folder)
        assert site.content is not None
        presenter = Presenter(site.content, site.routes, site.content.kiosk_id(None))
        search = SiteSearch(presenter)
        started = time.perf_counter()
        index = search.index("de")
        built = (time.perf_counter() - started) * 1000
        names = [entry.name for entry in index.entries]
        baseline, baseline_p95, _ = figures_ms(lambda query: process.extractOne(query, names, scorer=fuzz.WRatio),
                                               QUERIES)
        ours, p95, worst = figures_ms(lambda query: search.search(query, "de"), QUERIES)
        print(f"entries: {len(index.entries)} ({len(site.content.services)} concerns, {len(site.content.places)} "
              f"places, {len(site.content.documents)} documents); index built in {built:.0f} ms, once per language")
        print(f"rapidfuzz extractOne over the names: median {baseline:.1f} ms, 95 % under {baseline_p95:.1f} ms")
        print(f"kiosk search a keystroke: median {ours:.1f} ms ({ours / baseline:.2f}x), 95 % under {p95:.1f} ms "
              f"({p95 / baseline_p95:.2f}x), worst {worst:.1f} ms (target ≤ 50 ms)")


if __name__ == "__main__":
    main()
