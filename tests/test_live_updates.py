"""Live updates without a window: when a change is loaded, and that only a complete, valid set is ever accepted."""
from pathlib import Path

import pytest

from kiosk.i18n.staff import staff_translator
from kiosk.live.sets import LiveSet, Rejection, load_set
from kiosk.live.snapshots import UpdateWatcher, take_snapshot
from kiosk.live.version import git_commit
from kiosk.views.staff_panel import staff_panel_view

from editing import edit

SERVICE = "aufenthaltskarte-abholen"


def load(folders: tuple[Path, Path]) -> LiveSet | Rejection:
    site, translations = folders
    return load_set(site, translations, "foyer", take_snapshot(site, translations))


def rendered(result: Rejection, folders: tuple[Path, Path]) -> list[str]:
    return [problem.render().replace(f"{folders[0]}/", "").replace(f"{folders[1]}/", "")
            for problem in result.problems]


def room_of(result: LiveSet, service: str = SERVICE) -> str:
    return result.presenter.service("de", service, step_free=False).room



def test_a_change_is_loaded_once_it_has_held_still(folders) -> None:
    site, translations = folders
    watcher = UpdateWatcher(site, translations, take_snapshot(site, translations), settle_seconds=1.0)
    assert watcher.poll(0.0) is None  # nothing changed
    edit(site / "building-3og.yaml", 'room: "3.032"', 'room: "3.032a"')
    assert watcher.poll(10.0) is None  # changed: wait and see whether more is coming
    assert watcher.poll(10.5) is None
    (site / "documents.yaml").touch()
    (site / "documents.yaml").write_text((site / "documents.yaml").read_text(encoding="utf-8") + "\n")
    assert watcher.poll(10.8) is None  # still changing: the clock starts again
    assert watcher.poll(11.5) is None
    ready = watcher.poll(12.0)
    assert ready == take_snapshot(site, translations)
    assert watcher.poll(20.0) is None  # handled: not loaded twice


def test_hidden_files_are_neither_watched_nor_loaded(folders) -> None:
    site, translations = folders
    watcher = UpdateWatcher(site, translations, take_snapshot(site, translations), settle_seconds=0.0)
    (site / ".entwurf.yaml").write_text("places: [kaputt\n", encoding="utf-8")  # an editor's draft, half typed
    (site / "._documents.yaml").write_bytes(b"\x00\x05\x16\x07")  # what a Mac copies beside a file
    assert watcher.poll(0.0) is None and watcher.poll(1.0) is None
    assert isinstance(load(folders), LiveSet)


def test_a_value_with_a_direction_control_is_rejected_and_the_room_stays(folders) -> None:
    site, _ = folders
    edit(site / "building-3og.yaml", 'room: "3.032"', 'room: "3.0\\u202e32"')
    result = load(folders)
    assert isinstance(result, Rejection)
    assert any("U+202E RIGHT-TO-LEFT OVERRIDE" in line and line.startswith("building-3og.yaml:")
               for line in rendered(result, folders))


def test_a_valid_change_becomes_a_live_set_with_its_catalogs(folders) -> None:
    edit(folders[0] / "building-3og.yaml", 'room: "3.032"', 'room: "3.032a"')
    result = load(folders)
    assert isinstance(result, LiveSet)
    assert room_of(result) == "3.032a"
    assert {status.locale for status in result.coverage} >= {"ar", "ti", "ps"}


def test_an_invalid_change_is_rejected_with_located_problems(folders) -> None:
    edit(folders[0] / "building-3og.yaml", 'room: "3.032"', 'room: "3.032"\n    floor: [')
    result = load(folders)
    assert isinstance(result, Rejection)
    assert rendered(result, folders)[0].startswith("building-3og.yaml:55:")


def test_a_half_written_file_is_rejected(folders) -> None:
    services = folders[0] / "services-auslaenderbehoerde.yaml"
    text = services.read_text(encoding="utf-8")
    services.write_text(text[: len(text) // 2], encoding="utf-8")
    result = load(folders)
    assert isinstance(result, Rejection) and result.problems


def test_a_deleted_file_is_rejected(folders) -> None:
    (folders[0] / "documents.yaml").unlink()
    result = load(folders)
    assert isinstance(result, Rejection)
    assert any("documents" in line or "reisepass" in line for line in rendered(result, folders))


def test_a_broken_catalog_is_rejected_at_its_line(folders) -> None:
    catalog = folders[1] / "ar" / "LC_MESSAGES" / "ui.po"
    lines = catalog.read_text(encoding="utf-8").splitlines()
    catalog.write_text("\n".join(lines + ['msgid "half', ""]), encoding="utf-8")
    result = load(folders)
    assert isinstance(result, Rejection)
    assert rendered(result, folders)[0].startswith(f"ar/LC_MESSAGES/ui.po:{len(lines) + 1}:1: error: "
                                                   "The catalog cannot be read: ")


def test_content_without_this_kiosk_is_rejected(folders) -> None:
    edit(folders[0] / "site.yaml", "- id: foyer", "- id: eingangshalle")
    result = load(folders)
    assert isinstance(result, Rejection)
    assert 'The content no longer has this kiosk "foyer".' in rendered(result, folders)[-1]


def test_the_version_names_the_git_commit(tmp_path: Path) -> None:
    git = tmp_path / ".git"
    (git / "refs" / "heads").mkdir(parents=True)
    (git / "HEAD").write_text("ref: refs/heads/main\n")
    (git / "refs" / "heads" / "main").write_text("0123456789abcdef\n")
    (tmp_path / "site").mkdir()
    assert git_commit(tmp_path / "site") == "0123456789"
    (git / "refs" / "heads" / "main").unlink()
    (git / "packed-refs").write_text("# pack-refs\nfedcba9876543210 refs/heads/main\n")
    assert git_commit(tmp_path / "site") == "fedcba9876"


def test_the_staff_panel_tells_what_is_live_and_what_was_rejected(folders) -> None:
    live = load(folders)
    (folders[0] / "documents.yaml").unlink()
    rejected = load(folders)
    view = staff_panel_view("Bürgerhaus am Wall", "foyer", live, rejected, staff_translator("de"))
    assert view.title == "Personal: Bürgerhaus am Wall, Kiosk foyer"
    assert view.lines[0].startswith(f"Angezeigt wird Version {live.version}, geladen ")
    assert view.lines[1].startswith("Aktualisierung abgelehnt am ")
    assert any(line.startswith("Übersetzt (Texte für Besucher): de 100 %") for line in view.lines)
    assert (view.reload, view.leave) == ("Jetzt neu laden", "Kiosk beenden")


def test_a_deleted_catalog_is_rejected_rather_than_showing_another_language(folders) -> None:
    (folders[1] / "ar" / "LC_MESSAGES" / "ui.po").unlink()
    (folders[1] / "ar" / "LC_MESSAGES" / "ui.mo").unlink(missing_ok=True)
    result = load(folders)
    assert isinstance(result, Rejection)
    assert rendered(result, folders) == ["ar/LC_MESSAGES/ui.po: error: Only 0 % translated in the ui catalog; the "
                                         "site requires 100 %. Copy the complete catalog again, or lower "
                                         "required_translation_percent in site.yaml."]
