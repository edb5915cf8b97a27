"""A floor map as SVG geometry: the kiosk's floor plan in page coordinates (y grows downwards, unlike the plan)."""
from __future__ import annotations

from dataclasses import dataclass

from kiosk.views.models import FloorMap, Point


@dataclass(frozen=True)
class SvgRoom:
    points: str  # for <polygon points="...">
    label: str
    label_at: Point
    destination: bool


@dataclass(frozen=True)
class SvgMap:
    label: str
    view_box: str
    rooms: tuple[SvgRoom, ...]
    corridors: tuple[tuple[Point, Point], ...]
    route: tuple[tuple[Point, Point], ...]
    start: Point | None
    destination: Point | None


def svg_map(plan: FloorMap) -> SvgMap:
    min_x, min_y, max_x, max_y = plan.bounds

    def flip(point: Point) -> Point:
        x, y = point
        return round(x - min_x, 2), round(max_y - y, 2)

    def segments(lines: tuple[tuple[Point, Point], ...]) -> tuple[tuple[Point, Point], ...]:
        return tuple((flip(start), flip(end)) for start, end in lines)

    rooms = []
    for room in plan.rooms:
        corners = [flip(corner) for corner in room.outline]
        centre = (round(sum(x for x, _ in corners) / len(corners), 2),
                  round(sum(y for _, y in corners) / len(corners), 2))
        rooms.append(SvgRoom(" ".join(f"{x},{y}" for x, y in corners), room.label, centre, room.destination))
    return SvgMap(
        plan.label, f"0 0 {round(max_x - min_x, 2)} {round(max_y - min_y, 2)}", tuple(rooms),
        segments(plan.corridors), segments(plan.route),
        flip(plan.you_are_here) if plan.you_are_here else None,
        flip(plan.destination) if plan.destination else None)
