"""How the running kiosk is: the facts its Prometheus metrics are made of, kept in the state folder each minute
so that ``kiosk metrics`` on the same machine reports what the running kiosk knows."""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from kiosk.live.snapshots import Snapshot

FRAME_BUDGET_SECONDS = 0.1  # a frame slower than this is a stall a visitor notices after a tap


@dataclass
class Health:
    kiosk: str
    pid: int
    started: float  # Unix time
    restarts: int  # starts before this one, since the state folder was made
    content_version: str = ""
    content_time: float = 0.0  # the newest file of the content on show, Unix time; 0: none yet
    shared_content_time: float = 0.0  # the newest file of the watched (shared) content folder
    last_rejected: float = 0.0  # when an update was last refused; 0: never since the start
    errors_logged: int = 0  # log records of level ERROR or worse since the start
    frames_over_budget: int = 0  # frames that took longer than FRAME_BUDGET_SECONDS since the start


def newest_file_time(snapshot: Snapshot) -> float:
    return max((mtime for _path, mtime, _size in snapshot.files), default=0) / 1e9


def write_atomically(path: Path, text: str) -> None:
    """Readers (the node exporter, ``kiosk metrics``) see the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    written = path.with_name(f".{path.name}.{os.getpid()}.tmp")  # not *.prom: the collector skips it
    with open(written, "w", encoding="utf-8") as file:
        file.write(text)
        file.flush()
        os.fsync(file.fileno())
    os.replace(written, path)


def load_health(path: Path) -> Health | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        # A file from before a fact was added lacks it: that fact takes its default, the others are kept.
        return Health(**{field.name: data[field.name] for field in fields(Health) if field.name in data})
    except (OSError, ValueError, KeyError, TypeError):  # none yet, or from another version: start afresh
        return None


def save_health(path: Path, health: Health) -> None:
    write_atomically(path, json.dumps(asdict(health)))


def starting_health(path: Path, kiosk: str) -> Health:
    """This start's facts; a start after an earlier one in the same state folder counts as a restart."""
    before = load_health(path)
    return Health(kiosk, os.getpid(), time.time(), 0 if before is None else before.restarts + 1)


def is_running(pid: int) -> bool:
    return Path(f"/proc/{pid}").is_dir()


def resident_bytes(pid: int) -> int | None:
    """The process's resident memory (Linux /proc), or None where it cannot be read."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class ErrorCount(logging.Handler):
    """Counts what is logged at ERROR or worse: a kiosk whose count climbs needs a look at its log."""

    def __init__(self, health: Health) -> None:
        super().__init__(logging.ERROR)
        self.health = health

    def emit(self, record: logging.LogRecord) -> None:
        self.health.errors_logged += 1
