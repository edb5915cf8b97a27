"""Checks across entries and files: references, languages, building logic, file paths.

Reachability (every place and destination from every kiosk) needs the route graph and lives in
``kiosk.routing.checks``; ``kiosk.site.load`` runs both.
"""
from __future__ import annotations

from itertools import islice
from typing import Container, Iterator, Mapping

from babel import Locale, UnknownLocaleError

from kiosk.content.content import Content
from kiosk.content.model import MAX_ENTRIES, SECTION_KINDS, ConnectionType
from kiosk.content.file_checks import check_files
from kiosk.content.notice_checks import check_notices
from kiosk.content.problems import Location, Problem, Severity
from kiosk.content.suggest import Suggestions
from kiosk.language_codes import MODIFIER, OWN_LANGUAGE_NAMES, base_language
from kiosk.messages import S_

DANGLING = S_("content problem", "There is no {kind} with the id \"{id}\".")
UNANSWERED = S_("content problem", "Entries named elsewhere in the site are not found ({count} in all, such as "
                                   "{examples}); this file may define them, but it could not be read.")
HINT_UNANSWERED = S_("content hint", "Fix this file's errors first; the references are checked again then.")
UNANSWERED_EXAMPLES = 3
UNKNOWN_LANGUAGE = S_("content problem", "\"{code}\" is not a language known to the kiosk.")
HINT_UNKNOWN_LANGUAGE = S_("content hint", "Use a CLDR code such as \"fa_AF\" for Dari or \"ckb\" for Sorani.")
SOURCE_NOT_OFFERED = S_("content problem", "The source language \"{code}\" is not among the offered languages.")
HINT_SOURCE_NOT_OFFERED = S_("content hint", "Add it to \"languages\".")
LANGUAGE_TWICE = S_("content problem", "The language \"{code}\" is listed twice.")
HINT_LANGUAGE_TWICE = S_("content hint", "Keep it once, where it should appear on the screen.")
FALLBACK_NOT_OFFERED = S_("content problem", "Fallbacks are given for \"{code}\", which is not offered.")
HINT_FALLBACK_NOT_OFFERED = S_("content hint", "Add it to \"languages\" or remove its fallbacks.")
FALLBACK_TO_ITSELF = S_("content problem", "\"{code}\" falls back to itself.")
HINT_FALLBACK_TO_ITSELF = S_("content hint", "List only other languages as its fallbacks.")
FLOOR_ORDINAL_TWICE = S_("content problem", "The floors \"{first}\" and \"{second}\" both have ordinal {ordinal}.")
HINT_FLOOR_ORDINAL = S_("content hint", "Give each floor its own ordinal: 0 ground floor, 1 the one above, …")
CONNECTS_ITSELF = S_("content problem", "The connection leads from \"{id}\" to itself.")
HINT_CONNECTS_ITSELF = S_("content hint", "Connect two different places.")
MUST_CHANGE_FLOOR = S_("content problem", "A {type} connection must join places on different floors.")
HINT_MUST_CHANGE_FLOOR = S_("content hint", "Use type: walk or door within a floor.")
MUST_STAY_ON_FLOOR = S_("content problem", "A {type} connection joins places on different floors.")
HINT_MUST_STAY_ON_FLOOR = S_("content hint", "Use stairs, escalator or elevator between floors, or fix a place's floor.")
STEPS_NOT_STEP_FREE = S_("content problem", "A {type} connection cannot be step-free.")
HINT_STEPS_NOT_STEP_FREE = S_("content hint", "Remove \"step_free: true\"; use a lift or ramp for step-free routes.")
TOO_MANY_ENTRIES = S_("content problem", "\"{section}\" has {count} entries in the site's files together; at most "
                                         "{most} fit. This is the first beyond.")
HINT_TOO_MANY_ENTRIES = S_("content hint", "Remove entries no visitor needs, or describe a second building as a site "
                                           "of its own.")
KIOSK_ID_TWICE = S_("content problem", "The kiosk id \"{id}\" is used twice.")
HINT_KIOSK_ID_TWICE = S_("content hint", "Give each kiosk its own id.")

