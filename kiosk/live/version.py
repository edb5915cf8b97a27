"""Which version of the content is live: the git commit of a checkout, read without git."""
from __future__ import annotations

from pathlib import Path


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
