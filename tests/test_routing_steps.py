"""Turns at their angle boundaries, people-friendly distances, and step lists on the small site.

The small site's visitor faces the screen looking east; its ground-floor corridor runs east from the foyer at
y = 10 (flur-eg at x = 10, flur-eg-ost at x = 20). Fixtures add a few places east of it, one behaviour each.
"""
import math
from pathlib import Path

import pytest

from kiosk.i18n.steps import sentences
from kiosk.i18n.visitor import visitor_translations
from kiosk.routing import Profile, Routes
from kiosk.routing.steps import (
    ARRIVAL_AHEAD_UP_TO, ARRIVAL_BEHIND_FROM, START_AHEAD_UP_TO, START_BEHIND_FROM, ArriveStep, Arrival, DoorStep,
    LiftStep, RampStep, Side, StairsStep, StartStep, Step, Turn, Vertical, WalkStep, ZoneStep, bearing_change,
    classify_side, classify_turn, round_for_people,
)
from kiosk.site import CheckedSite, load_checked
from kiosk.text import strip_isolates

from sites import MINI_SITE


@pytest.mark.parametrize(("change", "turn"), [
    (0, Turn.STRAIGHT), (20, Turn.STRAIGHT), (-20, Turn.STRAIGHT),
    (20.01, Turn.SLIGHT_RIGHT), (50, Turn.SLIGHT_RIGHT), (-20.01, Turn.SLIGHT_LEFT), (-50, Turn.SLIGHT_LEFT),
    (50.01, Turn.RIGHT), (135, Turn.RIGHT), (-50.01, Turn.LEFT), (-135, Turn.LEFT),
    (135.01, Turn.SHARP_RIGHT), (165, Turn.SHARP_RIGHT), (-135.01, Turn.SHARP_LEFT), (-165, Turn.SHARP_LEFT),
    (165.01, Turn.TURN_AROUND), (-165.01, Turn.TURN_AROUND), (-180, Turn.TURN_AROUND),
])
def test_turns_at_their_boundaries(change: float, turn: Turn) -> None:
    assert classify_turn(change) is turn


@pytest.mark.parametrize(("before", "after", "change"), [
    (0, 90, 90), (90, 0, -90), (350, 10, 20), (10, 350, -20), (0, 180, -180), (270, 90, -180), (45, 45, 0)])
def test_bearing_change_is_signed_and_wraps(before: float, after: float, change: float) -> None:
    assert bearing_change(before, after) == change


@pytest.mark.parametrize(("change", "side"), [
    (0, Side.AHEAD), (45, Side.AHEAD), (45.01, Side.RIGHT), (-45.01, Side.LEFT), (134.99, Side.RIGHT),
    (135, Side.BEHIND), (-180, Side.BEHIND)])
def test_sides_relative_to_the_screen(change: float, side: Side) -> None:
    assert classify_side(change, START_AHEAD_UP_TO, START_BEHIND_FROM) is side


@pytest.mark.parametrize(("change", "side"), [
    (0, Side.AHEAD), (30, Side.AHEAD), (-30, Side.AHEAD), (30.01, Side.RIGHT), (-30.01, Side.LEFT),
    (90, Side.RIGHT), (119.99, Side.RIGHT), (-119.99, Side.LEFT), (120, Side.BEHIND), (-120, Side.BEHIND),
    (127, Side.BEHIND), (-180, Side.BEHIND)])
def test_arrival_sides_at_their_boundaries(change: float, side: Side) -> None:
    assert classify_side(change, ARRIVAL_AHEAD_UP_TO, ARRIVAL_BEHIND_FROM) is side


@pytest.mark.parametrize(("metres", "said"), [
    (0.4, 5), (3, 5), (7.4, 5), (7.6, 10), (31, 30), (48, 50), (52, 50), (56, 60), (199, 200), (230, 250)])
def test_distances_are_rounded_for_people(metres: float, said: int) -> None:
    assert round_for_people(metres) == said


@pytest.fixture(scope="module")
def routes() -> Routes:
    return load_checked(MINI_SITE).routes


