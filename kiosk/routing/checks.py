"""Checks that need the route graph: every place reachable, every destination from every kiosk."""
from __future__ import annotations

from typing import Iterator

from kiosk.content import Content, Problem, Severity
from kiosk.messages import S_
from kiosk.routing.graph import Profile
from kiosk.routing.routes import Routes

PLACE_UNREACHABLE = S_("content problem", "No kiosk can reach the place \"{place}\".")
HINT_PLACE_UNREACHABLE = S_("content hint", "Add a connection to it, or check that its connections are not closed "
                                            "or one-way against it.")
DESTINATION_UNREACHABLE = S_("content problem", "The destination \"{place}\" cannot be reached from the kiosk "
                                                "\"{kiosk}\".")
HINT_DESTINATION_UNREACHABLE = S_("content hint", "Connect it to the rest of the building, or open a closed "
                                                  "connection.")
NO_STEP_FREE_ROUTE = S_("content problem", "There is no step-free route from the kiosk \"{kiosk}\" to \"{place}\"; "
                                           "the screen will send wheelchair users to the service point.")
HINT_NO_STEP_FREE_ROUTE = S_("content hint", "Add a lift or ramp connection if one exists.")

NOTICE_CUTS_OFF = S_("content problem", "While the notice \"{notice}\" holds, nobody can reach the concern "
                                        "\"{service}\" from any kiosk.")
HINT_NOTICE_CUTS_OFF = S_("content hint", "Check what it closes; if that is right, say in its text where to go "
                                          "instead.")


def check_routes(content: Content, routes: Routes) -> list[Problem]:
    return [*_unreachable_places(content, routes), *_destinations(content, routes), *_notices(content, routes)]


def _notices(content: Content, routes: Routes) -> Iterator[Problem]:
    """A notice that cuts a concern off from every kiosk is allowed (a room may really be closed) but named."""
    for notice in content.notices.values():
        if not notice.closes:
            continue
        closed = Routes(content, frozenset(notice.closes))
        for service in content.services.values():
            reachable = [kiosk.id for kiosk in content.site.kiosks if (kiosk.id, Profile.DEFAULT) in routes.trees
                         and routes.reaches(kiosk.id, service.destination)]
            if reachable and not any(closed.reaches(kiosk, service.destination) for kiosk in reachable):
                yield Problem(content.locate(f"notice/{notice.id}", "closes"),
                              NOTICE_CUTS_OFF(notice=notice.id, service=service.id), HINT_NOTICE_CUTS_OFF(),
                              Severity.WARNING)


def _unreachable_places(content: Content, routes: Routes) -> Iterator[Problem]:
    trees = [tree for (_, profile), tree in routes.trees.items() if profile is Profile.DEFAULT]
    if not trees:
        return
    unreached = set(trees[0].unreached())
    for tree in trees[1:]:
        unreached &= set(tree.unreached())
    for place_id in content.places:
        if place_id in unreached:
            yield Problem(content.locate(f"place/{place_id}", "id"), PLACE_UNREACHABLE(place=place_id),
                          HINT_PLACE_UNREACHABLE())


def _destinations(content: Content, routes: Routes) -> Iterator[Problem]:
    reported: set[tuple[str, str, Profile]] = set()
    for service in content.services.values():
        place = service.destination
        if place not in content.places:
            continue  # reported as a dangling reference
        location = content.locate(f"service/{service.id}", "destination")
        for kiosk in content.site.kiosks:
            for profile in Profile:
                if (kiosk.id, profile) not in routes.trees or routes.reaches(kiosk.id, place, profile):
                    continue
                if (kiosk.id, place, profile) in reported:
                    continue
                reported.add((kiosk.id, place, profile))
                if profile is Profile.DEFAULT:
                    yield Problem(location, DESTINATION_UNREACHABLE(place=place, kiosk=kiosk.id),
                                  HINT_DESTINATION_UNREACHABLE())
                    reported.add((kiosk.id, place, Profile.STEP_FREE))
                else:
                    yield Problem(location, NO_STEP_FREE_ROUTE(place=place, kiosk=kiosk.id),
                                  HINT_NO_STEP_FREE_ROUTE(), Severity.WARNING)
