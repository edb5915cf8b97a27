"""Opening hours as visitors read them: today's, the week's, the dates of the coming week that differ (holidays,
special days), and the note staff wrote beside them."""
from __future__ import annotations

from datetime import date, time, timedelta
from typing import Sequence

from babel.dates import format_date

from kiosk.calendar import Calendar, DayException
from kiosk.content import Content
from kiosk.content.model import Service, Site
from kiosk.i18n.content_text import ContentText
from kiosk.i18n.formats import format_times, weekly_lines
from kiosk.i18n.locales import babel_locale, locale_facts
from kiosk.messages import Translator, isolate
from kiosk.views import texts

DAYS_AHEAD = 7


def hours_owner(content: Content, service: Service | None) -> Service | Site:
    """Whose hours apply: the concern's own (another office in the building), else the site's."""
    return service if service is not None and service.opening_hours is not None else content.site


def day_name(exception: DayException, names: ContentText, say: Translator) -> str:
    """A holiday's name in the visitor's language (the package's own name where the catalogs have none), or the
    special day's name as staff wrote it, translated."""
    if exception.special_day is not None:
        return names.text(exception.special_day, "name")
    message = texts.HOLIDAYS.get(exception.holiday or "")
    return message.render(say) if message is not None else exception.holiday or ""


def times_run(intervals: Sequence[tuple[time, time]], locale: str) -> str:
    """"08:00–12:00 and 13:00–18:00" as one isolate in the language's own direction, whatever its first letter.

    Set by its first strong letter, a single range (digits only) would read left to right and two ranges (joined by
    "و", "او", "اور") right to left, so rows of one table showed their times in opposite orders. In a right-to-left
    language every range now reads as the sentence does, the start read first at the right: the order that the
    Persian pattern "8:00 تا 12:00" has anyway, and that UAX #9 gives CLDR's "08:00–12:00" in a right-to-left
    paragraph (the dash between two numbers takes the paragraph's direction, N1)."""
    return isolate(format_times(intervals, locale), locale_facts(locale).direction)


def today_line(calendar: Calendar, owner: Service | Site, locale: str, today: date, say: Translator,
               names: ContentText) -> str:
    intervals = calendar.hours(owner, today)
    exception = calendar.exception(today)
    if exception is not None:
        day = day_name(exception, names, say)
        if not intervals:
            return texts.CLOSED_TODAY_FOR(day=day).render(say, isolated=True)
        return texts.HOURS_ON_DAY(hours=times_run(intervals, locale), day=day).render(say, isolated=True)
    return times_run(intervals, locale) if intervals else texts.CLOSED_TODAY.render(say)


def week_lines(owner: Service | Site, locale: str, say: Translator) -> tuple[tuple[str, str], ...]:
    """(days, times) lines, consecutive days with the same times together, closed days said to be closed: a day
    left out reads as forgotten."""
    closed = texts.CLOSED.render(say)
    direction = locale_facts(locale).direction
    return tuple((days, times if times == closed else isolate(times, direction))
                 for days, times in weekly_lines(owner.opening_hours, locale, closed))  # type: ignore[arg-type]


def dates_apart(calendar: Calendar, owner: Service | Site, locale: str, today: date, say: Translator,
                names: ContentText) -> tuple[tuple[str, str], ...]:
    """(date, hours) lines for the days from ``today`` on, a week ahead, that differ from their weekday."""
    lines = []
    for offset in range(DAYS_AHEAD):
        day = today + timedelta(days=offset)
        exception = calendar.exception(day)
        intervals = calendar.hours(owner, day)
        if exception is None or intervals == owner.opening_hours.day(day.weekday()):  # type: ignore[union-attr]
            continue  # a holiday on a day the office is closed anyway changes nothing
        name = day_name(exception, names, say)
        hours = (texts.HOURS_ON_DAY(hours=times_run(intervals, locale), day=name) if intervals
                 else texts.CLOSED_ON(day=name)).render(say, isolated=True)
        lines.append((isolate(format_date(day, "EEE d MMM", locale=babel_locale(locale))), hours))
    return tuple(lines)


def hours_note(owner: Service | Site, names: ContentText) -> str | None:
    return names.optional(owner, "opening_hours", "note")
