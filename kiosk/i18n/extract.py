"""The translatable text of content files, with a stable context per string and a note for translators.

The context of each string is its content path (``service/aufenthaltstitel-verlaengern/name``): ``ContentText``
looks strings up by the same path, and a changed German text keeps its context, so updating the catalogs turns
the old translation fuzzy for review instead of losing it. ``extract_content`` is also a Babel extractor
(entry point ``wegweiser_content``) for ``pybabel extract``.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Any, Iterator

from pydantic import ValidationError

from kiosk.content.model import SiteFile
from kiosk.content.yamlsource import Document, parse_text
from kiosk.i18n.content_fields import translatable_texts


@dataclass(frozen=True)
class ContentMessage:
    context: str
    text: str
    note: str
    line: int


def file_messages(document: Document, site_file: SiteFile) -> Iterator[ContentMessage]:
    """Every translatable string of one content file, in file order: each field the model declares
    ``Translated``, with the note declared beside it."""
    located = [(document.locate(found.path), found) for found in translatable_texts(site_file)]
    for location, found in sorted(located, key=lambda pair: (pair[0].line, pair[0].column)):
        yield ContentMessage(found.context, found.text, found.note, location.line)


def messages_of_text(text: str, name: str) -> Iterator[ContentMessage]:
    """The messages of a content file; a file that does not load yields none (``kiosk check`` says why)."""
    document, _ = parse_text(text, name)
    if document is None or not isinstance(document.data, dict):
        return
    try:
        site_file = SiteFile.model_validate(document.data)
    except ValidationError:
        return
    yield from file_messages(document, site_file)


def extract_content(fileobj: IO[bytes], keywords: Any, comment_tags: Any, options: dict[str, Any]
                    ) -> Iterator[tuple[int, str, tuple[str, str], list[str]]]:
    """Babel extractor: yields ``(line, "pgettext", (context, text), [translator note])``."""
    text = fileobj.read().decode("utf-8-sig")
    for found in messages_of_text(text, getattr(fileobj, "name", "content.yaml")):
        yield found.line, "pgettext", (found.context, found.text), [found.note]