def test_by_stairs_on_the_small_site(routes: Routes) -> None:
    # The visitor faces the screen, looking east; the stairs are south of the corridor, the room north of it. Off the
    # stairs, the 4 m step onto the corridor is not said: the 5 m east along it start at the turn.
    assert routes.route("foyer", "raum-1-010").steps == (
        StartStep(Side.AHEAD, 10), WalkStep(Turn.RIGHT, 5), StairsStep(Vertical.UP, 1, "og1"), ZoneStep("blau"),
        WalkStep(Turn.RIGHT, 5), ArriveStep("raum-1-010", Arrival.ROOM, Side.LEFT))


def test_step_free_takes_the_lift_and_arrives_from_the_other_side(routes: Routes) -> None:
    assert routes.route("foyer", "raum-1-010", Profile.STEP_FREE).steps == (
        StartStep(Side.AHEAD, 20), WalkStep(Turn.LEFT, 5), LiftStep("og1"), ZoneStep("blau"),
        WalkStep(Turn.RIGHT, 5), ArriveStep("raum-1-010", Arrival.ROOM, Side.RIGHT))


def test_a_place_next_to_the_kiosk_is_one_step(routes: Routes) -> None:
    assert routes.route("foyer", "infotheke").steps == (ArriveStep("infotheke", Arrival.SERVICE_POINT, Side.LEFT),)


def test_the_route_names_the_floors_it_crosses(routes: Routes) -> None:
    assert routes.route("foyer", "raum-1-010").floors == ("eg", "og1")


def test_no_step_free_route_is_a_warning_the_service_carries(mini_site) -> None:
    building = mini_site / "building.yaml"
    building.write_text(building.read_text().replace("  - {from: aufzug-eg, to: aufzug-og1, type: elevator}\n", ""))
    site = load_checked(mini_site)
    assert [problem.render().replace(f"{mini_site}/", "") for problem in site.problems] == [
        'services.yaml:10:18: warning: There is no step-free route from the kiosk "foyer" to "raum-1-010"; the '
        'screen will send wheelchair users to the service point. Add a lift or ramp connection if one exists.']
    assert site.content is not None
    assert not site.routes.step_free_available("foyer", "raum-1-010")
    assert site.routes.route("foyer", "raum-1-010", Profile.STEP_FREE) is None


def test_an_unreachable_destination_is_an_error(mini_site) -> None:
    building = mini_site / "building.yaml"
    building.write_text(building.read_text().replace(
        "  - {from: flur-og1-mitte, to: raum-1-010, type: door}\n",
        "  - {from: flur-og1-mitte, to: raum-1-010, type: door, closed: true}\n"))
    site = load_checked(mini_site)
    assert site.content is None
    assert [problem.render().replace(f"{mini_site}/", "") for problem in site.problems] == [
        'building.yaml:17:9: error: No kiosk can reach the place "raum-1-010". Add a connection to it, or check '
        'that its connections are not closed or one-way against it.',
        'services.yaml:10:18: error: The destination "raum-1-010" cannot be reached from the kiosk "foyer". Connect '
        'it to the rest of the building, or open a closed connection.']


def site_with(folder: Path, places: str, connections: str) -> CheckedSite:
    """The small site with ``places`` and ``connections`` (YAML list items) added to its building."""
    building = folder / "building.yaml"
    text = building.read_text(encoding="utf-8")
    text = text.replace("connections:\n", f"{places}connections:\n{connections}", 1)
    building.write_text(text, encoding="utf-8")
    site = load_checked(folder)
    assert site.content is not None, site.problems
    return site


def steps_to(site: CheckedSite, target: str) -> tuple[Step, ...]:
    return site.routes.route("foyer", target).steps


def said_to(site: CheckedSite, target: str, locale: str) -> list[str]:
    visitor = visitor_translations(site.content.site, locale)
    return [strip_isolates(sentence)
            for sentence in sentences(steps_to(site, target), site.content, visitor.ui, visitor.content)]


@pytest.fixture
def a_door_then_a_turn(mini_site) -> CheckedSite:
    # East of the corridor a door to a hall (10 m straight on), then a ramp up to the left (10 m north).
    return site_with(mini_site,
                     "  - {id: halle, kind: corridor, floor: eg, x: 30, y: 10}\n"
                     "  - {id: halle-oben, kind: corridor, floor: eg, x: 30, y: 20}\n"
                     "  - {id: raum-0-050, kind: room, floor: eg, x: 34, y: 20, room: \"0.050\"}\n",
                     "  - {from: flur-eg-ost, to: halle, type: door}\n"
                     "  - {from: halle, to: halle-oben, type: ramp}\n"
                     "  - {from: halle-oben, to: raum-0-050, type: door}\n")


