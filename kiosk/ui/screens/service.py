"""A concern's screen: room, floor, appointment, the way with a floor map, documents, fees, hours, QR code."""
from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout

from kiosk.ui.screens import KioskScreen
from kiosk.ui.widgets.controls import MirroredRow, reuse_children
from kiosk.ui.widgets.floor_map import FloorMapView  # noqa: F401  (used in service.kv)
from kiosk.ui.widgets.qr import QrCode  # noqa: F401  (used in service.kv)
from kiosk.views.models import ServiceView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class StepLine(MirroredRow):
    locale = StringProperty("de")
    text = StringProperty("")
    pictogram = StringProperty("")
    selected = BooleanProperty(False)


class StepRow(ButtonBehavior, StepLine):
    """A step of the way: a tap shows the map of its floor, with it on the map in portrait."""

    floor = StringProperty("")


class FloorTab(ButtonBehavior, BoxLayout):
    """A floor the way walks: its map shown on a tap; the one on show is marked."""

    locale = StringProperty("de")
    text = StringProperty("")
    floor = StringProperty("")
    selected = BooleanProperty(False)


class TextRow(MirroredRow):
    locale = StringProperty("de")
    text = StringProperty("")
    pictogram = StringProperty("")


class ServiceScreen(KioskScreen):
    locale = StringProperty("de")
    right_to_left = BooleanProperty(False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._view: ServiceView | None = None
        self._shown_step: StepLine = self.ids.shown_step.__self__  # held here while out of the tree (ids are weak)
        self.bind(size=self._arrange)
        self._arrange()

    def _arrange(self, *_: object) -> None:
        """For the screen's orientation: the take-along code beside the concern in portrait (in the first view
        above the map, however long the way) with the booking code beside the steps; in landscape, where the map
        is beside the steps, both beside the steps. And the step shown on the map in portrait only."""
        ids, portrait = self.ids, self.width <= self.height
        for widget, target, index in ((ids.codes, ids.top_row if portrait else ids.way_and_codes, 0),
                                      (ids.booking, ids.way_and_codes if portrait else ids.codes, 0 if portrait else 1)):
            if widget.parent is not target:
                widget.parent.remove_widget(widget)
                target.add_widget(widget, index)  # in landscape above the codes' spare height
        self._place_shown_step()

    def _place_shown_step(self) -> None:
        """On the map in portrait while the way has steps; out of the tree otherwise."""
        step, box = self._shown_step, self.ids.map_box
        wanted = self.width <= self.height and bool(step.text)
        if wanted and step.parent is None:
            box.add_widget(step)
        elif not wanted and step.parent is not None:
            box.remove_widget(step)

    def show(self, view: ServiceView, locale: str, right_to_left: bool) -> None:
        self._view = view
        self.locale, self.right_to_left = locale, right_to_left
        ids = self.ids
        for widget, text in ((ids.title, view.title), (ids.summary, view.summary), (ids.room_heading, view.room_heading),
                             (ids.floor, view.floor), (ids.zone, view.zone or ""), (ids.appointment, view.appointment),
                             (ids.notice, view.step_free_notice or ""), (ids.way_heading, view.way_heading),
                             (ids.documents_heading, view.documents_heading), (ids.fees_heading, view.fees_heading),
                             (ids.hours_heading, view.hours_heading), (ids.hours, view.hours_today),
                             (ids.hours_note, view.hours_note or ""),
                             (ids.take_along, view.take_along), (ids.booking_code, view.booking_code),
                             (ids.notes, "\n".join(view.notes)), (ids.notices, "\n".join(view.notices))):
            widget.locale, widget.source_text = locale, text
        ids.room.locale, ids.room.source_text = locale, view.room
        # a place's name instead of a room number: as large as the floor, or it takes the map's first view
        ids.room.font_size_factor = 1.0 if view.room_heading else 1 / 3
        ids.zone_swatch.rgba_hex = view.zone_color or ""
        rows = reuse_children(ids.steps, len(view.steps), StepRow)
        for row, step in zip(rows, view.steps):
            row.locale, row.text, row.pictogram, row.floor = locale, f"{step.number}. {step.text}", step.pictogram, \
                step.floor
            row.right_to_left = right_to_left
            row.unbind(on_release=self._select_step)
            row.bind(on_release=self._select_step)
        documents = reuse_children(ids.documents, len(view.documents), TextRow)
        for row, (name, description) in zip(documents, view.documents):
            row.locale, row.pictogram, row.right_to_left = locale, "check", right_to_left
            row.text = f"{name}\n{description}" if description else name
        fees = reuse_children(ids.fees, len(view.fees), TextRow)
        for row, fee in zip(fees, view.fees):
            row.locale, row.pictogram, row.right_to_left, row.text = locale, "info-fees", right_to_left, fee
        ids.qr.payload = view.qr_payload
        ids.booking_qr.payload = view.booking_url or ""
        tabs = reuse_children(ids.floor_tabs, len(view.maps) if len(view.maps) > 1 else 0, FloorTab)
        for tab, plan in zip(tabs, view.maps):
            tab.locale, tab.text, tab.floor = locale, plan.label, plan.floor
            tab.unbind(on_release=self._select_step)
            tab.bind(on_release=self._select_step)
        self.select_floor(view.maps[0].floor if view.maps else "")
        ids.scroll.scroll_y = 1

    def _select_step(self, row: StepRow | FloorTab) -> None:
        self.select_floor(row.floor, row if isinstance(row, StepRow) else None)

    def select_floor(self, floor: str, step: StepRow | None = None) -> None:
        """Show the map of ``floor``, mark the steps taken on it and put ``step`` (or its first) on the map."""
        view = self._view
        plan = next((plan for plan in view.maps if plan.floor == floor), None) if view else None
        self.ids.floor_map.plan = plan
        for row in (*self.ids.steps.children, *self.ids.floor_tabs.children):
            row.selected = row.floor == floor
        shown = step or next((row for row in reversed(self.ids.steps.children) if row.floor == floor), None)
        self._shown_step.text = shown.text if shown else ""
        self._shown_step.pictogram = shown.pictogram if shown else ""
        self._place_shown_step()

    @property
    def floors(self) -> tuple[str, ...]:
        """The floors whose maps the way shows, in walking order."""
        return tuple(plan.floor for plan in self._view.maps) if self._view else ()

    @property
    def shown_floor(self) -> str:
        plan = self.ids.floor_map.plan
        return plan.floor if plan else ""
