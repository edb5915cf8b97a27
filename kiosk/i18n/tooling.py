"""Keeping catalogs in step with code and content: extract templates, update PO files, report coverage.

Runs on Babel's Python API, so translators' PO files stay ordinary gettext files for Poedit or Weblate.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from kiosk.content.model import Site
from kiosk.i18n.catalogs import CONTENT_DOMAIN, STAFF_DOMAIN, UI_DOMAIN, catalog_path, compiled_mo
from kiosk.i18n.extract import extract_content
from kiosk.paths import BUNDLED_SITE, PROJECT_ROOT, TRANSLATIONS_DIR

PACKAGE_DIR = PROJECT_ROOT / "kiosk"
# A message's audience picks its catalog, wherever in the code it is declared (see kiosk.messages): what visitors
# read goes to "ui" (translated into every offered language), what staff read to "staff" (translated into the
# staff's languages only), and so do the command line's argparse texts, marked with ``_``.
CODE_KEYWORDS = {
    UI_DOMAIN: {"N_": ((1, "c"), 2)},
    STAFF_DOMAIN: {"S_": ((1, "c"), 2), "_": None},
}
COMMENT_TAGS = ("Translators:",)
PROJECT = "Wegweiser"
REVIEW_PREFIX = "Review:"
NOT_REVIEWED = "not yet reviewed by a native speaker."
# Templates carry a fixed date so that extracting unchanged sources leaves them byte for byte unchanged.
TEMPLATE_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
# Babel stamps its own version into every header; a dependency update would then rewrite every catalog.
GENERATED_BY_HEADER = re.compile(rb'^"Generated-By: [^"]*"\n', re.MULTILINE)


def template_path(domain: str, root: Path = TRANSLATIONS_DIR) -> Path:
    return root / "templates" / f"{domain}.pot"


def new_catalog(locale: str | None = None) -> Catalog:
    catalog = Catalog(locale=locale, project=PROJECT, version="1", copyright_holder="Wegweiser contributors",
                      msgid_bugs_address="", creation_date=TEMPLATE_DATE, revision_date=TEMPLATE_DATE,
                      charset="utf-8", fuzzy=False)
    catalog.header_comment = (f"# {PROJECT}: {'translations into ' + locale if locale else 'template'}.\n"
                              "# Edit with Poedit, Lokalize or Weblate; see translations/README.md.")
    return catalog


def extract_code(domain: str, source: Path = PACKAGE_DIR) -> Catalog:
    catalog = new_catalog()
    for filename, _line, message, comments, context in extract_from_dir(
            str(source), method_map=[("**.py", "python")], keywords=CODE_KEYWORDS[domain], comment_tags=COMMENT_TAGS,
            strip_comment_tags=True):
        catalog.add(message, locations=[(f"kiosk/{filename}", None)], auto_comments=comments, context=context)
    return catalog


def extract_site(site: Path = BUNDLED_SITE) -> Catalog:
    catalog = new_catalog()
    for filename, _line, message, comments, context in extract_from_dir(
            str(site), method_map=[("*.yaml", extract_content)]):  # type: ignore[list-item]
        catalog.add(message, locations=[(filename, None)], auto_comments=comments, context=context)
    return catalog


def write_catalog(catalog: Catalog, path: Path) -> bool:
    """Write ``catalog`` as PO; returns whether the file changed."""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, include_lineno=False, sort_by_file=False)
    data = GENERATED_BY_HEADER.sub(b"", buffer.getvalue())
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
    template = read_catalog(template_path(domain, root))
    changed = []
    for locale in locales:
        path = catalog_path(locale, domain, root)
        catalog = read_catalog(path, locale) if path.is_file() else new_catalog(locale)
        if domain == CONTENT_DOMAIN:
            catalog = _merged_by_context(catalog, template, locale)
        else:
            catalog.update(template, update_header_comment=False, update_creation_date=False)
            catalog.obsolete.clear()  # dropped sources are gone for good; git keeps their history
        if REVIEW_PREFIX not in catalog.header_comment:
            catalog.header_comment = catalog.header_comment.rstrip() + f"\n# {REVIEW_PREFIX} {NOT_REVIEWED}"
        if write_catalog(catalog, path):
            changed.append(path)
    return changed


def _merged_by_context(catalog: Catalog, template: Catalog, locale: str) -> Catalog:
    """Content contexts are stable paths: a changed German text keeps its old translation, marked fuzzy with
    the old German beside it, so translators review the change instead of starting again."""
    by_context = {message.context: message for message in catalog if message.id}
    merged = new_catalog(locale)
    merged.header_comment = catalog.header_comment
    merged.revision_date, merged.last_translator = catalog.revision_date, catalog.last_translator
    merged.language_team = catalog.language_team
    for source in template:
        if not source.id:
            continue
        old = by_context.get(source.context)
        string, flags, previous = "", set(), []
        if old is not None and old.string:
            string, flags = old.string, set(old.flags)
            if old.id != source.id:
                flags.add("fuzzy")
                previous = [old.id]
            else:
                previous = list(old.previous_id)
        merged.add(source.id, string, locations=source.locations, flags=flags, auto_comments=source.auto_comments,
                   user_comments=old.user_comments if old else (), previous_id=previous, context=source.context)
    return merged


def extract_templates(site: Path = BUNDLED_SITE, root: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Write the three templates from code and content; returns those that changed."""
    templates = {UI_DOMAIN: extract_code(UI_DOMAIN), STAFF_DOMAIN: extract_code(STAFF_DOMAIN),
                 CONTENT_DOMAIN: extract_site(site)}
    return [template_path(domain, root) for domain, catalog in templates.items()
            if write_catalog(catalog, template_path(domain, root))]


