"""Catalogs as a hostile or careless translator leaves them: refused at their line everywhere, never a crash.

Each corpus case edits one shipped PO file and names the one located problem ``check_catalog`` must report; the
property test mutates translations at random and asks that the check refuses them at the entry's line, or that
every view of every screen renders; either way rendering never raises.
"""
import logging
import os
import shutil
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kiosk.cli import main
from kiosk.i18n.catalog_check import check_catalog
from kiosk.content.model import Place
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, catalog_path, load_catalog
from kiosk.i18n.content_text import ContentText
from kiosk.i18n.fields import fits
from kiosk.i18n.tooling import catalog_plan, write_catalog
from kiosk.messages import N_
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter

from editing import edit
from render_all import render_every_view

WALK = "Walk on past this screen, straight ahead for about {metres} m."
WALK_DE = "etwa {metres} m geradeaus."
SOURCE = f"The translation of \"{WALK}\""
KEEP = "Keep every placeholder of the source exactly as it is written there (you may move it); a brace meant as " \
       "text is written twice: {{ or }}."
CHARSET_HINT = "Save the file as UTF-8 and write charset=UTF-8 in its Content-Type header (Poedit does both)."
BUNDLED = load_checked(BUNDLED_SITE)

# (case, locale, domain, text in the file, what a translator made of it, the problem after "FILE:LINE:1: error: ")
CORPUS = [
    ("placeholder renamed", "de", "ui", WALK_DE, "etwa {meter} m geradeaus.",
     f"{SOURCE} has the placeholder {{meter}}, which the source does not have. Did you mean {{metres}}? Keep every "
     "placeholder of the source exactly as it is written there."),
    ("unbalanced opening brace", "de", "ui", WALK_DE, "etwa {metres m geradeaus.",
     f"{SOURCE} has a brace without its partner: expected '}}' before end of string. {KEEP}"),
    ("stray closing brace", "de", "ui", WALK_DE, "etwa metres} m geradeaus.",
     f"{SOURCE} has a brace without its partner: Single '}}' encountered in format string. {KEEP}"),
    ("dropped placeholder", "de", "ui", WALK_DE, "etwa ein paar m geradeaus.",
     f"{SOURCE} lacks the placeholder {{metres}}. {KEEP}"),
    ("printf instead of the field", "de", "ui", WALK_DE, "etwa %s m geradeaus.",
     f"{SOURCE} lacks the placeholder {{metres}}. {KEEP}"),
    ("printf beside the field", "de", "ui", WALK_DE, "etwa {metres} m (%d) geradeaus.",
     f"{SOURCE} has the printf-style placeholder %d, which the source does not have. {KEEP}"),
    ("attribute access", "de", "ui", WALK_DE, "etwa {metres.real} m geradeaus.",
     f"{SOURCE} has the placeholder {{metres.real}}, which reads a part of the value. {KEEP}"),
    ("index access", "de", "ui", WALK_DE, "etwa {metres[0]} m geradeaus.",
     f"{SOURCE} has the placeholder {{metres[0]}}, which reads a part of the value. {KEEP}"),
    ("positional field", "de", "ui", WALK_DE, "etwa {0} m geradeaus.",
     f"{SOURCE} has the placeholder {{0}} without a name. {KEEP}"),
    ("format spec the value chokes on", "de", "staff", "nur {percent:.0f} % übersetzt", "nur {percent:d} % übersetzt",
     "The translation of \"Only {percent:.0f} % translated in the {domain} catalog; the site requires {required} %.\""
     f" writes the placeholder {{percent:.0f}} as {{percent:d}}. {KEEP}"),
    ("unknown conversion", "de", "ui", WALK_DE, "etwa {metres!z} m geradeaus.",
     f"{SOURCE} writes the placeholder {{metres}} as {{metres!z}}. {KEEP}"),
    ("placeholder twice", "de", "ui", WALK_DE, "etwa {metres} m ({metres} m) geradeaus.",
     f"{SOURCE} has the placeholder {{metres}} more often than the source. {KEEP}"),
    ("bidi override", "ar", "content", "استلام بطاقة الإقامة", "استلام \u202eبطاقة الإقامة",
     "The translation of \"Aufenthaltskarte abholen\" holds the invisible direction control U+202E, which reorders "
     "the text on screen. Delete it (it is invisible: retype the translation); the kiosk sets the direction of room "
     "numbers and names itself."),
    ("bidi isolate", "ar", "content", "استلام بطاقة الإقامة", "استلام \u2066بطاقة\u2069 الإقامة",
     "The translation of \"Aufenthaltskarte abholen\" holds the invisible direction control U+2066, which reorders "
     "the text on screen. Delete it (it is invisible: retype the translation); the kiosk sets the direction of room "
     "numbers and names itself."),
    ("Latin-1 header on UTF-8 bytes", "de", "ui", "charset=utf-8", "charset=ISO-8859-1",
     f"The header declares charset=ISO-8859-1, but the file is saved as UTF-8. {CHARSET_HINT}"),
    ("unknown charset", "de", "ui", "charset=utf-8", "charset=klingon",
     f"The header declares the charset \"klingon\", which does not exist. {CHARSET_HINT}"),
    ("line without its keyword", "de", "ui", f"msgstr \"Gehen Sie an diesem Bildschirm vorbei und dann {WALK_DE}\"",
     "Gehen Sie an diesem\"",
     "The catalog cannot be read: Unknown or misformatted keyword. Open it in Poedit, fix the entry and save it "
     "again."),
    ("translation cut short", "de", "ui", f"msgstr \"Gehen Sie an diesem Bildschirm vorbei und dann {WALK_DE}\"",
     "msgstr \"Gehen Sie an diesem",
     f"{SOURCE} lacks the placeholder {{metres}}. {KEEP}"),
]


