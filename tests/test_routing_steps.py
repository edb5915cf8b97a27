"""Turns at their angle boundaries, people-friendly distances, and step lists on the small site."""
import pytest

from kiosk.routing import Profile, Routes
from kiosk.routing.steps import (
    ArriveStep, Arrival, LiftStep, Side, StairsStep, StartStep, Turn, Vertical, WalkStep, ZoneStep, bearing_change,
    classify_side, classify_turn, round_for_people,
)
from kiosk.site import load_checked

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
    assert classify_side(change, 45) is side


@pytest.mark.parametrize(("metres", "said"), [
    (0.4, 5), (3, 5), (7.4, 5), (7.6, 10), (31, 30), (48, 50), (52, 50), (56, 60), (199, 200), (230, 250)])
def test_distances_are_rounded_for_people(metres: float, said: int) -> None:
    assert round_for_people(metres) == said


@pytest.fixture(scope="module")
def routes() -> Routes:
    return load_checked(MINI_SITE).routes


def test_by_stairs_on_the_small_site(routes: Routes) -> None:
    # The visitor faces the screen, looking east; the stairs are south of the corridor, the room north of it.
    assert routes.route("foyer", "raum-1-010").steps == (
        StartStep(Side.AHEAD, 10), WalkStep(Turn.RIGHT, 5), StairsStep(Vertical.UP, 1, "og1"), ZoneStep("blau"),
        WalkStep(Turn.RIGHT, 10), ArriveStep("raum-1-010", Arrival.ROOM, Side.LEFT))


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
