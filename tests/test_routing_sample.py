"""Step lists on the bundled Chemnitz site, checked by hand against the floor plans in its YAML.

The lobby kiosk's screen faces south, so a visitor reading it looks north into the building; the corridors run
east-west at y = 11; rooms on the north side are on the left when walking east.
"""
import dataclasses

import pytest

from kiosk.content import Content
from kiosk.i18n.steps import sentences
from kiosk.i18n.visitor import visitor_translations
from kiosk.paths import BUNDLED_SITE
from kiosk.routing import Profile, Routes
from kiosk.site import load_checked
from kiosk.text import strip_isolates

START_NORTH = "Gehen Sie an diesem Bildschirm vorbei und dann etwa 5 m geradeaus."
TO_THE_RAMP = [START_NORTH, "Biegen Sie rechts ab und gehen Sie etwa 5 m.", "Gehen Sie an der Haupttreppe vorbei.",
               "Gehen Sie etwa 5 m geradeaus.", "Folgen Sie der Rampe etwa 5 m geradeaus."]


@pytest.fixture(scope="module")
def site():
    return load_checked(BUNDLED_SITE)


def german(content: Content, routes: Routes, kiosk: str, service: str, profile=Profile.DEFAULT) -> list[str]:
    visitor = visitor_translations(content.site, "de")
    route = routes.route(kiosk, content.services[service].destination, profile)
    return [strip_isolates(sentence) for sentence in sentences(route.steps, content, visitor.ui, visitor.content)]


def test_same_floor(site) -> None:
    assert german(site.content, site.routes, "foyer", "fundsache-abholen") == [
        "Folgen Sie den Schildern: Fundbüro.", *TO_THE_RAMP,
        "Gehen Sie etwa 25 m geradeaus.", "Auf der rechten Seite: Raum 0.041."]


def test_a_kiosk_standing_where_the_concern_is_says_so_and_shows_its_map(site) -> None:
    from kiosk.views.presenter import Presenter

    assert german(site.content, site.routes, "wartebereich-3og", "aufenthaltstitel-verlaengern") == [
        "Sie sind hier richtig. Bitte warten Sie in diesem Bereich, bis Ihre Nummer erscheint."]
    view = Presenter(site.content, site.routes, "wartebereich-3og").service(
        "ar", "aufenthaltstitel-verlaengern", step_free=True)
    assert [step.pictogram for step in view.steps] == ["step-arrive"]
    assert [plan.floor for plan in view.maps] == ["3og"]


def test_third_floor_by_the_main_stairs(site) -> None:
    assert german(site.content, site.routes, "foyer", "aufenthaltskarte-abholen") == [
        START_NORTH, "Biegen Sie rechts ab und gehen Sie etwa 5 m.", "Biegen Sie links ab und gehen Sie etwa 5 m.",
        "Gehen Sie die Treppe nach oben ins 3. Obergeschoss.",
        "Folgen Sie den Schildern: Ausländerbehörde und Einbürgerung.",
        "Biegen Sie links ab und gehen Sie etwa 5 m.",
        "Gehen Sie durch die Glastür mit der Aufschrift Ausländerbehörde.",
        "Gehen Sie etwa 30 m geradeaus.", "Auf der linken Seite: Raum 3.032."]


def test_third_floor_step_free_by_lift_differs(site) -> None:
    assert german(site.content, site.routes, "foyer", "aufenthaltskarte-abholen", Profile.STEP_FREE) == [
        *TO_THE_RAMP, "Gehen Sie etwa 15 m geradeaus.", "Biegen Sie links ab und gehen Sie etwa 5 m.",
        "Fahren Sie mit dem Aufzug ins 3. Obergeschoss (Taste 3).",
        "Folgen Sie den Schildern: Ausländerbehörde und Einbürgerung.",
        # Out of the lift (4 m, not said), then 7 m east to the door.
        "Biegen Sie links ab und gehen Sie etwa 5 m.", "Auf der linken Seite: Raum 3.032."]


def test_from_the_second_kiosk_down_to_the_service_point(site) -> None:
    assert german(site.content, site.routes, "wartebereich-3og", "nicht-sicher") == [
        START_NORTH, "Gehen Sie durch die Tür.", "Biegen Sie links ab und gehen Sie etwa 10 m.",
        "Gehen Sie durch die Glastür mit der Aufschrift Ausländerbehörde.", "Gehen Sie etwa 5 m geradeaus.",
        "Biegen Sie rechts ab und gehen Sie etwa 5 m.", "Gehen Sie die Treppe nach unten ins Erdgeschoss.",
        "Biegen Sie rechts ab und gehen Sie etwa 5 m.",  # off the stairs 4 m south (not said), then 4 m west
        "Der Servicepunkt ist auf der rechten Seite. Bitte fragen Sie dort."]


def test_from_the_second_kiosk_by_lift_to_the_fourth_floor(site) -> None:
    assert german(site.content, site.routes, "wartebereich-3og", "einbuergerung", Profile.STEP_FREE) == [
        START_NORTH, "Gehen Sie durch die Tür.", "Biegen Sie rechts ab und gehen Sie etwa 10 m.",
        "Biegen Sie links ab und gehen Sie etwa 5 m.", "Fahren Sie mit dem Aufzug ins 4. Obergeschoss (Taste 4).",
        "Folgen Sie den Schildern: Ausländerbehörde und Einbürgerung.",
        "Biegen Sie rechts ab und gehen Sie etwa 15 m.",  # 15 m along the corridor; the 4 m out of the lift unsaid
        "Der Wartebereich ist auf der linken Seite. Bitte warten Sie dort, bis Sie aufgerufen werden."]


def test_a_closed_lift_forces_a_detour_to_the_other_lift(site) -> None:
    content = site.content
    closed = tuple(connection.model_copy(update={"closed": True})
                   if (connection.from_, connection.to) == ("aufzug-mitte-2og", "aufzug-mitte-3og") else connection
                   for connection in content.connections)
    detour = dataclasses.replace(content, connections=closed)
    assert german(detour, Routes(detour), "foyer", "aufenthaltskarte-abholen", Profile.STEP_FREE) == [
        *TO_THE_RAMP, "Gehen Sie etwa 40 m geradeaus.", "Biegen Sie links ab und gehen Sie etwa 5 m.",
        "Fahren Sie mit dem Aufzug ins 3. Obergeschoss (Taste 3).",
        "Folgen Sie den Schildern: Ausländerbehörde und Einbürgerung.",
        "Biegen Sie rechts ab und gehen Sie etwa 20 m.", "Auf der rechten Seite: Raum 3.032."]


def test_a_lift_ride_shows_maps_of_the_start_and_end_floors_only(site) -> None:
    route = site.routes.route("foyer", "kartenausgabe", Profile.STEP_FREE)
    assert route.floors == ("eg", "3og")


def test_every_destination_is_reachable_from_every_kiosk_both_ways(site) -> None:
    assert site.problems == []
    for kiosk in site.content.site.kiosks:
        for service in site.content.services.values():
            assert site.routes.route(kiosk.id, service.destination) is not None
            assert site.routes.step_free_available(kiosk.id, service.destination)
