"""A site loaded and checked through every layer that can find problems in it (content, then routing)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.content import Content, Problem, load_site
from kiosk.content.problems import sort_key
from kiosk.routing import Routes
from kiosk.routing.checks import check_routes


@dataclass(frozen=True)
class CheckedSite:
    content: Content | None
    routes: Routes | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]


def load_checked(folder: Path | str) -> CheckedSite:
    """Content and routes when everything is valid (warnings may remain); otherwise neither, and why."""
    result = load_site(folder)
    if result.content is None:
        return CheckedSite(None, None, result.problems)
    routes = Routes(result.content)
    problems = sorted(result.problems + check_routes(result.content, routes), key=sort_key)
    if any(problem.is_error for problem in problems):
        return CheckedSite(None, None, problems)
    return CheckedSite(result.content, routes, problems)
