"""The staff command line: exit codes, output formats and the staff's language."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.schema import site_file_schema
from kiosk.paths import SCHEMA_FILE

from sites import MINI_SITE


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str]]:
    code = main(list(arguments))
    return code, capsys.readouterr().out.splitlines()


def test_check_prints_a_summary_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "check", str(MINI_SITE))
    assert code == 0
    assert lines[0] == 'Content of "Kleines Amt" is valid.'
    assert [line.split() for line in lines[1:]] == [
        ["floors", "2"], ["zones", "1"], ["places", "12"], ["connections", "12"], ["kiosks", "1"], ["services", "2"],
        ["documents", "1"], ["categories", "1"], ["languages", "3"]]


def test_check_prints_every_problem_and_exits_1(capsys: pytest.CaptureFixture[str], mini_site: Path) -> None:
    (mini_site / "extra.yaml").write_text("documents:\n  - id: pass\n    nme: Pass\n", encoding="utf-8")
    code, lines = run(capsys, "check", str(mini_site))
    assert code == 1
    assert lines == [
        f'{mini_site}/extra.yaml:2:5: error: "name" is missing here. Add a line "name: …" to this entry.',
        f'{mini_site}/extra.yaml:3:5: error: Unknown key "nme". Did you mean "name"?',
        "Errors in the content: 2. Fix them and check again."]


def test_a_missing_site_folder_is_a_problem_not_a_traceback(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, lines = run(capsys, "check", str(tmp_path / "nowhere"))
    assert code == 1
    assert lines[0] == (f"{tmp_path}/nowhere: error: There is no site folder here. Give the path of a folder "
                        "holding the site's .yaml files.")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["list", "rooms"]) == 2
    assert main(["frobnicate"]) == 2


@pytest.mark.parametrize(("what", "first_lines"), [
    ("services", ["antrag\tAntrag stellen", "fragen\tIch weiß nicht, wohin"]),
    ("kiosks", ["foyer\tInfosäule Foyer"]),
    ("languages", ["de", "en", "ar"]),
])
def test_list_prints_one_id_per_line(capsys: pytest.CaptureFixture[str], what: str, first_lines: list[str]) -> None:
    code, lines = run(capsys, "list", what, "--site", str(MINI_SITE))
    assert code == 0
    assert lines == first_lines


def test_list_places_starts_each_line_with_the_id(capsys: pytest.CaptureFixture[str]) -> None:
    _, lines = run(capsys, "list", "places", "--site", str(MINI_SITE))
    assert [line.split("\t")[0] for line in lines][:3] == ["foyer", "infotheke", "flur-eg"]
    assert "raum-1-010\t1.010" in lines


def test_the_committed_schema_is_current() -> None:
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == site_file_schema()


def test_schema_writes_a_json_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    code, _ = run(capsys, "schema", "--out", str(target))
    assert code == 0
    schema = json.loads(target.read_text(encoding="utf-8"))
    assert set(schema["properties"]) == {"site", "floors", "zones", "places", "connections", "services", "documents",
                                         "categories", "notices", "special_days"}
    assert schema["additionalProperties"] is False


def test_every_bundled_content_file_references_the_schema() -> None:
    for path in SCHEMA_FILE.parent.glob("*/*.yaml"):
        assert path.read_text(encoding="utf-8").startswith(
            "# yaml-language-server: $schema=../wegweiser.schema.json\n"), path


def test_staff_read_messages_in_their_language(capsys: pytest.CaptureFixture[str], mini_site: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")
    (mini_site / "extra.yaml").write_text("documents:\n  - id: pass2\n    nme: Pass\n    name: Pass\n")
    code, lines = run(capsys, "check", str(mini_site))
    assert code == 1
    assert lines[0].startswith(f"{mini_site}/extra.yaml:3:5: Fehler: ")
    assert '"nme"' in lines[0] and '"name"' in lines[0]


def test_the_console_script_runs_as_a_module() -> None:
    result = subprocess.run([sys.executable, "-m", "kiosk", "check", str(MINI_SITE)], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_route_prints_numbered_sentences_in_the_visitors_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "route", "--to", "antrag", "--step-free", "--lang", "de", "--site", str(MINI_SITE))
    assert code == 0
    assert lines[0] == "1. Gehen Sie an diesem Bildschirm vorbei und dann etwa 20 m geradeaus."
    assert lines[-1] == "6. Auf der rechten Seite: Raum 1.010."


def test_route_accepts_a_place_id_and_defaults_to_the_source_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines = run(capsys, "route", "--to", "infotheke", "--site", str(MINI_SITE))
    assert (code, lines) == (0, ["1. Der Servicepunkt ist auf der linken Seite. Bitte fragen Sie dort."])


@pytest.mark.parametrize(("arguments", "message"), [
    (["--to", "antrg"], 'There is no service or place with the id "antrg". Did you mean "antrag"?'),
    (["--to", "antrag", "--kiosk", "foyr"], 'There is no kiosk with the id "foyr". Did you mean "foyer"?'),
    (["--to", "antrag", "--lang", "fr"], 'The site does not offer the language "fr". Use one of: ar, de, en.'),
])
def test_route_explains_unknown_ids(capsys: pytest.CaptureFixture[str], arguments: list[str], message: str) -> None:
    code, lines = run(capsys, "route", *arguments, "--site", str(MINI_SITE))
    assert (code, lines) == (1, [message])
