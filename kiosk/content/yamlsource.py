"""Read one YAML file strictly: plain data, every scalar a string, every value located.

PyYAML's own loaders guess types (``8:30`` becomes 510, ``no`` becomes False, ``2.10`` becomes 2.1), accept
duplicate keys silently and expand aliases without limit. Content here is built from the parser's events
instead, so none of that can happen, and each value keeps the line and column it came from.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Union

import yaml

from kiosk.characters import BIDI_CONTROLS, describe, is_invisible, refused_character
from kiosk.content.problems import Location, Problem
from kiosk.content.yaml_errors import syntax_problem
from kiosk.messages import S_

try:  # libyaml's parser is several times faster; the pure-Python one gives the same events.
    from yaml import CSafeLoader as _EventSource
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _EventSource  # type: ignore[assignment]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 32

Value = Union[dict[str, "Value"], list["Value"], str, None]
ValuePath = tuple[Union[str, int], ...]

FILE_TOO_LARGE = S_("content problem", "The file has {size} bytes; a content file may have at most {limit} bytes.")
HINT_SPLIT_FILE = S_("content hint", "Split it into several .yaml files in the same folder.")
FILE_EMPTY = S_("content problem", "The file is empty.")
HINT_FILE_EMPTY = S_("content hint", "Write at least one section (for example \"places:\") or delete the file.")
NOT_UTF8 = S_("content problem", "The file is not UTF-8 text (byte 0x{byte:02x} cannot be read).")
HINT_SAVE_UTF8 = S_("content hint", "Save the file as UTF-8 in your editor.")
TAB_INDENT = S_("content problem", "The line is indented with a tab.")
HINT_TAB_INDENT = S_("content hint", "YAML indents with spaces only: replace the tab with spaces.")
CONTROL_CHARACTER = S_("content problem", "The file contains an invisible control character (code {code}).")
HINT_CONTROL_CHARACTER = S_("content hint", "Delete and retype this part of the line; it was probably pasted in.")
ESCAPED_CONTROL = S_("content problem", "The value holds the control character {character}, written as an escape "
                                        "such as \"\\x1b\".")
HINT_ESCAPED_CONTROL = S_("content hint", "Remove the escape; write the text as visitors should read it.")
DIRECTION_CONTROL = S_("content problem", "The value holds the invisible direction control {character}: the kiosk "
                                          "and the phone page could show the text in different orders.")
HINT_DIRECTION_CONTROL = S_("content hint", "Remove it; the kiosk sets the direction of every text itself. The marks "
                                            "LRM, RLM and ALM are allowed where a text needs them.")
INVISIBLE_VALUE = S_("content problem", "The value is made only of invisible characters ({characters}).")
HINT_INVISIBLE_VALUE = S_("content hint", "Write the text visitors should read, or remove the line.")
ANCHOR = S_("content problem", "Anchors (&{name}) are not allowed.")
ALIAS = S_("content problem", "Aliases (*{name}) are not allowed.")
HINT_NO_ANCHORS = S_("content hint", "Write the value out in full where it is needed.")
TAG = S_("content problem", "Tags ({tag}) are not allowed.")
HINT_NO_TAGS = S_("content hint", "Remove the tag; write the value as plain text.")
DUPLICATE_KEY = S_("content problem", "The key \"{key}\" appears twice in this mapping (first on line {first_line}).")
HINT_DUPLICATE_KEY = S_("content hint", "Keep one of them; YAML would silently drop the first.")
COMPLEX_KEY = S_("content problem", "A key must be a plain word, not a list or mapping.")
HINT_COMPLEX_KEY = S_("content hint", "Write the key as text followed by a colon.")
TOO_DEEP = S_("content problem", "The data is nested more than {limit} levels deep.")
HINT_TOO_DEEP = S_("content hint", "Check the indentation; content never needs this many levels.")
SEVERAL_DOCUMENTS = S_("content problem", "The file holds more than one YAML document.")
HINT_SEVERAL_DOCUMENTS = S_("content hint", "Remove the \"---\" line or put the second part into its own file.")


@dataclass(frozen=True, slots=True)
class Document:
    """One file's data with the position of every value and every mapping key."""

    file: str
    data: Value
    value_positions: dict[ValuePath, tuple[int, int]]
    key_positions: dict[ValuePath, tuple[int, int]]

    def locate(self, path: ValuePath, *, key: bool = False) -> Location:
        """The nearest located position for ``path`` (a missing field points at its parent mapping)."""
        positions = self.key_positions if key else self.value_positions
        while path not in positions and path:
            path = path[:-1]
            positions = self.value_positions
        line, column = positions.get(path, (1, 1))
        return Location(self.file, line, column)


