"""Noticing changed content or catalogs: snapshots of file dates and sizes, and when a change is worth loading.

Polling file dates and sizes is what works everywhere a content folder may live (a git checkout pulled by a timer,
a network share, a USB stick copied over): a change must then hold still for a moment before it is loaded, so a
checkout or copy in progress is not read half-way.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.files import is_hidden

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
        subdirectories[:] = sorted(name for name in subdirectories if not is_hidden(name))
        for name in sorted(names):
            if is_hidden(name) or (suffixes and not name.endswith(suffixes)):
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
