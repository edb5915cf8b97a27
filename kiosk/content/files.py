"""Which files of a site folder are its content."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from kiosk.content.problems import Location, Problem
from kiosk.messages import S_

CONTENT_SUFFIXES = (".yaml", ".yml")

LINKED_FILE = S_("content problem", "The file is a link (to {target}); content files must be files of their own in "
                                    "the site folder.")
HINT_LINKED_FILE = S_("content hint", "Replace the link with a copy of the file.")
NOT_A_FILE = S_("content problem", "This is not an ordinary file.")
HINT_NOT_A_FILE = S_("content hint", "Remove it from the site folder; content files are plain .yaml text files.")


def is_hidden(name: str) -> bool:
    """Editors' and file managers' own files (``.x.yaml.swp``, macOS's ``._x.yaml``) and ``.git``: never content,
    neither loaded nor watched."""
    return name.startswith(".")


def content_files(folder: Path) -> list[Path]:
    """The site's YAML files, hidden ones left out; links and other non-regular files are among them, for
    ``load_site`` to refuse."""
    return sorted(path for path in folder.iterdir()
                  if path.suffix in CONTENT_SUFFIXES and not is_hidden(path.name) and not path.is_dir())


def not_regular(path: Path) -> Problem | None:
    """A link could bring in a file from anywhere, and a pipe would block the read; staff copy files in instead."""
    if path.is_symlink():
        return Problem(Location(str(path)), LINKED_FILE(target=os.readlink(path)), HINT_LINKED_FILE())
    if not stat.S_ISREG(path.stat().st_mode):
        return Problem(Location(str(path)), NOT_A_FILE(), HINT_NOT_A_FILE())
    return None
