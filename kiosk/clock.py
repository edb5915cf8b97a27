"""The site's wall-clock time (Europe/Berlin, without a zone), as staff write moments in notices.yaml. A module of
its own, so that ``kiosk run`` can hand the clock to what it starts before the first frame without importing the
calendar and, with it, the content model."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

SITE_ZONE = ZoneInfo("Europe/Berlin")


def local_now() -> datetime:
    return datetime.now(SITE_ZONE).replace(tzinfo=None, second=0, microsecond=0)
