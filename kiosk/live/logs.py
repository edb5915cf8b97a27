"""The kiosk's log files: in the configured folder, rotated so months in a lobby never fill the disk."""
from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

LOG_FILE = "wegweiser.log"
MAX_BYTES, KEPT_FILES = 1_000_000, 5  # at most about 6 MB in all
LOGGER = logging.getLogger("wegweiser")
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def start_logging(folder: Path, *also: logging.Logger) -> Path:
    """Log the kiosk (and the ``also`` loggers, e.g. Kivy's) to ``folder``; returns the log file's path."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_FILE
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8")
    handler.setFormatter(logging.Formatter(FORMAT))
    for logger in (LOGGER, *also):
        logger.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path

