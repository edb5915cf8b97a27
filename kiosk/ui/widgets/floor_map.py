"""A floor plan drawn from its view model (``kiosk.views.floor_map``): rooms, corridors, the way, symbols, "You are
here" with an arrow for ahead (the plan is turned so that ahead is up), the destination's pin and the labels the
view model placed, scaled to fill the box.

Colours against the map's background (0.09, 0.11, 0.15), by WCAG's contrast formula: room edges 5.9:1, corridors
4.2:1, the way 9.0:1, the destination 10.4:1, labels' white on their dark plates 19:1 (tests/ui/test_map_drawing.py).
"""
from __future__ import annotations

from functools import lru_cache

from kivy.clock import Clock
from kivy.core.image import Image as CoreImage
from kivy.graphics import Color, Line, Rectangle, RoundedRectangle, SmoothEllipse, Triangle
from kivy.metrics import dp
from kivy.properties import NumericProperty, ObjectProperty, StringProperty
from kivy.uix.widget import Widget

from kiosk.ui.widgets.controls import reuse_children
from kiosk.ui.widgets.icons import icon_path
from kiosk.ui.widgets.text import LocalizedLabel
from kiosk.views.floor_map import label_size
from kiosk.views.models import FloorMap

BACKGROUND = (0.09, 0.11, 0.15, 1)
ROOM_FILL = (0.14, 0.17, 0.22, 1)
ROOM_EDGE = (0.55, 0.60, 0.68, 1)
DESTINATION_FILL = (0.98, 0.76, 0.18, 1)
CORRIDOR = (0.45, 0.50, 0.58, 1)
ROUTE = (0.20, 0.80, 0.95, 1)
HERE = (0.95, 0.35, 0.30, 1)
PLATE = (0.05, 0.06, 0.09, 0.92)  # behind each label, so it reads over lines
LABEL_COLOURS = {"here": (1, 1, 1, 1), "destination": DESTINATION_FILL, "change": ROUTE, "room": (1, 1, 1, 1)}
FILL = 0.94  # the plan's share of its box along its tighter side


@lru_cache(maxsize=16)
def _symbol_texture(icon: str):
    return CoreImage(icon_path(icon)).texture


class MapText(LocalizedLabel):
    """A label on the map: one line in the plate the view model made room for, smaller if the font needs more."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(single_line=True, **kwargs)


class FloorMapView(Widget):
    plan = ObjectProperty(None, allownone=True)
    locale = StringProperty("de")
    reserved_top = NumericProperty(0)  # the height at the top where something lies on the map (a step in portrait)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        # once a frame, before it is drawn: a tap changes the plan, then the layout its size and the step lying on
        # it the height it takes (four redraws of 1.2 ms each before)
        redraw = Clock.create_trigger(self._redraw)
        self.bind(plan=redraw, pos=redraw, size=redraw, locale=redraw, reserved_top=redraw)

    @property
    def _plan_height(self) -> float:
        """The box's height the plan is drawn in: below what lies on its top."""
        return max(self.height - self.reserved_top, 1)

    def _scale(self) -> float:
        min_x, min_y, max_x, max_y = self.plan.bounds
        return FILL * min(self.width / max(max_x - min_x, 1), self._plan_height / max(max_y - min_y, 1))

    def project(self, x: float, y: float) -> tuple[float, float]:
        min_x, min_y, max_x, max_y = self.plan.bounds
        scale = self._scale()
        offset_x = self.x + (self.width - (max_x - min_x) * scale) / 2
        offset_y = self.y + (self._plan_height - (max_y - min_y) * scale) / 2
        return offset_x + (x - min_x) * scale, offset_y + (y - min_y) * scale

    def _within(self, centre: tuple[float, float], width: float, height: float) -> tuple[float, float]:
        """A label's centre moved just enough to keep it on the plan's part of the map (a long name at its edge)."""
        x, y = centre
        return (min(max(x, self.x + width / 2), self.right - width / 2),
                min(max(y, self.y + height / 2), self.y + self._plan_height - height / 2))

    def _redraw(self, *_: object) -> None:
        self.canvas.before.clear()  # not self.canvas: it holds the labels' own canvases
        plan: FloorMap | None = self.plan
        if plan is None or self.width < 2 or self.height < 2:
            reuse_children(self, 0, MapText)
            return
        project = self.project
        scale = self._scale()
        side = max(plan.bounds[2] - plan.bounds[0], plan.bounds[3] - plan.bounds[1]) * scale
        with self.canvas.before:
            Color(*BACKGROUND)
            Rectangle(pos=self.pos, size=self.size)
            Color(*CORRIDOR)
            for start, end in plan.corridors:
                Line(points=[*project(*start), *project(*end)], width=dp(3))
            for room in plan.rooms:
                points = [coordinate for corner in room.outline for coordinate in project(*corner)]
                Color(*(DESTINATION_FILL if room.destination else ROOM_EDGE))
                Line(points=points, close=True, width=dp(5) if room.destination else dp(2))
            Color(*ROUTE)
            for start, end in plan.route:
                Line(points=[*project(*start), *project(*end)], width=dp(7), cap="round", joint="round")
            symbol = max(dp(28), side * 0.05)
            for mark in plan.symbols:
                x, y = project(*mark.at)
                Color(*PLATE)
                RoundedRectangle(pos=(x - symbol / 2, y - symbol / 2), size=(symbol, symbol), radius=[symbol / 5])
                Color(1, 1, 1, 1)
                Rectangle(texture=_symbol_texture(mark.icon), pos=(x - symbol * 0.4, y - symbol * 0.4),
                          size=(symbol * 0.8, symbol * 0.8))
            if plan.destination is not None:
                x, y = project(*plan.destination)
                Color(*DESTINATION_FILL)
                SmoothEllipse(pos=(x - dp(14), y - dp(14)), size=(dp(28), dp(28)))
            if plan.you_are_here is not None:
                x, y = project(*plan.you_are_here)
                Color(*HERE)
                SmoothEllipse(pos=(x - dp(14), y - dp(14)), size=(dp(28), dp(28)))
                # ahead is up on this plan: the arrow points the way the visitor faces
                Triangle(points=[x - dp(14), y + dp(18), x + dp(14), y + dp(18), x, y + dp(46)])
            Color(*PLATE)
            for label in plan.labels:
                width, height = label_size(label.text, side)
                x, y = self._within(project(*label.at), width, height)
                RoundedRectangle(pos=(x - width / 2, y - height / 2), size=(width, height), radius=[height / 4])
        texts = reuse_children(self, len(plan.labels), MapText)
        for text, label in zip(texts, plan.labels):
            width, height = label_size(label.text, side)
            x, y = self._within(project(*label.at), width, height)
            text.size_hint = (None, None)
            text.locale, text.source_text, text.align = self.locale, label.text, "center"
            # whole pixels: SDL2_ttf opens a font object per size, and a size from the map's box would be a new
            # one at every layout pass (bounded: one size per plan and box, not per frame)
            text.font_size = round(height * 0.62)
            text.strong = label.kind in ("destination", "here")
            text.color = LABEL_COLOURS[label.kind]
            text.valign = "middle"
            text.size = (width, height)
            text.text_size = (width, height)
            text.pos = (x - width / 2, y - height / 2)
