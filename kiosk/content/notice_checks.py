"""Checks of what changes over time: notices (what they close, where they show) and the calendar's region."""
from __future__ import annotations

from typing import Iterator

from kiosk.content.content import Content
from kiosk.content.model import EVERYWHERE
from kiosk.content.problems import Problem
from kiosk.content.suggest import Suggestions, did_you_mean
from kiosk.messages import S_

NOTHING_TO_CLOSE = S_("content problem", "There is no place or connection with the id \"{id}\".")
NOWHERE_TO_SHOW = S_("content problem", "\"{id}\" is not a concern, place or floor, nor \"everywhere\".")
CONNECTION_ID_TWICE = S_("content problem", "The id \"{id}\" of this connection is already a place's or another "
                                            "connection's.")
HINT_CONNECTION_ID_TWICE = S_("content hint", "Give the connection an id of its own, e.g. \"tuer-3og-west\".")
UNKNOWN_COUNTRY = S_("content problem", "There are no public holidays known for the country \"{country}\".")
HINT_COUNTRY = S_("content hint", "Write the two-letter code, e.g. DE.")
UNKNOWN_STATE = S_("content problem", "\"{state}\" is not a state of {country} with holidays of its own.")


def check_notices(content: Content, suggest: Suggestions) -> Iterator[Problem]:
    closable = _closable(content)
    yield from _connection_ids(content)
    showable = {EVERYWHERE, *content.services, *content.places, *content.floors}
    for notice in content.notices.values():
        key = f"notice/{notice.id}"
        for index, target in enumerate(notice.closes):
            if target not in closable:
                yield Problem(content.locate(key, "closes", index), NOTHING_TO_CLOSE(id=target),
                              suggest(target, closable))
        if notice.shows not in showable:
            yield Problem(content.locate(key, "shows"), NOWHERE_TO_SHOW(id=notice.shows),
                          suggest(notice.shows, showable))
    yield from _holiday_region(content)


def _closable(content: Content) -> set[str]:
    return {*content.places, *(connection.id for connection in content.connections if connection.id)}


def _connection_ids(content: Content) -> Iterator[Problem]:
    seen = set(content.places)
    for index, connection in enumerate(content.connections):
        if connection.id is None:
            continue
        if connection.id in seen:
            yield Problem(content.locate(f"connection/{index}", "id"), CONNECTION_ID_TWICE(id=connection.id),
                          HINT_CONNECTION_ID_TWICE())
        seen.add(connection.id)


def _holiday_region(content: Content) -> Iterator[Problem]:
    region = content.site.holidays
    if region is None:
        return
    from holidays import list_supported_countries  # the package's country list: only when a site names one

    countries = list_supported_countries()
    if region.country not in countries:
        yield Problem(content.locate("site", "holidays", "country"), UNKNOWN_COUNTRY(country=region.country),
                      did_you_mean(region.country, countries) or HINT_COUNTRY())
    elif region.state is not None and region.state not in countries[region.country]:
        yield Problem(content.locate("site", "holidays", "state"),
                      UNKNOWN_STATE(state=region.state, country=region.country),
                      did_you_mean(region.state, countries[region.country]))
