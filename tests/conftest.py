import shutil
from pathlib import Path

import pytest

from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import CheckedSite, load_checked
from sites import MINI_SITE


@pytest.fixture
def mini_site(tmp_path: Path) -> Path:
    """A writable copy of the small valid site, for tests that break it."""
    folder = tmp_path / "site"
    shutil.copytree(MINI_SITE, folder)
    return folder


@pytest.fixture(autouse=True)
def english_staff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Staff messages in the English source unless a test asks for another language."""
    monkeypatch.setenv("LANGUAGE", "en")


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    """Writable copies of the bundled site and the translations."""
    site, translations = tmp_path / "site", tmp_path / "translations"
    shutil.copytree(BUNDLED_SITE, site)
    shutil.copytree(TRANSLATIONS_DIR, translations)
    return site, translations


PHONE_PAGES_URL = "https://wegweiser.example.org/buergerhaus/"


@pytest.fixture(scope="session")
def site_with_phone_pages(tmp_path_factory: pytest.TempPathFactory) -> CheckedSite:
    """The bundled site, publishing its phone pages: its QR codes then hold links."""
    folder = tmp_path_factory.mktemp("phone-pages") / "site"
    shutil.copytree(BUNDLED_SITE, folder)
    site_file = folder / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace(
        "\nsite:\n", f"\nsite:\n  phone_pages_url: {PHONE_PAGES_URL}\n", 1), encoding="utf-8")
    site = load_checked(folder)
    assert site.content is not None and site.content.site.phone_pages_url == PHONE_PAGES_URL
    return site