# Locales whose text needs no catalog in a domain: code is written in English, content in the site's language.
CODE_SOURCE_LANGUAGE = "en"
STAFF_LANGUAGES = ("de",)


def catalog_plan(site: Site) -> dict[str, list[str]]:
    """Which locales need a catalog in which domain."""
    return {
        UI_DOMAIN: [locale for locale in site.languages if locale != CODE_SOURCE_LANGUAGE],
        CONTENT_DOMAIN: [locale for locale in site.languages if locale != site.source_language],
        STAFF_DOMAIN: list(STAFF_LANGUAGES),
    }


def update_all(site: Site, root: Path = TRANSLATIONS_DIR) -> list[Path]:
    return [path for domain, locales in catalog_plan(site).items() for path in update_catalogs(domain, locales, root)]


def compile_all(root: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Write a .mo beside each PO file (fuzzy entries left out); the kiosk reads them when they are current."""
    written = []
    for po_path in sorted(root.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        mo_path.write_bytes(compiled_mo(po_path))
        written.append(mo_path)
    return written


_PLACEHOLDER = re.compile(r"\{\w*(?:[:!][^{}]*)?\}")
# Numbers visitors match against signs and clocks: room numbers, times, amounts, years.
_NUMBER = re.compile(r"\d+(?:[.:,]\d+)*")


@dataclass(frozen=True)
class CatalogStatus:
    locale: str
    domain: str
    total: int
    translated: int
    fuzzy: int
    reviewed: bool
    placeholder_mismatches: tuple[str, ...] = ()
    number_mismatches: tuple[str, ...] = ()

    @property
    def untranslated(self) -> int:
        return self.total - self.translated - self.fuzzy

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def _catalog_status(locale: str, domain: str, template: list[Message], root: Path) -> CatalogStatus:
    path = catalog_path(locale, domain, root)
    if not path.is_file():
        return CatalogStatus(locale, domain, len(template), 0, 0, False)
    catalog = read_catalog(path, locale)
    translated = fuzzy = 0
    placeholders, numbers = [], []
    for source in template:
        message = catalog.get(source.id, source.context)
        if message is None or not message.string:
            continue
        if message.fuzzy:
            fuzzy += 1
            continue
        translated += 1
        if sorted(_PLACEHOLDER.findall(source.id)) != sorted(_PLACEHOLDER.findall(message.string)):
            placeholders.append(source.id)
        if not set(_NUMBER.findall(source.id)) <= set(_NUMBER.findall(message.string)):
            numbers.append(source.id)
    reviewed = any(line.strip("# ").startswith(REVIEW_PREFIX) and NOT_REVIEWED not in line
                   for line in catalog.header_comment.splitlines())
    return CatalogStatus(locale, domain, len(template), translated, fuzzy, reviewed, tuple(placeholders),
                         tuple(numbers))


def site_status(site: Site, root: Path = TRANSLATIONS_DIR,
                domains: Iterable[str] = (UI_DOMAIN, CONTENT_DOMAIN, STAFF_DOMAIN)) -> list[CatalogStatus]:
    """Coverage of every catalog the site needs in ``domains``; each template is read once."""
    statuses = []
    for domain, locales in catalog_plan(site).items():
        if domain in domains:
            template = [message for message in read_catalog(template_path(domain, root)) if message.id]
            statuses += [_catalog_status(locale, domain, template, root) for locale in locales]
    return statuses
