"""What a visitor can search for at this site, in their language and in German at once.

Concerns are found by their name, their search words (German ones from the content, each language's own from
its catalog, added by translators) and the room they lead to; places by their name and room number; documents by
their name. A query in German finds the concern while the screen speaks Arabic, since many visitors carry a
German letter. The index is built per language once per presenter, on first use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from kiosk.search.index import Entry, Result, SearchIndex

if TYPE_CHECKING:
    from kiosk.views.presenter import Presenter

CONCERN, PLACE, DOCUMENT = "service", "place", "document"
_RANKS = {CONCERN: 0, PLACE: 1, DOCUMENT: 2}


class SiteSearch:
    def __init__(self, presenter: Presenter) -> None:
        self.presenter = presenter
        self.index = lru_cache(maxsize=None)(self._index)

    def search(self, query: str, locale: str, limit: int = 8) -> list[Result]:
        return self.index(locale).search(query, limit)

    def _index(self, locale: str) -> SearchIndex:
        return SearchIndex.of(self._entries(locale))

    def _entries(self, locale: str) -> Iterator[Entry]:
        content, presenter = self.presenter.content, self.presenter
        languages = dict.fromkeys([locale, content.site.source_language])
        names = {language: presenter.names(language) for language in languages}
        shown = names[locale]
        for service in content.services.values():
            destination = content.places.get(service.destination)
            words = [text for language in languages for text in (
                names[language].service_name(service), *_listed(names[language].optional(service, "search_words")))]
            yield Entry(CONCERN, service.id, shown.service_name(service), tuple(words),
                        (destination.room,) if destination is not None and destination.room else (), _RANKS[CONCERN])
        for place in content.places.values():
            words = [name for language in languages if (name := names[language].place_name(place))]
            if words or place.room:
                yield Entry(PLACE, place.id, presenter.place_label(place, locale), tuple(words),
                            (place.room,) if place.room else (), _RANKS[PLACE])
        for document in content.documents.values():
            yield Entry(DOCUMENT, document.id, shown.document_name(document),
                        tuple(names[language].document_name(document) for language in languages), (), _RANKS[DOCUMENT])


def _listed(words: str | None) -> list[str]:
    return [word.strip() for word in (words or "").replace("،", ",").split(",") if word.strip()]
