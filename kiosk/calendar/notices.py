"""Which notices hold at a moment, and what they close. Moments are the site's wall-clock time (Europe/Berlin),
without a zone, as staff write them in notices.yaml."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from kiosk.content import Content
from kiosk.content.model import Notice

SITE_ZONE = ZoneInfo("Europe/Berlin")


def local_now() -> datetime:
    return datetime.now(SITE_ZONE).replace(tzinfo=None, second=0, microsecond=0)


def notices_in_force(content: Content, moment: datetime) -> tuple[Notice, ...]:
    return tuple(notice for notice in content.notices.values() if notice.in_force(moment))


def closed_at(content: Content, moment: datetime) -> frozenset[str]:
    """Ids of the places and connections nobody can use at ``moment``."""
    return frozenset(target for notice in notices_in_force(content, moment) for target in notice.closes)