def copied(root: Path, locale: str, domain: str) -> Path:
    """A writable copy of a shipped catalog under ``root``."""
    path = catalog_path(locale, domain, root)
    path.parent.mkdir(parents=True)
    shutil.copy(catalog_path(locale, domain), path)
    return path


def _problems(path: Path) -> list[str]:
    return [problem.render().replace(f"{path}:", "") for problem in check_catalog(path).problems]


@pytest.mark.parametrize(("locale", "domain", "old", "new", "expected"),
                         [case[1:] for case in CORPUS], ids=[case[0] for case in CORPUS])
def test_each_hostile_catalog_case_is_refused_at_its_line(tmp_path: Path, locale: str, domain: str, old: str,
                                                           new: str, expected: str) -> None:
    path = copied(tmp_path, locale, domain)
    edit(path, old, new)
    line = next(number for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if new in text)
    assert _problems(path) == [f"{line}:1: error: {expected}"]


def test_a_utf8_header_on_latin1_bytes_names_the_first_bad_byte(tmp_path: Path) -> None:
    path = catalog_path("de", UI_DOMAIN, tmp_path)
    path.parent.mkdir(parents=True)
    lines = [line.encode("latin-1", errors="replace")
             for line in catalog_path("de", UI_DOMAIN).read_text(encoding="utf-8").splitlines()]
    path.write_bytes(b"\n".join(lines))
    number, line = next((number, line) for number, line in enumerate(lines, 1) if not line.isascii())
    byte = next(byte for byte in line if byte > 127)
    assert _problems(path) == [f"{number}:1: error: The header declares charset=utf-8, but the file is not saved in "
                               f"it (byte 0x{byte:02X} on this line). {CHARSET_HINT}"]


def test_the_shipped_catalogs_fit_their_sources() -> None:
    for path in sorted(TRANSLATIONS_DIR.glob("*/LC_MESSAGES/*.po")):
        assert _problems(path) == [], path


