"""Sentences declared where they belong and translated only where they are shown.

A message's audience decides its catalog, wherever it is declared: ``N_(context, msgid)`` marks what visitors read
(the ``ui`` catalog, translated into every offered language; Babel keyword ``N_:1c,2``), ``S_(context, msgid)``
what staff read (the ``staff`` catalog: command line, content checks, logs, the staff panel; ``S_:1c,2``). Calling
the result with parameters fills them in; ``render`` translates and formats it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Protocol


# Unicode isolates: a value filled into a sentence is set apart from it, so a room number keeps its own
# direction inside right-to-left text (see kiosk.text.bidi).
FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> str:
    return f"{FSI}{value}{PDI}"


class Translator(Protocol):
    def pgettext(self, context: str, message: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    msgid: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __call__(self, **params: object) -> Message:
        return Message(self.context, self.msgid, params)

    def render(self, translator: Translator | None = None, *, isolated: bool = False) -> str:
        """The sentence in ``translator``'s language; with ``isolated`` each filled-in value inside isolates."""
        text = translator.pgettext(self.context, self.msgid) if translator else self.msgid
        if isolated:
            return text.format(**{name: isolate(value) for name, value in self.params.items()})
        return text.format(**self.params)


def N_(context: str, msgid: str) -> Message:
    """A message visitors read."""
    return Message(context, msgid)


def S_(context: str, msgid: str) -> Message:
    """A message staff read."""
    return Message(context, msgid)
