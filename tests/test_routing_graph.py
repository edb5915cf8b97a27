"""Shortest paths on random buildings agree with networkx, and never use what a profile forbids."""
import math

import networkx
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.content.content import Content
from kiosk.content.model import Connection, ConnectionType, Floor, Kiosk, Place, PlaceKind, Site, WeeklyHours
from kiosk.routing.graph import Profile, RouteGraph

TYPES = [ConnectionType.WALK, ConnectionType.DOOR, ConnectionType.RAMP, ConnectionType.STAIRS,
         ConnectionType.ELEVATOR, ConnectionType.ESCALATOR]


@st.composite
def buildings(draw):
    count = draw(st.integers(2, 14))
    places = {}
    for number in range(count):
        floor = draw(st.sampled_from(["eg", "og1", "og2"]))
        kind = PlaceKind.LIFT if draw(st.booleans()) and number else PlaceKind.CORRIDOR
        places[f"p{number}"] = Place(id=f"p{number}", kind=kind, floor=floor,
                                     x=draw(st.floats(-50, 50)), y=draw(st.floats(-50, 50)))
    connections = []
    for _ in range(draw(st.integers(0, count * 3))):
        start, end = draw(st.sampled_from(sorted(places))), draw(st.sampled_from(sorted(places)))
        if start == end:
            continue
        connections.append(Connection(**{"from": start, "to": end, "type": draw(st.sampled_from(TYPES)),
                                         "one_way": draw(st.booleans()), "closed": draw(st.integers(0, 5)) == 0}))
    floors = {floor_id: Floor(id=floor_id, ordinal=ordinal, label=floor_id, short_label=floor_id)
              for ordinal, floor_id in enumerate(["eg", "og1", "og2"])}
    site = Site(id="s", name="s", address="a", languages=["de"], service_point="p0", opening_hours=WeeklyHours(),
                kiosks=[Kiosk(id="k", name="k", place="p0", screen_faces=0)])
    return Content(folder=None, site=site, floors=floors, zones={}, places=places, connections=tuple(connections),
                   services={}, documents={}, categories={}, sources={})


def oracle(graph: RouteGraph, profile: Profile) -> networkx.DiGraph:
    """The same graph for networkx, built independently from the content's connections."""
    directed = networkx.DiGraph()
    directed.add_nodes_from(graph.place_ids)
    for connection in graph.content.connections:
        if connection.closed or not profile.allows(connection):
            continue
        pairs = [(connection.from_, connection.to)] + ([] if connection.one_way else [(connection.to, connection.from_)])
        for start, end in pairs:
            cost = graph.edge_cost(connection, graph.content.places[start], graph.content.places[end])
            if not directed.has_edge(start, end) or directed[start][end]["weight"] > cost:
                directed.add_edge(start, end, weight=cost)
    return directed


@settings(max_examples=200, deadline=None)
@given(content=buildings(), profile=st.sampled_from(list(Profile)))
def test_costs_match_networkx_and_routes_respect_the_profile(content: Content, profile: Profile) -> None:
    graph = RouteGraph(content)
    tree = graph.tree("p0", profile)
    expected = networkx.single_source_dijkstra_path_length(oracle(graph, profile), "p0")
    for place_id in graph.place_ids:
        if place_id not in expected:
            assert not tree.reaches(place_id)
            continue
        assert math.isclose(tree.cost_to(place_id), expected[place_id], rel_tol=1e-9, abs_tol=1e-9)
        legs = tree.legs_to(place_id)
        assert legs[0].start.id == "p0" if legs else place_id == "p0"
        for before, after in zip(legs, legs[1:]):
            assert before.end.id == after.start.id
        for leg in legs:
            connection = leg.connection
            assert not connection.closed
            assert (connection.from_, connection.to) == (leg.start.id, leg.end.id) or not connection.one_way
            if profile is Profile.STEP_FREE:
                assert connection.type not in (ConnectionType.STAIRS, ConnectionType.ESCALATOR)
