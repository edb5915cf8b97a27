"""Sites the tests use, and problems as staff read them (kept out of conftest.py: tests/ui has a conftest too, and
a plain ``from conftest import`` would then depend on which of the two Python imported first)."""
from pathlib import Path

from kiosk.site import CheckedSite, load_checked

TESTS = Path(__file__).parent
MINI_SITE = TESTS / "fixtures" / "mini-site"


def rendered_problems(site: CheckedSite, folder: Path) -> list[str]:
    """Problems as staff read them (English source), with paths relative to the site folder."""
    return [problem.render().replace(f"{folder}/", "") for problem in site.problems]


def check(folder: Path) -> list[str]:
    return rendered_problems(load_checked(folder), folder)
