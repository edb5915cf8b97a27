"""Sentences declared where they belong and translated only where they are shown.

A message's audience decides its catalog, wherever it is declared: ``N_(context, msgid)`` marks what visitors read
(the ``ui`` catalog, translated into every offered language; Babel keyword ``N_:1c,2``), ``S_(context, msgid)``
what staff read (the ``staff`` catalog: command line, content checks, logs, the staff panel; ``S_:1c,2``). Calling
the result with parameters fills them in; ``render`` translates and formats it. A translation whose fields do not
fit its source (``kiosk.i18n.fields``) is never used: that one message shows its source text, and the misfit is
logged once, so a translator's typo can never take a screen down.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol

from kiosk.i18n.fields import fits


# Unicode isolates: a value filled into a sentence is set apart from it, so a room number keeps its own
# direction inside right-to-left text (see kiosk.text.bidi). FSI takes the direction of the value's first strong
# letter; LRI and RLI set it, for values that have no letter to go by or must follow the language (a time range).
FSI, LRI, RLI, PDI = "\u2068", "\u2066", "\u2067", "\u2069"
NO_BREAK_SPACE = "\u00a0"


def glued_to_numbers(template: str, names: Iterable[str]) -> str:
    """``template`` with the spaces beside each field in ``names`` made no-break, so that a number never wraps
    apart from its unit ("5 m", "30 Sekunden", "٥ م"), whichever side of it a language puts the unit."""
    for name in names:
        field_ = "{" + name + "}"
        template = template.replace(f" {field_}", f"{NO_BREAK_SPACE}{field_}").replace(f"{field_} ",
                                                                                        f"{field_}{NO_BREAK_SPACE}")
    return template


def isolate(value: object, direction: str | None = None) -> str:
    """``value`` in an isolate of its own: in ``direction`` ("ltr", "rtl"), or by its first strong letter."""
    opener = {"ltr": LRI, "rtl": RLI}.get(direction or "", FSI)
    return f"{opener}{value}{PDI}"


def is_isolated(value: object) -> bool:
    """Whether ``value`` is one whole isolate already (its opener's PDI is its last character)."""
    text = str(value)
    if not text or text[0] not in (FSI, LRI, RLI) or text[-1] != PDI:
        return False
    depth = 0
    for index, char in enumerate(text):
        depth += char in (FSI, LRI, RLI)
        depth -= char == PDI
        if depth == 0:
            return index == len(text) - 1
    return False


class Translator(Protocol):
    def pgettext(self, context: str, message: str) -> str: ...


def fitting_translation(translator: Translator, context: str, source: str) -> str:
    """``source`` translated by ``translator``, or ``source`` itself where the translation does not fit it."""
    text = translator.pgettext(context, source)
    if text == source or fits(source, text):
        return text
    # Imported here: the report is rare, and needs the staff's catalog and the log.
    from kiosk.i18n.catalog_check import report_misfit

    report_misfit(context, source, text)
    return source


@dataclass(frozen=True, slots=True)
class Message:
    context: str
    msgid: str
    params: Mapping[str, object] = field(default_factory=dict)

    def __call__(self, **params: object) -> Message:
        return Message(self.context, self.msgid, params)

    def render(self, translator: Translator | None = None, *, isolated: bool = False) -> str:
        """The sentence in ``translator``'s language; with ``isolated`` each filled-in value inside isolates (a
        value that is one already, with the direction it was given, is kept as it is)."""
        text = self.template(translator)
        if isolated:
            return text.format(**{name: value if is_isolated(value) else isolate(value)
                                  for name, value in self.params.items()})
        return text.format(**self.params)

    def template(self, translator: Translator | None = None) -> str:
        """The sentence with its fields still to fill (for code that fills them itself, e.g. a countdown)."""
        return fitting_translation(translator, self.context, self.msgid) if translator else self.msgid


def N_(context: str, msgid: str) -> Message:
    """A message visitors read."""
    return Message(context, msgid)


def S_(context: str, msgid: str) -> Message:
    """A message staff read."""
    return Message(context, msgid)
