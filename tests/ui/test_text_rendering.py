"""Text in every script, rendered offscreen and checked as a reader would: joined letters in the right order,
lines wrapped in reading order and flush with their edge, room numbers intact, no empty boxes.

The paragraphs are written to screenshots/text/<locale>.png for people to look at.
"""
from datetime import time

import numpy as np
import pytest
from numpy.lib.stride_tricks import sliding_window_view

from kiosk.i18n.content_text import ContentText
from kiosk.i18n.steps import step_sentence
from kiosk.i18n.visitor import visitor_translations
from kiosk.paths import BUNDLED_SITE
from kiosk.routing.steps import Arrival, ArriveStep, Side
from kiosk.site import load_checked
from kiosk.text import text_style
from kiosk.text.coverage import missing_characters
from kiosk.views.hours import times_run

from rendering import cropped, ink, screenshot_path, write_png

LOCALES = ["ar", "fa_AF", "ps", "ckb", "ti", "vi", "uk", "de", "hi", "ur", "bn"]
ROOM = "3.032"
WIDTH, FONT_SIZE = 560, 30
SITE = load_checked(BUNDLED_SITE)


def paragraph(locale: str) -> str:
    """Real catalog text: the arrival sentence with room 3.032, a time range, a bracket and a summary."""
    content = SITE.content
    visitor = visitor_translations(content.site, locale)
    names = ContentText(visitor.content)
    service = content.services["aufenthaltstitel-verlaengern"]
    arrive = step_sentence(ArriveStep("kartenausgabe", Arrival.ROOM, Side.LEFT), content, visitor.ui, names)
    hours = times_run([(time(8), time(12))], locale)
    summary = names.text(service, "summary")
    return f"{arrive} {hours} ({names.service_name(service)}) {summary}"


def label(window, locale: str, text: str, **options):
    from kiosk.ui.widgets.text import LocalizedLabel

    widget = LocalizedLabel(locale=locale, source_text=text, font_size=FONT_SIZE, color=(1, 1, 1, 1), **options)
    widget.texture_update()
    return widget


def plain_label(text: str, style, direction: str, script: str, **options):
    """A bare Kivy label: the reference that our preparation must match."""
    from kivy.uix.label import Label

    from kiosk.ui.widgets.text import apply_shaping_to_measurement

    widget = Label(text=text, font_name=str(style.font), font_size=FONT_SIZE, font_direction=direction,
                   font_script_name=script, color=(1, 1, 1, 1), **options)
    apply_shaping_to_measurement(widget._label)
    widget.texture_update()
    return widget


def line_bands(widget):
    for line in widget._label._cached_lines:
        yield line, "".join(word.text for word in line.words)


def occurrences(image: np.ndarray, pattern: np.ndarray) -> int:
    return len(places(image, pattern))


def places(image: np.ndarray, pattern: np.ndarray) -> set[tuple[int, int]]:
    """Where (top, left) ``pattern`` appears in ``image`` (within 3 % of its ink), neighbouring hits counted once."""
    height, width = pattern.shape
    if image.shape[0] < height or image.shape[1] < width:
        return set()
    budget = 0.03 * pattern.astype(np.int64).sum()
    hits = set()
    for top in range(image.shape[0] - height + 1):
        windows = sliding_window_view(image[top:top + height], (height, width))[0]
        differences = np.abs(windows.astype(np.int16) - pattern.astype(np.int16)).sum(axis=(1, 2))
        for left in np.nonzero(differences <= budget)[0]:
            if not any(abs(top - y) <= 3 and abs(left - x) <= 3 for y, x in hits):
                hits.add((top, int(left)))
    return hits


