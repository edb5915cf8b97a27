"""A site loaded and checked through every layer that can find problems in it (content, then routing)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content.problems import Problem, sort_key

if TYPE_CHECKING:
    from kiosk.content import Content
    from kiosk.routing import Routes


@dataclass(frozen=True)
class CheckedSite:
    content: Content | None
    routes: Routes | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    def serves(self, kiosk: str | None) -> bool:
        """Whether a kiosk can run on it: valid content that has ``kiosk`` (any kiosk when none is named)."""
        return self.content is not None and (not kiosk or kiosk in self.content.kiosks)


def load_checked(folder: Path | str) -> CheckedSite:
    """Content and routes when everything is valid (warnings may remain); otherwise neither, and why."""
    # Imported here: the content model is most of a cold start, and a kiosk that greets from memory (and every
    # command that reads no content) starts without it.
    from kiosk.content.loader import load_site
    from kiosk.routing import Routes
    from kiosk.routing.checks import check_routes

    result = load_site(folder)
    if result.content is None:
        return CheckedSite(None, None, result.problems)
    routes = Routes(result.content)
    problems = sorted(result.problems + check_routes(result.content, routes), key=sort_key)
    if any(problem.is_error for problem in problems):
        return CheckedSite(None, None, problems)
    return CheckedSite(result.content, routes, problems)
