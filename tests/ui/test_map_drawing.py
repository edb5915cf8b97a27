"""The drawn map: lines and labels stand out from the map's background, and every placed label is drawn."""
from test_keyboard import luminance


def contrast(first, second) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_rooms_corridors_and_the_way_stand_out_from_the_background(window) -> None:
    from kiosk.ui.widgets import floor_map

    background = floor_map.BACKGROUND
    assert contrast(floor_map.ROOM_EDGE, background) >= 3
    assert contrast(floor_map.CORRIDOR, background) >= 3
    assert contrast(floor_map.ROUTE, background) >= 4.5
    assert contrast(floor_map.DESTINATION_FILL, background) >= 4.5
    for colour in floor_map.LABEL_COLOURS.values():
        assert contrast(colour, floor_map.PLATE) >= 4.5


def test_every_label_the_view_model_placed_is_drawn_in_the_visitors_language(app) -> None:
    from test_kiosk_screens import choose_service, current

    choose_service(app, "ar", "ausweis-karte", "aufenthaltskarte-abholen")
    drawn = current(app).ids.floor_map
    assert drawn.locale == "ar"
    assert [text.source_text for text in reversed(drawn.children)] == [label.text for label in drawn.plan.labels]
    assert "أنت هنا" in [text.source_text for text in drawn.children]
