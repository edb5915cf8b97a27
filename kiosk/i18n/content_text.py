"""Content text in a visitor's language: the German source looked up in the ``content`` catalog.

The translation context of every content string is its stable path (``service/pass-verloren/name``), so the
extractor and the lookups below meet on the same key, and a changed German text turns its entry fuzzy.
"""
from __future__ import annotations

import gettext

from kiosk.content.model import Category, Connection, Document, Floor, Place, Service, Zone
from kiosk.messages import fitting_translation


def context(kind: str, entry_id: str, *fields: str | int) -> str:
    return "/".join([kind, entry_id, *(str(part) for part in fields)])


class ContentText:
    def __init__(self, translations: gettext.NullTranslations) -> None:
        self._translations = translations

    def get(self, key: str, source: str) -> str:
        """The translation of ``source``; the German itself where the translation would not fit (a bidi control)."""
        return fitting_translation(self._translations, key, source)

    def floor_label(self, floor: Floor) -> str:
        return self.get(context("floor", floor.id, "label"), floor.label)

    def floor_short_label(self, floor: Floor) -> str:
        return self.get(context("floor", floor.id, "short_label"), floor.short_label)

    def zone_name(self, zone: Zone) -> str:
        return self.get(context("zone", zone.id, "name"), zone.name)

    def place_name(self, place: Place) -> str | None:
        return self.get(context("place", place.id, "name"), place.name) if place.name else None

    def landmark(self, connection: Connection) -> str | None:
        if not connection.landmark:
            return None
        return self.get(context("connection", connection.key, "landmark"), connection.landmark)

    def service_name(self, service: Service) -> str:
        return self.get(context("service", service.id, "name"), service.name)

    def document_name(self, document: Document) -> str:
        return self.get(context("document", document.id, "name"), document.name)

    def category_name(self, category: Category) -> str:
        return self.get(context("category", category.id, "name"), category.name)
