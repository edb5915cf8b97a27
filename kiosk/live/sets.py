"""Loading a new set of content and catalogs away from the screen: only a fully valid set goes live. Whatever does
not load and check completely is rejected with its located problems, and the last good set stays on screen."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.content import Problem
from kiosk.content.problems import Location
from kiosk.i18n.tooling import CatalogStatus
from kiosk.live.catalog_checks import translation_problems, visitor_coverage
from kiosk.live.logs import LOGGER
from kiosk.live.snapshots import Snapshot
from kiosk.live.version import git_commit
from kiosk.messages import S_, Translator
from kiosk.site import CheckedSite, load_checked
from kiosk.views.presenter import Presenter

KIOSK_GONE = S_("live update", "The content no longer has this kiosk \"{kiosk}\".")
KIOSK_GONE_HINT = S_("live update", "Put the kiosk back into site.yaml, or configure this machine for another one.")
WENT_LIVE = S_("live update", "Update live: version {version}.")
KEPT = S_("live update", "Update rejected; version {version} stays live.")
KEPT_START = S_("live update", "Update rejected; the kiosk keeps what it shows now.")
UNEXPECTED = S_("live update", "Loading the update failed unexpectedly: {reason}.")


@dataclass(frozen=True)
class LiveSet:
    """Content, routes and every catalog, checked together and ready to show."""

    site: CheckedSite
    presenter: Presenter
    snapshot: Snapshot
    loaded_at: datetime
    commit: str | None
    coverage: tuple[CatalogStatus, ...]  # of the visitor catalogs

    @property
    def version(self) -> str:
        return f"{self.commit} ({self.snapshot.digest})" if self.commit else self.snapshot.digest


@dataclass(frozen=True)
class Rejection:
    snapshot: Snapshot
    at: datetime
    problems: tuple[Problem, ...] = field(default_factory=tuple)


def load_set(site_folder: Path, translations: Path, kiosk: str, snapshot: Snapshot) -> LiveSet | Rejection:
    """Load, check and prepare everything a new set needs; slow (tenths of a second), so never on the UI thread."""
    site = load_checked(site_folder)
    problems = list(site.errors)
    coverage: tuple[CatalogStatus, ...] = ()
    if site.content is not None:
        kiosk = site.content.kiosk_id(kiosk)
        if kiosk not in site.content.kiosks:
            problems.append(Problem(Location(str(site_folder / "site.yaml")), KIOSK_GONE(kiosk=kiosk), KIOSK_GONE_HINT))
        coverage = visitor_coverage(site, translations)
        problems += translation_problems(site, translations, coverage)
    if problems:
        return Rejection(snapshot, datetime.now(), tuple(problems))
    assert site.content is not None and site.routes is not None
    presenter = Presenter(site.content, site.routes, kiosk, translations)
    presenter.preload()
    return LiveSet(site, presenter, snapshot, datetime.now(), git_commit(site_folder), coverage)


def load_safely(site_folder: Path, translations: Path, kiosk: str, snapshot: Snapshot) -> LiveSet | Rejection:
    """``load_set`` that never raises: a kiosk must outlive any update, however broken."""
    try:
        return load_set(site_folder, translations, kiosk, snapshot)
    except Exception as error:
        LOGGER.exception("loading an update failed")
        return Rejection(snapshot, datetime.now(), (Problem(Location(str(site_folder)), UNEXPECTED(reason=error)),))


def log_update(result: LiveSet | Rejection, live: LiveSet | None, say: Translator) -> None:
    """An accepted update in one line; a rejected one with every located problem, in the staff's language."""
    if isinstance(result, LiveSet):
        LOGGER.info(WENT_LIVE(version=result.version).render(say))
        return
    for problem in result.problems:
        LOGGER.warning(problem.render(say))
    LOGGER.warning((KEPT(version=live.version) if live else KEPT_START).render(say))
