"""What the strict reader does with the YAML that trips up PyYAML's own loaders."""
import json
import time
from pathlib import Path

import pytest

from kiosk.i18n.staff import staff_translator
from kiosk.content.yamlsource import MAX_DEPTH, MAX_FILE_BYTES, parse_text, read_document

from sites import check


def data(text: str):
    document, problems = parse_text(text, "f.yaml")
    assert problems == [], [problem.render() for problem in problems]
    return document.data


def messages(text: str) -> list[str]:
    document, problems = parse_text(text, "f.yaml")
    assert document is None
    return [problem.render() for problem in problems]


def test_every_scalar_stays_the_text_staff_wrote() -> None:
    assert data("time: 8:30\nlanguage: no\nroom: 2.10\nflag: on\nnumber: 007\nempty:\nquoted: ''\n") == {
        "time": "8:30", "language": "no", "room": "2.10", "flag": "on", "number": "007", "empty": None,
        "quoted": ""}


def test_positions_point_at_keys_and_values() -> None:
    document, _ = parse_text("places:\n  - id: a\n    x: 12\n", "f.yaml")
    assert document.value_positions[("places", 0, "x")] == (3, 8)
    assert document.key_positions[("places", 0, "x")] == (3, 5)
    assert str(document.locate(("places", 0, "y"))) == "f.yaml:2:5"  # a missing key points at its entry


def test_an_alias_bomb_is_refused_without_expanding_it() -> None:
    levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in range(1, 9):
        previous = chr(ord("a") + level - 1)
        name = chr(ord("a") + level)
        levels.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    started = time.perf_counter()
    problems = messages("\n".join(levels) + "\n")
    assert time.perf_counter() - started < 2  # expanding it would take minutes; refusing takes milliseconds
    assert problems[0] == "f.yaml:1:4: error: Anchors (&a) are not allowed. Write the value out in full where it " \
                          "is needed."


def test_nesting_deeper_than_content_ever_needs_is_refused() -> None:
    problems = messages("a: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n")
    assert problems == [f"f.yaml:1:{MAX_DEPTH + 3}: error: The data is nested more than {MAX_DEPTH} levels deep. "
                        "Check the indentation; content never needs this many levels."]


def test_a_second_document_is_refused() -> None:
    assert messages("a: 1\n---\nb: 2\n") == [
        "f.yaml:2:1: error: The file holds more than one YAML document. Remove the \"---\" line or put the second "
        "part into its own file."]


@pytest.mark.parametrize("text, where, says", [
    ("places:\n  - id: x\n    name Foo\n", "3:5", "indented differently from the keys above it, or lacks its colon"),
    ("a:\n  b: 1\n c: 2\n", "3:2", "indented differently"),
    ("a: Zimmer: 3.104\n", "1:10", "A second colon follows on this line"),
    ("name: \"Abholung\nroom: 3.104\n", "1:7", "A quote opened in a value is never closed"),
    ("a: [1, 2\nb: 3\n", "1:4", "A bracket opened in a value is never closed"),
    ("a: @home\n", "1:4", "A value cannot start with this character"),
    ('a: "C:\\Daten"\n', "1:7", "A backslash in double quotes starts an escape YAML does not know"),
    ("a:\n  - x\n  y: 1\n", "3:3", "every item of a list starts with"),
])
def test_syntax_errors_are_located_and_said_in_plain_words(text: str, where: str, says: str) -> None:
    problem = messages(text)[-1]
    assert problem.startswith(f"f.yaml:{where}: error: ") and says in problem


def test_syntax_errors_reach_staff_in_their_language() -> None:
    _, problems = parse_text("a: [1, 2\nb: 3\n", "f.yaml")
    german = problems[0].render(staff_translator("de"))
    assert german.startswith("f.yaml:1:4: Fehler: ") and "Klammer" in german


@pytest.mark.parametrize("value, says", [
    ('"Raum\\0"', "the control character U+0000"),
    ('"\\e[31mRaum"', "the control character U+001B"),
    ('"Raum\\x85"', "the control character U+0085"),
    ('"3.0\u202e32"', "direction control U+202E RIGHT-TO-LEFT OVERRIDE"),
    ('"\u2067Warteraum\u2069"', "direction control U+2067 RIGHT-TO-LEFT ISOLATE"),
    ('"\u200b\u200b"', "only of invisible characters (U+200B ZERO WIDTH SPACE)"),
    ('"\u3164"', "only of invisible characters (U+3164 HANGUL FILLER)"),
    ('"\u200d \u200c"', "only of invisible characters (U+200D ZERO WIDTH JOINER, U+200C ZERO WIDTH NON-JOINER)"),
])
def test_control_direction_and_invisible_characters_are_refused_at_their_value(value: str, says: str) -> None:
    problems = messages(f"places:\n  - id: warteraum\n    name: {value}\n")
    assert len(problems) == 1 and problems[0].startswith("f.yaml:3:11: error: ") and says in problems[0]


