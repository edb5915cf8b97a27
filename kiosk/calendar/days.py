"""Which dates the office keeps differently from its week: the public holidays of its country and state (the
``holidays`` package: Saxony's Reformationstag and Buß- und Bettag included), and the special days staff wrote."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from functools import lru_cache

from kiosk.content import Content
from kiosk.content.model import HolidayRegion, Service, Site, SpecialDay

Intervals = tuple[tuple[time, time], ...]


@dataclass(frozen=True)
class DayException:
    """A date that is not like its weekday: a public holiday (``holiday``: its English name, as the catalogs know
    it) or a special day of the content (``special_day``); the hours that hold instead (none: closed)."""

    day: date
    hours: Intervals
    holiday: str | None = None
    special_day: SpecialDay | None = None


class Calendar:
    def __init__(self, content: Content) -> None:
        self.content = content
        self._holidays = _holiday_names(content.site.holidays) if content.site.holidays else None

    def exception(self, day: date) -> DayException | None:
        """What makes ``day`` different; a special day of the content wins over a public holiday (the office may
        open on one)."""
        special = self.content.special_days.get(day.isoformat())
        if special is not None:
            return DayException(day, special.hours, special_day=special)
        holiday = self._holidays(day.year).get(day) if self._holidays else None
        return DayException(day, (), holiday=holiday) if holiday else None

    def hours(self, owner: Service | Site, day: date) -> Intervals:
        """The opening intervals of ``owner`` (a concern with hours of its own, or the site) on ``day``."""
        exception = self.exception(day)
        if exception is not None:
            return exception.hours
        return owner.opening_hours.day(day.weekday())  # type: ignore[union-attr]


def _holiday_names(region: HolidayRegion):
    import holidays  # about 40 ms with its country tables: only for sites that name a region

    @lru_cache(maxsize=4)
    def of_year(year: int) -> dict[date, str]:
        # English names: the key the visitor catalogs translate (kiosk.views.texts.HOLIDAYS).
        found = holidays.country_holidays(region.country, subdiv=region.state, years=year, language="en_US")
        return dict(found.items())

    return of_year