def test_a_fuzzy_entry_is_never_shown_so_never_refused(tmp_path: Path) -> None:
    path = copied(tmp_path, "de", UI_DOMAIN)
    edit(path, f'#, python-brace-format\nmsgctxt "step start"\nmsgid "{WALK}"\nmsgstr "Gehen Sie an diesem '
               f'Bildschirm vorbei und dann {WALK_DE}"',
         f'#, fuzzy, python-brace-format\nmsgctxt "step start"\nmsgid "{WALK}"\nmsgstr "etwa {{meter}} m"')
    assert _problems(path) == []


class Broken:
    """A translator whose every translation renamed its fields."""

    def pgettext(self, context: str, message: str) -> str:
        return message.replace("{", "{x")


def test_a_message_that_does_not_fit_shows_its_source_and_is_logged_once(caplog: pytest.LogCaptureFixture) -> None:
    message = N_("test", "About {metres} m to room {room}.")(metres=20, room="3.032")
    with caplog.at_level(logging.WARNING, logger="wegweiser"):
        assert message.render(Broken()) == "About 20 m to room 3.032."
        assert message.render(Broken(), isolated=True) == "About \u206820\u2069 m to room \u20683.032\u2069."
    [record] = [record for record in caplog.records if "does not fit" in record.getMessage()]
    assert "{xmetres}" in record.getMessage() and "(test)" in record.getMessage()


def test_content_text_with_a_bidi_control_shows_the_german() -> None:
    class Smuggled:
        def pgettext(self, context: str, message: str) -> str:
            return "\u202e3.032 غرفة"

    place = Place(id="x", kind="room", floor="eg", x="0", y="0", name="Raum 3.032")
    assert ContentText(Smuggled()).place_name(place) == "Raum 3.032"


def test_the_fit_is_cached_so_a_render_costs_one_lookup() -> None:
    fits.cache_clear()
    for _ in range(3):
        assert fits(WALK, "etwa {metres} m")
    assert fits.cache_info().hits == 2


def test_an_unreadable_catalog_falls_back_to_its_last_compiled_version(tmp_path: Path) -> None:
    path = copied(tmp_path, "de", UI_DOMAIN)
    assert main(["i18n", "compile", "--translations", str(tmp_path)]) == 0
    edit(path, "charset=utf-8", "charset=ISO-8859-1")
    assert load_catalog("de", UI_DOMAIN, tmp_path).pgettext("step start", WALK).startswith("Gehen Sie")
    path.with_suffix(".mo").unlink()
    assert load_catalog("de", UI_DOMAIN, tmp_path) is None  # the chain falls back; never mojibake


def test_status_and_compile_report_located_problems_and_exit_1(capsys: pytest.CaptureFixture[str],
                                                               folders: tuple[Path, Path]) -> None:
    _site, translations = folders
    de_ui = catalog_path("de", UI_DOMAIN, translations)
    edit(de_ui, WALK_DE, "etwa {meter} m geradeaus.")
    edit(catalog_path("ar", UI_DOMAIN, translations), "charset=utf-8", "charset=ISO-8859-1")
    assert main(["i18n", "status", "--translations", str(translations)]) == 1
    out = capsys.readouterr().out
    assert f"{de_ui}:23:1: error: {SOURCE} has the placeholder {{meter}}" in out
    assert f"{catalog_path('ar', UI_DOMAIN, translations)}:16:1: error: The header declares charset=ISO-8859-1" in out
    assert "Traceback" not in out
    assert main(["i18n", "compile", "--translations", str(translations)]) == 1
    out = capsys.readouterr().out
    assert "charset=ISO-8859-1" in out and "Catalogs not compiled: 1;" in out


def test_status_of_the_shipped_catalogs_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["i18n", "status"]) == 0
    assert "error" not in capsys.readouterr().out


def test_export_web_refuses_a_broken_catalog_with_its_line(capsys: pytest.CaptureFixture[str],
                                                           folders: tuple[Path, Path], tmp_path: Path) -> None:
    site, translations = folders
    edit(catalog_path("de", UI_DOMAIN, translations), WALK_DE, "etwa {metres m geradeaus.")
    assert main(["export-web", "--out", str(tmp_path / "web"), "--site", str(site), "--translations",
                 str(translations)]) == 1
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith(f"{catalog_path('de', UI_DOMAIN, translations)}:23:1: error: {SOURCE} has a brace")
    assert not (tmp_path / "web").exists()


