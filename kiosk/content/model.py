"""The typed, immutable content model for one site, as facilities staff write it (German text).

Every value arrives as a string (see ``yamlsource``); the types below turn it into what it means and refuse
anything else with an error code that ``loader`` turns into a located, translatable message. Unknown keys are
refused everywhere, so a misspelt key never silently does nothing.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal, InvalidOperation
from enum import Enum
from types import MappingProxyType
from typing import Annotated, Callable, ClassVar, Optional

from babel.numbers import list_currencies
from pydantic import (AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints, WithJsonSchema,
                      model_validator)
from pydantic_core import PydanticCustomError

from kiosk.language_codes import LANGUAGE_ALIASES

# Plausible for any building: a coordinate further than this from the plan's origin is a typo.
MAX_COORDINATE_METRES = 2000.0

# What the screens, the phone pages and the QR codes can show, far beyond what any real entry needs: a pasted
# paragraph or an extra zero is refused at its line instead of stalling a screen. content/README.md states them.
MAX_NAME_CHARACTERS = 100  # a tile, a title, a checklist item, a label (the longest in Chemnitz: 72)
MAX_SENTENCE_CHARACTERS = 400  # a summary, a note, a landmark (the longest in Chemnitz: 157)
MAX_SIGN_CHARACTERS = 16  # a room number or a lift button, as on the sign
MAX_ID_CHARACTERS = 64
MAX_PATH_CHARACTERS = 200
MAX_AMOUNT = Decimal(100_000)
CENTS = 2  # amounts are shown to the cent
# Per entry: more than a screen or a checklist holds, and than any office asks for.
MAX_LANGUAGES = 24
MAX_KIOSKS = 50
MAX_CONTACTS = 12
MAX_SHORTCUTS = 12
MAX_FALLBACKS = 5
MAX_DOCUMENTS_PER_SERVICE = 30
MAX_FEES_PER_SERVICE = 10
MAX_NOTES_PER_SERVICE = 10
MAX_INTERVALS_PER_DAY = 6
MAX_OUTLINE_CORNERS = 200
MAX_CLOSED_BY_A_NOTICE = 50
# Per site, all files together. Every concern's QR code is made ahead in every language, with and without stairs:
# 200 concerns in 24 languages are 9,600 codes, about 48 MB and 16 minutes of idle time after each change.
MAX_ENTRIES = MappingProxyType({
    "floors": 100, "zones": 500, "places": 10_000, "connections": 30_000,
    "services": 200, "documents": 500, "categories": 40, "notices": 200, "special_days": 400,
})

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:_[A-Z][a-z]{3})?(?:_[A-Z]{2})?(?:@[a-z]{2,8})?")  # de@easy: language_codes
_TIME_RANGE = re.compile(r"(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
_TRUE_WORDS = {"true", "yes", "ja", "on"}
_FALSE_WORDS = {"false", "no", "nein", "off"}


def _slug(value: str) -> str:
    if not _SLUG.fullmatch(value):
        raise PydanticCustomError("slug", "not an id", {"value": value})
    return value


def _text(value: str) -> str:
    value = value.strip()
    if not value:
        raise PydanticCustomError("text_empty", "empty text")
    return value


def _language(value: str) -> str:
    value = LANGUAGE_ALIASES.get(value, value)
    if not _LANGUAGE.fullmatch(value):
        raise PydanticCustomError("language", "not a language code", {"value": value})
    return value


def _boolean(value: object) -> object:
    if isinstance(value, str):
        word = value.strip().lower()
        if word in _TRUE_WORDS:
            return True
        if word in _FALSE_WORDS:
            return False
        raise PydanticCustomError("boolean", "not yes or no", {"value": value})
    return value


def _number_text(value: object, parse: Callable[[str], object], error: str) -> object:
    """Parse text with ``parse`` (a decimal comma is fine); pydantic checks anything that is not text."""
    if not isinstance(value, str):
        return value
    try:
        return parse(value.strip().replace(",", "."))
    except (ValueError, InvalidOperation):
        raise PydanticCustomError(error, "not a number", {"value": value}) from None


def _metres(value: object) -> object:
    number = _number_text(value, float, "number")
    if isinstance(number, float) and (not math.isfinite(number) or abs(number) > MAX_COORDINATE_METRES):
        raise PydanticCustomError("coordinate_range", "absurd coordinate",
                                  {"value": value, "limit": int(MAX_COORDINATE_METRES)})
    return number


def _bearing(value: object) -> object:
    number = _metres(value)
    if isinstance(number, float) and not 0 <= number < 360:
        raise PydanticCustomError("bearing", "not a bearing", {"value": value})
    return number


def _whole_number(value: object) -> object:
    return _number_text(value, int, "whole_number")


def _amount(value: object) -> object:
    amount = _number_text(value, Decimal, "amount")
    if isinstance(amount, Decimal) and (not amount.is_finite() or amount < 0):
        raise PydanticCustomError("amount", "not an amount", {"value": value})
    if isinstance(amount, Decimal) and amount > MAX_AMOUNT:
        raise PydanticCustomError("amount_too_large", "amount too large", {"value": value, "most": int(MAX_AMOUNT)})
    if isinstance(amount, Decimal) and amount != round(amount, CENTS):
        raise PydanticCustomError("amount_cents", "amount finer than cents", {"value": value})
    return amount


def _currency(value: str) -> str:
    code = value.strip().upper()
    if code not in list_currencies():
        raise PydanticCustomError("currency", "not a currency code", {"value": value})
    return code


def _as_on_a_sign(value: str) -> str:
    if len(value) > MAX_SIGN_CHARACTERS:
        raise PydanticCustomError("sign_too_long", "longer than a sign",
                                  {"length": len(value), "max_length": MAX_SIGN_CHARACTERS})
    return value


def _at_most(characters: int) -> StringConstraints:
    return StringConstraints(max_length=characters)


def _moment(value: object) -> object:
    """A date or a date with a time, on the site's clock (Europe/Berlin): "2026-12-01" or "2026-12-01 08:00"."""
    if not isinstance(value, str):
        return value
    text = value.strip().replace("T", " ")
    for parse in (date.fromisoformat, lambda text: datetime.strptime(text, "%Y-%m-%d %H:%M")):
        try:
            return parse(text)
        except ValueError:
            continue
    raise PydanticCustomError("moment", "not a date", {"value": value})


