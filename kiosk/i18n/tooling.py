"""Keeping catalogs in step with code and content: extract templates, update PO files, report coverage.

Runs on Babel's Python API, so translators' PO files stay ordinary gettext files for Poedit or Weblate.
"""
from __future__ import annotations

import io
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from babel.messages.catalog import Catalog
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from kiosk.i18n.catalogs import UI_DOMAIN, catalog_path
from kiosk.paths import PROJECT_ROOT, TRANSLATIONS_DIR

PACKAGE_DIR = PROJECT_ROOT / "kiosk"
TEMPLATES_DIR = TRANSLATIONS_DIR / "templates"
UI_KEYWORDS = {**DEFAULT_KEYWORDS, "N_": ((1, "c"), 2)}
COMMENT_TAGS = ("Translators:",)
PROJECT = "Wegweiser"
# Templates carry a fixed date so that extracting unchanged sources leaves them byte for byte unchanged.
TEMPLATE_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)


def template_path(domain: str) -> Path:
    return TEMPLATES_DIR / f"{domain}.pot"


def new_catalog(locale: str | None = None) -> Catalog:
    return Catalog(locale=locale, project=PROJECT, version="1", copyright_holder="Wegweiser contributors",
                   msgid_bugs_address="", creation_date=TEMPLATE_DATE, revision_date=TEMPLATE_DATE,
                   charset="utf-8", fuzzy=False)


def extract_ui(source: Path = PACKAGE_DIR) -> Catalog:
    catalog = new_catalog()
    for filename, _line, message, comments, context in extract_from_dir(
            source, method_map=[("**.py", "python")], keywords=UI_KEYWORDS, comment_tags=COMMENT_TAGS,
            strip_comment_tags=True):
        catalog.add(message, locations=[(f"kiosk/{filename}", None)], auto_comments=comments, context=context)
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write ``catalog`` as PO; returns whether the file changed."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, sort_by_file=False)
    data = buffer.getvalue()
    if path.is_file() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def read_catalog(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as file:
        return read_po(file, locale=locale)


def update_catalogs(domain: str, locales: Iterable[str], root: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Merge the template into each locale's PO file (creating missing ones); returns the files changed."""
    template = read_catalog(template_path(domain))
    changed = []
    for locale in locales:
        path = catalog_path(locale, domain, root)
        catalog = read_catalog(path, locale) if path.is_file() else new_catalog(locale)
        catalog.update(template, update_header_comment=False, update_creation_date=False)
        catalog.obsolete.clear()  # dropped sources are gone for good; git keeps their history
        if write_catalog(catalog, path):
            changed.append(path)
    return changed


def extract_templates() -> list[Path]:
    changed = []
    if write_catalog(extract_ui(), template_path(UI_DOMAIN)):
        changed.append(template_path(UI_DOMAIN))
    return changed
