"""Semantic steps: what a visitor does, as data. Sentences are made from them in ``kiosk.i18n.steps``.

Turns come from the bearing change between legs, relative to the way the visitor is walking; the first step
is relative to a visitor facing the kiosk screen. Consecutive straight legs merge into one walk, and a walk's
distance is measured from the turn that starts it to the next turn: a door or a lift never carries metres over.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Union

from kiosk.content import Content
from kiosk.content.model import ConnectionType, Kiosk, Place, PlaceKind
from kiosk.routing.graph import Leg

# Bearing change (degrees) up to which a turn counts as the named kind; above the last it is a turn-around.
STRAIGHT_UP_TO = 20.0
SLIGHT_UP_TO = 50.0
NORMAL_UP_TO = 135.0
SHARP_UP_TO = 165.0
# Sides as bands of the bearing change (degrees, either way): up to AHEAD_UP_TO it is ahead, from BEHIND_FROM on
# it is behind, in between left or right. Relative to a visitor facing the screen, the bands are quarters:
START_AHEAD_UP_TO = 45.0
START_BEHIND_FROM = 135.0
# Where the destination lies relative to the last heading: more than 120 degrees round (a room at 127 degrees,
# behind on the right) the visitor has to turn round to face it, so it is "behind you", not "on your right".
ARRIVAL_AHEAD_UP_TO = 30.0
ARRIVAL_BEHIND_FROM = 120.0
# Off a lift or stairs, a first leg up to this long is stepping out onto the landing: unsaid when a turn follows.
STEPPING_OUT_UP_TO = 5.0


class Turn(str, Enum):
    STRAIGHT = "straight"
    SLIGHT_LEFT = "slight-left"
    LEFT = "left"
    SHARP_LEFT = "sharp-left"
    SLIGHT_RIGHT = "slight-right"
    RIGHT = "right"
    SHARP_RIGHT = "sharp-right"
    TURN_AROUND = "turn-around"


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    AHEAD = "ahead"
    BEHIND = "behind"


class Vertical(str, Enum):
    UP = "up"
    DOWN = "down"


class Arrival(str, Enum):
    """How the destination is announced: by its room number, its name, or words for its kind."""

    ROOM = "room"
    PLACE = "place"
    WAITING_AREA = "waiting-area"
    SERVICE_POINT = "service-point"
    TOILET = "toilet"
    EXIT = "exit"
    LETTERBOX = "letterbox"
    INFO = "info"
    LIFT = "lift"
    STAIRS = "stairs"
    DESTINATION = "destination"  # a room, office, lobby or corridor with neither name nor number


@dataclass(frozen=True, slots=True)
class StartStep:
    direction: Side
    metres: int


@dataclass(frozen=True, slots=True)
class WalkStep:
    turn: Turn
    metres: int


@dataclass(frozen=True, slots=True)
class RampStep:
    turn: Turn
    metres: int


@dataclass(frozen=True, slots=True)
class DoorStep:
    pass


@dataclass(frozen=True, slots=True)
class StairsStep:
    vertical: Vertical
    floors: int
    floor: str  # floor id reached


@dataclass(frozen=True, slots=True)
class EscalatorStep:
    vertical: Vertical
    floor: str


@dataclass(frozen=True, slots=True)
class LiftStep:
    floor: str


@dataclass(frozen=True, slots=True)
class ZoneStep:
    zone: str


@dataclass(frozen=True, slots=True)
class LandmarkStep:
    connection: str  # connection key "from--to", the landmark's translation context
    text: str


@dataclass(frozen=True, slots=True)
class ArriveStep:
    place: str
    arrival: Arrival
    side: Side | None


@dataclass(frozen=True, slots=True)
class HereStep:
    """The kiosk stands where the concern is (a waiting area with its own screen): no way to walk."""

    place: str


Step = Union[StartStep, WalkStep, RampStep, DoorStep, StairsStep, EscalatorStep, LiftStep, ZoneStep, LandmarkStep,
             ArriveStep, HereStep]


def bearing_change(before: float, after: float) -> float:
    """Signed change from ``before`` to ``after`` in degrees, in [-180, 180); positive turns right."""
    return (after - before + 540.0) % 360.0 - 180.0


def classify_turn(change: float) -> Turn:
    size, right = abs(change), change > 0
    if size <= STRAIGHT_UP_TO:
        return Turn.STRAIGHT
    if size <= SLIGHT_UP_TO:
        return Turn.SLIGHT_RIGHT if right else Turn.SLIGHT_LEFT
    if size <= NORMAL_UP_TO:
        return Turn.RIGHT if right else Turn.LEFT
    if size <= SHARP_UP_TO:
        return Turn.SHARP_RIGHT if right else Turn.SHARP_LEFT
    return Turn.TURN_AROUND


def classify_side(change: float, ahead_up_to: float, behind_from: float) -> Side:
    size = abs(change)
    if size <= ahead_up_to:
        return Side.AHEAD
    if size >= behind_from:
        return Side.BEHIND
    return Side.RIGHT if change > 0 else Side.LEFT


def round_for_people(metres: float) -> int:
    """"About 30 m": nearest 5 m up to 50, 10 m up to 200, 50 m beyond; never less than 5."""
    for limit, unit in ((50.0, 5), (200.0, 10)):
        if metres <= limit:
            return max(unit, int(round(metres / unit)) * unit)
    return int(round(metres / 50.0)) * 50


# Kinds with sentences of their own: visitors wait or ask there, whatever the place is called.
_ARRIVALS = {PlaceKind.WAITING_AREA: Arrival.WAITING_AREA, PlaceKind.SERVICE_POINT: Arrival.SERVICE_POINT}
# Kinds a visitor looks for by what they are: announced by their name if they have one, else by these words, never
# by a room number (a WC's number is not on a sign anyone looks for).
_KIND_WORDS = {PlaceKind.TOILET: Arrival.TOILET, PlaceKind.ENTRANCE: Arrival.EXIT,
               PlaceKind.LETTERBOX: Arrival.LETTERBOX, PlaceKind.INFO: Arrival.INFO, PlaceKind.LIFT: Arrival.LIFT,
               PlaceKind.STAIRS: Arrival.STAIRS}


def arrival_for(place: Place) -> Arrival:
    """How ``place`` is announced; every place gets words, none is announced by its id."""
    if place.kind in _ARRIVALS:
        return _ARRIVALS[place.kind]
    if place.kind in _KIND_WORDS:
        return Arrival.PLACE if place.name else _KIND_WORDS[place.kind]
    if place.room:
        return Arrival.ROOM
    return Arrival.PLACE if place.name else Arrival.DESTINATION


_WALKS = (ConnectionType.WALK, ConnectionType.DOOR, ConnectionType.RAMP)


def describe(content: Content, kiosk: Kiosk, legs: tuple[Leg, ...]) -> tuple[Step, ...]:
    if not legs:  # a way of no legs: the destination is the kiosk's own place
        return (HereStep(kiosk.place),)
    return tuple(_Describer(content, kiosk).run(legs))


class _Describer:
    def __init__(self, content: Content, kiosk: Kiosk) -> None:
        self.content = content
        self.steps: list[Step] = []
        self.heading: float | None = (kiosk.screen_faces + 180.0) % 360.0
        self.at_start = True
        self.walk: tuple[type[WalkStep] | type[RampStep], Turn | Side, float] | None = None
        self.stepping_out = False  # the walk so far is only the step out of a lift or off the stairs

    def run(self, legs: tuple[Leg, ...]) -> list[Step]:
        if not legs:
            return []
        destination = legs[-1].end
        if legs[0].start.floor == destination.floor:
            self._zone(destination.zone)
        index = 0
        while index < len(legs):
            leg = legs[index]
            kind = leg.connection.type
            if kind.changes_floor:
                index = self._floor_change(legs, index)
                if legs[index - 1].end.floor == destination.floor:
                    self._zone(destination.zone)
                continue
            if leg.connection.landmark:
                self._flush()
                self.steps.append(LandmarkStep(leg.connection.key, leg.connection.landmark))
            if index == len(legs) - 1:
                self._arrive(leg)
            elif kind is ConnectionType.DOOR and self.at_start:
                self._walk(leg)  # the first move says which way to go from the screen, then the door
                self._flush()
                self.steps.append(DoorStep())
            elif kind is ConnectionType.DOOR:
                # Through the door, then the door's own leg starts a new walk: its metres end at the next turn.
                self._flush()
                self.steps.append(DoorStep())
                self._walk(leg)
            else:
                self._walk(leg)
            index += 1
        if not isinstance(self.steps[-1] if self.steps else None, ArriveStep):  # ended on a lift or stairs
            self._flush()
            self.steps.append(ArriveStep(destination.id, arrival_for(destination), None))
        return self.steps

    def _zone(self, zone: str | None) -> None:
        if zone is not None:
            self._flush()
            self.steps.append(ZoneStep(zone))

    def _turn_to(self, bearing: float | None) -> Turn | Side | None:
        """The turn onto ``bearing``, None where the leg does not move sideways; the first is relative to a
        visitor facing the screen, the first after a lift or stairs is straight on (out of the lift)."""
        if bearing is None:
            return None
        before, self.heading = self.heading, bearing
        if before is None:
            return Turn.STRAIGHT
        change = bearing_change(before, bearing)
        if self.at_start:
            self.at_start = False
            return classify_side(change, START_AHEAD_UP_TO, START_BEHIND_FROM)
        return classify_turn(change)

    def _walk(self, leg: Leg) -> None:
        step_type = RampStep if leg.connection.type is ConnectionType.RAMP else WalkStep
        was_start, off_a_floor_change = self.at_start, self.heading is None
        turn = self._turn_to(leg.bearing)
        if turn is None:  # less than half a metre: part of whatever walk it lies on
            if self.walk is not None:
                self.walk = (self.walk[0], self.walk[1], self.walk[2] + leg.metres)
            return
        if self.walk and self.walk[0] is step_type and turn is Turn.STRAIGHT and not was_start:
            self.walk = (step_type, self.walk[1], self.walk[2] + leg.metres)
            self.stepping_out = False
            return
        self._flush()
        self.walk = (step_type, turn, leg.metres)
        self.stepping_out = off_a_floor_change and leg.metres <= STEPPING_OUT_UP_TO

    def _flush(self) -> None:
        if self.walk is None:
            return
        step_type, turn, metres = self.walk
        self.walk = None
        if self.stepping_out:  # the turn (or arrival) that follows is said relative to it; its metres are not walked
            self.stepping_out = False
            return
        if isinstance(turn, Side):
            self.steps.append(StartStep(turn, round_for_people(metres)))
        else:
            self.steps.append(step_type(turn, round_for_people(metres)))

    def _floor_change(self, legs: tuple[Leg, ...], index: int) -> int:
        """One step for a run of the same kind of floor change (a lift ridden past several floors)."""
        self._flush()
        kind = legs[index].connection.type
        end = index
        while end < len(legs) and legs[end].connection.type is kind:
            end += 1
        floors = self.content.floors
        start_ordinal = floors[legs[index].start.floor].ordinal
        target = legs[end - 1].end.floor
        difference = floors[target].ordinal - start_ordinal
        vertical = Vertical.UP if difference > 0 else Vertical.DOWN
        if kind is ConnectionType.ELEVATOR:
            self.steps.append(LiftStep(target))
        elif kind is ConnectionType.ESCALATOR:
            self.steps.append(EscalatorStep(vertical, target))
        else:
            self.steps.append(StairsStep(vertical, abs(difference), target))
        self.heading = None  # which way the visitor faces after a lift or stairs comes from the next leg
        self.at_start = False
        return end

    def _arrive(self, leg: Leg) -> None:
        place = leg.end
        side: Side | None = None
        if leg.bearing is not None and self.heading is not None:
            side = classify_side(bearing_change(self.heading, leg.bearing), ARRIVAL_AHEAD_UP_TO, ARRIVAL_BEHIND_FROM)
            if side is Side.AHEAD and leg.connection.type in _WALKS and not self.at_start:
                # Walking straight into it: the last leg is part of the walk, the place lies ahead.
                self._walk(leg)
        self._flush()
        self.steps.append(ArriveStep(place.id, arrival_for(place), side))
