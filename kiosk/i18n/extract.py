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
from kiosk.content.yamlsource import Document, ValuePath, parse_text
from kiosk.i18n.content_text import context

LEGAL_TERMS = ("Where German offices and letters use a legal term, give it in brackets after yours, "
               "e.g. \"residence permit (Aufenthaltstitel)\".")
NOTES = {
    "site_name": "Name of the building, shown in the kiosk's header and on phone pages.",
    "opening_note": "A short note under the opening hours.",
    "contact_label": "Who a phone number or e-mail address belongs to, on the information screen.",
    "kiosk_name": "Where this kiosk stands, shown on phone pages as the starting point.",
    "floor_label": "A floor's name; used inside directions such as \"Take the lift to: {floor}\" and on maps.",
    "zone_name": "The name on the building's colour-coded signs; used in \"Follow the signs: {zone}\".",
    "place_name": "A place in the building, shown on the map and in \"You have arrived: {place}\".",
    "landmark": "A whole sentence in the walking directions; it must be true in both walking directions.",
    "service_name": "A visitor's concern, on a button and as the title of its screen. Keep it short "
                    "(about 40 characters). " + LEGAL_TERMS,
    "service_summary": "One or two plain sentences under the concern's title. Many readers are stressed and "
                       "read slowly: keep it simple. " + LEGAL_TERMS,
    "service_note": "A note on the concern's screen. Keep room numbers, times and amounts exactly as they are.",
    "appointment_note": "How to get an appointment, where there is no booking link.",
    "fee_label": "What a fee is for, shown beside the amount.",
    "document_name": "An item on the checklist of documents to bring. " + LEGAL_TERMS,
    "document_description": "One sentence explaining the document, under its name on the checklist.",
    "category_name": "A topic tile on the screen where visitors choose their concern. Keep it short.",
}


@dataclass(frozen=True)
class ContentMessage:
    context: str
    text: str
    note: str
    line: int


def file_messages(document: Document, site_file: SiteFile) -> Iterator[ContentMessage]:
    """Every translatable string of one content file, in file order."""

    def message(path: ValuePath, key: str, note: str, text: str | None) -> Iterator[ContentMessage]:
        if text:
            yield ContentMessage(key, text, NOTES[note], document.locate(path).line)

    if site_file.site is not None:
        site = site_file.site
        yield from message(("site", "name"), context("site", "name"), "site_name", site.name)
        yield from message(("site", "opening_hours", "note"), context("site", "opening_hours", "note"),
                           "opening_note", site.opening_hours.note)
        for index, contact in enumerate(site.contacts):
            yield from message(("site", "contacts", index, "label"), context("site", "contacts", str(index), "label"),
                               "contact_label", contact.label)
        for index, kiosk in enumerate(site.kiosks):
            yield from message(("site", "kiosks", index, "name"), context("kiosk", kiosk.id, "name"), "kiosk_name",
                               kiosk.name)
    for index, floor in enumerate(site_file.floors):
        yield from message(("floors", index, "label"), context("floor", floor.id, "label"), "floor_label", floor.label)
    for index, zone in enumerate(site_file.zones):
        yield from message(("zones", index, "name"), context("zone", zone.id, "name"), "zone_name", zone.name)
    for index, place in enumerate(site_file.places):
        yield from message(("places", index, "name"), context("place", place.id, "name"), "place_name", place.name)
    for index, connection in enumerate(site_file.connections):
        yield from message(("connections", index, "landmark"), context("connection", connection.key, "landmark"),
                           "landmark", connection.landmark)
    for index, service in enumerate(site_file.services):
        at, key = ("services", index), ("service", service.id)
        yield from message(at + ("name",), context(*key, "name"), "service_name", service.name)
        yield from message(at + ("summary",), context(*key, "summary"), "service_summary", service.summary)
        for number, note in enumerate(service.notes):
            yield from message(at + ("notes", number), context(*key, "notes", number), "service_note", note)
        yield from message(at + ("appointment", "note"), context(*key, "appointment", "note"), "appointment_note",
                           service.appointment.note)
        for number, fee in enumerate(service.fees):
            yield from message(at + ("fees", number, "label"), context(*key, "fees", number, "label"), "fee_label",
                               fee.label)
        if service.opening_hours is not None:
            yield from message(at + ("opening_hours", "note"), context(*key, "opening_hours", "note"),
                               "opening_note", service.opening_hours.note)
    for index, entry in enumerate(site_file.documents):
        yield from message(("documents", index, "name"), context("document", entry.id, "name"), "document_name",
                           entry.name)
        yield from message(("documents", index, "description"), context("document", entry.id, "description"),
                           "document_description", entry.description)
    for index, category in enumerate(site_file.categories):
        yield from message(("categories", index, "name"), context("category", category.id, "name"), "category_name",
                           category.name)


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
