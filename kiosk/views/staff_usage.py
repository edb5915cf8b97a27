"""What the staff panel's usage page shows: for the last 7 and 30 days, visits per hour of the week, languages,
concerns and give-ups, as fractions of each chart's largest value; counts under the threshold left out."""
from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.messages import S_, Translator
from kiosk.usage.charts import usage_charts
from kiosk.usage.counter import Bucket
from kiosk.usage.stats import DEFAULT_MIN_COUNT, select

TITLE = S_("staff usage", "Usage of this kiosk (anonymous hourly counts)")
LAST_DAYS = S_("staff usage", "The last {days} days")
WEEK = S_("staff usage", "Visits per hour of the week (darker: more)")
WEEKDAYS = S_("stats plot", "Mon Tue Wed Thu Fri Sat Sun")
LANGUAGES = S_("stats plot", "Visits by language")
CONCERNS = S_("stats plot", "Concerns shown (the most frequent)")
GIVE_UPS = S_("stats plot", "Give-ups per day (idle reset without a concern)")
HIDDEN = S_("staff usage", "Counts under {min_count} are left out ({hidden} of them).")
COUNTING_OFF = S_("staff usage", "Counting is off on this kiosk (kiosk config --count-usage on switches it on).")
NOTHING_YET = S_("staff usage", "Nothing counted in this time yet.")
BACK = S_("staff closures", "Back")
PERIODS = (7, 30)


@dataclass(frozen=True)
class Bars:
    title: str
    bars: tuple[tuple[str, int, float], ...]  # label, count, its share of the largest


@dataclass(frozen=True)
class PeriodView:
    heading: str
    week_title: str
    weekdays: tuple[str, ...]
    week: tuple[tuple[float | None, ...], ...]  # 7 × 24 shares of the busiest hour; None: left out
    charts: tuple[Bars, ...]
    note: str


@dataclass(frozen=True)
class UsagePanelView:
    title: str
    periods: tuple[PeriodView, ...]
    note: str  # counting off, or nothing
    back: str


def _bars(title: str, values: tuple[tuple[str, int], ...]) -> Bars:
    largest = max((count for _label, count in values), default=0) or 1
    return Bars(title, tuple((label, count, count / largest) for label, count in values))


@dataclass(frozen=True)
class Names:
    """What staff read instead of ids: concerns by their name in the content, languages in the staff's language;
    an id without a name is shown as it is."""

    concerns: Mapping[str, str]
    languages: Mapping[str, str]


def _named(names: Mapping[str, str], values: tuple[tuple[str, int], ...]) -> tuple[tuple[str, int], ...]:
    return tuple((names.get(key, key), count) for key, count in values)


def _period(counts: Counter[Bucket], today: date, days: int, min_count: int, say: Translator,
            names: Names) -> PeriodView:
    charts = usage_charts(select(counts, since=today - timedelta(days=days - 1), until=today), min_count)
    busiest = max((cell or 0 for row in charts.week_hours for cell in row), default=0) or 1
    week = tuple(tuple(None if cell is None else cell / busiest for cell in row) for row in charts.week_hours)
    give_ups = tuple((f"{day[8:10]}.{day[5:7]}.", count) for day, count in charts.give_ups if count is not None)
    note = HIDDEN(min_count=min_count, hidden=charts.hidden).render(say) if charts.languages or charts.hidden \
        else NOTHING_YET.render(say)
    return PeriodView(LAST_DAYS(days=days).render(say), WEEK.render(say), tuple(WEEKDAYS.render(say).split()), week,
                      (_bars(LANGUAGES.render(say), _named(names.languages, charts.languages)),
                       _bars(CONCERNS.render(say), _named(names.concerns, charts.concerns)),
                       _bars(GIVE_UPS.render(say), give_ups)), note)


def usage_panel_view(counts: Counter[Bucket] | None, today: date, say: Translator,
                     min_count: int = DEFAULT_MIN_COUNT, names: Names = Names({}, {})) -> UsagePanelView:
    """``counts``: this kiosk's of the last 30 days at least; None when counting is off."""
    if counts is None:
        return UsagePanelView(TITLE.render(say), (), COUNTING_OFF.render(say), BACK.render(say))
    return UsagePanelView(TITLE.render(say), tuple(_period(counts, today, days, min_count, say, names)
                                                   for days in PERIODS),
                          "", BACK.render(say))
