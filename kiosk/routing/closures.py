"""The ways with some places and connections closed, kept for the few closures of recent moments."""
from __future__ import annotations

import threading

from kiosk.routing.routes import Routes

# A notice starting, another ending, a live update: more is never needed at once.
KEPT_CLOSURES = 4


class RoutesByClosure:
    def __init__(self, open_routes: Routes) -> None:
        """``open_routes``: the building's ways with nothing closed, kept always."""
        self.open_routes = open_routes
        self._kept: dict[frozenset[str], Routes] = {open_routes.closed: open_routes}
        self._lock = threading.Lock()  # the kiosk makes them on a worker thread while the UI thread reads

    def with_closed(self, closed: frozenset[str]) -> Routes:
        with self._lock:
            routes = self._kept.get(closed)
        if routes is None:
            routes = Routes(self.open_routes.content, closed)
            with self._lock:
                if len(self._kept) >= KEPT_CLOSURES:
                    del self._kept[next(key for key in self._kept if key != self.open_routes.closed)]
                self._kept[closed] = routes
        return routes
