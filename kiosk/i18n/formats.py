"""How a locale writes opening hours, dates and lists, from CLDR through Babel."""
from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Sequence

from babel.dates import format_date, format_interval, get_day_names
from babel.lists import format_list

from kiosk.i18n.locales import babel_locale

if TYPE_CHECKING:
    from kiosk.content.model import WeeklyHours


def format_days(first: int, last: int, code: str) -> str:
    """"Monday", or "Monday – Friday" in the locale's own interval pattern (0 = Monday)."""
    locale = babel_locale(code)
    names = get_day_names("wide", locale=locale)
    if first == last:
        text = names[first]
    else:
        text = locale.interval_formats.get(None, "{0} – {1}").replace("{0}", names[first]).replace("{1}", names[last])
    return text[:1].upper() + text[1:]  # the days start a line


def format_times(intervals: Sequence[tuple[time, time]], code: str) -> str:
    """"08:00–12:00 and 13:00–18:00" in the locale's own time-interval and list patterns."""
    locale = babel_locale(code)
    return format_list([format_interval(start, end, "Hm", locale=locale) for start, end in intervals],
                       locale=locale)


def weekly_lines(hours: WeeklyHours, code: str, closed: str | None = None) -> list[tuple[str, str]]:
    """Opening hours as (days, times) lines, consecutive days with the same times together; closed days with the
    word ``closed``, or left out without one."""
    lines: list[tuple[str, str]] = []
    day = 0
    while day < 7:
        intervals = hours.day(day)
        last = day
        while last + 1 < 7 and hours.day(last + 1) == intervals:
            last += 1
        if intervals or closed:
            lines.append((format_days(day, last, code), format_times(intervals, code) if intervals else closed))
        day = last + 1
    return lines


def format_long_date(day: date, code: str) -> str:
    return format_date(day, "full", locale=babel_locale(code))


def format_items(items: Sequence[str], code: str, *, alternatives: bool = False) -> str:
    """"passport, photo and form", or with ``alternatives`` "… or …"."""
    return format_list(list(items), style="or" if alternatives else "standard", locale=babel_locale(code))
