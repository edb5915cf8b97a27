"""What the strict reader does with the YAML that trips up PyYAML's own loaders."""
import time
from pathlib import Path

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


def test_syntax_errors_are_located() -> None:
    assert messages("a: [1, 2\nb: 3\n")[0].startswith("f.yaml:2:2: error: This is not valid YAML: ")


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
