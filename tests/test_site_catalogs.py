"""Several sites share one translations folder: each measured against its own entries, none losing another's."""
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from kiosk.cli import main
from kiosk.i18n.catalogs import CONTENT_DOMAIN, catalog_path
from kiosk.i18n.tooling import template_path
from kiosk.paths import TRANSLATIONS_DIR

from sites import MINI_SITE


@pytest.fixture
def translations(tmp_path: Path) -> Path:
    root = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, root, ignore=shutil.ignore_patterns("*.mo"))
    return root


def entries(path: Path) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """(context, source) -> (translation, the sites referencing it) of every entry in a PO or POT file."""
    with path.open("rb") as file:
        return {(entry.context, entry.id): (entry.string, tuple(sorted({location.split("/")[0]
                                                                         for location, _ in entry.locations})))
                for entry in read_po(file) if entry.id}


def status_rows(lines: list[str]) -> dict[tuple[str, str], list[str]]:
    return {(row[0], row[1]): row[2:] for row in (line.split() for line in lines[1:])
            if len(row) > 2 and row[1] in ("ui", "content", "staff")}


def test_another_sites_status_measures_its_own_content(capsys: pytest.CaptureFixture[str],
                                                       translations: Path) -> None:
    """The mini site was never extracted into the folder: its own content counts, not the bundled site's 264."""
    code = main(["i18n", "status", "--site", str(MINI_SITE), "--translations", str(translations)])
    lines = capsys.readouterr().out.splitlines()
    rows = status_rows(lines)
    assert code == 1
    assert set(rows) == {("de", "ui"), ("ar", "ui"), ("en", "content"), ("ar", "content"), ("de", "staff")}
    translated, fuzzy, untranslated = (int(cell) for cell in rows["ar", "content"][:3])
    assert translated + fuzzy + untranslated == 14 and untranslated > 0  # mini's own entries, most of them new
    assert any(line.startswith("ar content: ") and "translated, the site requires 100 %." in line for line in lines)


def test_updating_another_site_keeps_every_entry_of_the_bundled_site(capsys: pytest.CaptureFixture[str],
                                                                     translations: Path) -> None:
    before = {locale: entries(catalog_path(locale, CONTENT_DOMAIN, translations)) for locale in ("ar", "en", "uk")}
    template_before = entries(template_path(CONTENT_DOMAIN, translations))
    assert main(["i18n", "update", "--site", str(MINI_SITE), "--translations", str(translations)]) == 0
    template = entries(template_path(CONTENT_DOMAIN, translations))
    assert all(key in template and "chemnitz-buergerhaus" in template[key][1] for key in template_before)
    mini = {key for key, (_, sites) in template.items() if "mini" in sites}
    assert len(mini) == 14 and mini - set(template_before)  # shared floors, and mini's own entries
    for locale, old in before.items():
        new = entries(catalog_path(locale, CONTENT_DOMAIN, translations))
        assert {key: text for key, (text, _) in old.items()} == \
            {key: new[key][0] for key in old}, f"{locale} lost or changed a bundled translation"
        if locale in ("ar", "en"):  # the mini site's languages get its entries to translate
            assert mini <= set(new)
    capsys.readouterr()
    assert main(["i18n", "update", "--site", str(MINI_SITE), "--translations", str(translations)]) == 0
    assert capsys.readouterr().out.strip() == "All catalogs were already up to date."
    assert main(["i18n", "status", "--translations", str(translations)]) == 0  # the bundled site: still complete


def test_updating_the_bundled_site_again_keeps_the_other_sites_entries(capsys: pytest.CaptureFixture[str],
                                                                       translations: Path) -> None:
    assert main(["i18n", "update", "--site", str(MINI_SITE), "--translations", str(translations)]) == 0
    mini = {key for key, (_, sites) in entries(template_path(CONTENT_DOMAIN, translations)).items() if "mini" in sites}
    assert main(["i18n", "update", "--translations", str(translations)]) == 0
    template = entries(template_path(CONTENT_DOMAIN, translations))
    assert mini <= {key for key, (_, sites) in template.items() if "mini" in sites}
    assert mini <= set(entries(catalog_path("ar", CONTENT_DOMAIN, translations)))
