"""Whole sentences for route steps, one template per step variant (never assembled from fragments).

Word order and grammatical case differ between languages, so each variant is its own sentence for the
translator; only names (floors, zones, rooms) are filled in, and the German source of those comes from content.
Every step kind with variants has a default sentence that is true for all of them, so a variant added to
``kiosk.routing.steps`` without its own sentence yet is said less precisely, never a ``KeyError``.
"""
from __future__ import annotations

import gettext

from kiosk.content import Content
from kiosk.content.model import PlaceKind
from kiosk.i18n.content_text import ContentText
from kiosk.messages import N_, Message, Translator
from kiosk.routing.steps import (
    ArriveStep, Arrival, DoorStep, EscalatorStep, HereStep, LandmarkStep, LiftStep, RampStep, Side, StairsStep,
    StartStep, Step, Turn, Vertical, WalkStep, ZoneStep,
)

START = {
    # Translators: first step; the visitor stands facing the kiosk screen. Example: "… for about 15 m."
    Side.AHEAD: N_("step start", "Walk on past this screen, straight ahead for about {metres} m."),
    # Translators: first step; the visitor stands facing the kiosk screen. Example: "… for about 15 m."
    Side.LEFT: N_("step start", "Facing this screen, go to your left for about {metres} m."),
    # Translators: first step; the visitor stands facing the kiosk screen. Example: "… for about 15 m."
    Side.RIGHT: N_("step start", "Facing this screen, go to your right for about {metres} m."),
    # Translators: first step; the visitor stands facing the kiosk screen and turns away from it.
    Side.BEHIND: N_("step start", "Turn your back to this screen and walk straight ahead for about {metres} m."),
}
WALK = {
    # Translators: a walking step. Example: "Go straight on for about 30 m."
    Turn.STRAIGHT: N_("step walk", "Go straight on for about {metres} m."),
    # Translators: a walking step after a slight turn. Example: "… about 30 m."
    Turn.SLIGHT_LEFT: N_("step walk", "Bear left and walk about {metres} m."),
    # Translators: a walking step after a turn. Example: "… about 30 m."
    Turn.LEFT: N_("step walk", "Turn left and walk about {metres} m."),
    # Translators: a walking step after a sharp turn (more than a right angle). Example: "… about 30 m."
    Turn.SHARP_LEFT: N_("step walk", "Turn sharp left and walk about {metres} m."),
    # Translators: a walking step after a slight turn. Example: "… about 30 m."
    Turn.SLIGHT_RIGHT: N_("step walk", "Bear right and walk about {metres} m."),
    # Translators: a walking step after a turn. Example: "… about 30 m."
    Turn.RIGHT: N_("step walk", "Turn right and walk about {metres} m."),
    # Translators: a walking step after a sharp turn (more than a right angle). Example: "… about 30 m."
    Turn.SHARP_RIGHT: N_("step walk", "Turn sharp right and walk about {metres} m."),
    # Translators: a walking step back the way the visitor came. Example: "… about 30 m."
    Turn.TURN_AROUND: N_("step walk", "Turn around and walk about {metres} m."),
}
RAMP = {
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.STRAIGHT: N_("step ramp", "Go straight on along the ramp for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.SLIGHT_LEFT: N_("step ramp", "Bear left onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.LEFT: N_("step ramp", "Turn left onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.SHARP_LEFT: N_("step ramp", "Turn sharp left onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.SLIGHT_RIGHT: N_("step ramp", "Bear right onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.RIGHT: N_("step ramp", "Turn right onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.SHARP_RIGHT: N_("step ramp", "Turn sharp right onto the ramp and follow it for about {metres} m."),
    # Translators: a ramp (a slope instead of steps). Example: "… for about 10 m."
    Turn.TURN_AROUND: N_("step ramp", "Turn around onto the ramp and follow it for about {metres} m."),
}
# Translators: a walking step whose direction has no sentence of its own. Example: "… about 30 m."
WALK_DEFAULT = N_("step walk", "Walk on for about {metres} m.")
# Translators: a ramp (a slope instead of steps) whose direction has no sentence of its own. Example: "… 10 m."
RAMP_DEFAULT = N_("step ramp", "Follow the ramp for about {metres} m.")
# Translators: a door on the way (not the destination's door).
DOOR = N_("step door", "Go through the door.")
STAIRS = {
    # Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
    Vertical.UP: N_("step stairs", "Take the stairs up to: {floor}."),
    # Translators: {floor} is a floor's name from the building, e.g. "Erdgeschoss" / "ground floor".
    Vertical.DOWN: N_("step stairs", "Take the stairs down to: {floor}."),
}
# Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
STAIRS_DEFAULT = N_("step stairs", "Take the stairs to: {floor}.")
ESCALATOR = {
    # Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
    Vertical.UP: N_("step escalator", "Take the escalator up to: {floor}."),
    # Translators: {floor} is a floor's name from the building, e.g. "Erdgeschoss" / "ground floor".
    Vertical.DOWN: N_("step escalator", "Take the escalator down to: {floor}."),
}
# Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
ESCALATOR_DEFAULT = N_("step escalator", "Take the escalator to: {floor}.")
# Translators: {floor} is a floor's name ("3rd floor"), {button} what the lift button shows ("3", "EG").
LIFT = N_("step lift", "Take the lift to: {floor} (button {button}).")
# Translators: {zone} is the name on the building's colour-coded signs, e.g. "Blue area: immigration office".
ZONE = N_("step zone", "Follow the signs: {zone}.")
ARRIVE = {
    # Translators: {room} is a room number exactly as on the door sign, e.g. "3.032"; keep it unchanged.
    (Arrival.ROOM, Side.LEFT): N_("step arrive", "On your left: room {room}."),
    # Translators: {room} is a room number exactly as on the door sign, e.g. "3.032"; keep it unchanged.
    (Arrival.ROOM, Side.RIGHT): N_("step arrive", "On your right: room {room}."),
    # Translators: {room} is a room number exactly as on the door sign, e.g. "3.032"; keep it unchanged.
    (Arrival.ROOM, Side.AHEAD): N_("step arrive", "Straight ahead: room {room}."),
    # Translators: {room} is a room number exactly as on the door sign, e.g. "3.032"; keep it unchanged.
    (Arrival.ROOM, None): N_("step arrive", "You have arrived: room {room}."),
    # Translators: {place} is a name from the building, e.g. "Infotheke" / "information desk".
    (Arrival.PLACE, Side.LEFT): N_("step arrive", "On your left: {place}."),
    # Translators: {place} is a name from the building, e.g. "Infotheke" / "information desk".
    (Arrival.PLACE, Side.RIGHT): N_("step arrive", "On your right: {place}."),
    # Translators: {place} is a name from the building, e.g. "Infotheke" / "information desk".
    (Arrival.PLACE, Side.AHEAD): N_("step arrive", "Straight ahead: {place}."),
    # Translators: {place} is a name from the building, e.g. "Infotheke" / "information desk".
    (Arrival.PLACE, None): N_("step arrive", "You have arrived: {place}."),
    # Translators: the last step when visitors wait to be called.
    (Arrival.WAITING_AREA, Side.LEFT): N_("step arrive", "The waiting area is on your left. Wait there until you "
                                                         "are called."),
    # Translators: the last step when visitors wait to be called.
    (Arrival.WAITING_AREA, Side.RIGHT): N_("step arrive", "The waiting area is on your right. Wait there until you "
                                                          "are called."),
    # Translators: the last step when visitors wait to be called.
    (Arrival.WAITING_AREA, Side.AHEAD): N_("step arrive", "The waiting area is straight ahead. Wait there until you "
                                                          "are called."),
    # Translators: the last step when visitors wait to be called.
    (Arrival.WAITING_AREA, None): N_("step arrive", "You are in the waiting area. Wait there until you are called."),
    # Translators: the last step when visitors should ask at a counter.
    (Arrival.SERVICE_POINT, Side.LEFT): N_("step arrive", "The service point is on your left. Please ask there."),
    # Translators: the last step when visitors should ask at a counter.
    (Arrival.SERVICE_POINT, Side.RIGHT): N_("step arrive", "The service point is on your right. Please ask there."),
    # Translators: the last step when visitors should ask at a counter.
    (Arrival.SERVICE_POINT, Side.AHEAD): N_("step arrive", "The service point is straight ahead. Please ask there."),
    # Translators: the last step when visitors should ask at a counter.
    (Arrival.SERVICE_POINT, None): N_("step arrive", "You are at the service point. Please ask there."),
    # Translators: {room} is a room number exactly as on the door sign, e.g. "3.032"; keep it unchanged. The room is
    # behind the visitor (more than a right angle round): they turn round to see it.
    (Arrival.ROOM, Side.BEHIND): N_("step arrive", "Behind you: room {room}."),
    # Translators: {place} is a name from the building, e.g. "Infotheke" / "information desk". The place is behind
    # the visitor (more than a right angle round): they turn round to see it.
    (Arrival.PLACE, Side.BEHIND): N_("step arrive", "Behind you: {place}."),
    # Translators: the last step when visitors wait to be called; the waiting area is behind them.
    (Arrival.WAITING_AREA, Side.BEHIND): N_("step arrive", "The waiting area is behind you. Wait there until you are "
                                                           "called."),
    # Translators: the last step when visitors should ask at a counter; the counter is behind them.
    (Arrival.SERVICE_POINT, Side.BEHIND): N_("step arrive", "The service point is behind you. Please ask there."),
    # Translators: the destination is a toilet without a name of its own.
    (Arrival.TOILET, Side.LEFT): N_("step arrive", "The toilets are on your left."),
    # Translators: the destination is a toilet without a name of its own.
    (Arrival.TOILET, Side.RIGHT): N_("step arrive", "The toilets are on your right."),
    # Translators: the destination is a toilet without a name of its own.
    (Arrival.TOILET, Side.AHEAD): N_("step arrive", "The toilets are straight ahead."),
    # Translators: the destination is a toilet without a name of its own.
    (Arrival.TOILET, Side.BEHIND): N_("step arrive", "The toilets are behind you."),
    # Translators: the destination is a toilet without a name of its own.
    (Arrival.TOILET, None): N_("step arrive", "You have reached the toilets."),
    # Translators: the destination is a way out of the building without a name of its own.
    (Arrival.EXIT, Side.LEFT): N_("step arrive", "The exit is on your left."),
    # Translators: the destination is a way out of the building without a name of its own.
    (Arrival.EXIT, Side.RIGHT): N_("step arrive", "The exit is on your right."),
    # Translators: the destination is a way out of the building without a name of its own.
    (Arrival.EXIT, Side.AHEAD): N_("step arrive", "The exit is straight ahead."),
    # Translators: the destination is a way out of the building without a name of its own.
    (Arrival.EXIT, Side.BEHIND): N_("step arrive", "The exit is behind you."),
    # Translators: the destination is a way out of the building without a name of its own.
    (Arrival.EXIT, None): N_("step arrive", "You have reached the exit."),
    # Translators: the destination is a letterbox for documents, without a name of its own.
    (Arrival.LETTERBOX, Side.LEFT): N_("step arrive", "The letterbox is on your left."),
    # Translators: the destination is a letterbox for documents, without a name of its own.
    (Arrival.LETTERBOX, Side.RIGHT): N_("step arrive", "The letterbox is on your right."),
    # Translators: the destination is a letterbox for documents, without a name of its own.
    (Arrival.LETTERBOX, Side.AHEAD): N_("step arrive", "The letterbox is straight ahead."),
    # Translators: the destination is a letterbox for documents, without a name of its own.
    (Arrival.LETTERBOX, Side.BEHIND): N_("step arrive", "The letterbox is behind you."),
    # Translators: the destination is a letterbox for documents, without a name of its own.
    (Arrival.LETTERBOX, None): N_("step arrive", "You have reached the letterbox."),
    # Translators: the destination is an information board or point without a name of its own.
    (Arrival.INFO, Side.LEFT): N_("step arrive", "The information point is on your left."),
    # Translators: the destination is an information board or point without a name of its own.
    (Arrival.INFO, Side.RIGHT): N_("step arrive", "The information point is on your right."),
    # Translators: the destination is an information board or point without a name of its own.
    (Arrival.INFO, Side.AHEAD): N_("step arrive", "The information point is straight ahead."),
    # Translators: the destination is an information board or point without a name of its own.
    (Arrival.INFO, Side.BEHIND): N_("step arrive", "The information point is behind you."),
    # Translators: the destination is an information board or point without a name of its own.
    (Arrival.INFO, None): N_("step arrive", "You have reached the information point."),
    # Translators: the destination is a lift (elevator) without a name of its own.
    (Arrival.LIFT, Side.LEFT): N_("step arrive", "The lift is on your left."),
    # Translators: the destination is a lift (elevator) without a name of its own.
    (Arrival.LIFT, Side.RIGHT): N_("step arrive", "The lift is on your right."),
    # Translators: the destination is a lift (elevator) without a name of its own.
    (Arrival.LIFT, Side.AHEAD): N_("step arrive", "The lift is straight ahead."),
    # Translators: the destination is a lift (elevator) without a name of its own.
    (Arrival.LIFT, Side.BEHIND): N_("step arrive", "The lift is behind you."),
    # Translators: the destination is a lift (elevator) without a name of its own.
    (Arrival.LIFT, None): N_("step arrive", "You have reached the lift."),
    # Translators: the destination is a staircase without a name of its own.
    (Arrival.STAIRS, Side.LEFT): N_("step arrive", "The stairs are on your left."),
    # Translators: the destination is a staircase without a name of its own.
    (Arrival.STAIRS, Side.RIGHT): N_("step arrive", "The stairs are on your right."),
    # Translators: the destination is a staircase without a name of its own.
    (Arrival.STAIRS, Side.AHEAD): N_("step arrive", "The stairs are straight ahead."),
    # Translators: the destination is a staircase without a name of its own.
    (Arrival.STAIRS, Side.BEHIND): N_("step arrive", "The stairs are behind you."),
    # Translators: the destination is a staircase without a name of its own.
    (Arrival.STAIRS, None): N_("step arrive", "You have reached the stairs."),
    # Translators: the destination has neither a name nor a room number.
    (Arrival.DESTINATION, Side.LEFT): N_("step arrive", "Your destination is on your left."),
    # Translators: the destination has neither a name nor a room number.
    (Arrival.DESTINATION, Side.RIGHT): N_("step arrive", "Your destination is on your right."),
    # Translators: the destination has neither a name nor a room number.
    (Arrival.DESTINATION, Side.AHEAD): N_("step arrive", "Your destination is straight ahead."),
    # Translators: the destination has neither a name nor a room number.
    (Arrival.DESTINATION, Side.BEHIND): N_("step arrive", "Your destination is behind you."),
    # Translators: the destination has neither a name nor a room number.
    (Arrival.DESTINATION, None): N_("step arrive", "You have reached your destination."),
}
# Translators: the last step, for a destination whose words are missing.
ARRIVE_DEFAULT = N_("step arrive", "You have arrived.")
HERE = {
    # Translators: the only step when the kiosk itself stands in the waiting area the concern is served from.
    PlaceKind.WAITING_AREA: N_("step here", "You are here. Please wait in this area until your number appears."),
}
# Translators: the only step when the kiosk itself stands where the concern is (not a waiting area).
HERE_DEFAULT = N_("step here", "You are here already.")


def step_sentence(step: Step, content: Content, ui: Translator, text: ContentText) -> str:
    """The sentence for one step in the visitor's language, names and numbers inside Unicode isolates."""
    floors = content.floors
    message: Message
    match step:
        case StartStep(direction, metres):
            message = START.get(direction, WALK_DEFAULT)(metres=metres)
        case WalkStep(turn, metres):
            message = WALK.get(turn, WALK_DEFAULT)(metres=metres)
        case RampStep(turn, metres):
            message = RAMP.get(turn, RAMP_DEFAULT)(metres=metres)
        case DoorStep():
            message = DOOR()
        case StairsStep(vertical, _, floor):
            message = STAIRS.get(vertical, STAIRS_DEFAULT)(floor=text.floor_label(floors[floor]))
        case EscalatorStep(vertical, floor):
            message = ESCALATOR.get(vertical, ESCALATOR_DEFAULT)(floor=text.floor_label(floors[floor]))
        case LiftStep(floor):
            message = LIFT(floor=text.floor_label(floors[floor]), button=floors[floor].short_label)  # as on the buttons
        case ZoneStep(zone):
            message = ZONE(zone=text.zone_name(content.zones[zone]))
        case LandmarkStep(connection, _):
            return text.text(content.connections_by_key[connection], "landmark")  # already a whole sentence
        case ArriveStep(place_id, arrival, side):
            place = content.places[place_id]
            template = ARRIVE.get((arrival, side)) or ARRIVE.get((arrival, None), ARRIVE_DEFAULT)
            message = template(room=place.room or "", place=text.place_name(place) or "")
        case HereStep(place_id):
            message = HERE.get(content.places[place_id].kind, HERE_DEFAULT)()
        case _:
            raise TypeError(f"no sentence for {step!r}")
    return message.render(ui, isolated=True)


def sentences(steps: tuple[Step, ...], content: Content, ui: Translator,
              content_translations: gettext.NullTranslations) -> list[str]:
    text = ContentText(content_translations)
    return [step_sentence(step, content, ui, text) for step in steps]
