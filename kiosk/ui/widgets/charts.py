"""Small charts drawn on Kivy's canvas from a view model's shares (``kiosk.views.staff_usage``): horizontal bars
with their labels and counts, and a week of hours as a grid of cells, darker the busier. What the view model left
out (counts under the threshold) is not drawn at all."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kivy.graphics import Color, Rectangle
from kivy.lang import Builder
from kivy.properties import ListProperty, NumericProperty, StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.widget import Widget

if TYPE_CHECKING:
    from kiosk.views.staff_usage import Bars

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
EMPTY = (0.86, 0.87, 0.89, 1)  # an hour with no visit at all: drawn, so that it differs from one left out
BUSY = (0.1, 0.23, 0.45)  # the busiest hour; the others are mixed towards EMPTY by their share


def cell_colour(share: float) -> tuple[float, float, float, float]:
    return (*(empty + (busy - empty) * share for empty, busy in zip(EMPTY, BUSY)), 1.0)


class BarRow(BoxLayout):
    label = StringProperty("")
    count = NumericProperty(0)
    share = NumericProperty(0.0)  # of the chart's largest: the bar's length in its track


class BarChart(BoxLayout):
    title = StringProperty("")

    def show(self, bars: Bars) -> None:
        self.title = bars.title
        self.ids.rows.clear_widgets()
        for label, count, share in bars.bars:
            self.ids.rows.add_widget(BarRow(label=label, count=count, share=share))


class HourCells(Widget):
    """One day's 24 hours; ``shares`` holds None for an hour left out, which is then not drawn."""

    shares = ListProperty([])

    def on_shares(self, *_args: object) -> None:
        self._draw()

    def on_size(self, *_args: object) -> None:
        self._draw()

    def on_pos(self, *_args: object) -> None:
        self._draw()

    def _draw(self) -> None:
        self.canvas.clear()
        if not self.shares:
            return
        width = self.width / len(self.shares)
        with self.canvas:
            for hour, share in enumerate(self.shares):
                if share is None:
                    continue
                Color(*cell_colour(share))
                Rectangle(pos=(self.x + hour * width + 1, self.y + 1), size=(width - 2, self.height - 2))


class WeekRow(BoxLayout):
    weekday = StringProperty("")
    shares = ListProperty([])


class WeekChart(BoxLayout):
    title = StringProperty("")

    def show(self, title: str, weekdays: tuple[str, ...], week: tuple[tuple[float | None, ...], ...]) -> None:
        self.title = title
        self.ids.days.clear_widgets()
        for weekday, shares in zip(weekdays, week):
            self.ids.days.add_widget(WeekRow(weekday=weekday, shares=list(shares)))
