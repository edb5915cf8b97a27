"""What the usage charts show, as plain numbers: visits per hour of the week, languages, concerns and give-ups,
each with counts under the threshold left out (as ``kiosk stats`` hides them), for ``kiosk stats --plot``."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from kiosk.usage import measures
from kiosk.usage.counter import HOUR_FORMAT, Bucket


@dataclass(frozen=True)
class UsageCharts:
    week_hours: tuple[tuple[int | None, ...], ...]  # 7 weekdays (Monday first) × 24 hours of visits; None: hidden
    languages: tuple[tuple[str, int], ...]  # most first; those under the threshold left out
    concerns: tuple[tuple[str, int], ...]  # the most frequent ``top``
    give_ups: tuple[tuple[str, int | None], ...]  # per day (YYYY-MM-DD): idle resets without a concern reached
    hidden: int  # how many bars and cells were left out for being under the threshold


def _shown(count: int, min_count: int) -> int | None:
    return count if count >= min_count else None


def usage_charts(counts: Counter[Bucket], min_count: int, top: int = 10) -> UsageCharts:
    week: Counter[tuple[int, int]] = Counter()
    by_measure: dict[str, Counter[str]] = {measures.VISITS: Counter(), measures.CONCERN: Counter()}
    give_ups: Counter[str] = Counter()
    for bucket, count in counts.items():
        if bucket.measure in by_measure:
            by_measure[bucket.measure][bucket.key] += count
        if bucket.measure == measures.VISITS:
            moment = datetime.strptime(bucket.hour, HOUR_FORMAT)
            week[moment.weekday(), moment.hour] += count
        elif bucket.measure == measures.IDLE_RESET and bucket.key == measures.WITHOUT_CONCERN:
            give_ups[bucket.hour[:10]] += count
    grid = tuple(tuple(_shown(week[day, hour], min_count) if week[day, hour] else 0 for hour in range(24))
                 for day in range(7))
    languages = tuple((key, count) for key, count in by_measure[measures.VISITS].most_common() if count >= min_count)
    concerns = tuple((key, count) for key, count in by_measure[measures.CONCERN].most_common()
                     if count >= min_count)[:top]
    days = tuple((day, _shown(count, min_count)) for day, count in sorted(give_ups.items()))
    hidden = sum(cell is None for row in grid for cell in row) + sum(count is None for _day, count in days)
    hidden += sum(count < min_count for counter in by_measure.values() for count in counter.values())
    return UsageCharts(grid, languages, concerns, days, hidden)
