"""The corpus of broken content: each case adds files to the small valid site and names every problem exactly.

Set WEGWEISER_WRITE_EXPECTED=1 to write a new case's expected.txt, then read it before committing.
"""
import os
import shutil
from pathlib import Path

import pytest

from sites import check

CASES = Path(__file__).parent / "content_cases"


@pytest.mark.parametrize("case", sorted(path.name for path in CASES.iterdir() if path.is_dir()))
def test_broken_content_gives_exactly_the_located_problems(case: str, mini_site: Path) -> None:
    for overlay in (CASES / case).iterdir():
        if overlay.name != "expected.txt":
            shutil.copy(overlay, mini_site / overlay.name)
    problems = check(mini_site)
    expected_file = CASES / case / "expected.txt"
    if os.environ.get("WEGWEISER_WRITE_EXPECTED"):
        expected_file.write_text("\n".join(problems) + "\n", encoding="utf-8")
    assert problems == expected_file.read_text(encoding="utf-8").splitlines()
    assert problems, "a broken case must report something"
