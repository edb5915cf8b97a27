"""Pydantic's validation errors, turned into located messages staff can act on."""
from __future__ import annotations

import types
import typing
from enum import Enum
from typing import Any

from pydantic import BaseModel, ValidationError

from kiosk.content.model import MAX_COORDINATE_METRES, SiteFile
from kiosk.content.problems import Problem
from kiosk.messages import S_
from kiosk.content.suggest import did_you_mean
from kiosk.content.yamlsource import Document, ValuePath

UNKNOWN_KEY = S_("content problem", "Unknown key \"{key}\".")
MISSING_KEY = S_("content problem", "\"{key}\" is missing here.")
HINT_MISSING_KEY = S_("content hint", "Add a line \"{key}: …\" to this entry.")
NO_VALUE = S_("content problem", "\"{key}\" has no value.")
HINT_NO_VALUE = S_("content hint", "Write the value after the colon, or remove the line if it is optional.")
EXPECTED_MAPPING = S_("content problem", "\"{key}\" must be a group of \"name: value\" lines.")
EXPECTED_LIST = S_("content problem", "\"{key}\" must be a list (lines starting with \"- \").")
EXPECTED_TEXT = S_("content problem", "\"{key}\" must be a single text, not a list or group.")
EXPECTED_NUMBER = S_("content problem", "\"{key}\" must be a number.")
NOT_ONE_OF = S_("content problem", "\"{value}\" is not a valid {key}.")
NOT_AN_ID = S_("content problem", "\"{value}\" is not a valid id.")
HINT_ID = S_("content hint", "Ids use lowercase letters a-z, digits and single hyphens, e.g. \"raum-3-032\".")
EMPTY_TEXT = S_("content problem", "\"{key}\" is empty.")
HINT_EMPTY_TEXT = S_("content hint", "Write the text, or remove the line if it is optional.")
NOT_A_LANGUAGE = S_("content problem", "\"{value}\" is not a language code.")
HINT_LANGUAGE = S_("content hint", "Use a code like \"de\", \"ar\", \"ckb\" or \"fa_AF\".")
NOT_YES_NO = S_("content problem", "\"{value}\" is not yes or no.")
HINT_YES_NO = S_("content hint", "Write true or false (ja/nein also work).")
NOT_A_NUMBER = S_("content problem", "\"{value}\" is not a number.")
HINT_NUMBER = S_("content hint", "Write digits with a decimal point or comma, e.g. 12.5.")
ABSURD_COORDINATE = S_("content problem", "The coordinate \"{value}\" is not a finite number of at most {limit} metres.")
HINT_COORDINATE = S_("content hint", "Coordinates are metres from the plan's origin; check for a typo.")
NOT_A_BEARING = S_("content problem", "\"{value}\" is not a bearing between 0 and 359 degrees.")
HINT_BEARING = S_("content hint", "0 is up on the plan (north), 90 right (east), 180 down, 270 left.")
NOT_WHOLE_NUMBER = S_("content problem", "\"{value}\" is not a whole number.")
HINT_WHOLE_NUMBER = S_("content hint", "Write digits only, e.g. 3 or -1.")
NOT_AN_AMOUNT = S_("content problem", "\"{value}\" is not an amount of money.")
HINT_AMOUNT = S_("content hint", "Write the number only, e.g. 29 or 29.50; the currency has its own key.")
NOT_A_TIME_RANGE = S_("content problem", "\"{value}\" is not a time range.")
HINT_TIME_RANGE = S_("content hint", "Write it like \"08:00-12:00\" (in quotes or not).")
TIME_RANGE_ORDER = S_("content problem", "In \"{value}\" the end is not after the start.")
HINT_TIME_RANGE_ORDER = S_("content hint", "Write the earlier time first, on a 24-hour clock.")
NOT_HTTPS = S_("content problem", "\"{value}\" is not an https:// link.")
HINT_HTTPS = S_("content hint", "Copy the full address from the browser, starting with https://.")
LINK_TOO_LONG = S_("content problem", "The link is {length} bytes long (letters like ü take two); the kiosk shows links "
                                      "as QR codes, which hold at most {most}.")
