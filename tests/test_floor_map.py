"""The floor map's view model: turned so that ahead is up at the kiosk, "You are here", the destination's number,
the floors the way walks with where it changes floor, rooms the way passes, and labels that never overlap."""
import pytest

from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked
from kiosk.views.floor_map import ahead_bearing, label_size, placed_labels, turned
from kiosk.views.models import MapLabel
from kiosk.views.presenter import Presenter

SERVICE = "aufenthaltskarte-abholen"  # from the foyer (ground floor) to room 3.032 on the third floor


@pytest.fixture(scope="module")
def site():
    return load_checked(BUNDLED_SITE)


def maps(site, locale: str = "de", **kiosk_changes):
    presenter = Presenter(site.content, site.routes, "foyer", TRANSLATIONS_DIR)
    presenter.kiosk = presenter.kiosk.model_copy(update=kiosk_changes)  # e.g. a screen facing another way
    return presenter.service(locale, SERVICE, step_free=False).maps


def boxes_overlap(first: MapLabel, second: MapLabel, side: float) -> bool:
    def box(label):
        width, height = label_size(label.text, side)
        return label.at[0] - width / 2, label.at[1] - height / 2, label.at[0] + width / 2, label.at[1] + height / 2

    (a_left, a_bottom, a_right, a_top), (b_left, b_bottom, b_right, b_top) = box(first), box(second)
    return not (a_right <= b_left or b_right <= a_left or a_top <= b_bottom or b_top <= a_bottom)


def test_one_map_per_floor_walked_with_here_below_and_the_destination_above(site) -> None:
    ground, third = maps(site)
    assert (ground.floor, third.floor) == ("eg", "3og")
    assert ground.you_are_here is not None and third.you_are_here is None
    assert third.destination is not None and ground.destination is None
    ground_labels = {label.kind: label.text for label in ground.labels}
    third_labels = {label.kind: label.text for label in third.labels}
    assert ground_labels["here"] == "Sie sind hier" and ground_labels["change"] == "zum 3. Obergeschoss"
    assert third_labels["destination"] == "3.032" and third_labels["change"] == "vom Erdgeschoss"


def test_rooms_the_way_passes_are_numbered_and_no_two_labels_overlap(site) -> None:
    for plan in maps(site, "ar"):
        side = max(plan.bounds[2] - plan.bounds[0], plan.bounds[3] - plan.bounds[1])
        for index, label in enumerate(plan.labels):
            assert not any(boxes_overlap(label, other, side) for other in plan.labels[index + 1:]), label
    third = maps(site)[1]
    assert any(label.kind == "room" for label in third.labels)


def test_a_label_with_no_free_place_is_left_out_rather_than_drawn_over_another() -> None:
    crowded = [MapLabel("3.001", (0, 0), "room")] * 7
    assert len(placed_labels(crowded, 100)) == 5  # on the point, then above and below it twice


def test_the_plan_is_turned_so_that_ahead_is_up_for_a_visitor_reading_the_screen(site) -> None:
    # The foyer's screen faces south (180): its reader faces north, which stays up.
    assert ahead_bearing(site.content.kiosks["foyer"]) == 0
    assert maps(site)[0].you_are_here == (8.0, 5.0)
    # A screen facing east: its reader faces west (270), which is turned to the top.
    assert turned((-1, 0), 270) == pytest.approx((0, 1))
    facing_east = maps(site, screen_faces=90)[0]
    assert facing_east.you_are_here == pytest.approx(turned((8.0, 5.0), 270))


def test_lifts_stairs_and_doors_out_have_symbols(site) -> None:
    icons = {symbol.icon for symbol in maps(site)[0].symbols}
    assert {"step-lift", "step-stairs-up"} <= icons
