"""`kiosk check` on a large site with thousands of dangling references (a file that renamed ids, a converted
building's export), against the same site without them, in the same run. Target: 5,000 dangling references
checked in under 5 s (issue 15); before, "did you mean" compared every one of them with every id (about 30 s for
2,000).

Run: .venv/bin/python bench/check_dangling.py [--dangling 5000]
"""
from __future__ import annotations

import argparse
import contextlib
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import write_large_site  # noqa: E402
from kiosk.cli import main as kiosk  # noqa: E402


def timed_check(folder: Path) -> tuple[float, int, str]:
    output = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        status = kiosk(["check", str(folder)])
    return time.perf_counter() - started, status, output.getvalue()


def write_dangling(folder: Path, count: int) -> None:
    """``count`` references to places that are one letter off a real id: the case "did you mean" works hardest on."""
    lines = ["connections:"]
    for number in range(count // 2):
        floor, room = number % 10, number % 96
        lines.append(f"  - {{from: c-{floor}-0-{number % 10}x, to: room-{floor}-{room:03d}x}}")
    (folder / "dangling.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dangling", type=int, default=5000)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        counts = write_large_site(folder, floors=10, columns=10, rows=10, rooms_per_floor=96, services=200)
        clean, status, _ = timed_check(folder)
        assert status == 0, "the generated site must be valid"
        write_dangling(folder, arguments.dangling)
        dangling, status, output = timed_check(folder)
        reported = output.count("There is no place with the id")
        assert status == 1 and reported == arguments.dangling, (status, reported)
        print(f"site: {counts['places']} places, {counts['connections']} connections, {counts['services']} services")
        print(f"kiosk check, valid site: {clean:.2f} s")
        print(f"kiosk check, {arguments.dangling} dangling references: {dangling:.2f} s "
              f"({dangling / clean:.2f}x the valid site; target under 5 s)")


if __name__ == "__main__":
    main()
