"""The kiosk's log files: in the configured folder, rotated so months in a lobby never fill the disk."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

import socket

# Several kiosks may share one log folder (a network share): each writes and rotates its own file.
LOG_FILE = f"wegweiser-{socket.gethostname()}.log"
MAX_BYTES, KEPT_FILES = 1_000_000, 5  # at most about 6 MB in all
LOGGER = logging.getLogger("wegweiser")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_logging(folder: Path, fallback: Path, *also: logging.Logger) -> Path:
    """Log the kiosk (and the ``also`` loggers, e.g. Kivy's) to ``folder``, or to ``fallback`` when ``folder``
    cannot be written (a network share that is down must not keep the kiosk from starting); returns the file."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(folder / LOG_FILE, maxBytes=MAX_BYTES, backupCount=KEPT_FILES,
                                      encoding="utf-8")
    except OSError as error:
        LOGGER.warning("log folder %s cannot be written (%s); logging to %s", folder, error, fallback)
        fallback.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(fallback / LOG_FILE, maxBytes=MAX_BYTES, backupCount=KEPT_FILES,
                                      encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    for logger in (LOGGER, *also):
        logger.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return Path(handler.baseFilename)