def _day(value: object) -> object:
    moment = _moment(value)
    if isinstance(moment, datetime):
        raise PydanticCustomError("day", "a date with a time", {"value": value})
    return moment


def _time_range(value: object) -> object:
    if not isinstance(value, str):
        return value
    match = _TIME_RANGE.fullmatch(value.strip())
    hours_from, minutes_from, hours_to, minutes_to = (int(part) for part in match.groups()) if match else (99,) * 4
    try:
        start, end = time(hours_from, minutes_from), time(hours_to, minutes_to)
    except ValueError:
        raise PydanticCustomError("time_range", "not a time range", {"value": value}) from None
    if start >= end:
        raise PydanticCustomError("time_range_order", "end before start", {"value": value})
    return start, end


# Links are shown as QR codes on the kiosk screen, read from arm's length: a code that holds 200 bytes stays small
# enough (phone page links add their language, kiosk and concern to the site's address).
MAX_LINK_BYTES = 200


def _https_url(value: str) -> str:
    value = value.strip()
    if not re.fullmatch(r"https://[^\s/$.?#][^\s]*", value):
        raise PydanticCustomError("https_url", "not an https link", {"value": value})
    if len(value.encode()) > MAX_LINK_BYTES:
        raise PydanticCustomError("https_url_long", "link too long for a QR code",
                                  {"value": value, "length": len(value.encode()), "most": MAX_LINK_BYTES})
    return value


def _color(value: str) -> str:
    if not _COLOR.fullmatch(value.strip()):
        raise PydanticCustomError("color", "not a colour", {"value": value})
    return value.strip().lower()


