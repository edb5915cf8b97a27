import shutil
from pathlib import Path

import pytest

from kiosk.site import CheckedSite, load_checked

TESTS = Path(__file__).parent
MINI_SITE = TESTS / "fixtures" / "mini-site"


def rendered_problems(site: CheckedSite, folder: Path) -> list[str]:
    """Problems as staff read them (English source), with paths relative to the site folder."""
    return [problem.render().replace(f"{folder}/", "") for problem in site.problems]


@pytest.fixture
def mini_site(tmp_path: Path) -> Path:
    """A writable copy of the small valid site, for tests that break it."""
    folder = tmp_path / "site"
    shutil.copytree(MINI_SITE, folder)
    return folder


def check(folder: Path) -> list[str]:
    return rendered_problems(load_checked(folder), folder)


@pytest.fixture(autouse=True)
def english_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff messages in the English source unless a test asks for another language."""
    monkeypatch.setenv("LANGUAGE", "en")