# Fallbacks a reader of the language would find unreadable or hurtful: Kurdish readers are not sent to the
# languages of the states whose schools suppressed Kurdish.
UNSUITABLE_FALLBACKS = {"ku": {"ar", "fa", "tr"}, "ckb": {"ar", "fa", "tr"}}
UNSUITABLE_FALLBACK = S_("content problem", "\"{code}\" should not fall back to \"{fallback}\".")
HINT_UNSUITABLE_FALLBACK = S_("content hint", "Fall back to English (en) instead; German always comes last.")


def check_content(content: Content, broken: frozenset[str] = frozenset(),
                  unreadable: tuple[Location, ...] = ()) -> list[Problem]:
    """Problems across entries; ``broken`` names entries (``place/x``) left out for their own errors, which
    references may still name without a second complaint; ``unreadable`` where each file that could not be used
    at all gave up."""
    suggest = Suggestions()
    return [*_sizes(content), *_References(content, broken, unreadable, suggest).all(), *_languages(content),
            *_floors(content), *_connections(content), *check_files(content), *check_notices(content, suggest)]


def _sizes(content: Content) -> Iterator[Problem]:
    for section, most in MAX_ENTRIES.items():
        if section == "connections":
            count, first_beyond = len(content.connections), f"connection/{most}"
        else:
            entries: Mapping[str, object] = getattr(content, section)
            count = len(entries)
            first_beyond = f"{SECTION_KINDS[section]}/{next(islice(entries, most, None), '')}"
        if count > most:
            yield Problem(content.locate(first_beyond), TOO_MANY_ENTRIES(section=section, count=count, most=most),
                          HINT_TOO_MANY_ENTRIES())


class _References:
    """Every reference by id to another entry. An entry left out for its own errors (``broken``) is not complained
    of again; while a file could not be read at all (``unreadable``), the references it may have answered become
    one note at that file instead of an error each, which would only send staff looking in the wrong places."""

    def __init__(self, content: Content, broken: frozenset[str], unreadable: tuple[Location, ...],
                 suggest: Suggestions) -> None:
        self.content, self.broken, self.unreadable, self.suggest = content, broken, unreadable, suggest
        self.unanswered: list[str] = []

    def check(self, key: str, fields: tuple[str | int, ...], kind: str, target: str | None,
              known: Container[str]) -> Iterator[Problem]:
        if target is None or target in known or f"{kind}/{target}" in self.broken:
            return
        if self.unreadable:
            self.unanswered.append(f"{kind} \"{target}\"")
            return
        yield Problem(self.content.locate(key, *fields), DANGLING(kind=kind, id=target),
                      self.suggest(target, known))  # type: ignore[arg-type]

    def all(self) -> Iterator[Problem]:
        yield from self._all()
        if self.unanswered:
            examples = ", ".join(dict.fromkeys(self.unanswered[:UNANSWERED_EXAMPLES]))
            yield Problem(self.unreadable[0], UNANSWERED(count=len(self.unanswered), examples=examples),
                          HINT_UNANSWERED(), Severity.WARNING)

    def _all(self) -> Iterator[Problem]:
        content, check = self.content, self.check
        places, floors, site = content.places, content.floors, content.site
        yield from check("site", ("service_point",), "place", site.service_point, places)
        for index, shortcut in enumerate(site.shortcuts):
            yield from check("site", ("shortcuts", index), "service", shortcut, content.services)
        seen_kiosks: set[str] = set()
        for index, kiosk in enumerate(site.kiosks):
            if kiosk.id in seen_kiosks:
                yield Problem(content.locate("site", "kiosks", index, "id"), KIOSK_ID_TWICE(id=kiosk.id),
                              HINT_KIOSK_ID_TWICE())
            seen_kiosks.add(kiosk.id)
            yield from check("site", ("kiosks", index, "place"), "place", kiosk.place, places)
        for place in places.values():
            key = f"place/{place.id}"
            yield from check(key, ("floor",), "floor", place.floor, floors)
            yield from check(key, ("zone",), "zone", place.zone, content.zones)
        for index, connection in enumerate(content.connections):
            key = f"connection/{index}"
            yield from check(key, ("from",), "place", connection.from_, places)
            yield from check(key, ("to",), "place", connection.to, places)
        for service in content.services.values():
            key = f"service/{service.id}"
            yield from check(key, ("category",), "category", service.category, content.categories)
            yield from check(key, ("destination",), "place", service.destination, places)
            yield from check(key, ("ask",), "place", service.ask, places)
            for index, document in enumerate(service.documents):
                yield from check(key, ("documents", index), "document", document, content.documents)