Id = Annotated[str, _at_most(MAX_ID_CHARACTERS), AfterValidator(_slug)]
Ref = Annotated[str, _at_most(MAX_ID_CHARACTERS), AfterValidator(_slug)]
Text = Annotated[str, _at_most(MAX_NAME_CHARACTERS), AfterValidator(_text)]
Sentence = Annotated[str, _at_most(MAX_SENTENCE_CHARACTERS), AfterValidator(_text)]
Currency = Annotated[str, AfterValidator(_currency)]
Language = Annotated[str, AfterValidator(_language)]
Flag = Annotated[bool, BeforeValidator(_boolean)]
Metres = Annotated[float, BeforeValidator(_metres)]
Bearing = Annotated[float, BeforeValidator(_bearing)]
WholeNumber = Annotated[int, BeforeValidator(_whole_number)]
Amount = Annotated[Decimal, BeforeValidator(_amount)]
TimeRange = Annotated[tuple[time, time], BeforeValidator(_time_range),
                      WithJsonSchema({"type": "string", "pattern": r"^\d{1,2}:\d{2}\s*[-–]\s*\d{1,2}:\d{2}$",
                                      "examples": ["08:00-12:00"]})]
Hours = Annotated[tuple[TimeRange, ...], Field(max_length=MAX_INTERVALS_PER_DAY)]
Moment = Annotated[datetime | date, BeforeValidator(_moment),
                   WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2})?$",
                                   "examples": ["2026-12-24", "2026-12-01 08:00"]})]
Day = Annotated[date, BeforeValidator(_day),
                WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "examples": ["2026-12-24"]})]
HttpsUrl = Annotated[str, AfterValidator(_https_url)]
Color = Annotated[str, AfterValidator(_color)]
# A room number is kept exactly as the door sign shows it ("3.032", "A 2.014"); only blank is refused.
RoomNumber = Annotated[str, AfterValidator(_text), AfterValidator(_as_on_a_sign),
                       WithJsonSchema({"type": "string", "maxLength": MAX_SIGN_CHARACTERS})]
# A path to a file inside the site folder; ``checks`` makes sure it stays inside and exists.
SiteFilePath = Annotated[str, _at_most(MAX_PATH_CHARACTERS), AfterValidator(_text)]


@dataclass(frozen=True)
class Translated:
    """A text field visitors read in their language: ``kiosk.i18n`` extracts it into the content catalog with
    this note for translators and looks it up there, under the context ``<kind>/<id>/<field path>``."""

    note: str


@dataclass(frozen=True)
class Untranslated:
    """A text field shown exactly as staff wrote it, in every language, and why."""

    reason: str


LEGAL_TERMS = ("Where German offices and letters use a legal term, give it in brackets after yours, "
               "e.g. \"residence permit (Aufenthaltstitel)\".")
HOURS_NOTE = Translated("A short note under the opening hours.")
AS_ON_SIGNS = Untranslated("as on the building's signs and buttons, which visitors compare it with")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    # The first part of the translation context of this entry's texts ("service" in "service/<id>/name"); an entry
    # without one (a fee, a contact) continues the context of the entry it is written in.
    translation_kind: ClassVar[str | None] = None

    @property
    def translation_id(self) -> str | None:
        """The second part of that context: the entry's id."""
        return getattr(self, "id", None) if self.translation_kind else None


class Floor(_Strict):
    translation_kind = "floor"
    id: Id
    ordinal: WholeNumber = Field(description="0 for the ground floor, 1 for the first upper floor, -1 below ground.")
    label: Annotated[Text, Translated(
        "A floor's name; used inside directions such as \"Take the lift to: {floor}\" and on maps.")] = Field(
        description="As visitors read it, e.g. \"3. Obergeschoss\".")
    short_label: Annotated[RoomNumber, AS_ON_SIGNS] = Field(description="As on the lift buttons, e.g. \"3\" or \"EG\".")


class Zone(_Strict):
    """A colour zone of the building's physical guidance system (signs, floor stripes)."""

    translation_kind = "zone"
    id: Id
    name: Annotated[Text, Translated(
        "The name on the building's colour-coded signs; used in \"Follow the signs: {zone}\".")]
    color: Color


class PlaceKind(str, Enum):
    ROOM = "room"
    OFFICE = "office"
    SERVICE_POINT = "service_point"
    WAITING_AREA = "waiting_area"
    ENTRANCE = "entrance"
    LOBBY = "lobby"
    CORRIDOR = "corridor"
    LIFT = "lift"
    STAIRS = "stairs"
    TOILET = "toilet"
    LETTERBOX = "letterbox"
    INFO = "info"


