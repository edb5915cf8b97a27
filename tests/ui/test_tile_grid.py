"""The tiles of the concerns: mirrored for right-to-left languages, every row even."""
import pytest

from test_kiosk_screens import current, find, tap


@pytest.mark.parametrize("locale, first_on_the_right", [("ar", True), ("ps", True), ("de", False)])
def test_the_first_topic_sits_where_reading_starts_and_rows_are_even(app, locale: str, first_on_the_right: bool) -> None:
    from kiosk.ui.screenshot import settle

    tap(find(current(app), "LanguageButton", locale=locale))
    settle(3)
    grid = current(app).ids.tiles
    tiles = list(reversed(grid.children))
    assert (tiles[0].x > tiles[1].x) is first_on_the_right
    for start in range(0, len(tiles), grid.cols):
        row = tiles[start:start + grid.cols]
        assert len({tile.height for tile in row}) == 1, [tile.label for tile in row]
        assert max(tile.natural_height for tile in row) == row[0].height
