"""Builds the view of each screen from content, routes and catalogs, for one kiosk."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from babel.numbers import format_currency

from kiosk.calendar import Calendar, LocalClosure, closed_at, local_now, notices_in_force
from kiosk.content import Content
from kiosk.content.model import AppointmentRule, Place, Service
from kiosk.i18n.content_text import ContentText
from kiosk.i18n.locales import babel_locale, locale_facts
from kiosk.messages import glued_to_numbers
from kiosk.i18n.steps import sentences
from kiosk.i18n.visitor import VisitorTranslations, visitor_translations
from kiosk.messages import Translator, isolate
from kiosk.paths import TRANSLATIONS_DIR
from kiosk.routing import Profile, Route, Routes
from kiosk.routing.closures import RoutesByClosure
from kiosk.routing.steps import (
    ArriveStep, DoorStep, EscalatorStep, HereStep, LandmarkStep, LiftStep, RampStep, Side, StairsStep, StartStep, Step,
    Turn, Vertical, WalkStep, ZoneStep,
)
from kiosk.views import texts
from kiosk.views.floor_map import floor_map
from kiosk.views.hours import hours_note, hours_owner, today_line
from kiosk.views.information import information_view
from kiosk.views.notices import no_step_free_way, notice_text, shown_for, shown_on_the_way
from kiosk.views.take_along import take_along_payload
from kiosk.views.tiles import search_tile, service_tile
from kiosk.views.models import (
    CategoryView, Chrome, ConcernsView, FloorMap, IdleView, InformationView, ServiceView, StepItem,
    Tile,
)
from kiosk.views.welcome import LanguageChoice, WelcomeView

_TURN_PICTOGRAMS = {Turn.STRAIGHT: "step-straight", Turn.SLIGHT_LEFT: "step-slight-left", Turn.LEFT: "step-left",
                    Turn.SHARP_LEFT: "step-sharp-left", Turn.SLIGHT_RIGHT: "step-slight-right",
                    Turn.RIGHT: "step-right", Turn.SHARP_RIGHT: "step-sharp-right",
                    Turn.TURN_AROUND: "step-turn-around"}
_START_PICTOGRAMS = {Side.AHEAD: "step-straight", Side.LEFT: "step-left", Side.RIGHT: "step-right",
                     Side.BEHIND: "step-turn-around"}


def pictogram(step: Step) -> str:
    match step:
        case StartStep(direction, _):
            return _START_PICTOGRAMS[direction]
        case WalkStep(turn, _) | RampStep(turn, _):
            return "step-ramp" if isinstance(step, RampStep) else _TURN_PICTOGRAMS[turn]
        case DoorStep():
            return "step-door"
        case StairsStep(vertical, _, _):
            return "step-stairs-up" if vertical is Vertical.UP else "step-stairs-down"
        case EscalatorStep():
            return "step-escalator"
        case LiftStep():
            return "step-lift"
        case ZoneStep():
            return "step-zone"
        case LandmarkStep():
            return "step-landmark"
        case ArriveStep() | HereStep():
            return "step-arrive"
    raise TypeError(f"no pictogram for {step!r}")


class Presenter:
    """One kiosk's screens; built again whenever new content is loaded."""

    def __init__(self, content: Content, routes: Routes, kiosk: str, translations: Path = TRANSLATIONS_DIR,
                 clock: Callable[[], datetime] = local_now) -> None:
        """``routes``: the building's ways with nothing closed; ``clock``: the site's wall-clock time now, which
        decides the notices in force, what they close and which day's hours hold."""
        self.content, self.routes, self.translations, self.clock = content, routes, translations, clock
        self.kiosk = content.kiosks[kiosk]
        self.calendar = Calendar(content)
        self._translations = lru_cache(maxsize=None)(self._load_translations)
        self._ways = RoutesByClosure(routes)
        # What staff closed on this kiosk from the staff panel (``kiosk.ui.staff``), beside the notices.
        self.local_closures: tuple[LocalClosure, ...] = ()

    def routes_at(self, moment: datetime) -> Routes:
        """The ways without what is closed at ``moment``; the kiosk asks each minute, off the UI thread."""
        return self._ways.with_closed(closed_at(self.content, moment, self.local_closures))

    def notices(self, locale: str, moment: datetime, *, where: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """The notices in force at ``moment`` for everyone, or for one of ``where`` (a concern, places, floors)."""
        names, say = self.names(locale), self.say(locale)
        return tuple(notice_text(notice, names, say, locale) for notice in notices_in_force(self.content, moment)
                     if shown_for(notice, where))

    def _load_translations(self, locale: str) -> VisitorTranslations:
        return visitor_translations(self.content.site, locale, self.translations)

    def preload(self) -> None:
        """Read every language's catalogs now: a presenter made for a live update then never reads them again, so
        content and catalogs stay the set that was checked together."""
        for locale in self.content.site.languages:
            self._translations(locale)

    def say(self, locale: str):
        return self._translations(locale).ui

    def names(self, locale: str) -> ContentText:
        return ContentText(self._translations(locale).content)

    def welcome(self) -> WelcomeView:
        languages = tuple(LanguageChoice(code, locale_facts(code).endonym, locale_facts(code).right_to_left)
                          for code in self.content.site.languages)
        greetings = tuple((code, texts.GREETING.render(self.say(code))) for code in self.content.site.languages)
        return WelcomeView(greetings, languages)

    def chrome(self, locale: str) -> Chrome:
        say = self.say(locale)
        return Chrome(locale, locale_facts(locale).right_to_left, texts.HOME.render(say), texts.BACK.render(say),
                      texts.LANGUAGE.render(say), texts.SEARCH.render(say), texts.STEP_FREE.render(say), texts.LARGER_TEXT.render(say),
                      texts.INFORMATION.render(say), texts.READ_ALOUD.render(say), texts.NO_VOICE.render(say))

    def idle(self, locale: str) -> IdleView:
        say = self.say(locale)
        countdown = glued_to_numbers(texts.IDLE_COUNTDOWN.template(say), ["seconds"])  # "30 Sekunden" stays whole
        return IdleView(texts.IDLE_TITLE.render(say), countdown, texts.CONTINUE.render(say))

    def concerns(self, locale: str, *, concern_vanished: bool = False) -> ConcernsView:
        """The topics; ``concern_vanished`` when new content took away the concern the visitor was reading."""
        names, say = self.names(locale), self.say(locale)
        tiles = [Tile("category", category.id, names.category_name(category),
                      self.content.folder / category.icon) for category in self.content.categories_in_order()]
        tiles += [*(service_tile(self.content, self.content.services[service_id], names)
                    for service_id in self.content.site.shortcuts), search_tile(say)]
        return ConcernsView(texts.CONCERNS_TITLE.render(say), tuple(tiles),
                            texts.CONCERN_CHANGED.render(say) if concern_vanished else "",
                            self.notices(locale, self.clock()))

    def category(self, locale: str, category_id: str) -> CategoryView:
        names = self.names(locale)
        category = self.content.categories[category_id]
        services = tuple(service_tile(self.content, service, names) for service in self.content.services_in(category_id))
        return CategoryView(names.category_name(category), texts.CATEGORY_TITLE.render(self.say(locale)), services)

    def service(self, locale: str, service_id: str, *, step_free: bool, today: date | None = None) -> ServiceView:
        say, names = self.say(locale), self.names(locale)
        service = self.content.services[service_id]
        destination = self.content.places[service.destination]
        floor = self.content.floors[destination.floor]
        zone = self.content.zones.get(destination.zone) if destination.zone else None
        now = self.clock()
        routes = self.routes_at(now)
        route = routes.route(self.kiosk.id, destination.id, Profile.STEP_FREE if step_free else Profile.DEFAULT)
        notice = None
        if step_free:
            ask = self._place_label(self.content.places[service.ask or self.content.site.service_point], names, say)
            notice = (texts.STEP_FREE_SHOWN.render(say) if route is not None else
                      no_step_free_way(self, destination, ask, now, locale))
        steps = self._steps(route, locale) if route is not None else ()
        documents = tuple((names.document_name(document), names.optional(document, "description"))
                          for document in (self.content.documents[item] for item in service.documents))
        fees = tuple(self._fee(service, index, locale, names) for index in range(len(service.fees)))
        notes = tuple(names.text(service, "notes", index) for index in range(len(service.notes)))
        hours = hours_owner(self.content, service)
        today = today or now.date()
        booking_url = service.appointment.booking_url if service.appointment.rule is not AppointmentRule.NONE else None
        view = ServiceView(
            service=service.id, title=names.service_name(service),
            summary=names.text(service, "summary"),
            room_heading=texts.ROOM.render(say) if destination.room else "",
            room=destination.room or self._place_label(destination, names, say),
            floor=names.floor_label(floor),  # the building's name of it says it is a floor ("3rd floor")
            zone=texts.ZONE(zone=names.zone_name(zone)).render(say, isolated=True) if zone else None,
            zone_color=zone.color if zone else None,
            appointment=self._appointment(service, locale, names),
            way_heading=texts.WAY.render(say), step_free_notice=notice, steps=steps,
            maps=self._maps(route, names, say) if route is not None else (),
            documents_heading=texts.DOCUMENTS.render(say), documents=documents,
            fees_heading=texts.FEES.render(say), fees=fees, notes=notes,
            hours_heading=texts.HOURS_TODAY.render(say), hours_note=hours_note(hours, names),
            hours_today=today_line(self.calendar, hours, locale, today, say, names),
            take_along=texts.TAKE_ALONG.render(say), qr_payload="",
            booking_code=texts.BOOKING_CODE.render(say) if booking_url else "", booking_url=booking_url,
            notices=self.notices(locale, now, where=shown_on_the_way(self.content, service, route)),
            floor_ordinal=floor.ordinal)
        payload = take_along_payload(self.content.site.phone_pages_url, self.kiosk.id, locale, view, step_free,
                                     self.say(locale))
        return replace(view, qr_payload=payload)

    def take_along_payloads(self) -> Iterator[str]:
        """What every QR code this kiosk can show holds, each once: the concern's code in every language, with and
        without stairs, and the booking links. Lazily, one Service view at a time (about 1 ms each)."""
        seen: set[str] = set()
        for locale in self.content.site.languages:
            for service_id in self.content.services:
                for step_free in (False, True):
                    view = self.service(locale, service_id, step_free=step_free)
                    for payload in (view.qr_payload, view.booking_url):
                        if payload and payload not in seen:
                            seen.add(payload)
                            yield payload

    def place_label(self, place: Place, locale: str) -> str:
        return self._place_label(place, self.names(locale), self.say(locale))

    def _place_label(self, place: Place, names: ContentText, say: Translator) -> str:
        """Its name, else what kind of place it is (never its id), with its room number where it has one."""
        name = names.place_name(place) or texts.PLACE_KINDS[place.kind].render(say)
        return f"{name} ({place.room})" if place.room else name

    def _appointment(self, service: Service, locale: str, names: ContentText) -> str:
        say = self.say(locale)
        lines = [texts.APPOINTMENT[service.appointment.rule].render(say)]
        if service.appointment.note:
            lines.append(names.text(service, "appointment", "note"))
        if service.appointment.booking_url:
            lines.append(texts.BOOK_ONLINE(address=service.appointment.booking_url).render(say, isolated=True))
        return "\n".join(lines)

    def _fee(self, service: Service, index: int, locale: str, names: ContentText) -> str:
        fee = service.fees[index]
        amount = isolate(format_currency(fee.amount, fee.currency, locale=babel_locale(locale)))
        if not fee.label:
            return amount
        return f"{names.text(service, 'fees', index, 'label')}: {amount}"

    def _steps(self, route: Route, locale: str) -> tuple[StepItem, ...]:
        visitor = self._translations(locale)
        said = sentences(route.steps, self.content, visitor.ui, visitor.content)
        floor = self.content.places[self.kiosk.place].floor
        items = []
        for number, (step, text) in enumerate(zip(route.steps, said), start=1):
            items.append(StepItem(number, text, pictogram(step), floor))
            if isinstance(step, (LiftStep, StairsStep, EscalatorStep)):
                floor = step.floor
        return tuple(items)

    def _maps(self, route: Route, names: ContentText, say: Translator) -> tuple[FloorMap, ...]:
        floors = route.floors or (self.content.places[route.target].floor,)  # at the destination: its floor
        return tuple(floor_map(self.content, self.kiosk, floor_id, route, names, say) for floor_id in floors)

    def information(self, locale: str, service_id: str = "", today: date | None = None) -> InformationView:
        """The office's week (with the coming week's holidays and special days), contacts and address; coming
        from a concern with hours of its own, those too."""
        return information_view(self, locale, service_id, today)
