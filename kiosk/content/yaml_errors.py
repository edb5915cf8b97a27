"""The YAML parser's complaints in the staff's words.

libyaml and PyYAML describe a syntax error in the parser's terms ("did not find expected key while parsing a
block mapping"), in English. Staff need to know what to change on the line, in their language: each complaint
the parsers make about content as people type it is said here in plain words; anything else keeps the parser's
words behind a plain sentence.
"""
from __future__ import annotations

import yaml

from kiosk.content.problems import Location, Problem
from kiosk.messages import S_, Message

SYNTAX_ERROR = S_("content problem", "This is not valid YAML: {detail}.")
HINT_SYNTAX = S_("content hint", "Check the indentation and the colons and quotes on this line and the one before.")

COLON_IN_VALUE = S_("content problem", "A second colon follows on this line, after the value has begun.")
HINT_COLON_IN_VALUE = S_("content hint", "Put a value holding \": \" in quotes, or start the key on a line of its own.")
INDENTATION = S_("content problem", "This line is indented differently from the keys above it, or lacks its colon.")
HINT_INDENTATION = S_("content hint", "Start it exactly below the other keys of its entry and write \"key: value\".")
LIST_ITEM = S_("content problem", "A list item is expected here; every item of a list starts with \"- \".")
HINT_LIST_ITEM = S_("content hint", "Start the line with \"- \" below the other items, or indent it under an item.")
UNCLOSED_QUOTE = S_("content problem", "A quote opened in a value is never closed.")
HINT_UNCLOSED_QUOTE = S_("content hint", "Close the quote at the end of the value; write a quote inside the text "
                                         "twice in single quotes ('it''s').")
RESERVED_START = S_("content problem", "A value cannot start with this character (such as @, ` or %) unquoted.")
HINT_QUOTE_VALUE = S_("content hint", "Put the whole value in quotes.")
UNCLOSED_BRACKET = S_("content problem", "A bracket opened in a value is never closed.")
HINT_UNCLOSED_BRACKET = S_("content hint", "Close [ with ] or {{ with }}, or put the whole value in quotes.")
UNKNOWN_ESCAPE = S_("content problem", "A backslash in double quotes starts an escape YAML does not know.")
HINT_UNKNOWN_ESCAPE = S_("content hint", "Use single quotes around the value, or write \\\\ for a backslash.")
MISSING_VALUE = S_("content problem", "A value is missing here, or starts with a character YAML reserves (] }} ,).")

# (words in libyaml's or PyYAML's complaint, the message, its hint, whether to point where the unfinished thing
# began rather than where the parser gave up); the first that matches is used.
_COMPLAINTS: tuple[tuple[str, Message, Message, bool], ...] = (
    ("mapping values are not allowed", COLON_IN_VALUE(), HINT_COLON_IN_VALUE(), False),
    ("expected '-' indicator", LIST_ITEM(), HINT_LIST_ITEM(), False),
    ("expected key", INDENTATION(), HINT_INDENTATION(), False),
    ("expected <block end>", INDENTATION(), HINT_INDENTATION(), False),
    ("expected ':'", INDENTATION(), HINT_INDENTATION(), True),
    ("end of stream|quoted scalar", UNCLOSED_QUOTE(), HINT_UNCLOSED_QUOTE(), True),
    ("cannot start any token", RESERVED_START(), HINT_QUOTE_VALUE(), False),
    ("directive", RESERVED_START(), HINT_QUOTE_VALUE(), False),
    ("',' or ']'", UNCLOSED_BRACKET(), HINT_UNCLOSED_BRACKET(), True),
    ("',' or '}'", UNCLOSED_BRACKET(), HINT_UNCLOSED_BRACKET(), True),
    ("escape", UNKNOWN_ESCAPE(), HINT_UNKNOWN_ESCAPE(), False),
    ("node content", MISSING_VALUE(), HINT_QUOTE_VALUE(), False),
)


def syntax_problem(error: yaml.MarkedYAMLError, display_name: str) -> Problem:
    """The parser's error at its line and column, in words staff can act on."""
    problem, context = error.problem or "", error.context or ""
    for words, message, hint, at_start in _COMPLAINTS:
        if _says(problem, context, words):
            return Problem(_locate(error, display_name, at_start), message, hint)
    return Problem(_locate(error, display_name, False), SYNTAX_ERROR(detail=problem or context or "?"), HINT_SYNTAX())


def _locate(error: yaml.MarkedYAMLError, display_name: str, at_start: bool) -> Location:
    mark = (error.context_mark or error.problem_mark) if at_start else (error.problem_mark or error.context_mark)
    return Location(display_name, mark.line + 1, mark.column + 1) if mark else Location(display_name)


def _says(problem: str, context: str, words: str) -> bool:
    """``words`` in the problem; ``a|b`` means a in the problem and b in its context."""
    in_problem, _, in_context = words.partition("|")
    return in_problem in problem and in_context in context