class Place(_Strict):
    translation_kind = "place"
    id: Id
    kind: PlaceKind
    floor: Ref
    x: Metres = Field(description="Metres east of the plan's origin.")
    y: Metres = Field(description="Metres north of the plan's origin.")
    name: Annotated[Optional[Text], Translated(
        "A place in the building, shown on the map and in \"You have arrived: {place}\".")] = None
    room: Annotated[Optional[RoomNumber], AS_ON_SIGNS] = Field(
        None, description="Exactly as on the door sign, e.g. \"3.032\".")
    zone: Optional[Ref] = None
    outline: Optional[tuple[tuple[Metres, Metres], ...]] = Field(
        None, max_length=MAX_OUTLINE_CORNERS, description="Corner points [x, y] of the room for the floor map.")
    accessible: Optional[Flag] = Field(None, description="For toilets and counters: usable from a wheelchair.")

    @model_validator(mode="after")
    def _outline_is_a_polygon(self) -> Place:
        if self.outline is not None and len(self.outline) < 3:
            raise PydanticCustomError("outline", "outline too short")
        return self


class ConnectionType(str, Enum):
    WALK = "walk"
    DOOR = "door"
    STAIRS = "stairs"
    ESCALATOR = "escalator"
    ELEVATOR = "elevator"
    RAMP = "ramp"

    @property
    def has_steps(self) -> bool:
        return self in (ConnectionType.STAIRS, ConnectionType.ESCALATOR)

    @property
    def changes_floor(self) -> bool:
        return self in (ConnectionType.STAIRS, ConnectionType.ESCALATOR, ConnectionType.ELEVATOR)


class Connection(_Strict):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    translation_kind = "connection"

    id: Optional[Id] = Field(None, description="Only to close it from a notice, e.g. \"tuer-3og-west\".")
    from_: Ref = Field(alias="from")
    to: Ref
    type: ConnectionType = ConnectionType.WALK
    step_free: Optional[Flag] = Field(
        None, description="Leave out: stairs and escalators have steps, everything else is step-free.")
    landmark: Annotated[Optional[Sentence], Translated(
        "A whole sentence in the walking directions; it must be true in both walking directions.")] = Field(
        None, description="A whole sentence a visitor can follow, e.g. \"Gehen Sie an der Infotheke vorbei.\"")
    one_way: Flag = Field(False, description="Only usable from \"from\" to \"to\".")
    closed: Flag = Field(False, description="Temporarily out of use (e.g. a lift under repair).")

    @property
    def is_step_free(self) -> bool:
        return self.step_free if self.step_free is not None else not self.type.has_steps

    @property
    def key(self) -> str:
        """Stable name used in translation contexts; connections have no id of their own."""
        return f"{self.from_}--{self.to}"

    @property
    def translation_id(self) -> str:
        return self.key


class WeeklyHours(_Strict):
    mon: Hours = ()
    tue: Hours = ()
    wed: Hours = ()
    thu: Hours = ()
    fri: Hours = ()
    sat: Hours = ()
    sun: Hours = ()
    note: Annotated[Optional[Sentence], HOURS_NOTE] = None

    def day(self, weekday: int) -> tuple[tuple[time, time], ...]:
        """Opening intervals for ``weekday`` (0 = Monday)."""
        return (self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun)[weekday]


class Kiosk(_Strict):
    translation_kind = "kiosk"
    id: Id
    name: Annotated[Text, Translated("Where this kiosk stands, shown on phone pages as the starting point.")]
    place: Ref
    screen_faces: Bearing = Field(
        description="Compass bearing on the plan (0 = up/north, 90 = right/east) the screen looks towards; "
                    "a visitor reading it faces the opposite way.")


class Contact(_Strict):
    label: Annotated[Text, Translated(
        "Who a phone number or e-mail address belongs to, on the information screen.")]
    phone: Annotated[Optional[Text], Untranslated("a number to dial")] = None
    email: Annotated[Optional[Text], Untranslated("an address to write to")] = None
    web: Optional[HttpsUrl] = None


class Brochure(_Strict):
    title: Annotated[Text, Translated(
        "The title of the city's brochure for newcomers (e.g. \"Welcome to Chemnitz\"), on the information screen "
        "beside a QR code to read it on a phone. Use the title of the brochure's edition in your language if "
        "there is one.")]
    editions: Annotated[dict[Language, SiteFilePath], Untranslated("links and file names")] = Field(
        min_length=1, max_length=MAX_LANGUAGES,
        description="Per language, an https link to the brochure or a PDF in the site folder "
                    "(brochures/willkommen-ar.pdf), published with the phone pages.")


