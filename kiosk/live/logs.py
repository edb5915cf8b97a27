"""The kiosk's log files: in the configured folder, rotated so months in a lobby never fill the disk."""
from __future__ import annotations

import logging
import socket
from logging.handlers import RotatingFileHandler
from pathlib import Path

from kiosk.i18n.staff import staff_translator
from kiosk.messages import S_

# Several kiosks may share one log folder (a network share): each writes and rotates its own file.
LOG_FILE = f"wegweiser-{socket.gethostname()}.log"
MAX_BYTES, KEPT_FILES = 1_000_000, 5  # at most about 6 MB in all
LOGGER = logging.getLogger("wegweiser")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
FOLDER_FAILED = S_("log", "The log folder cannot be written: {failures}. Logging to {folder} instead.")
NO_FOLDER = S_("log", "No log folder can be written: {failures}. Logging to standard error only.")


def _file_handler(folder: Path) -> RotatingFileHandler:
    folder.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    return handler


def start_logging(folder: Path, fallback: Path, *also: logging.Logger) -> Path | None:
    """Log the kiosk (and the ``also`` loggers, e.g. Kivy's) to a file in ``folder``, else in ``fallback``, else
    only to standard error: a log folder that cannot be written (a share that is down) must not keep the kiosk
    from starting. Returns the folder written to."""
    LOGGER.setLevel(logging.INFO)
    failures = []
    for candidate in dict.fromkeys((folder, fallback)):
        try:
            handler = _file_handler(candidate)
        except OSError as error:
            failures.append(f"{candidate} ({error})")
            continue
        for logger in (LOGGER, *also):
            logger.addHandler(handler)
        if failures:
            LOGGER.warning(FOLDER_FAILED(failures="; ".join(failures), folder=candidate).render(staff_translator()))
        return candidate
    LOGGER.warning(NO_FOLDER(failures="; ".join(failures)).render(staff_translator()))
    return None

