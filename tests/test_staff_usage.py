"""The staff panel's usage page as plain data: the last 7 and 30 days, small counts left out, counting off said."""
from collections import Counter
from datetime import date

from kiosk.i18n import staff_translator
from kiosk.usage import measures
from kiosk.usage.counter import Bucket
from kiosk.views.staff_usage import Names, usage_panel_view

TODAY = date(2026, 12, 3)  # a Thursday


def test_the_last_7_and_30_days_show_their_own_counts_with_small_ones_left_out() -> None:
    counts = Counter({
        Bucket("2026-12-03T09:00", "lobby", measures.VISITS, "de"): 12,  # this week, Thursday 9 o'clock
        Bucket("2026-12-03T10:00", "lobby", measures.VISITS, "ar"): 3,  # under 10: left out
        Bucket("2026-11-10T09:00", "lobby", measures.VISITS, "uk"): 20,  # only in the last 30 days
        Bucket("2026-12-02T11:00", "lobby", measures.CONCERN, "aufenthalt-verlaengern"): 10,
        Bucket("2026-12-02T11:00", "lobby", measures.IDLE_RESET, measures.WITHOUT_CONCERN): 11,
    })
    view = usage_panel_view(counts, TODAY, staff_translator(), names=Names(
        {"aufenthalt-verlaengern": "Aufenthaltstitel verlängern"}, {"uk": "Ukrainisch"}))
    week, month = view.periods
    assert "7" in week.heading and "30" in month.heading
    languages, concerns, give_ups = week.charts
    assert [(label, count) for label, count, _share in languages.bars] == [("de", 12)]
    assert [(label, count, share) for label, count, share in month.charts[0].bars] == [
        ("Ukrainisch", 20, 1.0), ("de", 12, 0.6)]
    assert [label for label, _count, _share in concerns.bars] == ["Aufenthaltstitel verlängern"]
    assert [(label, count) for label, count, _share in give_ups.bars] == [("02.12.", 11)]
    assert week.week[3][9] == 1.0 and week.week[3][10] is None and week.week[0][9] == 0
    assert len(week.weekdays) == 7 and "1" in week.note  # one count left out, and the page says so


def test_counting_off_is_said_and_nothing_is_drawn() -> None:
    view = usage_panel_view(None, TODAY, staff_translator())
    assert view.periods == () and "kiosk config" in view.note