def read_document(path: Path, display_name: str) -> tuple[Document | None, list[Problem]]:
    """Read ``path``; on failure return no document and every problem found before parsing could go on."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        return None, [Problem(Location(display_name), FILE_TOO_LARGE(size=size, limit=MAX_FILE_BYTES), HINT_SPLIT_FILE)]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line, column = _line_and_column(raw, error.start)
        return None, [Problem(Location(display_name, line, column), NOT_UTF8(byte=raw[error.start]), HINT_SAVE_UTF8)]
    return parse_text(text, display_name)


def parse_text(text: str, display_name: str) -> tuple[Document | None, list[Problem]]:
    tab_problems = [
        Problem(Location(display_name, number, len(line) - len(line.lstrip(" ")) + 1), TAB_INDENT(), HINT_TAB_INDENT)
        for number, line in enumerate(text.splitlines(), start=1)
        if line[: len(line) - len(line.lstrip(" \t"))].count("\t")
    ]
    if tab_problems:
        return None, tab_problems
    if not text.strip() or all(not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()):
        return None, [Problem(Location(display_name, 1, 1), FILE_EMPTY(), HINT_FILE_EMPTY)]
    builder = _Builder(display_name)
    try:
        data = builder.build(_EventSource(text))
    except yaml.reader.ReaderError as error:
        line, column = _text_line_and_column(text, error.position)
        return None, [Problem(Location(display_name, line, column), CONTROL_CHARACTER(code=_code_point(error.character)),
                              HINT_CONTROL_CHARACTER)]
    except yaml.MarkedYAMLError as error:
        return None, builder.problems + [syntax_problem(error, display_name)]
    if builder.problems:
        return None, builder.problems
    if data is None:
        return None, [Problem(Location(display_name, 1, 1), FILE_EMPTY(), HINT_FILE_EMPTY)]
    return Document(display_name, data, builder.value_positions, builder.key_positions), []


def _code_point(character: int | str) -> str:
    return f"U+{character if isinstance(character, int) else ord(character):04X}"


def _text_line_and_column(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


def _line_and_column(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line_start = before.rfind(b"\n") + 1
    return before.count(b"\n") + 1, len(before[line_start:].decode("utf-8", errors="replace")) + 1


class _Builder:
    """Turns parser events into dicts, lists and strings, refusing what content never needs."""

    def __init__(self, display_name: str) -> None:
        self.display_name = display_name
        self.problems: list[Problem] = []
        self.value_positions: dict[ValuePath, tuple[int, int]] = {}
        self.key_positions: dict[ValuePath, tuple[int, int]] = {}

    def _problem(self, mark: yaml.Mark, message, hint) -> None:
        self.problems.append(Problem(Location(self.display_name, mark.line + 1, mark.column + 1), message, hint))

    def _check_node(self, event: yaml.NodeEvent) -> None:
        if event.anchor is not None:
            self._problem(event.start_mark, ANCHOR(name=event.anchor), HINT_NO_ANCHORS)
        tag = getattr(event, "tag", None)
        implicit = getattr(event, "implicit", True)
        if tag is not None and tag != "!" and not (implicit is True or (isinstance(implicit, tuple) and implicit[0])):
            shown = "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag
            self._problem(event.start_mark, TAG(tag=shown), HINT_NO_TAGS)

    def _check_characters(self, event: yaml.ScalarEvent) -> None:
        refused = refused_character(event.value)
        if refused is not None:
            message = DIRECTION_CONTROL if BIDI_CONTROLS.match(refused) else ESCAPED_CONTROL
            hint = HINT_DIRECTION_CONTROL if message is DIRECTION_CONTROL else HINT_ESCAPED_CONTROL
            self._problem(event.start_mark, message(character=describe(refused)), hint)
        elif is_invisible(event.value):
            shown = ", ".join(describe(character) for character in dict.fromkeys(event.value) if not character.isspace())
            self._problem(event.start_mark, INVISIBLE_VALUE(characters=shown), HINT_INVISIBLE_VALUE)

    def build(self, source: _EventSource) -> Value:  # noqa: C901 - one event loop reads clearest
        try:
            documents: list[Value] = []
            # Each frame: (container, its path, pending key or None, first lines of its keys)
            stack: list[tuple[dict | list, ValuePath, list, dict[str, int]]] = []
            result: Value = None
            while source.check_event():
                event = source.get_event()
                if isinstance(event, yaml.DocumentStartEvent):
                    if documents:
                        self._problem(event.start_mark, SEVERAL_DOCUMENTS(), HINT_SEVERAL_DOCUMENTS)
                        break
                    continue
                if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent)):
                    continue
                if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                    container, path, _, _ = stack.pop()
                    value: Value = container
                elif isinstance(event, yaml.AliasEvent):
                    self._problem(event.start_mark, ALIAS(name=event.anchor), HINT_NO_ANCHORS)
                    value = None
                    path = None  # type: ignore[assignment]
                else:
                    self._check_node(event)
                    if isinstance(event, yaml.ScalarEvent):
                        self._check_characters(event)
                        value = None if (event.value == "" and not event.style and event.implicit[0]) else event.value
                        path = None  # type: ignore[assignment]
                    else:
                        if len(stack) >= MAX_DEPTH:
                            self._problem(event.start_mark, TOO_DEEP(limit=MAX_DEPTH), HINT_TOO_DEEP)
                            raise _Abandon
                        parent_path = self._child_path(stack)
                        if parent_path is _KEY:
                            self._problem(event.start_mark, COMPLEX_KEY(), HINT_COMPLEX_KEY)
                            raise _Abandon
                        self.value_positions[parent_path] = (event.start_mark.line + 1, event.start_mark.column + 1)
                        new = {} if isinstance(event, yaml.MappingStartEvent) else []
                        stack.append((new, parent_path, [], {}))
                        continue
                if not stack:
                    result = value
                    documents.append(value)
                    continue
                self._attach(stack, value, event, path is None)
            return result
        except _Abandon:
            return None

    @staticmethod
    def _child_path(stack: list) -> ValuePath:
        if not stack:
            return ()
        container, path, pending, _ = stack[-1]
        if isinstance(container, list):
            return path + (len(container),)
        if not pending:
            return _KEY  # type: ignore[return-value]
        return path + (pending[0],)

    def _attach(self, stack: list, value: Value, event: yaml.Event, is_scalar: bool) -> None:
        container, path, pending, first_lines = stack[-1]
        mark = event.start_mark
        if isinstance(container, list):
            if is_scalar:
                self.value_positions[path + (len(container),)] = (mark.line + 1, mark.column + 1)
            container.append(value)
            return
        if not pending:  # this scalar is a key
            key = value if isinstance(value, str) else ""
            if key in first_lines:
                self._problem(mark, DUPLICATE_KEY(key=key, first_line=first_lines[key]), HINT_DUPLICATE_KEY)
                key = f"\0duplicate:{key}:{mark.line}"  # keep parsing; the problem is already reported
            else:
                first_lines[key] = mark.line + 1
            self.key_positions[path + (key,)] = (mark.line + 1, mark.column + 1)
            pending.append(key)
            return
        key = pending.pop()
        if is_scalar:
            self.value_positions[path + (key,)] = (mark.line + 1, mark.column + 1)
        if not key.startswith("\0duplicate:"):
            container[key] = value


class _Abandon(Exception):
    """Parsing cannot sensibly go on; the reason is already among the problems."""


_KEY = object()
