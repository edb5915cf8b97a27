"""`kiosk layout-check`'s measuring sees what it must: a clipped label and a faint map line, and nothing on the
shipped screens (the whole matrix of languages and sizes runs in tests/test_layout_check_cli.py)."""
import pytest

from kiosk.ui.layout_rules import CLIPPED, LOW_CONTRAST, SMALL_TARGET


def problems_on_screen():
    from kiosk.ui.layout_check import measure_window
    from kiosk.ui.layout_tour import settle_layout

    settle_layout()
    return measure_window()


def test_a_label_too_low_for_its_text_is_reported_as_clipped(app) -> None:
    app.choose_language("de")
    title = app.screens.get_screen("concerns").ids.title
    assert not problems_on_screen()
    title.height = 12  # as a fixed height that larger text outgrows
    found = [problem for problem in problems_on_screen() if problem.problem == CLIPPED]
    assert found and found[0].widget.startswith("screens/title") and "px out of its widget" in found[0].detail.render()
    title.height = 200
    assert not problems_on_screen()


def test_a_map_line_too_faint_against_the_map_is_reported(app, monkeypatch) -> None:
    import kiosk.ui.widgets.floor_map as floor_map

    app.choose_language("de")
    app.open_tile("service", "personalausweis-beantragen")
    drawing = app.screens.get_screen("service").ids.floor_map
    assert not problems_on_screen()
    monkeypatch.setattr(floor_map, "CORRIDOR", (0.2, 0.22, 0.27, 1))  # 1.4:1 against the map's background
    drawing._redraw()
    found = [problem for problem in problems_on_screen() if problem.problem == LOW_CONTRAST]
    assert [problem.widget.split("/")[-1] for problem in found] == ["floor_map"]
    assert "lines in (0.20, 0.22, 0.27)" in found[0].detail.render()
    monkeypatch.undo()
    drawing._redraw()
    assert not problems_on_screen()


def test_keys_of_the_search_keyboard_too_small_to_touch_are_reported(app) -> None:
    app.choose_language("bn")  # six rows of keys
    app.open_tile("search", "")
    screen = app.screens.get_screen("search")
    assert not problems_on_screen()
    area = screen.ids.keyboard_area
    height = area.height
    area.height = 200  # six rows of keys in what suits two
    found = [problem for problem in problems_on_screen() if problem.problem == SMALL_TARGET]
    assert [problem.widget.split("/")[-1] for problem in found] == ["SearchKeyboard"]
    area.height = height
    assert not problems_on_screen()


@pytest.mark.parametrize("locale", ["de", "ar", "ti"])
def test_the_shipped_screens_hold_in_portrait_with_both_text_sizes(app, locale: str) -> None:
    from kiosk.ui.layout_tour import LayoutTour

    findings = LayoutTour(app).run([locale], [(1080, 1920)])
    assert [finding.line() for finding in findings] == []


@pytest.mark.parametrize("size", [(1080, 1920), (1920, 1080)])
def test_the_map_pushed_out_of_the_first_view_is_reported(app, window, size: tuple[int, int]) -> None:
    """The map is marked `first_view`: a concern's header that grows past what the layout leaves it (here staff
    notices of many lines) pushes the map below the fold, and layout-check says so."""
    window.size = size
    try:
        app.choose_language("ar")
        app.toggle_large_text()
        app.open_tile("service", "aufenthaltstitel-beantragen")  # a way over two floors: floor tabs above the map
        notices = app.screens.get_screen("service").ids.notices
        assert not problems_on_screen()
        notices.source_text = "\n".join(["يتم صيانة المصعد الشرقي"] * 12)
        found = [problem for problem in problems_on_screen() if problem.widget.endswith("floor_map")]
        assert [problem.problem for problem in found] == [CLIPPED]
        assert "must be in the first view" in found[0].detail.render()
        notices.source_text = ""
        assert not problems_on_screen()
    finally:
        window.size = (1080, 1920)
