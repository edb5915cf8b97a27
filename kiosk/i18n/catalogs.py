"""Gettext catalogs read straight from the PO files translators edit, with fallback chains."""
from __future__ import annotations

import gettext
import io
from functools import lru_cache
from pathlib import Path
from typing import Sequence

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from kiosk.paths import TRANSLATIONS_DIR

UI_DOMAIN = "ui"
CONTENT_DOMAIN = "content"


def catalog_path(locale: str, domain: str, root: Path = TRANSLATIONS_DIR) -> Path:
    return root / locale / "LC_MESSAGES" / f"{domain}.po"


@lru_cache(maxsize=None)
def _compiled(path: Path, mtime_ns: int) -> bytes:
    """One PO file compiled to MO in memory; fuzzy entries are left out, so the fallback shows instead."""
    with path.open("rb") as file:
        catalog = read_po(file)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    return compiled.getvalue()


def load_catalog(locale: str, domain: str, root: Path = TRANSLATIONS_DIR) -> Translations | None:
    path = catalog_path(locale, domain, root)
    if not path.is_file():
        return None
    return Translations(io.BytesIO(_compiled(path, path.stat().st_mtime_ns)), domain=domain)


def translator(chain: Sequence[str], domain: str, root: Path = TRANSLATIONS_DIR) -> gettext.NullTranslations:
    """Translations for the first locale of ``chain``, falling back along it, then to the source text."""
    head: gettext.NullTranslations = gettext.NullTranslations()
    for locale in reversed(chain):
        catalog = load_catalog(locale, domain, root)
        if catalog is not None:
            catalog.add_fallback(head)
            head = catalog
    return head
