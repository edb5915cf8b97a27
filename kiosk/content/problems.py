"""Problems found in content, located in the file that caused them.

Messages stay untranslated (context, msgid, parameters) until shown: the CLI, staff panel or log renders them
in the reader's language through the ``ui`` catalog.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from kiosk.messages import S_, Message, Translator


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


SEVERITY_WORDS = {
    Severity.ERROR: S_("problem severity", "error"),
    Severity.WARNING: S_("problem severity", "warning"),
}


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A place in a content file; line and column count from 1, as editors show them."""

    file: str
    line: int = 0
    column: int = 0

    def __str__(self) -> str:
        if not self.line:
            return self.file
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Problem:
    location: Location
    message: Message
    hint: Message | None = None
    severity: Severity = Severity.ERROR

    def render(self, translator: Translator | None = None) -> str:
        """``FILE:LINE:COL: error: message hint``, the form editors and CI logs link to."""
        parts = [f"{self.location}: {SEVERITY_WORDS[self.severity].render(translator)}:",
                 self.message.render(translator)]
        if self.hint is not None:
            parts.append(self.hint.render(translator))
        return " ".join(parts)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def sort_key(problem: Problem) -> tuple[Location, bool, str]:
    """By place; at one place the error before the warnings that follow from it."""
    return problem.location, not problem.is_error, problem.message.msgid
