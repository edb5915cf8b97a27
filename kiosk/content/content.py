"""The validated content of one site: what every later layer reads."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Mapping

from kiosk.content.model import (
    Category, Connection, Document, Floor, Kiosk, Notice, Place, Service, Site, SpecialDay, Zone,
)
from kiosk.content.problems import Location
from kiosk.content.yamlsource import Document, ValuePath


@dataclass(frozen=True, slots=True)
class Source:
    """An entry's file and its path inside it."""

    document: Document
    path: ValuePath

    def locate(self, *fields: str | int) -> Location:
        return self.document.locate(self.path + fields)


@dataclass(frozen=True)
class Content:
    folder: Path
    site: Site
    floors: Mapping[str, Floor]
    zones: Mapping[str, Zone]
    places: Mapping[str, Place]
    connections: tuple[Connection, ...]
    services: Mapping[str, Service]
    documents: Mapping[str, Document]
    categories: Mapping[str, Category]
    sources: Mapping[str, Source]
    """Where each entry is written, keyed ``kind/id`` (``place/raum-3-032``, ``connection/7``, ``site``)."""
    notices: Mapping[str, Notice] = field(default_factory=lambda: MappingProxyType({}))
    special_days: Mapping[str, SpecialDay] = field(default_factory=lambda: MappingProxyType({}))
    """Keyed by the date, ``2026-12-24``."""

    @property
    def kiosks(self) -> Mapping[str, Kiosk]:
        return MappingProxyType({kiosk.id: kiosk for kiosk in self.site.kiosks})

    @cached_property
    def connections_by_key(self) -> Mapping[str, Connection]:
        return MappingProxyType({connection.key: connection for connection in self.connections})

    def kiosk_id(self, configured: str | None) -> str:
        """Which kiosk a machine is: the id it was configured with, or the site's first kiosk when it has none.
        The only place this rule is applied; an unknown configured id is returned as it is, for the caller to
        refuse."""
        return configured or self.site.kiosks[0].id

    def locate(self, key: str, *fields: str | int) -> Location:
        """Where ``key`` (``service/pass-verloren``) or one of its fields is written."""
        source = self.sources.get(key)
        return source.locate(*fields) if source else Location(str(self.folder))

    def services_in(self, category_id: str) -> tuple[Service, ...]:
        return tuple(service for service in self.services.values() if service.category == category_id)

    def categories_in_order(self) -> tuple[Category, ...]:
        return tuple(sorted(self.categories.values(), key=lambda category: (category.order, category.id)))
