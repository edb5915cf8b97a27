"""Site content: strict YAML -> typed, validated, immutable model with located problems.

The model (pydantic) loads on first use, not with the package: the kiosk's settings and its Welcome screen need
``kiosk.content.problems`` before any content is checked, and the model's import is most of a cold start.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from kiosk.content.problems import Location, Problem, Severity

if TYPE_CHECKING:
    from kiosk.content.content import Content
    from kiosk.content.loader import LoadResult, load_site

__all__ = ["Content", "LoadResult", "Location", "Problem", "Severity", "load_site"]
_LAZY = {"Content": "kiosk.content.content", "LoadResult": "kiosk.content.loader", "load_site": "kiosk.content.loader"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