def test_a_door_then_a_turn_measures_each_leg_to_its_turn(a_door_then_a_turn) -> None:
    assert steps_to(a_door_then_a_turn, "raum-0-050") == (
        StartStep(Side.AHEAD, 20), DoorStep(), WalkStep(Turn.STRAIGHT, 10), RampStep(Turn.LEFT, 10),
        ArriveStep("raum-0-050", Arrival.ROOM, Side.RIGHT))


@pytest.fixture
def a_long_way_out_of_the_lift(mini_site) -> CheckedSite:
    # On the upper floor a hall 10 m north of the lift (the lift's usual way out is 2 m south, onto the corridor).
    return site_with(mini_site,
                     "  - {id: halle-og1, kind: corridor, floor: og1, x: 20, y: 22}\n"
                     "  - {id: raum-1-030, kind: room, floor: og1, x: 24, y: 22, room: \"1.030\"}\n",
                     "  - {from: aufzug-og1, to: halle-og1}\n"
                     "  - {from: halle-og1, to: raum-1-030, type: door}\n")


def test_a_long_way_out_of_the_lift_is_said_as_straight_on(a_long_way_out_of_the_lift) -> None:
    assert a_long_way_out_of_the_lift.routes.route("foyer", "raum-1-030", Profile.STEP_FREE).steps == (
        StartStep(Side.AHEAD, 20), WalkStep(Turn.LEFT, 5), LiftStep("og1"), WalkStep(Turn.STRAIGHT, 10),
        ArriveStep("raum-1-030", Arrival.ROOM, Side.RIGHT))


@pytest.fixture
def a_final_door(mini_site) -> CheckedSite:
    # A door to a hall 10 m east, and the desk 6 m to the right (south) of where the hall's leg ends.
    return site_with(mini_site,
                     "  - {id: halle, kind: corridor, floor: eg, x: 30, y: 10}\n"
                     "  - {id: kasse, kind: office, floor: eg, x: 30, y: 4, name: Kasse}\n",
                     "  - {from: flur-eg-ost, to: halle, type: door}\n"
                     "  - {from: halle, to: kasse}\n")


def test_the_leg_after_a_final_door_is_walked_not_dropped(a_final_door) -> None:
    assert steps_to(a_final_door, "kasse") == (
        StartStep(Side.AHEAD, 20), DoorStep(), WalkStep(Turn.STRAIGHT, 10),
        ArriveStep("kasse", Arrival.PLACE, Side.RIGHT))


def destination_at(folder: Path, change: float) -> CheckedSite:
    """A room 5 m from the corridor's east end, ``change`` degrees round from walking east (positive: right)."""
    bearing = math.radians(90.0 + change)
    x, y = 20 + 5 * math.sin(bearing), 10 + 5 * math.cos(bearing)
    room = f"  - {{id: raum-0-060, kind: room, floor: eg, x: {x:.4f}, y: {y:.4f}, room: \"0.060\"}}\n"
    return site_with(folder, room, "  - {from: flur-eg-ost, to: raum-0-060, type: door}\n")


@pytest.fixture
def a_destination_behind_right(mini_site) -> CheckedSite:
    return destination_at(mini_site, 127)


def test_a_destination_behind_right_at_127_degrees_is_behind_you(a_destination_behind_right) -> None:
    assert steps_to(a_destination_behind_right, "raum-0-060")[-1] == ArriveStep("raum-0-060", Arrival.ROOM, Side.BEHIND)
    assert said_to(a_destination_behind_right, "raum-0-060", "en")[-1] == "Behind you: room 0.060."
    assert said_to(a_destination_behind_right, "raum-0-060", "de")[-1] == "Hinter Ihnen: Raum 0.060."


@pytest.mark.parametrize(("change", "side"), [
    (25, Side.AHEAD), (35, Side.RIGHT), (-35, Side.LEFT), (115, Side.RIGHT), (-115, Side.LEFT), (125, Side.BEHIND),
    (-127, Side.BEHIND)])
def test_a_destination_near_the_band_edges(mini_site, change: float, side: Side) -> None:
    assert steps_to(destination_at(mini_site, change), "raum-0-060")[-1].side is side


@pytest.fixture
def an_unnamed_room(mini_site) -> CheckedSite:
    return site_with(mini_site, "  - {id: abstellraum-ost, kind: room, floor: eg, x: 20, y: 6}\n",
                     "  - {from: flur-eg-ost, to: abstellraum-ost, type: door}\n")


