"""Notices as visitors read them: which ones a screen shows, their end, and what a closure means for the way
without stairs."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from babel.dates import format_datetime

from kiosk.calendar import closures_at
from kiosk.content import Content
from kiosk.content.model import EVERYWHERE, Notice, Place, Service
from kiosk.i18n.content_text import ContentText
from kiosk.i18n.formats import format_items, format_long_date
from kiosk.i18n.locales import babel_locale
from kiosk.messages import Translator
from kiosk.routing import Profile, Route
from kiosk.views import texts

if TYPE_CHECKING:
    from kiosk.views.presenter import Presenter


def shown_for(notice: Notice, where: frozenset[str]) -> bool:
    return notice.shows == EVERYWHERE or notice.shows in where


def shown_on_the_way(content: Content, service: Service, route: Route | None) -> frozenset[str]:
    """What a notice may be shown for on a concern's screen: the concern, its room and floor, the places and floors
    walked."""
    walked = {leg.end.id for leg in route.legs} | {leg.end.floor for leg in route.legs} if route else set()
    destination = content.places[service.destination]
    return frozenset({service.id, destination.id, destination.floor, *walked})


def notice_text(notice: Notice, names: ContentText, say: Translator, locale: str) -> str:
    """Its text in the visitor's language, with the last day it holds where it has one."""
    text, until = names.text(notice, "text"), until_text(notice, locale)
    return f"{text} {texts.NOTICE_UNTIL(until=until).render(say, isolated=True)}" if until else text


def until_text(notice: Notice, locale: str) -> str | None:
    """The last day (or the moment) it holds, in the visitor's way of writing dates."""
    return _until(notice.until, locale)


def _until(until: date | datetime | None, locale: str) -> str | None:
    if isinstance(until, datetime):
        return format_datetime(until, "medium", locale=babel_locale(locale))
    return format_long_date(until, locale) if isinstance(until, date) else None


def no_step_free_way(presenter: Presenter, destination: Place, ask: str, moment: datetime, locale: str) -> str:
    """Where the notices in force closed the way without stairs: what, until when, and where to ask; else that
    the building has none."""
    say = presenter.say(locale)
    kiosk = presenter.kiosk.id
    closures = closures_at(presenter.content, moment, presenter.local_closures)
    if not closures or not presenter.routes.reaches(kiosk, destination.id, Profile.STEP_FREE):
        return texts.NO_STEP_FREE_WAY(place=ask).render(say, isolated=True)
    closed = format_items(sorted({_label(presenter, closure.target, locale) for closure in closures}), locale)
    ends = [_until(closure.until, locale) for closure in closures]
    if None in ends or len(set(ends)) != 1:
        return texts.NO_STEP_FREE_WAY_NOW(closed=closed, place=ask).render(say, isolated=True)
    return texts.NO_STEP_FREE_WAY_UNTIL(closed=closed, until=ends[0], place=ask).render(say, isolated=True)


def _label(presenter: Presenter, target: str, locale: str) -> str:
    """A closed place by its name (its kind where it has none), a closed connection by the places it joins."""
    content = presenter.content
    if target in content.places:
        return presenter.place_label(content.places[target], locale)
    connection = next(connection for connection in content.connections if connection.id == target)
    return " – ".join(presenter.place_label(content.places[end], locale) for end in (connection.from_, connection.to))
