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
from typing import Iterable

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


@dataclass(frozen=True, slots=True)
class Leg:
    """One connection as walked, in the direction walked."""

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


@dataclass(frozen=True, slots=True)
class _Edge:
    target: int
    cost: float
    connection: Connection


class RouteGraph:
    """Places as numbered nodes; usable connections as directed edges, one adjacency list per profile."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.place_ids = list(content.places)
        self.index = {place_id: number for number, place_id in enumerate(self.place_ids)}
        self.adjacency: dict[Profile, list[list[_Edge]]] = {
            profile: [[] for _ in self.place_ids] for profile in Profile}
        for connection in content.connections:
            if connection.closed or connection.from_ not in self.index or connection.to not in self.index:
                continue
            ends = [(connection.from_, connection.to)]
            if not connection.one_way:
                ends.append((connection.to, connection.from_))
            for start, end in ends:
                edge = _Edge(self.index[end], self.edge_cost(connection, content.places[start], content.places[end]),
                             connection)
                for profile in Profile:
                    if profile.allows(connection):
                        self.adjacency[profile][self.index[start]].append(edge)

    def edge_cost(self, connection: Connection, start: Place, end: Place) -> float:
        metres = math.hypot(end.x - start.x, end.y - start.y)
        floors = abs(self.content.floors[end.floor].ordinal - self.content.floors[start.floor].ordinal) \
            if start.floor in self.content.floors and end.floor in self.content.floors else 0
        seconds = metres / WALKING_METRES_PER_SECOND
        if connection.type in SECONDS_PER_FLOOR:
            seconds += SECONDS_PER_FLOOR[connection.type] * max(floors, 1)
        elif connection.type is ConnectionType.RAMP:
            seconds *= RAMP_FACTOR
        if end.kind is PlaceKind.LIFT and start.kind is not PlaceKind.LIFT:
            seconds += LIFT_WAIT_SECONDS
        return max(seconds, 0.1)

    def tree(self, source: str, profile: Profile) -> ShortestPathTree:
        """Dijkstra from ``source`` over the edges ``profile`` allows."""
        adjacency = self.adjacency[profile]
        count = len(self.place_ids)
        cost = [math.inf] * count
        previous: list[tuple[int, Connection] | None] = [None] * count
        start = self.index[source]
        cost[start] = 0.0
        queue = [(0.0, start)]
        while queue:
            node_cost, node = heapq.heappop(queue)
            if node_cost > cost[node]:
                continue
            for edge in adjacency[node]:
                candidate = node_cost + edge.cost
                if candidate < cost[edge.target]:
                    cost[edge.target] = candidate
                    previous[edge.target] = (node, edge.connection)
                    heapq.heappush(queue, (candidate, edge.target))
        return ShortestPathTree(self, source, profile, cost, previous)


@dataclass(frozen=True)
class ShortestPathTree:
    graph: RouteGraph
    source: str
    profile: Profile
    cost: list[float]
    previous: list[tuple[int, Connection] | None]

    def reaches(self, target: str) -> bool:
        return target in self.graph.index and self.cost[self.graph.index[target]] < math.inf

    def cost_to(self, target: str) -> float:
        return self.cost[self.graph.index[target]]

    def legs_to(self, target: str) -> tuple[Leg, ...] | None:
        """The legs from the source to ``target`` in walking order; None if it cannot be reached."""
        if not self.reaches(target):
            return None
        places, ids = self.graph.content.places, self.graph.place_ids
        legs: list[Leg] = []
        node = self.graph.index[target]
        while (step := self.previous[node]) is not None:
            before, connection = step
            legs.append(Leg(connection, places[ids[before]], places[ids[node]]))
            node = before
        legs.reverse()
        return tuple(legs)

    def unreached(self) -> Iterable[str]:
        return (place_id for place_id, cost in zip(self.graph.place_ids, self.cost) if cost == math.inf)
