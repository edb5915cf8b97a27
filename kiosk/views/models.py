"""Everything one screen shows, already in the visitor's language: the UI only puts it on screen."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

Point = tuple[float, float]


@dataclass(frozen=True)
class Chrome:
    """The buttons every screen has, in the visitor's language."""

    locale: str
    right_to_left: bool
    home: str
    back: str
    language: str
    search: str
    step_free: str
    larger_text: str
    information: str
    read_aloud: str
    no_voice: str  # beside the read-aloud button, where the language has no voice yet


@dataclass(frozen=True)
class Tile:
    kind: str  # "category", "service" or "search"
    id: str
    label: str
    icon: Path | None


@dataclass(frozen=True)
class ConcernsView:
    title: str
    tiles: tuple[Tile, ...]
    note: str = ""  # why the visitor is back here, when it was not their choice
    notices: tuple[str, ...] = ()  # what staff tell every visitor now ("The east lift is being serviced …")


@dataclass(frozen=True)
class CategoryView:
    title: str
    heading: str
    services: tuple[Tile, ...]


@dataclass(frozen=True)
class StepItem:
    number: int
    text: str
    pictogram: str  # name of a file in assets/icons without ".png"
    floor: str  # the floor whose map belongs to this step


@dataclass(frozen=True)
class MapRoom:
    outline: tuple[Point, ...]
    label: str
    destination: bool


@dataclass(frozen=True)
class MapLabel:
    text: str
    at: Point  # its centre
    kind: str  # "here", "destination", "change" (the way goes to another floor), "room" (one the way passes)


@dataclass(frozen=True)
class MapSymbol:
    icon: str  # name of a file in assets/icons without ".png": a lift, stairs, a door out, the service point
    at: Point


@dataclass(frozen=True)
class FloorMap:
    """One floor's plan in metres, turned so that ahead is up for the visitor at the kiosk (kiosk.views.floor_map)."""

    floor: str
    label: str
    rooms: tuple[MapRoom, ...]
    corridors: tuple[tuple[Point, Point], ...]
    route: tuple[tuple[Point, Point], ...]
    you_are_here: Point | None
    destination: Point | None
    bounds: tuple[float, float, float, float]  # min x, min y, max x, max y in metres
    labels: tuple[MapLabel, ...] = ()  # placed so that none overlaps another
    symbols: tuple[MapSymbol, ...] = ()


@dataclass(frozen=True)
class ServiceView:
    service: str
    title: str
    summary: str
    room_heading: str  # empty where the destination has no room number
    room: str  # the room number as on the sign, or else the place's name
    floor: str
    zone: str | None
    zone_color: str | None
    appointment: str
    way_heading: str
    step_free_notice: str | None
    steps: tuple[StepItem, ...]
    maps: tuple[FloorMap, ...]
    documents_heading: str
    documents: tuple[tuple[str, str | None], ...]
    fees_heading: str
    fees: tuple[str, ...]
    notes: tuple[str, ...]
    hours_heading: str
    hours_today: str
    hours_note: str | None  # what staff wrote beside the hours ("Collection without an appointment.")
    take_along: str
    qr_payload: str
    booking_code: str  # the label under the booking link's code; empty where there is none
    booking_url: str | None
    notices: tuple[str, ...] = ()  # in force now, for everyone or for this concern, its room or its way
    floor_ordinal: int = 0  # the destination's floor, 0 the ground floor: speech says it in words


@dataclass(frozen=True)
class ConcernHours:
    """A concern's own opening hours (another office in the building), where they differ from the site's."""

    heading: str
    hours: tuple[tuple[str, str], ...]
    note: str | None


@dataclass(frozen=True)
class BrochureView:
    heading: str
    title: str  # the brochure's own title, in the visitor's language
    note: str  # how to take it along, and its language where it is not the visitor's
    url: str  # what the QR code holds


@dataclass(frozen=True)
class InformationView:
    title: str
    hours_heading: str
    hours: tuple[tuple[str, str], ...]
    hours_note: str | None
    concern_hours: ConcernHours | None  # coming from a concern with hours of its own
    contact_heading: str
    contacts: tuple[tuple[str, str, str], ...]  # (who, number or address, "phone" / "email" / "web")
    address_heading: str
    address: str
    notices: tuple[str, ...] = ()
    brochure: BrochureView | None = None  # the city's welcome brochure, where the site names one


@dataclass(frozen=True)
class KeyboardChoice:
    layout: str  # a file of assets/keyboards/
    label: str  # the switch to it, in its own script ("ABC", "123", "العربية")


@dataclass(frozen=True)
class SearchView:
    title: str
    prompt: str  # what to type, shown in the empty field
    query: str
    results: tuple[Tile, ...]  # the concerns found, best first
    note: str  # nothing found: what to do instead; empty while there are results or nothing is typed
    keyboards: tuple[KeyboardChoice, ...]  # the visitor's own script first


@dataclass(frozen=True)
class IdleView:
    title: str
    countdown: str  # with "{seconds}" still to fill in
    continue_label: str
