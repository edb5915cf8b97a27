"""The staff panel, the PIN pad before it and the closures page: loaded when staff first come in, not at every
start."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.factory import Factory
from kivy.lang import Builder
from kivy.properties import StringProperty
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.modalview import ModalView

from kiosk.config import pin_matches
from kiosk.ui.widgets.charts import BarChart, WeekChart

if TYPE_CHECKING:
    from kiosk.views.staff_closures import ClosuresView
    from kiosk.views.staff_panel import StaffPanelView
    from kiosk.views.staff_usage import UsagePanelView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class PinPad(ModalView):
    entered = StringProperty("")
    confirm_label = StringProperty("")

    def __init__(self, pin_hash: str, on_success: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.pin_hash, self.on_success = pin_hash, on_success

    def press(self, key: str) -> None:
        if key == "ok":
            if pin_matches(self.entered, self.pin_hash):
                self.dismiss(animation=False)
                self.on_success()
            self.entered = ""
        elif key == "del":
            self.entered = self.entered[:-1]
        else:
            self.entered += key


class ClosureRowView(BoxLayout):
    text = StringProperty("")


class ClosuresPanel(ModalView):
    """The lifts, doors and rooms staff may close on this kiosk until a time, or reopen."""

    title = StringProperty("")
    explanation = StringProperty("")
    back_label = StringProperty("")

    def __init__(self, view: ClosuresView, on_choice: Callable[[str, datetime | None], None],
                 **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.title, self.explanation, self.back_label = view.title, view.explanation, view.back
        for row in view.rows:
            widget = ClosureRowView(text=f"{row.label}: {row.state}")
            for label, until in row.actions:
                widget.ids.actions.add_widget(Factory.StaffButton(
                    text=label, on_release=lambda _button, target=row.target, until=until: self._choose(
                        on_choice, target, until)))
            self.ids.rows.add_widget(widget)

    def _choose(self, on_choice: Callable[[str, datetime | None], None], target: str, until: datetime | None) -> None:
        self.dismiss(animation=False)
        on_choice(target, until)


class StaffPanel(ModalView):
    """What is live, what was rejected, translation coverage; reload, screenshot, leave the kiosk."""

    title = StringProperty("")
    body = StringProperty("")
    reload_label = StringProperty("")
    screenshot_label = StringProperty("")
    leave_label = StringProperty("")
    close_label = StringProperty("")
    closures_label = StringProperty("")
    usage_label = StringProperty("")

    def __init__(self, view: StaffPanelView, on_reload: Callable[[], None], on_screenshot: Callable[[], None],
                 on_leave: Callable[[], None], on_closures: Callable[[], None], on_usage: Callable[[], None],
                 **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.title, self.body = view.title, "\n".join(view.lines)
        self.reload_label, self.screenshot_label = view.reload, view.screenshot
        self.leave_label, self.close_label, self.closures_label = view.leave, view.close, view.closures
        self.usage_label = view.usage
        self.on_reload, self.on_screenshot, self.on_leave = on_reload, on_screenshot, on_leave
        self.on_closures, self.on_usage = on_closures, on_usage

    def act(self, action: Callable[[], None]) -> None:
        self.dismiss(animation=False)
        action()


class UsagePeriod(BoxLayout):
    heading = StringProperty("")
    note = StringProperty("")


class UsagePanel(ModalView):
    """The usage page: for the last 7 and for the last 30 days, side by side, visits per hour of the week and bars
    of languages, concerns and give-ups; what the view model left out is not drawn."""

    title = StringProperty("")
    note = StringProperty("")
    back_label = StringProperty("")

    def __init__(self, view: UsagePanelView, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.title, self.note, self.back_label = view.title, view.note, view.back
        for period in view.periods:
            column = UsagePeriod(heading=period.heading, note=period.note)
            week = WeekChart()
            week.show(period.week_title, period.weekdays, period.week)
            column.ids.charts.add_widget(week)
            for bars in period.charts:
                chart = BarChart()
                chart.show(bars)
                column.ids.charts.add_widget(chart)
            self.ids.periods.add_widget(column)
