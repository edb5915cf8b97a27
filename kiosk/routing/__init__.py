"""Routes from each kiosk: a graph of the building, shortest-path trees, and semantic steps."""
from kiosk.routing.graph import Leg, Profile, RouteGraph
from kiosk.routing.routes import Route, Routes
from kiosk.routing.steps import Step

__all__ = ["Leg", "Profile", "Route", "RouteGraph", "Routes", "Step"]
