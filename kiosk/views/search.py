"""What a visitor can search for at this site, in their language and in German at once.

Concerns are found by their name, their search words (German ones from the content, each language's own from
its catalog, added by translators) and the room they lead to; places by their name and room number; documents by
their name. A query in German finds the concern while the screen speaks Arabic, since many visitors carry a
German letter. The index is built per language once per presenter, on first use.
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Iterator
from weakref import WeakKeyDictionary, proxy

from kiosk.search import keyboards
from kiosk.search.index import Entry, Result, SearchIndex
from kiosk.views import texts
from kiosk.views.models import KeyboardChoice, SearchView
from kiosk.views.tiles import service_tile

if TYPE_CHECKING:
    from kiosk.views.presenter import Presenter

RESULTS_SHOWN = 8

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


_SEARCHES: WeakKeyDictionary[Presenter, SiteSearch] = WeakKeyDictionary()


def search_view(presenter: Presenter, locale: str, query: str) -> SearchView:
    """The search screen for ``query``: the concerns found, best first. A place or a document found stands for
    the concerns that lead there or need it, so every result is a concern the visitor can open."""
    search = _SEARCHES.get(presenter)
    if search is None:  # by a proxy: the search must not keep a presenter of replaced content alive
        search = _SEARCHES[presenter] = SiteSearch(proxy(presenter))
    say, names, content = presenter.say(locale), presenter.names(locale), presenter.content
    found: dict[str, None] = {}
    for result in search.search(query, locale, limit=RESULTS_SHOWN * 2):
        if result.kind == CONCERN:
            found[result.id] = None
        for service in content.services.values():
            if (result.kind == PLACE and service.destination == result.id) or \
                    (result.kind == DOCUMENT and result.id in service.documents):
                found[service.id] = None
    results = tuple(service_tile(content, content.services[service_id], names) for service_id in list(found)[:RESULTS_SHOWN])
    note = texts.NOTHING_FOUND.render(say) if query.strip() and not results else ""
    choices = tuple(KeyboardChoice(layout, keyboards.label(layout)) for layout in keyboards.layouts_for(locale))
    return SearchView(texts.SEARCH.render(say), texts.SEARCH_PROMPT.render(say), query, results, note, choices)


def _listed(words: str | None) -> list[str]:
    return [word.strip() for word in (words or "").replace("،", ",").split(",") if word.strip()]