HINT_LINK_TOO_LONG = S_("content hint", "Ask the web team for a shorter address that leads to the same page.")
NOT_A_COLOUR = S_("content problem", "\"{value}\" is not a colour.")
HINT_COLOUR = S_("content hint", "Write it as # and six hex digits, e.g. \"#1f5fbf\" (in quotes: # starts a comment).")
OUTLINE_TOO_SHORT = S_("content problem", "An outline needs at least three corner points.")
HINT_OUTLINE = S_("content hint", "List the corners as [x, y] pairs, or remove the outline.")
AT_LEAST_ONE = S_("content problem", "\"{key}\" needs at least one entry.")
APPOINTMENT_HOW = S_("content problem", "A required appointment needs a booking_url or a note saying how to get one.")
HINT_APPOINTMENT_HOW = S_("content hint", "Add \"booking_url: https://…\" or \"note: …\".")
TEXT_TOO_LONG = S_("content problem", "\"{key}\" is {length} characters long; at most {max_length} fit here.")
HINT_TEXT_TOO_LONG = S_("content hint", "Say it shorter: visitors read it on a screen and on a phone, often slowly.")
TOO_MANY = S_("content problem", "\"{key}\" has {actual_length} entries; at most {max_length} fit here.")
HINT_SIGN_TOO_LONG = S_("content hint", "Write it exactly as on the sign, e.g. 3.032; a room's name has a key of "
                                        "its own.")
HINT_TOO_MANY = S_("content hint", "Keep what visitors need most; content/README.md lists the limits.")
AMOUNT_TOO_LARGE = S_("content problem", "The amount \"{value}\" is more than {most}.")
AMOUNT_CENTS = S_("content problem", "The amount \"{value}\" has more than two decimal places.")
HINT_AMOUNT_AS_ON_SCHEDULE = S_("content hint", "Write the fee as on the fee schedule, e.g. 28.80; check for a typo.")
NOT_A_CURRENCY = S_("content problem", "\"{value}\" is not a currency code.")
HINT_CURRENCY = S_("content hint", "Write the three-letter code, e.g. EUR.")
NOT_A_MOMENT = S_("content problem", "\"{value}\" is not a date.")
HINT_MOMENT = S_("content hint", "Write it like 2026-12-24, or with a time: 2026-12-24 08:00.")
NOT_A_DAY = S_("content problem", "\"{value}\" has a time; a special day is a whole day.")
HINT_DAY = S_("content hint", "Write the date only, e.g. 2026-12-24; its hours go under \"hours\".")
NOTICE_ORDER = S_("content problem", "The notice ends before it starts.")
HINT_NOTICE_ORDER = S_("content hint", "Check \"from\" and \"until\"; a date given for \"until\" is included "
                                       "whole.")
INVALID = S_("content problem", "This value is not valid here ({detail}).")

_CUSTOM = {
    "slug": (NOT_AN_ID, HINT_ID),
    "text_empty": (EMPTY_TEXT, HINT_EMPTY_TEXT),
    "language": (NOT_A_LANGUAGE, HINT_LANGUAGE),
    "boolean": (NOT_YES_NO, HINT_YES_NO),
    "bool_type": (NOT_YES_NO, HINT_YES_NO),
    "bool_parsing": (NOT_YES_NO, HINT_YES_NO),
    "number": (NOT_A_NUMBER, HINT_NUMBER),
    "coordinate_range": (ABSURD_COORDINATE, HINT_COORDINATE),
    "bearing": (NOT_A_BEARING, HINT_BEARING),
    "whole_number": (NOT_WHOLE_NUMBER, HINT_WHOLE_NUMBER),
    "amount": (NOT_AN_AMOUNT, HINT_AMOUNT),
    "amount_too_large": (AMOUNT_TOO_LARGE, HINT_AMOUNT_AS_ON_SCHEDULE),
    "amount_cents": (AMOUNT_CENTS, HINT_AMOUNT_AS_ON_SCHEDULE),
    "currency": (NOT_A_CURRENCY, HINT_CURRENCY),
    "string_too_long": (TEXT_TOO_LONG, HINT_TEXT_TOO_LONG),
    "sign_too_long": (TEXT_TOO_LONG, HINT_SIGN_TOO_LONG),
    "too_long": (TOO_MANY, HINT_TOO_MANY),
    "time_range": (NOT_A_TIME_RANGE, HINT_TIME_RANGE),
    "time_range_order": (TIME_RANGE_ORDER, HINT_TIME_RANGE_ORDER),
    "https_url": (NOT_HTTPS, HINT_HTTPS),
    "https_url_long": (LINK_TOO_LONG, HINT_LINK_TOO_LONG),
    "color": (NOT_A_COLOUR, HINT_COLOUR),
    "outline": (OUTLINE_TOO_SHORT, HINT_OUTLINE),
    "appointment_how": (APPOINTMENT_HOW, HINT_APPOINTMENT_HOW),
    "moment": (NOT_A_MOMENT, HINT_MOMENT),
    "day": (NOT_A_DAY, HINT_DAY),
    "notice_order": (NOTICE_ORDER, HINT_NOTICE_ORDER),
}
_WRONG_SHAPE = {
    "model_type": EXPECTED_MAPPING, "model_attributes_type": EXPECTED_MAPPING, "dict_type": EXPECTED_MAPPING,
    "tuple_type": EXPECTED_LIST, "list_type": EXPECTED_LIST,
    "string_type": EXPECTED_TEXT,
    "float_type": EXPECTED_NUMBER, "int_type": EXPECTED_NUMBER, "decimal_type": EXPECTED_NUMBER,
}


