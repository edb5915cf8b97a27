"""Gettext catalogs read straight from the PO files translators edit, with fallback chains."""
from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

from kiosk.paths import TRANSLATIONS_DIR

if TYPE_CHECKING:
    from kiosk.content.problems import Problem

UI_DOMAIN = "ui"  # what visitors read that the code says: step sentences, screens
CONTENT_DOMAIN = "content"  # what visitors read that the site's YAML says
STAFF_DOMAIN = "staff"  # what staff read: command line, content problems


def catalog_path(locale: str, domain: str, root: Path = TRANSLATIONS_DIR) -> Path:
    return root / locale / "LC_MESSAGES" / f"{domain}.po"


class UnreadableCatalog(Exception):
    """A PO file that cannot be read as it is meant (see ``kiosk.i18n.catalog_check``)."""

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__(*problems)
        self.problems = problems


def compiled_mo(po_path: Path) -> bytes:
    """A PO file compiled to MO; fuzzy entries are left out, so the fallback shows instead. Raises
    ``UnreadableCatalog`` for a file that cannot be read, or only as mojibake."""
    # Imported here: a kiosk reads the .mo files compiled at setup, and its cold start is shorter without them.
    from babel.messages.mofile import write_mo

    from kiosk.i18n.catalog_check import check_catalog

    checked = check_catalog(po_path)
    if checked.catalog is None:
        raise UnreadableCatalog(checked.problems)
    compiled = io.BytesIO()
    write_mo(compiled, checked.catalog, use_fuzzy=False)
    return compiled.getvalue()


@lru_cache(maxsize=256)  # all catalogs a few times over: versions replaced by live updates fall out
def _catalog_bytes(po_path: Path, po_mtime_ns: int, mo_mtime_ns: int) -> bytes:
    """The compiled catalog: the .mo beside the PO when it is at least as new (``kiosk i18n compile`` writes
    it at setup), otherwise compiled here; cached until either file changes. A PO file that cannot be read
    leaves the last .mo compiled from it in use (the live-update check reports the file)."""
    mo_path = po_path.with_suffix(".mo")
    if mo_mtime_ns >= po_mtime_ns:
        return mo_path.read_bytes()
    try:
        return compiled_mo(po_path)
    except UnreadableCatalog:
        if mo_mtime_ns >= 0:
            return mo_path.read_bytes()
        raise


def load_catalog(locale: str, domain: str, root: Path = TRANSLATIONS_DIR) -> gettext.GNUTranslations | None:
    """The catalog, or None where there is none that can be read (the fallback chain then shows)."""
    path = catalog_path(locale, domain, root)
    if not path.is_file():
        return None
    mo_path = path.with_suffix(".mo")
    mo_mtime_ns = mo_path.stat().st_mtime_ns if mo_path.is_file() else -1
    try:
        compiled = _catalog_bytes(path, path.stat().st_mtime_ns, mo_mtime_ns)
    except UnreadableCatalog:
        return None
    # The standard library's reader: Babel's subclass adds nothing used here, and its import lengthens a start.
    return gettext.GNUTranslations(io.BytesIO(compiled))


def translator(chain: Sequence[str], domain: str, root: Path = TRANSLATIONS_DIR) -> gettext.NullTranslations:
    """Translations for the first locale of ``chain``, falling back along it, then to the source text."""
    head: gettext.NullTranslations = gettext.NullTranslations()
    for locale in reversed(chain):
        catalog = load_catalog(locale, domain, root)
        if catalog is not None:
            catalog.add_fallback(head)
            head = catalog
    return head
