"""Which notices hold at a moment, and what they close. Moments are the site's wall-clock time (Europe/Berlin),
without a zone, as staff write them in notices.yaml."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk.calendar.local import LocalClosure
from kiosk.clock import local_now
from kiosk.content import Content
from kiosk.content.model import Notice

__all__ = ["Closure", "closed_at", "closures_at", "local_now", "notices_in_force"]


def notices_in_force(content: Content, moment: datetime) -> tuple[Notice, ...]:
    return tuple(notice for notice in content.notices.values() if notice.in_force(moment))


@dataclass(frozen=True)
class Closure:
    """One place or connection closed now, and until when (as written: a whole date, a moment, or open)."""

    target: str
    until: date | datetime | None


def closures_at(content: Content, moment: datetime, local: tuple[LocalClosure, ...] = ()) -> tuple[Closure, ...]:
    """What the notices in force close, and what staff closed on this kiosk, at ``moment``."""
    return (*(Closure(target, notice.until) for notice in notices_in_force(content, moment) for target in notice.closes),
            *(Closure(closure.target, closure.until) for closure in local if closure.in_force(moment)))


def closed_at(content: Content, moment: datetime, local: tuple[LocalClosure, ...] = ()) -> frozenset[str]:
    """Ids of the places and connections nobody can use at ``moment``."""
    return frozenset(closure.target for closure in closures_at(content, moment, local))