class Site(_Strict):
    translation_kind = "site"
    id: Id
    name: Annotated[Text, Translated("Name of the building, shown in the kiosk's header and on phone pages.")]
    address: Annotated[Text, Untranslated("the postal address, as on letters and maps")]
    source_language: Language = "de"
    languages: tuple[Language, ...] = Field(min_length=1, max_length=MAX_LANGUAGES,
                                            description="Offered languages, in the order shown.")
    fallbacks: dict[Language, Annotated[tuple[Language, ...], Field(max_length=MAX_FALLBACKS)]] = Field(
        default_factory=dict, description="Where a language's text is missing, try these in turn.")
    required_translation_percent: WholeNumber = Field(
        100, ge=0, le=100, description="Share of texts each offered language must have translated.")
    kiosks: tuple[Kiosk, ...] = Field(min_length=1, max_length=MAX_KIOSKS)
    service_point: Ref = Field(description="The place visitors are sent to when unsure.")
    shortcuts: tuple[Ref, ...] = Field((), max_length=MAX_SHORTCUTS,
                                       description="Services offered beside the categories, in this order.")
    opening_hours: WeeklyHours
    contacts: tuple[Contact, ...] = Field((), max_length=MAX_CONTACTS)
    holidays: Optional[HolidayRegion] = Field(
        None, description="Where the office keeps the public holidays of, e.g. {country: DE, state: SN}.")
    brochure: Optional[Brochure] = Field(None, description="The city's welcome brochure, in the languages it has.")
    phone_pages_url: Optional[HttpsUrl] = Field(
        None, description="Where the phone pages made by `kiosk export-web` are published (https). With it, the "
                          "kiosk's QR codes hold short links to them; without it, a short text.")

    @property
    def translation_id(self) -> None:
        return None  # one site to a folder: its texts are "site/name", not "site/<id>/name"


class AppointmentRule(str, Enum):
    REQUIRED = "required"
    OPTIONAL = "optional"
    NONE = "none"


class Appointment(_Strict):
    rule: AppointmentRule
    booking_url: Optional[HttpsUrl] = None
    note: Annotated[Optional[Sentence], Translated("How to get an appointment, where there is no booking link.")] = Field(
        None, description="How to get an appointment where there is no booking link.")

    @model_validator(mode="after")
    def _says_how_to_book(self) -> Appointment:
        if self.rule is AppointmentRule.REQUIRED and not (self.booking_url or self.note):
            raise PydanticCustomError("appointment_how", "no way to book")
        return self


class Fee(_Strict):
    amount: Amount
    currency: Annotated[Currency, Untranslated("an ISO 4217 code; the amount is written in the visitor's way")] = "EUR"
    label: Annotated[Optional[Text], Translated("What a fee is for, shown beside the amount.")] = None


class Service(_Strict):
    translation_kind = "service"
    id: Id
    category: Ref
    name: Annotated[Text, Translated("A visitor's concern, on a button and as the title of its screen. Keep it short "
                                     "(about 40 characters). " + LEGAL_TERMS)]
    summary: Annotated[Sentence, Translated("One or two plain sentences under the concern's title. Many readers are "
                                        "stressed and read slowly: keep it simple. " + LEGAL_TERMS)]
    destination: Ref
    appointment: Appointment
    documents: tuple[Ref, ...] = Field((), max_length=MAX_DOCUMENTS_PER_SERVICE)
    fees: tuple[Fee, ...] = Field((), max_length=MAX_FEES_PER_SERVICE)
    notes: Annotated[tuple[Sentence, ...], Translated(
        "A note on the concern's screen. Keep room numbers, times and amounts exactly as they are."),
        Field(max_length=MAX_NOTES_PER_SERVICE)] = ()
    ask: Optional[Ref] = Field(None, description="Place to ask when unsure; the site's service point if left out.")
    opening_hours: Optional[WeeklyHours] = Field(None, description="Only where they differ from the site's.")
    icon: Annotated[Optional[SiteFilePath], Untranslated("a file name")] = Field(
        None, description="A pictogram of its own (PNG in the site folder), e.g. for a concern shown beside the "
                          "topics; its topic's otherwise.")
    search_words: Annotated[Optional[Sentence], Translated(
        "Words a visitor may type to find this concern, separated by commas: other names, words from letters, "
        "short forms. Write the words people use in your language, as many as help; they need not translate the "
        "German ones one by one.")] = None


