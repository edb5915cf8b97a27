"""Load-and-validate time against plain ``yaml.load`` with libyaml on the same files, in the same run.

Run: .venv/bin/python bench/content_load.py
"""
from __future__ import annotations

import gc
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import write_large_site  # noqa: E402
from kiosk.content import load_site  # noqa: E402
from kiosk.paths import BUNDLED_SITE  # noqa: E402
from kiosk.site import load_checked  # noqa: E402


def best_of(repeats: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(repeats):
        gc.collect()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times) if repeats < 5 else statistics.median(times)


def plain_parse(folder: Path) -> None:
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def measure(name: str, folder: Path, repeats: int) -> None:
    assert load_checked(folder).content is not None, f"{name} must be valid"
    baseline = best_of(repeats, lambda: plain_parse(folder))
    content = best_of(repeats, lambda: load_site(folder))
    checked = best_of(repeats, lambda: load_checked(folder))
    print(f"{name}: yaml.load(CSafeLoader) {baseline * 1000:7.1f} ms | load_site {content * 1000:7.1f} ms "
          f"({content / baseline:.2f}x) | load_site + route checks {checked * 1000:7.1f} ms "
          f"({checked / baseline:.2f}x)")


def main() -> None:
    measure("sample site (Chemnitz)", BUNDLED_SITE, repeats=21)
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        counts = write_large_site(folder, floors=10, columns=10, rows=10, rooms_per_floor=96, services=200)
        print(f"large site: {counts['places']} places, {counts['connections']} connections, "
              f"{counts['services']} services")
        measure("large site", folder, repeats=5)


if __name__ == "__main__":
    main()
