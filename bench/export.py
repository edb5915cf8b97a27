"""Exporting the phone pages of the bundled site, against loading and checking that site, in the same run.

Run: .venv/bin/python bench/export.py
Target: the whole export (every language x kiosk x concern, indexes, fonts, pictograms) under 5 s.
"""
from __future__ import annotations

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.content_load import best_of  # noqa: E402
from kiosk.paths import BUNDLED_SITE  # noqa: E402
from kiosk.site import load_checked  # noqa: E402
from kiosk.web.export import export_site  # noqa: E402


def main() -> None:
    load = best_of(5, lambda: load_checked(BUNDLED_SITE))
    site = load_checked(BUNDLED_SITE)
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "web"
        started = time.perf_counter()
        summary = export_site(site.content, site.routes, out, date.today())
        first = time.perf_counter() - started
        again = best_of(3, lambda: export_site(site.content, site.routes, out, date.today()))
        size = sum(path.stat().st_size for path in out.rglob("*") if path.is_file()) / 2**20
    print(f"load and check the site: {load * 1000:.0f} ms")
    print(f"export {summary.pages} pages ({size:.1f} MB): first {first:.2f} s ({first / load:.0f}x the load), "
          f"again {again:.2f} s ({again / load:.0f}x)")
    print(f"per page: {again / summary.pages * 1000:.1f} ms")


if __name__ == "__main__":
    main()
