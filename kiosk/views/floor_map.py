"""One floor's map as a visitor at the kiosk needs it: turned so that ahead is up for them, with "You are here",
the destination's room number, the numbers of the rooms the way passes, symbols for lifts, stairs and doors out,
and where the way leaves for another floor. The kiosk's widget and the phone pages' SVG draw the same model.

Turning: a visitor reading the screen faces away from it, so ahead is the bearing ``screen_faces + 180``; the plan
is rotated about its origin by that bearing, counter-clockwise, which brings ahead to the top.

Labels are placed here, not by the drawing, so no two overlap on any screen: their sizes are fractions of the
plan's longer side (``LABEL_HEIGHT``, ``LABEL_CHARACTER``), which the drawing keeps whatever the size of its box.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Iterable

from kiosk.content import Content
from kiosk.content.model import Kiosk, Place, PlaceKind
from kiosk.i18n.content_text import ContentText
from kiosk.messages import Translator
from kiosk.routing import Route
from kiosk.views import texts
from kiosk.views.models import FloorMap, MapLabel, MapRoom, MapSymbol, Point

MAP_MARGIN_METRES = 2.0
LABEL_HEIGHT = 0.05  # a label's height, as a fraction of the plan's longer side
LABEL_CHARACTER = 0.019  # the width of one of its characters, likewise (digits and Latin letters, generously)
NEAR_THE_WAY_METRES = 6.0  # a room this close to the way is one the visitor passes and can check the number of
SYMBOLS = {PlaceKind.LIFT: "step-lift", PlaceKind.STAIRS: "step-stairs-up", PlaceKind.ENTRANCE: "step-door",
           PlaceKind.SERVICE_POINT: "nav-info", PlaceKind.INFO: "nav-info"}


def ahead_bearing(kiosk: Kiosk) -> float:
    return (kiosk.screen_faces + 180) % 360


def turned(point: Point, degrees: float) -> Point:
    """``point`` rotated counter-clockwise by ``degrees`` about the plan's origin."""
    angle = math.radians(degrees)
    x, y = point
    return (round(x * math.cos(angle) - y * math.sin(angle), 3), round(x * math.sin(angle) + y * math.cos(angle), 3))


@dataclass(frozen=True)
class _Box:
    left: float
    bottom: float
    right: float
    top: float

    def overlaps(self, other: _Box) -> bool:
        return not (self.right <= other.left or other.right <= self.left or self.top <= other.bottom
                    or other.top <= self.bottom)


def label_size(text: str, side: float) -> tuple[float, float]:
    """A label's width and height on a plan whose longer side is ``side`` (metres, or pixels once drawn)."""
    return len(text) * LABEL_CHARACTER * side, LABEL_HEIGHT * side


def _label_box(text: str, at: Point, side: float) -> _Box:
    width, height = label_size(text, side)
    return _Box(at[0] - width / 2, at[1] - height / 2, at[0] + width / 2, at[1] + height / 2)


def placed_labels(wanted: Iterable[MapLabel], side: float) -> tuple[MapLabel, ...]:
    """The labels in order of importance, each where it is free near its point: a room's on it, else above or
    below; a marker's below it, else above; a label with no free place is left out rather than drawn over another."""
    placed: list[tuple[MapLabel, _Box]] = []
    offset = LABEL_HEIGHT * side * 1.2
    for label in wanted:
        # A room's number sits on the room; a point's label beside its marker, never over it.
        shifts = (0, offset, -offset, 2 * offset, -2 * offset) if label.kind == "room" else \
            (-offset, offset, -2 * offset, 2 * offset)
        for dx, dy in ((0, shift) for shift in shifts):
            at = (round(label.at[0] + dx, 3), round(label.at[1] + dy, 3))
            box = _label_box(label.text, at, side)
            if not any(box.overlaps(other) for _, other in placed):
                placed.append((MapLabel(label.text, at, label.kind), box))
                break
    return tuple(label for label, _ in placed)


def _centre(place: Place) -> Point:
    if place.outline:
        return (sum(x for x, _ in place.outline) / len(place.outline),
                sum(y for _, y in place.outline) / len(place.outline))
    return place.x, place.y


