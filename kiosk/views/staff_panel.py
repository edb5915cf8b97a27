"""What the staff panel shows: the live content and catalogs, the last rejected update, translation coverage."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from kiosk.content.problems import Problem
from kiosk.i18n.tooling import CatalogStatus
from kiosk.messages import S_, Translator

TITLE = S_("staff panel", "Staff: {site}, kiosk {kiosk}")
LIVE = S_("staff panel", "Live: version {version}, loaded {time}.")
NO_REJECTION = S_("staff panel", "No update was rejected since the start.")
REJECTED = S_("staff panel", "Update rejected {time}; the version above stays live. Problems:")
STARTED_WITH = S_("staff panel", "Shown: the content the kiosk started with; no update has passed the check yet.")
CHECKING = S_("staff panel", "The content is still being checked; open this panel again in a moment.")
MORE_PROBLEMS = S_("staff panel", "… and {count} more (all of them are in the log).")
COVERAGE = S_("staff panel", "Translated (visitor texts): {languages}")
NOT_REVIEWED = S_("staff panel", "Not yet reviewed by a native speaker: {languages}")
RELOAD = S_("staff panel", "Reload now")
SCREENSHOT = S_("staff panel", "Screenshot")
LEAVE = S_("staff panel", "Leave the kiosk")
CLOSE = S_("staff panel", "Close")
CLOSURES = S_("staff panel", "Close or reopen a lift, door or room")
USAGE = S_("staff panel", "Usage: the last 7 and 30 days")
# Translators: the key that confirms the staff PIN on the kiosk's number pad.
CONFIRM_PIN = S_("staff panel", "OK")
SCREENSHOT_SAVED = S_("staff panel", "Screenshot saved: {path}")
SCREENSHOT_FAILED = S_("staff panel", "The screenshot could not be saved: {reason}")
SHOWN_PROBLEMS = 8
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


class LiveFacts(Protocol):
    """What is live (``kiosk.live.sets.LiveSet``)."""

    @property
    def version(self) -> str: ...
    loaded_at: datetime
    coverage: tuple[CatalogStatus, ...]


class RejectionFacts(Protocol):
    """The last update refused (``kiosk.live.sets.Rejection``)."""

    at: datetime
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class StaffPanelView:
    title: str
    lines: tuple[str, ...]
    reload: str
    screenshot: str
    leave: str
    close: str
    closures: str
    usage: str


def _coverage(statuses: tuple[CatalogStatus, ...]) -> tuple[str, str]:
    """Per visitor language the share of its texts shown translated, the weaker of its two catalogs."""
    weakest: dict[str, float] = {}
    unreviewed: list[str] = []
    for status in statuses:
        weakest[status.locale] = min(weakest.get(status.locale, 100.0), status.percent)
        if not status.reviewed and status.locale not in unreviewed:
            unreviewed.append(status.locale)
    return ", ".join(f"{locale} {percent:.0f} %" for locale, percent in weakest.items()), ", ".join(unreviewed)


def staff_panel_view(site_name: str, kiosk: str, live: LiveFacts | None, rejection: RejectionFacts | None,
                     say: Translator, notes: tuple[str, ...] = ()) -> StaffPanelView:
    lines = list(notes)
    if live is None:
        lines.append((STARTED_WITH if rejection else CHECKING).render(say))
    else:
        lines.append(LIVE(version=live.version, time=live.loaded_at.strftime(TIME_FORMAT)).render(say))
    if rejection is None:
        lines.append(NO_REJECTION.render(say))
    else:
        lines.append(REJECTED(time=rejection.at.strftime(TIME_FORMAT)).render(say))
        lines += [problem.render(say) for problem in rejection.problems[:SHOWN_PROBLEMS]]
        if len(rejection.problems) > SHOWN_PROBLEMS:
            lines.append(MORE_PROBLEMS(count=len(rejection.problems) - SHOWN_PROBLEMS).render(say))
    if live is not None:
        translated, unreviewed = _coverage(live.coverage)
        lines.append(COVERAGE(languages=translated).render(say))
        if unreviewed:
            lines.append(NOT_REVIEWED(languages=unreviewed).render(say))
    return StaffPanelView(TITLE(site=site_name, kiosk=kiosk).render(say), tuple(lines),
                          RELOAD.render(say), SCREENSHOT.render(say), LEAVE.render(say), CLOSE.render(say),
                          CLOSURES.render(say), USAGE.render(say))