@pytest.mark.parametrize("name", ["می\u200cخواهم", "क्\u200dष", "\u200f3.032", "\u061cرقم", "Fußgänger\u00adzone",
                                  "Line one\nline two"])
def test_what_scripts_need_stays(name: str) -> None:
    assert data(f"name: {json.dumps(name)}\n") == {"name": name}


def test_a_nul_in_an_icon_path_is_located_not_a_traceback(mini_site: Path) -> None:
    services = mini_site / "services.yaml"
    services.write_text(services.read_text().replace("icons/hilfe.png", '"icons/hilfe\\0.png"'))
    problems = check(mini_site)
    assert problems[0].startswith("services.yaml:2:36: error: The value holds the control character U+0000")
    assert problems[1:] == [  # what site.yaml names from the file that could not be read: one note, not an error each
        'services.yaml:2:36: warning: Entries named elsewhere in the site are not found (1 in all, such as service '
        '"fragen"); this file may define them, but it could not be read. Fix this file\'s errors first; the '
        'references are checked again then.']


def test_a_file_that_cannot_be_read_gives_one_note_for_what_it_defined(mini_site: Path) -> None:
    building = mini_site / "building.yaml"
    building.write_text(building.read_text() + "\tkaputt: ja\n")
    problems = check(mini_site)
    assert [problem.split(": ")[1] for problem in problems] == ["error", "warning"], problems
    assert "Entries named elsewhere in the site are not found (" in problems[1]


def test_a_content_file_linked_from_outside_is_refused(mini_site: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("documents:\n  - id: pass\n    name: Pass\n")
    (mini_site / "more.yaml").symlink_to(outside)
    assert check(mini_site) == [
        f"more.yaml: error: The file is a link (to {outside}); content files must be files of their own in the site "
        "folder. Replace the link with a copy of the file."]


def test_hidden_files_are_not_content(mini_site: Path) -> None:
    for name in (".entwurf.yaml", "._services.yaml", ".#places.yaml"):
        (mini_site / name).write_text("this: [is not even valid\n")
    assert check(mini_site) == []


def test_non_utf8_bytes_are_located(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes("name: Stra".encode() + b"\xdf" + b"e\n")
    document, problems = read_document(path, "f.yaml")
    assert document is None
    assert [problem.render() for problem in problems] == [
        "f.yaml:1:11: error: The file is not UTF-8 text (byte 0xdf cannot be read). Save the file as UTF-8 in "
        "your editor."]


def test_files_over_the_size_limit_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "f.yaml"
    path.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    document, problems = read_document(path, "f.yaml")
    assert document is None
    assert [problem.render() for problem in problems] == [
        f"f.yaml: error: The file has {MAX_FILE_BYTES + 3} bytes; a content file may have at most {MAX_FILE_BYTES} "
        "bytes. Split it into several .yaml files in the same folder."]


def test_a_byte_order_mark_is_fine() -> None:
    assert data("\ufeffa: b\n") == {"a": "b"}


def test_an_icon_symlinked_out_of_the_site_folder_is_refused(mini_site: Path, tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes((mini_site / "icons" / "hilfe.png").read_bytes())
    (mini_site / "icons" / "link.png").symlink_to(outside)
    services = mini_site / "services.yaml"
    services.write_text(services.read_text().replace("icons/hilfe.png", "icons/link.png"))
    assert check(mini_site) == [
        'services.yaml:2:36: error: The path "icons/link.png" leads outside the site folder. Put the file into the '
        'site folder and give its path from there, e.g. icons/pass.png.']


def test_an_icon_that_is_not_png_is_refused(mini_site: Path) -> None:
    (mini_site / "icons" / "hilfe.png").write_text("not an image")
    assert check(mini_site) == [
        'services.yaml:2:36: error: The file "icons/hilfe.png" is not a PNG image. Save the pictogram as .png.']


def test_control_characters_are_located() -> None:
    assert messages("a: b\nc: d\x07e\n") == [
        "f.yaml:2:5: error: The file contains an invisible control character (code U+0007). Delete and retype this "
        "part of the line; it was probably pasted in."]
