"""Leichte Sprache (de@easy): a language of its own on German formats, and the readability gate its catalogs pass."""
import shutil
from datetime import date
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, catalog_path
from kiosk.i18n.formats import format_long_date
from kiosk.i18n.locales import locale_facts, web_tag
from kiosk.i18n.readability import readability, readability_problems
from kiosk.i18n.tooling import read_catalog, write_catalog
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked
from kiosk.speech.engines import Voice, voice_table
from kiosk.text import strip_isolates
from kiosk.views.presenter import Presenter

EASY = "de@easy"
SITE = load_checked(BUNDLED_SITE)
HARD = ("Die Verlängerung des Aufenthaltstitels ist rechtzeitig vor Ablauf der Gültigkeitsdauer bei der "
        "zuständigen Ausländerbehörde zu beantragen.")


def test_leichte_sprache_is_named_on_its_tile_and_uses_german_formats() -> None:
    facts = locale_facts(EASY)
    assert (facts.endonym, facts.right_to_left, facts.script) == ("Leichte Sprache", False, "Latn")
    assert web_tag(EASY) == "de-x-easy"  # BCP 47 private use: browsers and screen readers still take it as German
    assert format_long_date(date(2026, 12, 3), EASY) == "Donnerstag, 3. Dezember 2026"


def test_the_welcome_screen_offers_it_after_german() -> None:
    view = Presenter(SITE.content, SITE.routes, "foyer").welcome()
    choices = [(choice.locale, choice.endonym) for choice in view.languages]
    assert choices[:2] == [("de", "Deutsch"), (EASY, "Leichte Sprache")]


def test_a_service_screen_in_leichte_sprache_keeps_rooms_and_falls_back_to_german() -> None:
    view = Presenter(SITE.content, SITE.routes, "foyer").service(EASY, "aufenthaltskarte-abholen", step_free=False)
    assert strip_isolates(view.title) == "Aufenthalts·karte abholen"
    assert "Raum 3.032" in strip_isolates(view.summary)
    assert any("Meter" in strip_isolates(step.text) for step in view.steps)  # "m" is an abbreviation


def test_only_modifiers_the_kiosk_names_are_languages(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    shutil.copytree(BUNDLED_SITE, folder)
    site_file = folder / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace("de@easy", "de@simple"), encoding="utf-8")
    problems = [problem.message.render() for problem in load_checked(folder).problems]
    assert '"de@simple" is not a language known to the kiosk.' in problems


def test_the_german_voice_reads_it() -> None:
    assert voice_table()[EASY] == Voice("espeak-ng", "de")


@pytest.mark.parametrize("text", [
    "Gehen Sie 5 Meter gerade·aus. Dann sehen Sie die Tür.",
    "Sie haben einen neuen Pass? Dann brauchen Sie auch eine neue Aufenthalts·karte.",
    "Aufenthalts·titel verlängern",  # too short for the formulas: each part is a short word
])
def test_easy_sentences_pass(text: str) -> None:
    assert readability(text).passes


@pytest.mark.parametrize("text", [HARD, "Aufenthaltstitel verlängern", "Informationsveranstaltung"])
def test_hard_sentences_and_long_unsplit_words_fail(text: str) -> None:
    assert not readability(text).passes


def test_the_formulas_score_sentences_and_leave_short_entries_to_the_word_rule() -> None:
    hard = readability(HARD)
    assert hard.flesch is not None and hard.flesch < 60 and hard.wiener is not None and hard.wiener > 6
    assert readability("Gehen Sie geradeaus.").flesch is None  # three words: the formulas say nothing yet
    # a placeholder is read as the short number put there, not as the name in braces
    with_placeholder, with_number = "Gehen Sie {metres} Meter gerade·aus.", "Gehen Sie 5 Meter gerade·aus."
    assert readability(with_placeholder) == readability(with_number)


def test_the_shipped_catalogs_pass_the_gate() -> None:
    for domain in (UI_DOMAIN, CONTENT_DOMAIN):
        assert readability_problems(catalog_path(EASY, domain), EASY) == []


def test_status_lists_a_hard_entry_with_its_file_and_line_and_exits_1(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: Path) -> None:
    translations = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, translations)
    path = catalog_path(EASY, CONTENT_DOMAIN, translations)
    catalog = read_catalog(path, EASY)
    entry = next(message for message in catalog if message.context == "document/mietvertrag/description")
    entry.string = HARD
    write_catalog(catalog, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    context = lines.index('msgctxt "document/mietvertrag/description"')
    line = next(number for number, text in enumerate(lines[context:], context + 1) if text.startswith("msgstr"))
    assert main(["i18n", "status", "--translations", str(translations)]) == 1
    out = capsys.readouterr().out
    assert f'{path}:{line}:1: error: Too hard to read for Leichte Sprache: "{HARD}" (Flesch' in out
    assert out.count("Too hard to read") == 1


def test_status_shows_the_catalogs_as_not_yet_checked_by_a_reading_group(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "status"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith(EASY + " ")]
    assert [row.split()[:2] for row in rows] == [[EASY, "ui"], [EASY, "content"]]
    assert all(row.endswith("100 %  not checked by a reading group") for row in rows)
    assert "# Review: not yet checked by a reading group." in catalog_path(EASY, UI_DOMAIN).read_text(encoding="utf-8")


def test_without_textstat_status_says_the_gate_did_not_run_and_exits_1(capsys: pytest.CaptureFixture[str],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import kiosk.i18n.readability

    monkeypatch.setattr(kiosk.i18n.readability, "gate_available", lambda: False)  # as in the kiosk's bundle
    assert main(["i18n", "status"]) == 1
    out = capsys.readouterr().out
    assert "de@easy ui: not checked for readability, since this installation has no textstat" in out