class Document(_Strict):
    translation_kind = "document"
    id: Id
    name: Annotated[Text, Translated("An item on the checklist of documents to bring. " + LEGAL_TERMS)]
    description: Annotated[Optional[Sentence], Translated(
        "One sentence explaining the document, under its name on the checklist.")] = None


class Category(_Strict):
    translation_kind = "category"
    id: Id
    name: Annotated[Text, Translated(
        "A topic tile on the screen where visitors choose their concern. Keep it short.")]
    icon: Annotated[SiteFilePath, Untranslated("a file name")] = Field(description="Pictogram, a PNG file inside the site folder, e.g. icons/pass.png.")
    order: WholeNumber


# Section name in the YAML -> the kind named in ids, translation contexts and messages.
SECTION_KINDS = MappingProxyType({
    "floors": "floor", "zones": "zone", "places": "place", "services": "service",
    "documents": "document", "categories": "category", "notices": "notice", "special_days": "special day",
})


REGION_CODE = Untranslated("a code of the holidays package, never shown")


class HolidayRegion(_Strict):
    country: Annotated[Text, REGION_CODE] = Field(description="ISO 3166 code, e.g. \"DE\".")
    state: Annotated[Optional[Text], REGION_CODE] = Field(
        None, description="The state's code, e.g. \"SN\" for Saxony (Reformationstag, Buß- und Bettag).")


class SpecialDay(_Strict):
    """A date the office keeps differently from its week: closed (no hours) or with hours of its own."""

    translation_kind = "day"
    date: Day
    name: Annotated[Text, Translated("The name of a day the office keeps differently, e.g. \"Christmas Eve\"; "
                                     "shown as \"Closed today: {name}\".")]
    hours: Hours = Field((), description="Leave out to close the office that day.")

    @property
    def id(self) -> str:
        return self.date.isoformat()


class Notice(_Strict):
    """What staff tell visitors for a while: a lift out of order, a room moved. Closes places or connections."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)
    translation_kind = "notice"
    id: Id
    text: Annotated[Sentence, Translated("A notice to visitors for a while, e.g. that a lift is out of order. "
                                         "Keep room numbers and dates exactly as they are.")]
    from_: Optional[Moment] = Field(None, alias="from", description="From this date (its start) or time on.")
    until: Optional[Moment] = Field(None, description="Up to this date (inclusive) or time.")
    closes: tuple[Ref, ...] = Field((), max_length=MAX_CLOSED_BY_A_NOTICE,
                                    description="Places or connections (by id) nobody can use meanwhile.")
    shows: Ref = Field("everywhere", description="Where visitors see it: everywhere, or a service, place or "
                                                 "floor id (its concerns and routes).")

    @property
    def starts(self) -> datetime | None:
        return _start_of(self.from_)

    @property
    def ends(self) -> datetime | None:
        """The first moment it no longer holds: a date given for ``until`` is included whole."""
        if isinstance(self.until, datetime) or self.until is None:
            return self.until
        return datetime.combine(self.until + timedelta(days=1), time())

    def in_force(self, moment: datetime) -> bool:
        return (self.starts is None or self.starts <= moment) and (self.ends is None or moment < self.ends)

    @model_validator(mode="after")
    def _ends_after_it_starts(self) -> Notice:
        if self.starts is not None and self.ends is not None and self.ends <= self.starts:
            raise PydanticCustomError("notice_order", "until before from")
        return self


def _start_of(moment: datetime | date | None) -> datetime | None:
    return moment if isinstance(moment, datetime) or moment is None else datetime.combine(moment, time())


EVERYWHERE = "everywhere"


class SiteFile(_Strict):
    """One YAML file of a site folder: any of the sections below, split across files as staff like."""

    site: Optional[Site] = None
    floors: tuple[Floor, ...] = ()
    zones: tuple[Zone, ...] = ()
    places: tuple[Place, ...] = ()
    connections: tuple[Connection, ...] = ()
    services: tuple[Service, ...] = ()
    documents: tuple[Document, ...] = ()
    categories: tuple[Category, ...] = ()
    notices: tuple[Notice, ...] = ()
    special_days: tuple[SpecialDay, ...] = ()