def floor_map(content: Content, kiosk: Kiosk, floor_id: str, route: Route, names: ContentText,
              say: Translator) -> FloorMap:
    places = [place for place in content.places.values() if place.floor == floor_id]
    on_floor = {place.id for place in places}
    target = content.places[route.target]
    degrees = ahead_bearing(kiosk)

    def turn(point: Point) -> Point:
        return turned(point, degrees)

    rooms = tuple(MapRoom(tuple(turn(corner) for corner in place.outline), place.room or names.place_name(place) or "",
                          place.id == target.id) for place in places if place.outline)
    corridors = tuple((turn((content.places[c.from_].x, content.places[c.from_].y)),
                       turn((content.places[c.to].x, content.places[c.to].y)))
                      for c in content.connections if c.from_ in on_floor and c.to in on_floor and not c.closed)
    walked = tuple(((leg.start.x, leg.start.y), (leg.end.x, leg.end.y)) for leg in route.legs
                   if leg.start.floor == floor_id and leg.end.floor == floor_id)
    kiosk_place = content.places[kiosk.place]
    here = turn((kiosk_place.x, kiosk_place.y)) if kiosk_place.floor == floor_id else None
    destination = turn((target.x, target.y)) if target.floor == floor_id else None
    symbols = tuple(MapSymbol(SYMBOLS[place.kind], turn((place.x, place.y))) for place in places
                    if place.kind in SYMBOLS)
    corners = [corner for room in rooms for corner in room.outline] + [turn((place.x, place.y)) for place in places]
    xs, ys = [x for x, _ in corners], [y for _, y in corners]
    bounds = (min(xs) - MAP_MARGIN_METRES, min(ys) - MAP_MARGIN_METRES,
              max(xs) + MAP_MARGIN_METRES, max(ys) + MAP_MARGIN_METRES)
    side = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
    wanted = _wanted_labels(content, route, floor_id, walked, here, destination, turn, names, say)
    return FloorMap(floor_id, names.floor_label(content.floors[floor_id]), rooms, corridors,
                    tuple((turn(start), turn(end)) for start, end in walked), here, destination, bounds,
                    labels=placed_labels(wanted, side), symbols=symbols)


def _wanted_labels(content: Content, route: Route, floor_id: str, walked: tuple[tuple[Point, Point], ...],
                   here: Point | None, destination: Point | None, turn: Callable[[Point], Point], names: ContentText,
                   say: Translator) -> Iterable[MapLabel]:
    """In order of importance: where the visitor stands, the destination, where the way changes floor, then the
    rooms the way passes."""
    target = content.places[route.target]
    if here is not None:
        yield MapLabel(texts.MAP_HERE.render(say), here, "here")
    if destination is not None:
        yield MapLabel(target.room or names.place_name(target) or "", turn(_centre(target)), "destination")
    floors = route.floors
    if floor_id in floors:  # where the way leaves this floor, and where it arrives on it, by the floors it walks
        index = floors.index(floor_id)
        legs_off = [leg for leg in route.legs if leg.connection.type.changes_floor]
        leaving = next((leg.start for leg in legs_off if leg.start.floor == floor_id), None)
        arriving = next((leg.end for leg in reversed(legs_off) if leg.end.floor == floor_id), None)
        if leaving is not None and index + 1 < len(floors):
            yield MapLabel(texts.MAP_TO_FLOOR(floor=names.floor_label(content.floors[floors[index + 1]])).render(say),
                           turn((leaving.x, leaving.y)), "change")
        if arriving is not None and index > 0:
            yield MapLabel(texts.MAP_FROM_FLOOR(floor=names.floor_label(content.floors[floors[index - 1]])).render(
                say), turn((arriving.x, arriving.y)), "change")
    for place in content.places.values():
        if (place.floor == floor_id and place.room and place.id != target.id
                and any(_distance(_centre(place), start, end) <= NEAR_THE_WAY_METRES for start, end in walked)):
            yield MapLabel(place.room, turn(_centre(place)), "room")


def _distance(point: Point, start: Point, end: Point) -> float:
    """From ``point`` to the segment from ``start`` to ``end``."""
    (px, py), (ax, ay), (bx, by) = point, start, end
    length = (bx - ax) ** 2 + (by - ay) ** 2
    share = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / length))
    return math.hypot(px - (ax + share * (bx - ax)), py - (ay + share * (by - ay)))
