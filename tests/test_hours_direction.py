"""Opening hours read in one order on every row in right-to-left languages (issue 17: "18:00–13:00 و12:00–08:00"
on one row, "08:00–12:00" on the next): the start of every range is read first, at the right, as the sentence is.

An RTL label is shaped right to left as a whole, so what it draws from left to right is the prepared text
reversed; the times are read off that."""
import re
from datetime import date, time

import pytest

from kiosk.site import load_checked
from kiosk.paths import BUNDLED_SITE
from kiosk.text import prepare
from kiosk.views import texts
from kiosk.views.hours import times_run
from kiosk.views.presenter import Presenter
from kiosk.web.export import bidi_html

RIGHT_TO_LEFT = ("ar", "ps", "ur", "fa_AF", "ckb")
MONDAY, TUESDAY, WEDNESDAY = date(2026, 12, 7), date(2026, 12, 8), date(2026, 12, 9)  # no holiday that week
_TIME = re.compile(r"\d{1,2}:\d\d")


def drawn_times(line: str, locale: str) -> list[str]:
    """The times in ``line`` as a right-to-left label draws them, from left to right."""
    drawn = prepare(line, locale)[::-1]
    return _TIME.findall(drawn)


def read_right_to_left(times: list[str]) -> list[str]:
    return times[::-1]


@pytest.fixture(scope="module")
def presenter() -> Presenter:
    site = load_checked(BUNDLED_SITE)
    return Presenter(site.content, site.routes, site.content.kiosk_id(None))


@pytest.mark.parametrize("locale", RIGHT_TO_LEFT)
def test_every_row_of_the_week_reads_its_ranges_from_the_right(presenter: Presenter, locale: str) -> None:
    rows = presenter.information(locale, today=MONDAY).hours
    # The site: Monday and Friday one range, Tuesday and Thursday two, Wednesday and the weekend closed.
    ranges = {len(drawn_times(f"{days}: {times}", locale)) // 2 for days, times in rows}
    assert ranges == {0, 1, 2}
    for days, times in rows:
        read = read_right_to_left(drawn_times(f"{days}: {times}", locale))
        assert read == sorted(read, key=lambda clock: time.fromisoformat(clock.zfill(5))), (locale, days, times)
    assert read_right_to_left(drawn_times(f"{rows[0][0]}: {rows[0][1]}", locale)) in (
        ["08:00", "12:00"], ["8:00", "12:00"])


@pytest.mark.parametrize("locale", RIGHT_TO_LEFT)
def test_closed_days_say_closed(presenter: Presenter, locale: str) -> None:
    closed = texts.CLOSED.render(presenter.say(locale))
    rows = dict(presenter.information(locale, today=MONDAY).hours)
    assert closed != "closed" and list(rows.values()).count(closed) == 2  # Wednesday, and Saturday with Sunday
    service = presenter.service(locale, "aufenthaltstitel-verlaengern", step_free=False, today=WEDNESDAY)
    assert service.hours_today == texts.CLOSED_TODAY.render(presenter.say(locale))


@pytest.mark.parametrize("locale", ("ar", "ps", "ur"))
@pytest.mark.parametrize(("day", "expected"), [(MONDAY, ["08:00", "12:00"]),
                                               (TUESDAY, ["08:00", "12:00", "13:00", "18:00"])])
def test_todays_hours_read_from_the_right_with_one_range_or_two(presenter: Presenter, locale: str, day: date,
                                                                expected: list[str]) -> None:
    service = presenter.service(locale, "aufenthaltstitel-verlaengern", step_free=False, today=day)
    assert read_right_to_left(drawn_times(service.hours_today, locale)) == expected


@pytest.mark.parametrize("locale", ("ar", "ps", "ur"))
def test_a_special_days_hours_keep_the_order_inside_the_sentence(presenter: Presenter, locale: str) -> None:
    say = presenter.say(locale)
    line = texts.HOURS_ON_DAY(hours=times_run([(time(8), time(12))], locale), day="عيد").render(say, isolated=True)
    assert read_right_to_left(drawn_times(line, locale)) == ["08:00", "12:00"]
    assert line.count("\u2067") == 1 and "\u2068\u2067" not in line  # the range's own isolate, not one inside another


@pytest.mark.parametrize(("locale", "direction"), [("ar", "rtl"), ("ps", "rtl"), ("ur", "rtl"), ("de", "ltr")])
def test_phone_pages_give_every_range_the_languages_direction(locale: str, direction: str) -> None:
    for intervals in ([(time(8), time(12))], [(time(8), time(12)), (time(13), time(18))]):
        assert str(bidi_html(times_run(intervals, locale))).startswith(f'<bdi dir="{direction}">')
