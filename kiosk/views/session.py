"""One visitor's session: what they chose and where they are, in pure Python.

The kiosk's screens follow this state and never keep their own: the idle reset is one call that forgets everything,
and what a live update does to a visitor (their concern removed, their language no longer offered) is decided here,
testable without a window. It reports what visitors choose to an observer (``kiosk.usage``), as plain events
with no visitor and no order in them.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection

from kiosk.usage import measures
from kiosk.usage.measures import Observer

WELCOME, CONCERNS, CATEGORY, SERVICE, INFORMATION, SEARCH = (
    "welcome", "concerns", "category", "service", "information", "search")


@dataclass
class Session:
    locale: str = ""
    category_id: str = ""
    service_id: str = ""
    step_free: bool = False
    large_text: bool = False
    screen: str = WELCOME
    history: list[str] = field(default_factory=list)
    concern_vanished: bool = False  # the concerns say why the visitor is back there, until they move on
    query: str = ""  # what the visitor typed into the search, kept nowhere else and forgotten at the reset
    concern_reached: bool = False  # for the idle reset's count: did this visitor see a concern?
    observer: Observer | None = field(default=None, repr=False, compare=False)  # kept by ``reset``

    def _report(self, measure: str, key: str = "") -> None:
        if self.observer is not None:
            self.observer(measure, key)

    def choose_language(self, locale: str) -> None:
        """From Welcome: on to the concerns, or back where the visitor was before they changed the language."""
        if self.screen == WELCOME:
            switched = bool(self.locale) or bool(self.history)
            self._report(measures.LANGUAGE_SWITCH if switched else measures.VISITS, locale)
        self.locale = locale
        if self.screen == WELCOME:
            self.screen = self.history.pop() if self.history else CONCERNS

    def open_category(self, category_id: str) -> None:
        self.category_id = category_id
        self._report(measures.TOPIC, category_id)
        self.show(CATEGORY)

    def open_service(self, service_id: str) -> None:
        self.service_id = service_id
        self.concern_reached = True
        self._report(measures.CONCERN, service_id)
        if self.screen == SEARCH:
            self._report(measures.SEARCH_RESULT, service_id)  # what was found, never what was typed
        self.show(SERVICE)

    def open_tile(self, kind: str, tile_id: str) -> None:
        """A tile tapped: a topic, a concern, or the search."""
        if kind == "category":
            self.open_category(tile_id)
        elif kind == "search":
            self.open_search()
        else:
            self.open_service(tile_id)

    def open_search(self) -> None:
        """A new search starts empty: what the visitor typed before is theirs, not the screen's."""
        self.query = ""
        self._report(measures.SEARCH)
        self.show(SEARCH)

    def type_query(self, query: str) -> None:
        self.query = query

    def show(self, screen: str) -> None:
        """Go to ``screen``; "Back" returns to the screen shown now (Welcome and the same screen are not kept)."""
        if not self.locale:
            return  # the idle reset came first: the visitor is back at the languages
        if self.screen not in (WELCOME, screen):
            self.history.append(self.screen)
        self.screen = screen
        self.concern_vanished = False

    def go_back(self) -> None:
        if self.history:
            self.screen = self.history.pop()
            self.concern_vanished = False

    def change_language(self) -> None:
        """To the languages, keeping everything: choosing one returns to where the visitor was."""
        self.history.append(self.screen)
        self.screen = WELCOME

    def toggle_step_free(self) -> None:
        self.step_free = not self.step_free
        if self.step_free:
            self._report(measures.STEP_FREE)

    def toggle_large_text(self) -> None:
        self.large_text = not self.large_text
        if self.large_text:
            self._report(measures.LARGE_TEXT)

    def reset(self) -> None:
        """Forget everything the last visitor chose: the next one starts at the languages."""
        self.__init__(observer=self.observer)  # type: ignore[misc]

    def time_out(self) -> None:
        """The idle reset: counted, with or without a concern reached, for a visitor who had chosen a language."""
        if self.locale:
            self._report(measures.IDLE_RESET, measures.WITH_CONCERN if self.concern_reached else
                         measures.WITHOUT_CONCERN)
        self.reset()

    def content_changed(self, languages: Collection[str], services: Collection[str],
                        categories: Collection[str]) -> None:
        """New content went live: a visitor stays where they are if what they chose still exists. One whose
        language is gone starts again; one whose concern or topic is gone (on screen or behind "Back") is back at
        the concerns, told why (on Welcome, choosing a language, they simply get there next)."""
        if not self.locale:
            return
        if self.locale not in languages:
            self.reset()
            return
        in_use = {self.screen, *self.history}
        vanished = (SERVICE in in_use and self.service_id not in services) or \
            (CATEGORY in in_use and self.category_id not in categories)
        if not vanished:
            return
        self.service_id = self.category_id = ""
        self.history.clear()
        if self.screen != WELCOME:
            self.screen = CONCERNS
            self.concern_vanished = True
