"""Noticing changed content or catalogs, and loading them away from the screen: only a fully valid set goes live.

Polling file dates and sizes is what works everywhere a content folder may live (a git checkout pulled by a timer,
a network share, a USB stick copied over): a change must then hold still for a moment before it is loaded, so a
checkout or copy in progress is not read half-way. Whatever does not load and check completely is rejected with its
located problems, and the last good set stays on screen.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from kiosk.content import Problem
from kiosk.content.problems import Location
from kiosk.i18n.catalog_check import check_catalog
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, catalog_path
from kiosk.i18n.tooling import CatalogStatus, site_status
from kiosk.live.logs import LOGGER
from kiosk.messages import N_, Translator
from kiosk.site import CheckedSite, load_checked
from kiosk.views.presenter import Presenter

KIOSK_GONE = N_("live update", "The content no longer has this kiosk \"{kiosk}\".")
KIOSK_GONE_HINT = N_("live update", "Put the kiosk back into site.yaml, or configure this machine for another one.")
WENT_LIVE = N_("live update", "Update live: version {version}.")
KEPT = N_("live update", "Update rejected; version {version} stays live.")
KEPT_START = N_("live update", "Update rejected; the kiosk keeps what it shows now.")
UNEXPECTED = N_("live update", "Loading the update failed unexpectedly: {reason}.")
STARTED_ALONE = N_("live update", "The content alone is valid, so the kiosk shows it; the catalogs stay as they "
                                  "are until the problems above are fixed.")
CANNOT_START = N_("live update", "The kiosk stops: it has no content it can show (the problems are above). Once they "
                                 "are fixed it starts again.")
CANNOT_FORGET = N_("live update", "The Welcome screen kept in {path} cannot be deleted: {reason}. Until the "
                                  "content is fixed, every start greets from it and then stops again.")
CANNOT_REMEMBER = N_("live update", "The Welcome screen cannot be kept for the next start in {path}: {reason}. The "
                                    "next start checks the content before it greets.")
CATALOG_INCOMPLETE = N_("live update", "Only {percent:.0f} % translated in the {domain} catalog; the site requires "
                                        "{required} %.")
CATALOG_INCOMPLETE_HINT = N_("live update", "Copy the complete catalog again, or lower required_translation_percent "
                                            "in site.yaml.")
WATCHED_CATALOGS = (".po", ".mo")


@dataclass(frozen=True)
class Snapshot:
    """Every watched file's path, modification time and size: equal snapshots mean nothing changed."""

    files: tuple[tuple[str, int, int], ...]

    @property
    def digest(self) -> str:
        return hashlib.sha256(repr(self.files).encode()).hexdigest()[:12]


def _files(folder: Path, suffixes: tuple[str, ...] | None) -> list[tuple[str, int, int]]:
    found = []
    for directory, subdirectories, names in os.walk(folder):
        subdirectories[:] = sorted(name for name in subdirectories if not name.startswith("."))  # .git and such
        for name in sorted(names):
            if name.startswith(".") or (suffixes and not name.endswith(suffixes)):
                continue
            path = os.path.join(directory, name)
            try:
                status = os.stat(path)
            except FileNotFoundError:  # deleted while we looked: the next snapshot sees it
                continue
            found.append((path, status.st_mtime_ns, status.st_size))
    return found


def take_snapshot(site_folder: Path, translations: Path) -> Snapshot:
    return Snapshot(tuple(_files(site_folder, None) + _files(translations, WATCHED_CATALOGS)))


def git_commit(folder: Path) -> str | None:
    """The commit a git checkout holding ``folder`` is at (read from .git, no git needed), or None."""
    for candidate in (folder, *folder.parents):
        git = candidate / ".git"
        if not git.is_dir():
            continue
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
        if not head.startswith("ref: "):
            return head[:10]
        ref = head.removeprefix("ref: ")
        if (git / ref).is_file():
            return (git / ref).read_text(encoding="utf-8").strip()[:10]
        packed = git / "packed-refs"
        if packed.is_file():
            for line in packed.read_text(encoding="utf-8").splitlines():
                if line.endswith(f" {ref}"):
                    return line[:10]
        return None
    return None


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


def catalog_problems(site: CheckedSite, translations: Path) -> list[Problem]:
    """Catalogs of the site's languages that cannot be read completely (a half-saved or hand-broken PO file), or
    hold a translation that does not fit its source (``kiosk.i18n.catalog_check``)."""
    assert site.content is not None
    problems = []
    for locale in site.content.site.languages:
        for domain in (UI_DOMAIN, CONTENT_DOMAIN):
            path = catalog_path(locale, domain, translations)
            if path.is_file():
                problems += check_catalog(path, locale).problems
    return problems


def visitor_coverage(site: CheckedSite, translations: Path) -> tuple[CatalogStatus, ...]:
    assert site.content is not None
    return tuple(site_status(site.content, translations, (UI_DOMAIN, CONTENT_DOMAIN)))


def translation_problems(site: CheckedSite, translations: Path,
                         coverage: tuple[CatalogStatus, ...] | None = None) -> list[Problem]:
    """Catalogs that are unreadable or translated less than the site requires: a deleted or half-synced catalog
    would otherwise turn a language into another one on screen (the kiosk) or on the phone (export-web)."""
    assert site.content is not None
    problems = catalog_problems(site, translations)
    if problems:
        return problems
    required = site.content.site.required_translation_percent
    return [Problem(Location(str(catalog_path(status.locale, status.domain, translations))),
                    CATALOG_INCOMPLETE(percent=status.percent, domain=status.domain, required=required),
                    CATALOG_INCOMPLETE_HINT)
            for status in coverage or visitor_coverage(site, translations) if status.percent < required]


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


class UpdateWatcher:
    """Decides when a changed folder is worth loading: it changed since the last load or rejection, and has held
    still for ``settle_seconds``."""

    def __init__(self, site_folder: Path, translations: Path, seen: Snapshot, settle_seconds: float = 1.0) -> None:
        self.site_folder, self.translations, self.settle_seconds = site_folder, translations, settle_seconds
        self._handled = seen
        self._pending: Snapshot | None = None
        self._pending_since = 0.0

    def poll(self, now: float) -> Snapshot | None:
        """The snapshot to load now, if any; call every second or so."""
        current = take_snapshot(self.site_folder, self.translations)
        if current == self._handled:
            self._pending = None
            return None
        if current != self._pending:
            self._pending, self._pending_since = current, now
            return None
        if now - self._pending_since < self.settle_seconds:
            return None
        self._handled, self._pending = current, None
        return current

    def take_handled(self) -> Snapshot:
        """A snapshot of now for loading at once (staff asked for it); the watcher will not load it again."""
        self._handled, self._pending = take_snapshot(self.site_folder, self.translations), None
        return self._handled
