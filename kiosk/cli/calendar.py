"""``kiosk notices`` and ``kiosk hours``: what holds at a moment, as staff check it before and after editing
notices.yaml; and the moment option ``--at`` that ``kiosk route`` shares."""
from __future__ import annotations

import argparse
import gettext
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from kiosk.cli.commands import (
    EXIT_OK, EXIT_PROBLEMS, UNKNOWN_TARGET, _known, _report_failure, visitor_presenter,
)
from kiosk.messages import S_
from kiosk.site import load_checked
from kiosk.text import strip_isolates

NO_NOTICES = S_("cli", "No notice holds at {moment}.")
NOTICE_LINE = S_("cli", "{id}: {text}")
NOTICE_SPAN = S_("cli", "  from {starts} until {ends}")
NOTICE_CLOSES = S_("cli", "  closes: {closed}")
OPEN_END = S_("cli", "open end")
OPEN_START = S_("cli", "always")
BAD_MOMENT = S_("cli", "\"{value}\" is not a moment; write it like 2026-12-24 or 2026-12-24 08:00.")


def moment_argument(text: str) -> datetime:
    """``--at``: a date (its start) or a date with a time, on the site's clock."""
    cleaned = text.strip().replace("T", " ")
    for parse in (lambda value: datetime.strptime(value, "%Y-%m-%d %H:%M"),
                  lambda value: datetime.combine(date.fromisoformat(value), datetime.min.time())):
        try:
            return parse(cleaned)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(BAD_MOMENT(value=text).render(_staff()))


def day_argument(text: str) -> date:
    return moment_argument(text).date()


def _staff() -> gettext.NullTranslations:
    from kiosk.i18n import staff_translator

    return staff_translator()


def _now() -> datetime:
    from kiosk.calendar import local_now

    return local_now()


def notices(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.calendar import notices_in_force

    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    moment = arguments.at or _now()
    held = notices_in_force(site.content, moment)
    if not held:
        print(NO_NOTICES(moment=f"{moment:%Y-%m-%d %H:%M}").render(translations), file=out)
    for notice in held:
        print(NOTICE_LINE(id=notice.id, text=notice.text).render(translations), file=out)
        starts = _as_written(notice.from_) or OPEN_START.render(translations)
        ends = _as_written(notice.until) or OPEN_END.render(translations)
        print(NOTICE_SPAN(starts=starts, ends=ends).render(translations), file=out)
        if notice.closes:
            print(NOTICE_CLOSES(closed=", ".join(notice.closes)).render(translations), file=out)
    return EXIT_OK


def _as_written(moment: date | datetime | None) -> str | None:
    if moment is None:
        return None
    return f"{moment:%Y-%m-%d %H:%M}" if isinstance(moment, datetime) else moment.isoformat()


def hours(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    """The day's hours (or that it is closed, and why) as the kiosk shows them, in a visitor language."""
    from kiosk.views.hours import hours_owner, today_line

    found = visitor_presenter(arguments, translations, out)
    if found is None:
        return EXIT_PROBLEMS
    presenter, language = found
    content = presenter.content
    if arguments.service is not None and not _known(arguments.service, content.services, UNKNOWN_TARGET,
                                                    translations, out):
        return EXIT_PROBLEMS
    day = arguments.on or _now().date()
    owner = hours_owner(content, content.services.get(arguments.service or ""))
    line = today_line(presenter.calendar, owner, language, day, presenter.say(language), presenter.names(language))
    print(f"{day:%Y-%m-%d}: {strip_isolates(line)}", file=out)
    return EXIT_OK
