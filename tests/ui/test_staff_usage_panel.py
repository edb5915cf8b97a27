"""The staff panel's usage page as drawn: opened from the panel, read from a usage database with known counts,
bars as long as their counts' shares, and what is under the threshold (or another kiosk's) not drawn at all."""
from collections import Counter
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest


def rectangles(widget) -> list:
    from kivy.graphics import Rectangle

    return [instruction for instruction in widget.canvas.children if isinstance(instruction, Rectangle)]


def descendants(widget, kind) -> list:
    return [child for child in widget.walk(restrict=True) if isinstance(child, kind)]


@pytest.fixture
def usage_database(app, tmp_path: Path):
    """The app counting into a database that already holds known counts of the last days."""
    from kiosk.usage import measures
    from kiosk.usage.counter import HOUR_FORMAT, Bucket
    from kiosk.usage.recording import UsageRecording
    from kiosk.usage.store import add_counts, open_for_writing

    today = app.presenter.clock().date()

    def hour(days_ago: int, at: int) -> str:
        return datetime.combine(today - timedelta(days=days_ago), time(at)).strftime(HOUR_FORMAT)

    counts = Counter({
        Bucket(hour(0, 9), "foyer", measures.VISITS, "de"): 40,
        Bucket(hour(1, 10), "foyer", measures.VISITS, "ar"): 20,
        Bucket(hour(2, 11), "foyer", measures.VISITS, "uk"): 10,
        Bucket(hour(2, 14), "foyer", measures.VISITS, "fa_AF"): 3,  # under 10: neither bar nor cell
        Bucket(hour(20, 9), "foyer", measures.VISITS, "tr"): 30,  # only in the last 30 days
        Bucket(hour(1, 10), "foyer", measures.CONCERN, "aufenthaltstitel-verlaengern"): 25,
        Bucket(hour(1, 10), "foyer", measures.CONCERN, "fiktionsbescheinigung"): 4,  # under 10
        Bucket(hour(1, 15), "foyer", measures.IDLE_RESET, measures.WITHOUT_CONCERN): 12,
        Bucket(hour(0, 9), "lobby-2", measures.VISITS, "ru"): 500,  # another kiosk's copy: not this one's page
    })
    database = tmp_path / "usage.sqlite3"
    connection = open_for_writing(database)
    add_counts(connection, counts)
    connection.close()
    recording = UsageRecording(database, 400, app.presenter.clock, interval=3600)
    before, app.usage = app.usage, recording
    yield today
    app.usage = before
    recording.stop()


def open_usage_page(app):
    """Staff press the usage button on their panel; the page opens once the counts are read off the UI thread."""
    import time as clock

    from kivy.core.window import Window

    from kiosk.ui.screenshot import settle
    from kiosk.ui.staff_panel import UsagePanel

    panel = app.staff.open_panel()
    settle(2)
    panel.act(panel.on_usage)
    deadline = clock.monotonic() + 10
    while not any(isinstance(widget, UsagePanel) for widget in Window.children):
        assert clock.monotonic() < deadline, "no usage page within 10 s"
        settle(1)
    settle(4)
    return next(widget for widget in Window.children if isinstance(widget, UsagePanel))


def test_the_usage_page_draws_bars_in_proportion_and_leaves_small_counts_out(app, usage_database,
                                                                             monkeypatch) -> None:
    from kiosk.ui.capture import save_window
    from kiosk.ui.staff_panel import UsagePeriod
    from kiosk.ui.widgets.charts import BarChart, BarRow, HourCells

    from rendering import screenshot_path

    monkeypatch.setenv("LANGUAGE", "de_DE")  # what staff at the office read
    page = open_usage_page(app)
    try:
        assert page.title.startswith("Nutzung dieses Kiosks")
        week, month = sorted(descendants(page, UsagePeriod), key=lambda column: (-column.top, column.x))
        assert "7" in week.heading and "30" in month.heading
        languages, concerns, give_ups = [chart for chart in descendants(week, BarChart)]
        rows = descendants(languages, BarRow)
        # Languages named in the staff's language.
        assert [(row.label, row.count) for row in rows] == [("Deutsch", 40), ("Arabisch", 20), ("Ukrainisch", 10)]
        lengths = [rectangles(row.ids.track)[0].size[0] for row in rows]
        track = rows[0].ids.track.width
        assert track > 100 and lengths == pytest.approx([track, track / 2, track / 4])
        # The concern by its name in the content (German, as staff wrote it), not its id.
        assert [row.label for row in descendants(concerns, BarRow)] == [
            app.presenter.content.services["aufenthaltstitel-verlaengern"].name]
        assert [row.count for row in descendants(give_ups, BarRow)] == [12]
        month_languages = descendants(descendants(month, BarChart)[0], BarRow)
        assert [(row.label, row.count) for row in month_languages] == [
            ("Deutsch", 40), ("Türkisch", 30), ("Arabisch", 20), ("Ukrainisch", 10)]
        days = descendants(week, HourCells)
        assert len(days) == 7
        hidden_day = (usage_database - timedelta(days=2)).weekday()  # fa_AF's 3 visits at 14 o'clock
        assert [len(rectangles(day)) for day in days] == [23 if number == hidden_day else 24 for number in range(7)]
        drawn = rectangles(days[hidden_day])
        cell_width = days[hidden_day].width / 24
        assert not any(abs(cell.pos[0] - (days[hidden_day].x + 14 * cell_width + 1)) < 0.5 for cell in drawn)
        assert week.note == "Zahlen unter 10 werden weggelassen (3 davon)."  # fa_AF bar and cell, a concern
        save_window(screenshot_path("staff", "usage-de.png"))
    finally:
        page.dismiss(animation=False)


def test_with_counting_off_the_page_says_so_and_draws_nothing(app, monkeypatch) -> None:
    from kiosk.ui.widgets.charts import BarRow, HourCells

    monkeypatch.setattr(app, "usage", None)
    page = open_usage_page(app)
    try:
        assert "kiosk config --count-usage on" in page.note
        assert not descendants(page, BarRow) and not descendants(page, HourCells)
    finally:
        page.dismiss(animation=False)