def _languages(content: Content) -> Iterator[Problem]:
    site = content.site
    offered = set(site.languages)
    for index, code in enumerate(site.languages):
        if not _known_locale(code):
            hint = HINT_UNKNOWN_LANGUAGE()
            yield Problem(content.locate("site", "languages", index), UNKNOWN_LANGUAGE(code=code), hint)
        if code in site.languages[:index]:
            yield Problem(content.locate("site", "languages", index), LANGUAGE_TWICE(code=code), HINT_LANGUAGE_TWICE())
    if site.source_language not in offered:
        yield Problem(content.locate("site", "source_language"), SOURCE_NOT_OFFERED(code=site.source_language),
                      HINT_SOURCE_NOT_OFFERED())
    for code, chain in site.fallbacks.items():
        if code not in offered:
            yield Problem(content.locate("site", "fallbacks", code), FALLBACK_NOT_OFFERED(code=code),
                          HINT_FALLBACK_NOT_OFFERED())
        for index, fallback in enumerate(chain):
            if fallback == code:
                yield Problem(content.locate("site", "fallbacks", code, index), FALLBACK_TO_ITSELF(code=code),
                              HINT_FALLBACK_TO_ITSELF())
            elif base_language(fallback) in UNSUITABLE_FALLBACKS.get(code, set()):
                yield Problem(content.locate("site", "fallbacks", code, index),
                              UNSUITABLE_FALLBACK(code=code, fallback=fallback), HINT_UNSUITABLE_FALLBACK())
            elif not _known_locale(fallback):
                yield Problem(content.locate("site", "fallbacks", code, index), UNKNOWN_LANGUAGE(code=fallback),
                              HINT_UNKNOWN_LANGUAGE())


def _known_locale(code: str) -> bool:
    """A CLDR locale, or a language of its own the kiosk names (``de@easy``); Babel would take any modifier."""
    if MODIFIER in code:
        return code in OWN_LANGUAGE_NAMES
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def _floors(content: Content) -> Iterator[Problem]:
    by_ordinal: dict[int, str] = {}
    for floor in content.floors.values():
        if floor.ordinal in by_ordinal:
            yield Problem(content.locate(f"floor/{floor.id}", "ordinal"),
                          FLOOR_ORDINAL_TWICE(first=by_ordinal[floor.ordinal], second=floor.id, ordinal=floor.ordinal),
                          HINT_FLOOR_ORDINAL())
        by_ordinal.setdefault(floor.ordinal, floor.id)


def _connections(content: Content) -> Iterator[Problem]:
    places = content.places
    for index, connection in enumerate(content.connections):
        key = f"connection/{index}"
        kind = connection.type.value
        if connection.from_ == connection.to:
            yield Problem(content.locate(key, "to"), CONNECTS_ITSELF(id=connection.to), HINT_CONNECTS_ITSELF())
            continue
        if connection.type.has_steps and connection.step_free:
            yield Problem(content.locate(key, "step_free"), STEPS_NOT_STEP_FREE(type=kind), HINT_STEPS_NOT_STEP_FREE())
        if connection.from_ not in places or connection.to not in places:
            continue
        same_floor = places[connection.from_].floor == places[connection.to].floor
        if connection.type.changes_floor and same_floor:
            yield Problem(content.locate(key, "type"), MUST_CHANGE_FLOOR(type=kind), HINT_MUST_CHANGE_FLOOR())
        elif connection.type in (ConnectionType.WALK, ConnectionType.DOOR) and not same_floor:
            yield Problem(content.locate(key, "type"), MUST_STAY_ON_FLOOR(type=kind), HINT_MUST_STAY_ON_FLOOR())