def test_an_unnamed_room_is_announced_as_the_destination_never_by_its_id(an_unnamed_room) -> None:
    assert steps_to(an_unnamed_room, "abstellraum-ost")[-1] == ArriveStep(
        "abstellraum-ost", Arrival.DESTINATION, Side.RIGHT)
    assert said_to(an_unnamed_room, "abstellraum-ost", "en")[-1] == "Your destination is on your right."
    assert said_to(an_unnamed_room, "abstellraum-ost", "de")[-1] == "Ihr Ziel ist auf der rechten Seite."


@pytest.fixture
def an_unnamed_wc(mini_site) -> CheckedSite:
    # A WC with a room number on its door but no name: visitors look for "toilets", not for a number.
    return site_with(mini_site, "  - {id: wc-eg, kind: toilet, floor: eg, x: 20, y: 14, room: \"0.012\"}\n",
                     "  - {from: flur-eg-ost, to: wc-eg, type: door}\n")


def test_an_unnamed_wc_is_announced_as_toilets_not_as_a_room(an_unnamed_wc) -> None:
    assert steps_to(an_unnamed_wc, "wc-eg")[-1] == ArriveStep("wc-eg", Arrival.TOILET, Side.LEFT)
    assert said_to(an_unnamed_wc, "wc-eg", "en")[-1] == "The toilets are on your left."
    assert said_to(an_unnamed_wc, "wc-eg", "de")[-1] == "Die Toiletten sind auf der linken Seite."


@pytest.fixture
def an_exit(mini_site) -> CheckedSite:
    return site_with(mini_site, "  - {id: ausgang-ost, kind: entrance, floor: eg, x: 30, y: 10}\n",
                     "  - {from: flur-eg-ost, to: ausgang-ost, type: door}\n")


def test_an_unnamed_entrance_is_announced_as_the_exit(an_exit) -> None:
    assert steps_to(an_exit, "ausgang-ost") == (
        StartStep(Side.AHEAD, 30), ArriveStep("ausgang-ost", Arrival.EXIT, Side.AHEAD))
    assert said_to(an_exit, "ausgang-ost", "en")[-1] == "The exit is straight ahead."
    assert said_to(an_exit, "ausgang-ost", "de")[-1] == "Der Ausgang ist geradeaus vor Ihnen."


def test_a_named_wc_keeps_its_name(mini_site) -> None:
    site = site_with(mini_site, "  - {id: wc-eg, kind: toilet, floor: eg, x: 20, y: 14, room: \"0.012\", "
                                "name: WC barrierefrei}\n",
                     "  - {from: flur-eg-ost, to: wc-eg, type: door}\n")
    assert said_to(site, "wc-eg", "en")[-1] == "On your left: WC barrierefrei."


def test_every_step_variant_has_a_sentence_of_its_own() -> None:
    from kiosk.i18n import steps as said
    assert set(said.START) == set(Side)
    assert set(said.WALK) == set(Turn) and set(said.RAMP) == set(Turn)
    assert set(said.STAIRS) == set(Vertical) and set(said.ESCALATOR) == set(Vertical)
    assert set(said.ARRIVE) == {(arrival, side) for arrival in Arrival for side in (*Side, None)}


def test_a_variant_without_a_sentence_falls_back_to_its_kinds_default(monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.i18n import steps as said
    site = load_checked(MINI_SITE)
    visitor = visitor_translations(site.content.site, "en")
    monkeypatch.delitem(said.WALK, Turn.SHARP_LEFT)
    monkeypatch.delitem(said.ARRIVE, (Arrival.ROOM, Side.BEHIND))
    monkeypatch.delitem(said.ARRIVE, (Arrival.TOILET, Side.LEFT))
    monkeypatch.delitem(said.ARRIVE, (Arrival.TOILET, None))
    steps = (WalkStep(Turn.SHARP_LEFT, 10), ArriveStep("raum-1-010", Arrival.ROOM, Side.BEHIND),
             ArriveStep("raum-1-010", Arrival.TOILET, Side.LEFT))
    assert [strip_isolates(sentence) for sentence in sentences(steps, site.content, visitor.ui, visitor.content)] == [
        "Walk on for about 10 m.", "You have arrived: room 1.010.", "You have arrived."]
