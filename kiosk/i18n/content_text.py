"""Content text in a visitor's language: the German source looked up in the ``content`` catalog.

The translation context of every content string is its stable path (``service/pass-verloren/name``), derived from
the model's declarations (``kiosk.i18n.content_fields``), so the extractor and the look-ups below meet on the same
key, and a changed German text turns its entry fuzzy.
"""
from __future__ import annotations

import gettext

from pydantic import BaseModel

from kiosk.content.model import Category, Connection, Document, Floor, Place, Service, Zone
from kiosk.i18n.content_fields import context_of
from kiosk.messages import fitting_translation


class ContentText:
    def __init__(self, translations: gettext.NullTranslations) -> None:
        self._translations = translations

    def text(self, owner: BaseModel, *field_path: str | int) -> str:
        """The text at ``field_path`` in ``owner`` (``text(service, "fees", 0, "label")``), translated; the field
        must be declared ``Translated`` and hold a text. The German itself where the translation would not fit
        (a bidi control)."""
        context, source = context_of(owner, *field_path)
        assert source is not None, f"no text at {context}"
        return fitting_translation(self._translations, context, source)

    def optional(self, owner: BaseModel, *field_path: str | int) -> str | None:
        """Like ``text``, for a field staff may leave out."""
        context, source = context_of(owner, *field_path)
        return fitting_translation(self._translations, context, source) if source else None

    def floor_label(self, floor: Floor) -> str:
        return self.text(floor, "label")

    def zone_name(self, zone: Zone) -> str:
        return self.text(zone, "name")

    def place_name(self, place: Place) -> str | None:
        return self.optional(place, "name")

    def landmark(self, connection: Connection) -> str | None:
        return self.optional(connection, "landmark")

    def service_name(self, service: Service) -> str:
        return self.text(service, "name")

    def document_name(self, document: Document) -> str:
        return self.text(document, "name")

    def category_name(self, category: Category) -> str:
        return self.text(category, "name")