@pytest.mark.parametrize("locale", LOCALES)
def test_paragraphs_wrap_in_reading_order_and_keep_room_numbers_whole(window, locale: str) -> None:
    style = text_style(locale)
    text = paragraph(locale)
    assert missing_characters(text, locale) == []
    widget = label(window, locale, text, width=WIDTH)
    image = ink(widget.texture)
    write_png(screenshot_path("text", f"{locale}.png"), image)
    bands = list(line_bands(widget))
    assert len(bands) >= 3, "the paragraph must wrap to test wrapping"
    assert image.shape[1] <= WIDTH
    for line, line_text in bands:
        band = image[line.y:line.y + line.h]
        alone = plain_label(line_text, style, style.direction, style.script)
        assert np.array_equal(cropped(band), cropped(ink(alone.texture))), f"line {line_text!r} differs alone"
        if style.right_to_left:
            right_edge = np.nonzero(band.max(axis=0))[0].max()
            assert right_edge >= image.shape[1] - 4, f"line {line_text!r} ends at {right_edge}, not flush right"
    room = cropped(ink(plain_label(ROOM, style, "ltr", "Latn").texture))
    assert occurrences(image, room) == 1


def test_measuring_uses_the_labels_own_script_and_direction(window) -> None:
    """Guards the work-around for Kivy 2.3.1: after a left-to-right label used the same font file and size,
    a wrapped Arabic label still fills its lines to the right edge."""
    style = text_style("ar")
    plain_label("Aufenthaltstitel 3.032", style, "ltr", "Latn")
    widget = label(window, "ar", paragraph("ar"), width=WIDTH)
    image = ink(widget.texture)
    widths = [line.w for line, _ in line_bands(widget)]
    assert max(widths) <= WIDTH
    assert sum(widths[:-1]) / (len(widths) - 1) > 0.75 * WIDTH, "lines measured too wide wrap too early"
    for line, _ in line_bands(widget):
        assert np.nonzero(image[line.y:line.y + line.h].max(axis=0))[0].max() >= image.shape[1] - 4


def test_a_label_waits_for_its_width_but_never_shows_stale_text(window) -> None:
    """Before its first layout a label is narrower than one letter and not rendered (Kivy would set every letter on
    a line of its own); once it has shown text, every change is rendered, however narrow it is meanwhile."""
    widget = label(window, "de", "Alpha", width=4)
    assert widget.texture is None
    widget.width = WIDTH
    widget.texture_update()
    alpha = tuple(widget.texture_size)
    assert widget.texture is not None and alpha[0] > 0
    widget.width, widget.source_text = 4, "Beta"
    widget.texture_update()
    beta = tuple(widget.texture_size)
    assert beta != alpha and beta[0] > 0  # rendered anew, however cramped: never the old word
    widget.width = WIDTH
    widget.texture_update()
    # Cramped, the word was made smaller to fit; with room again it comes back at the size asked for.
    assert widget.texture_size[0] > beta[0] and widget.font_size == FONT_SIZE


@pytest.mark.parametrize("locale", ["ar", "ps", "ur"])
def test_hour_ranges_are_drawn_in_one_order_with_one_range_or_two(window, locale: str) -> None:
    """Issue 17: one range was drawn "08:00–12:00" and two "18:00–13:00 و12:00–08:00"; now every range is
    drawn with its start at the right, where a right-to-left reader begins."""
    style = text_style(locale)
    digits = {clock: cropped(ink(plain_label(clock, style, "ltr", "Latn").texture))
              for clock in ("08:00", "12:00", "13:00", "18:00")}
    for intervals in ([(time(8), time(12))], [(time(8), time(12)), (time(13), time(18))]):
        image = ink(label(window, locale, times_run(intervals, locale), width=WIDTH).texture)
        lefts = []
        for start, end in intervals:
            for clock in (f"{start:%H:%M}", f"{end:%H:%M}"):
                found = places(image, digits[clock])
                assert len(found) == 1, f"{clock} drawn {len(found)} times in {locale}"
                lefts.append(next(iter(found))[1])
        assert lefts == sorted(lefts, reverse=True), f"{locale}: {intervals} drawn out of reading order"
