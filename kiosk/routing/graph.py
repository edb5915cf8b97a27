"""The route graph of a site and one shortest-path tree per kiosk and profile.

A kiosk never moves, so Dijkstra runs once per kiosk and profile when content loads; a query only walks the
tree back from the target. Costs are seconds of a calm walk, so a lift's waiting time can be weighed against
a few flights of stairs.
"""
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass
from enum import Enum
from typing import Iterable, NamedTuple

from kiosk.content import Content
from kiosk.content.model import Connection, ConnectionType, Place, PlaceKind

WALKING_METRES_PER_SECOND = 1.0
SECONDS_PER_FLOOR = {ConnectionType.STAIRS: 12.0, ConnectionType.ESCALATOR: 10.0, ConnectionType.ELEVATOR: 6.0}
LIFT_WAIT_SECONDS = 30.0  # paid once when stepping into a lift, not per floor ridden
RAMP_FACTOR = 1.2
MIN_LEG_METRES = 0.5


class Profile(str, Enum):
    DEFAULT = "default"
    STEP_FREE = "step-free"

    def allows(self, connection: Connection) -> bool:
        return self is Profile.DEFAULT or connection.is_step_free


class Leg(NamedTuple):
    """One connection as walked, in the direction walked (a tuple: queries create many)."""

    connection: Connection
    start: Place
    end: Place

    @property
    def metres(self) -> float:
        return math.hypot(self.end.x - self.start.x, self.end.y - self.start.y)

    @property
    def bearing(self) -> float | None:
        """Compass bearing of the leg on the plan (0 north, 90 east), None where it does not move sideways."""
        if self.metres < MIN_LEG_METRES:
            return None
        return math.degrees(math.atan2(self.end.x - self.start.x, self.end.y - self.start.y)) % 360


# An edge as the search loop reads it: (target node, cost in seconds, connection); tuples unpack fastest.
Edge = tuple[int, float, Connection]


class RouteGraph:
    """Places as numbered nodes; usable connections as directed edges, one adjacency list per profile."""

    def __init__(self, content: Content, closed: frozenset[str] = frozenset()) -> None:
        """``closed``: ids of places and connections nobody can use now (a notice's lift in maintenance)."""
        self.content = content
        self.place_ids = list(content.places)
        self.places = list(content.places.values())
        self.index = {place_id: number for number, place_id in enumerate(self.place_ids)}
        self._ordinals = {floor.id: floor.ordinal for floor in content.floors.values()}
        everything: list[list[Edge]] = [[] for _ in self.place_ids]
        step_free: list[list[Edge]] = [[] for _ in self.place_ids]
        for connection in content.connections:
            start, end = self.index.get(connection.from_), self.index.get(connection.to)
            if connection.closed or start is None or end is None or closed and (
                    connection.id in closed or connection.from_ in closed or connection.to in closed):
                continue
            usable_step_free = connection.is_step_free
            for here, there in ((start, end),) if connection.one_way else ((start, end), (end, start)):
                edge = (there, self.edge_cost(connection, self.places[here], self.places[there]), connection)
                everything[here].append(edge)
                if usable_step_free:
                    step_free[here].append(edge)
        self.adjacency: dict[Profile, list[list[Edge]]] = {Profile.DEFAULT: everything, Profile.STEP_FREE: step_free}

    def edge_cost(self, connection: Connection, start: Place, end: Place) -> float:
        seconds = math.hypot(end.x - start.x, end.y - start.y) / WALKING_METRES_PER_SECOND
        kind = connection.type
        if kind in SECONDS_PER_FLOOR:
            floors = abs(self._ordinals.get(end.floor, 0) - self._ordinals.get(start.floor, 0))
            seconds += SECONDS_PER_FLOOR[kind] * max(floors, 1)
        elif kind is ConnectionType.RAMP:
            seconds *= RAMP_FACTOR
        if end.kind is PlaceKind.LIFT and start.kind is not PlaceKind.LIFT:
            seconds += LIFT_WAIT_SECONDS
        return max(seconds, 0.1)

    def tree(self, source: str, profile: Profile) -> ShortestPathTree:
        """Dijkstra from ``source`` over the edges ``profile`` allows."""
        adjacency = self.adjacency[profile]
        count = len(self.place_ids)
        cost = [math.inf] * count
        previous_node = [-1] * count
        previous_connection: list[Connection | None] = [None] * count
        start = self.index[source]
        cost[start] = 0.0
        queue = [(0.0, start)]
        pop, push = heapq.heappop, heapq.heappush
        while queue:
            node_cost, node = pop(queue)
            if node_cost > cost[node]:
                continue
            for target, edge_cost, connection in adjacency[node]:
                candidate = node_cost + edge_cost
                if candidate < cost[target]:
                    cost[target] = candidate
                    previous_node[target] = node
                    previous_connection[target] = connection
                    push(queue, (candidate, target))
        return ShortestPathTree(self, source, profile, cost, previous_node, previous_connection)


@dataclass(frozen=True)
class ShortestPathTree:
    graph: RouteGraph
    source: str
    profile: Profile
    cost: list[float]
    previous_node: list[int]
    previous_connection: list[Connection | None]

    def reaches(self, target: str) -> bool:
        return target in self.graph.index and self.cost[self.graph.index[target]] < math.inf

    def cost_to(self, target: str) -> float:
        return self.cost[self.graph.index[target]]

    def legs_to(self, target: str) -> tuple[Leg, ...] | None:
        """The legs from the source to ``target`` in walking order; None if it cannot be reached."""
        if not self.reaches(target):
            return None
        places, previous_node, previous_connection = self.graph.places, self.previous_node, self.previous_connection
        legs: list[Leg] = []
        node = self.graph.index[target]
        while (before := previous_node[node]) >= 0:
            legs.append(Leg(previous_connection[node], places[before], places[node]))  # type: ignore[arg-type]
            node = before
        legs.reverse()
        return tuple(legs)

    def unreached(self) -> Iterable[str]:
        return (place_id for place_id, cost in zip(self.graph.place_ids, self.cost) if cost == math.inf)
