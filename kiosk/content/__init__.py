"""Site content: strict YAML -> typed, validated, immutable model with located problems."""
from kiosk.content.content import Content
from kiosk.content.loader import LoadResult, load_site
from kiosk.content.problems import Location, Problem, Severity

__all__ = ["Content", "LoadResult", "Location", "Problem", "Severity", "load_site"]
