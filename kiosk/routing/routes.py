"""Routes from every kiosk of a site, answered from trees built once when content loads."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.content import Content
from kiosk.routing.graph import Leg, Profile, RouteGraph, ShortestPathTree
from kiosk.routing.steps import Step, describe


@dataclass(frozen=True)
class Route:
    kiosk: str
    target: str  # place id
    profile: Profile
    legs: tuple[Leg, ...]
    steps: tuple[Step, ...]

    @property
    def floors(self) -> tuple[str, ...]:
        """The floors the visitor walks on, in order, each once (floors a lift passes are left out)."""
        walked = [leg.start.floor for leg in self.legs if not leg.connection.type.changes_floor]
        if self.legs:
            walked.append(self.legs[-1].end.floor)
        return tuple(floor for index, floor in enumerate(walked) if index == 0 or walked[index - 1] != floor)


class Routes:
    def __init__(self, content: Content, closed: frozenset[str] = frozenset()) -> None:
        """The ways from every kiosk, with ``closed`` places and connections (those of the notices in force, see
        ``kiosk.calendar.closed_at``) left out."""
        self.content, self.closed = content, closed
        self.graph = RouteGraph(content, closed)
        self.trees: dict[tuple[str, Profile], ShortestPathTree] = {
            (kiosk.id, profile): self.graph.tree(kiosk.place, profile)
            for kiosk in content.site.kiosks if kiosk.place in content.places
            for profile in Profile
        }
        self._asked: dict[tuple[str, str, Profile], Route | None] = {}

    def route(self, kiosk_id: str, target_place: str, profile: Profile = Profile.DEFAULT) -> Route | None:
        """The way from a kiosk to a place, or None where ``profile`` allows none; kept once asked for."""
        key = (kiosk_id, target_place, profile)
        if key not in self._asked:
            legs = self.trees[(kiosk_id, profile)].legs_to(target_place)
            self._asked[key] = None if legs is None else Route(
                kiosk_id, target_place, profile, legs, describe(self.content, self.content.kiosks[kiosk_id], legs))
        return self._asked[key]

    def reaches(self, kiosk_id: str, target_place: str, profile: Profile = Profile.DEFAULT) -> bool:
        return self.trees[(kiosk_id, profile)].reaches(target_place)

    def step_free_available(self, kiosk_id: str, target_place: str) -> bool:
        return self.reaches(kiosk_id, target_place, Profile.STEP_FREE)
