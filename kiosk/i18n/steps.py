"""Whole sentences for route steps, one template per step variant (never assembled from fragments).

Word order and grammatical case differ between languages, so each variant is its own sentence for the
translator; only names (floors, zones, rooms) are filled in, and the German source of those comes from content.
"""
from __future__ import annotations

import gettext

from kiosk.content import Content
from kiosk.i18n.content_text import ContentText
from kiosk.messages import N_, Message, Translator
from kiosk.routing.steps import (
    ArriveStep, Arrival, DoorStep, EscalatorStep, LandmarkStep, LiftStep, RampStep, Side, StairsStep, StartStep, Step,
    Turn, Vertical, WalkStep, ZoneStep,
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
# Translators: a door on the way (not the destination's door).
DOOR = N_("step door", "Go through the door.")
STAIRS = {
    # Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
    Vertical.UP: N_("step stairs", "Take the stairs up to: {floor}."),
    # Translators: {floor} is a floor's name from the building, e.g. "Erdgeschoss" / "ground floor".
    Vertical.DOWN: N_("step stairs", "Take the stairs down to: {floor}."),
}
ESCALATOR = {
    # Translators: {floor} is a floor's name from the building, e.g. "3. Obergeschoss" / "3rd floor".
    Vertical.UP: N_("step escalator", "Take the escalator up to: {floor}."),
    # Translators: {floor} is a floor's name from the building, e.g. "Erdgeschoss" / "ground floor".
    Vertical.DOWN: N_("step escalator", "Take the escalator down to: {floor}."),
}
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
}


def step_sentence(step: Step, content: Content, ui: Translator, text: ContentText) -> str:
    """The sentence for one step in the visitor's language, names and numbers inside Unicode isolates."""
    floors = content.floors
    message: Message
    match step:
        case StartStep(direction, metres):
            message = START[direction](metres=metres)
        case WalkStep(turn, metres):
            message = WALK[turn](metres=metres)
        case RampStep(turn, metres):
            message = RAMP[turn](metres=metres)
        case DoorStep():
            message = DOOR()
        case StairsStep(vertical, _, floor):
            message = STAIRS[vertical](floor=text.floor_label(floors[floor]))
        case EscalatorStep(vertical, floor):
            message = ESCALATOR[vertical](floor=text.floor_label(floors[floor]))
        case LiftStep(floor):
            message = LIFT(floor=text.floor_label(floors[floor]), button=floors[floor].short_label)  # as on the buttons
        case ZoneStep(zone):
            message = ZONE(zone=text.zone_name(content.zones[zone]))
        case LandmarkStep(connection, _):
            return text.text(content.connections_by_key[connection], "landmark")  # already a whole sentence
        case ArriveStep(place_id, arrival, side):
            place = content.places[place_id]
            message = ARRIVE[(arrival, side)](room=place.room or "", place=text.place_name(place) or place.id)
        case _:
            raise TypeError(f"no sentence for {step!r}")
    return message.render(ui, isolated=True)


def sentences(steps: tuple[Step, ...], content: Content, ui: Translator,
              content_translations: gettext.NullTranslations) -> list[str]:
    text = ContentText(content_translations)
    return [step_sentence(step, content, ui, text) for step in steps]