# The property: random damage to one translation of the bundled site.
DAMAGE = st.sampled_from(["{", "}", "{metres}", "{meter}", "{room.x}", "{a[0]}", "{0}", "{}", "%s", "%(room)s",
                          "{room:d}", "{room!z}", "\u202e", "\u2067", "{{", "}}", "{floor}", "x"])
CATALOGS = [(locale, domain) for domain, locales in catalog_plan(BUNDLED.content.site).items()
            if domain in (UI_DOMAIN, CONTENT_DOMAIN) for locale in locales]


@pytest.fixture(scope="module")
def translations_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("mutated") / "translations"
    shutil.copytree(TRANSLATIONS_DIR, root)
    for locale, domain in CATALOGS:  # a damaged PO is then compiled as the kiosk does when its .mo is older
        catalog_path(locale, domain, root).with_suffix(".mo").unlink(missing_ok=True)
    return root


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(which=st.sampled_from(CATALOGS), pick=st.integers(min_value=0), damage=DAMAGE,
       where=st.floats(min_value=0, max_value=1), replace=st.booleans())
def test_damaged_translations_are_refused_at_their_line_or_render_everywhere(
        translations_copy: Path, which: tuple[str, str], pick: int, damage: str, where: float, replace: bool) -> None:
    locale, domain = which
    path = catalog_path(locale, domain, translations_copy)
    pristine = catalog_path(locale, domain).read_bytes()
    catalog = read_po(catalog_path(locale, domain).open("rb"), locale=locale)
    entries = [entry for entry in catalog if entry.id and entry.string]
    entry = entries[pick % len(entries)]
    at = int(where * len(entry.string))
    start, end = at, at
    if replace:  # the damage takes the place of the next field, or else of the character there
        start = entry.string.find("{", at)
        close = entry.string.find("}", start) if start >= 0 else -1
        start, end = (start, close + 1) if close >= 0 else (at, at + 1)
    entry.string = entry.string[:start] + damage + entry.string[end:]
    damaged = entry.string
    try:
        write_catalog(catalog, path)
        stat = os.stat(path)
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))  # never a stale cached check
        problems = check_catalog(path, locale).problems
        event("refused" if problems else "accepted")
        if problems:
            lines = path.read_text(encoding="utf-8").splitlines()
            [problem] = problems
            assert problem.location.line and lines[problem.location.line - 1].startswith("msgstr")
            assert read_po(path.open("rb")).get(entry.id, entry.context).string == damaged
        presenter = Presenter(BUNDLED.content, BUNDLED.routes, "foyer", translations_copy)
        render_every_view(presenter, locale)
        assert problems or fits(entry.id, damaged)
    finally:
        path.write_bytes(pristine)


def test_a_catalog_whose_every_translation_renamed_its_fields_shows_the_source(translations_copy: Path) -> None:
    path = catalog_path("de", UI_DOMAIN, translations_copy)
    pristine = path.read_bytes()
    try:
        catalog = read_po(path.open("rb"), locale="de")
        for entry in catalog:
            if entry.id:
                entry.string = entry.string.replace("{", "{x")
        write_catalog(catalog, path)
        presenter = Presenter(BUNDLED.content, BUNDLED.routes, "foyer", translations_copy)
        german, english = (presenter.service(locale, "aufenthaltskarte-abholen", step_free=False)
                           for locale in ("de", "en"))
        texts = [step.text for step in german.steps]
        assert texts[0] == english.steps[0].text  # the English source sentences, with the German names
        assert "Take the stairs up to: \u20683. Obergeschoss\u2069." in texts
        assert all("{" not in text for text in texts)
    finally:
        path.write_bytes(pristine)
