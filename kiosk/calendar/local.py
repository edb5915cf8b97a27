"""Closures staff set on one kiosk from its staff panel (a lift stuck this afternoon): kept on that machine only,
beside the remembered Welcome, never in the shared content; each ends by itself at its time."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

FORMAT = "%Y-%m-%dT%H:%M"


@dataclass(frozen=True)
class LocalClosure:
    target: str  # a place id or a connection id
    until: datetime  # the site's wall-clock time
    kiosk: str  # the kiosk it was set on
    made: datetime

    def in_force(self, moment: datetime) -> bool:
        return moment < self.until


def read_local_closures(path: Path) -> tuple[LocalClosure, ...]:
    """The closures kept at ``path``; none when there is no file. A damaged file raises ValueError or OSError."""
    if not path.exists():
        return ()
    entries = json.loads(path.read_text(encoding="utf-8"))
    return tuple(LocalClosure(entry["target"], datetime.strptime(entry["until"], FORMAT), entry["kiosk"],
                              datetime.strptime(entry["made"], FORMAT)) for entry in entries)


def write_local_closures(path: Path, closures: tuple[LocalClosure, ...]) -> None:
    """Written whole and renamed into place, so a power cut leaves the old list or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    entries = [{"target": closure.target, "until": closure.until.strftime(FORMAT), "kiosk": closure.kiosk,
                "made": closure.made.strftime(FORMAT)} for closure in closures]
    handle, temporary = tempfile.mkstemp(prefix=".closures-", dir=path.parent)
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(entries, file, indent=1)
    os.replace(temporary, path)
