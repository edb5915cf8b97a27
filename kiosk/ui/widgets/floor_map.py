"""A floor plan drawn from the content's geometry: rooms, corridors, the route, you-are-here, destination."""
from __future__ import annotations

from kivy.graphics import Color, Line, Rectangle, SmoothEllipse
from kivy.metrics import dp
from kivy.properties import ObjectProperty
from kivy.uix.widget import Widget

from kiosk.views.models import FloorMap

ROOM_FILL = (0.20, 0.24, 0.30, 1)
ROOM_EDGE = (0.55, 0.60, 0.68, 1)
DESTINATION_FILL = (0.98, 0.76, 0.18, 1)
CORRIDOR = (0.40, 0.45, 0.52, 1)
ROUTE = (0.20, 0.80, 0.95, 1)
HERE = (0.95, 0.35, 0.30, 1)


class FloorMapView(Widget):
    plan = ObjectProperty(None, allownone=True)

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.bind(plan=self._redraw, pos=self._redraw, size=self._redraw)

    def _project(self):
        plan: FloorMap = self.plan
        min_x, min_y, max_x, max_y = plan.bounds
        scale = min(self.width / max(max_x - min_x, 1), self.height / max(max_y - min_y, 1))
        offset_x = self.x + (self.width - (max_x - min_x) * scale) / 2
        offset_y = self.y + (self.height - (max_y - min_y) * scale) / 2
        return lambda x, y: (offset_x + (x - min_x) * scale, offset_y + (y - min_y) * scale)

    def _redraw(self, *_: object) -> None:
        self.canvas.clear()
        if self.plan is None or self.width < 2 or self.height < 2:
            return
        project = self._project()
        with self.canvas:
            Color(0.09, 0.11, 0.15, 1)
            Rectangle(pos=self.pos, size=self.size)
            Color(*CORRIDOR)
            for start, end in self.plan.corridors:
                Line(points=[*project(*start), *project(*end)], width=dp(3))
            for room in self.plan.rooms:
                points = [coordinate for corner in room.outline for coordinate in project(*corner)]
                Color(*(DESTINATION_FILL if room.destination else ROOM_FILL))
                Line(points=points, close=True, width=dp(4) if room.destination else dp(1.5))
            Color(*ROUTE)
            for start, end in self.plan.route:
                Line(points=[*project(*start), *project(*end)], width=dp(5), cap="round", joint="round")
            for point, colour in ((self.plan.destination, DESTINATION_FILL), (self.plan.you_are_here, HERE)):
                if point is not None:
                    x, y = project(*point)
                    Color(*colour)
                    SmoothEllipse(pos=(x - dp(12), y - dp(12)), size=(dp(24), dp(24)))
