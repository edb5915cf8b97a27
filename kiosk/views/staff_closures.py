"""What the staff panel's closures page shows: the lifts, the doors with an id and the concerns' rooms, each open
or closed until a time (by a notice for every kiosk, or on this kiosk), with the ways to close or reopen it."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from kiosk.calendar import LocalClosure, notices_in_force
from kiosk.content import Content
from kiosk.content.model import PlaceKind
from kiosk.messages import S_, Translator

TITLE = S_("staff closures", "Close or reopen on this kiosk")
EXPLAIN = S_("staff closures", "For this kiosk only, until the time chosen. For every kiosk, and for longer, write a "
                               "notice in notices.yaml.")
OPEN = S_("staff closures", "open")
CLOSED_HERE = S_("staff closures", "closed until {until} (set on kiosk {kiosk} at {made})")
CLOSED_BY_NOTICE = S_("staff closures", "closed by the notice \"{notice}\"")
FOR_AN_HOUR = S_("staff closures", "1 hour")
UNTIL_TONIGHT = S_("staff closures", "today")
FOR_A_WEEK = S_("staff closures", "7 days")
REOPEN = S_("staff closures", "Reopen")
BACK = S_("staff closures", "Back")
TIME = "%Y-%m-%d %H:%M"


@dataclass(frozen=True)
class ClosureRow:
    target: str
    label: str
    state: str
    # (button label, the end of the closure it sets; None reopens). Empty where a notice decides.
    actions: tuple[tuple[str, datetime | None], ...]


@dataclass(frozen=True)
class ClosuresView:
    title: str
    explanation: str
    rows: tuple[ClosureRow, ...]
    back: str


def closable(content: Content) -> tuple[tuple[str, str], ...]:
    """(id, label) of what staff may close: lifts, connections that have an id, and the rooms concerns lead to."""
    destinations = {service.destination for service in content.services.values()}
    places = [(place.id, f"{' '.join(filter(None, (place.name, place.room))) or place.id} "
                         f"({content.floors[place.floor].short_label})")
              for place in sorted(content.places.values(), key=lambda place: content.floors[place.floor].ordinal)
              if place.kind is PlaceKind.LIFT or place.id in destinations]
    connections = [(connection.id, f"{connection.from_} – {connection.to}")
                   for connection in content.connections if connection.id]
    return (*places, *connections)


def closures_view(content: Content, local: tuple[LocalClosure, ...], moment: datetime, say: Translator
                  ) -> ClosuresView:
    by_notice = {target: notice.id for notice in notices_in_force(content, moment) for target in notice.closes}
    here = {closure.target: closure for closure in local if closure.in_force(moment)}
    tonight = datetime.combine(moment.date(), time(23, 59))
    closing = ((FOR_AN_HOUR.render(say), moment + timedelta(hours=1)), (UNTIL_TONIGHT.render(say), tonight),
               (FOR_A_WEEK.render(say), tonight + timedelta(days=6)))
    rows = []
    for target, label in closable(content):
        if target in by_notice:
            rows.append(ClosureRow(target, label, CLOSED_BY_NOTICE(notice=by_notice[target]).render(say), ()))
        elif target in here:
            closure = here[target]
            state = CLOSED_HERE(until=f"{closure.until:{TIME}}", kiosk=closure.kiosk, made=f"{closure.made:{TIME}}")
            rows.append(ClosureRow(target, label, state.render(say), ((REOPEN.render(say), None),)))
        else:
            rows.append(ClosureRow(target, label, OPEN.render(say), closing))
    return ClosuresView(TITLE.render(say), EXPLAIN.render(say), tuple(rows), BACK.render(say))
