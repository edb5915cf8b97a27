"""Opening hours as visitors read them: today's, the week's, and the note staff wrote beside them."""
from __future__ import annotations

from datetime import date

from kiosk.content import Content
from kiosk.content.model import Service, Site
from kiosk.i18n.content_text import ContentText
from kiosk.i18n.formats import format_times, weekly_lines
from kiosk.messages import Translator, isolate
from kiosk.views import texts


def hours_owner(content: Content, service: Service | None) -> Service | Site:
    """Whose hours apply: the concern's own (another office in the building), else the site's."""
    return service if service is not None and service.opening_hours is not None else content.site


def today_line(owner: Service | Site, locale: str, today: date, say: Translator) -> str:
    intervals = owner.opening_hours.day(today.weekday())  # type: ignore[union-attr]
    return isolate(format_times(intervals, locale)) if intervals else texts.CLOSED_TODAY.render(say)


def week_lines(owner: Service | Site, locale: str) -> tuple[tuple[str, str], ...]:
    """(days, times) lines, consecutive days with the same times together."""
    return tuple((days, isolate(times)) for days, times in weekly_lines(owner.opening_hours, locale))  # type: ignore[arg-type]


def hours_note(owner: Service | Site, names: ContentText) -> str | None:
    return names.optional(owner, "opening_hours", "note")