def problems_from(error: ValidationError, document: Document) -> list[Problem]:
    return [_problem(details, document) for details in error.errors()]


def _problem(details: dict[str, Any], document: Document) -> Problem:
    loc: ValuePath = tuple(details["loc"])
    key_error = bool(loc) and loc[-1] == "[key]"
    if key_error:
        loc = loc[:-1]
    kind = details["type"]
    key = _field_name(loc)
    value = details.get("input")
    location = document.locate(loc, key=key_error or kind == "extra_forbidden")
    if kind == "extra_forbidden":
        return Problem(location, UNKNOWN_KEY(key=key), did_you_mean(key, allowed_keys(loc[:-1])))
    if kind == "missing":
        return Problem(location, MISSING_KEY(key=key), HINT_MISSING_KEY(key=key))
    if value is None and kind in _WRONG_SHAPE | {"enum": None}:
        return Problem(location, NO_VALUE(key=key), HINT_NO_VALUE())
    if kind == "enum":
        return Problem(location, NOT_ONE_OF(key=key, value=value), did_you_mean(str(value), _enum_values(loc)))
    if kind in _WRONG_SHAPE:
        return Problem(location, _WRONG_SHAPE[kind](key=key))
    if kind == "too_short":
        return Problem(location, AT_LEAST_ONE(key=key))
    if kind in _CUSTOM:
        message, hint = _CUSTOM[kind]
        context = {"key": key, "value": value, "length": len(value) if isinstance(value, str) else 0,
                   "limit": int(MAX_COORDINATE_METRES), **(details.get("ctx") or {})}
        return Problem(location, message(**context), hint(**context))
    return Problem(location, INVALID(detail=details.get("msg", kind)))


def _field_name(loc: ValuePath) -> str:
    for part in reversed(loc):
        if isinstance(part, str):
            return part
    return ""


def _model_at(loc: ValuePath) -> type[BaseModel] | None:
    """The model class whose fields are valid at ``loc`` inside a SiteFile."""
    annotation: Any = SiteFile
    for part in loc:
        annotation = _unwrap(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            annotation = args[0] if args else None
        elif isinstance(annotation, type) and issubclass(annotation, BaseModel):
            field = next((f for name, f in annotation.model_fields.items() if (f.alias or name) == part), None)
            annotation = field.annotation if field else None
        elif typing.get_origin(annotation) is dict:
            annotation = typing.get_args(annotation)[1]
        else:
            return None
    annotation = _unwrap(annotation)
    return annotation if isinstance(annotation, type) and issubclass(annotation, BaseModel) else None


def _unwrap(annotation: Any) -> Any:
    """Strip Optional and Annotated so the container or model beneath shows."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(arg for arg in typing.get_args(annotation) if arg is not type(None))
        else:
            return annotation


def allowed_keys(loc: ValuePath) -> list[str]:
    model = _model_at(loc)
    return [field.alias or name for name, field in model.model_fields.items()] if model else []


def _enum_values(loc: ValuePath) -> list[str]:
    model = _model_at(loc[:-1])
    if model is None:
        return []
    field = next((f for name, f in model.model_fields.items() if (f.alias or name) == loc[-1]), None)
    enum = _unwrap(field.annotation) if field else None
    return [member.value for member in enum] if isinstance(enum, type) and issubclass(enum, Enum) else []
