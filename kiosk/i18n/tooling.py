"""Keeping catalogs in step with code and content: extract templates, update PO files, report coverage.

Runs on Babel's Python API, so translators' PO files stay ordinary gettext files for Poedit or Weblate.

Several sites share one translations folder. The content template holds the entries of every site extracted
into it, each referenced as ``<site id>/<file>``: extracting a site replaces that site's entries and keeps every
other site's, so updating the catalogs for one site never drops another's translations. A site's coverage is
measured against its own entries (``site_templates``).
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

from kiosk.content import Content, Problem
from kiosk.content.model import Site
from kiosk.i18n.catalog_check import check_catalog
from kiosk.i18n.catalogs import CONTENT_DOMAIN, STAFF_DOMAIN, UI_DOMAIN, UnreadableCatalog, catalog_path, compiled_mo
from kiosk.i18n.extract import extract_content
from kiosk.language_codes import EASY_READ_LANGUAGES
from kiosk.paths import PROJECT_ROOT, TRANSLATIONS_DIR

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
NOT_CHECKED_BY_READERS = "not yet checked by a reading group."  # easy-to-read catalogs: their readers review them
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


def extract_site(site: Path, site_id: str) -> Catalog:
    """The content template of one site, each entry referenced as ``<site id>/<file>``."""
    catalog = new_catalog()
    for filename, _line, message, comments, context in extract_from_dir(
            str(site), method_map=[("*.yaml", extract_content)]):  # type: ignore[list-item]
        catalog.add(message, locations=[(f"{site_id}/{filename}", None)], auto_comments=comments, context=context)
    return catalog


def _site_of(location: tuple[str, int | None]) -> str | None:
    """The site an entry's reference names; None for one written before sites shared a folder (no site)."""
    site, separator, _file = location[0].partition("/")
    return site if separator else None


def with_site(shared: Catalog, site: Catalog, site_id: str) -> Catalog:
    """``shared`` with ``site_id``'s entries replaced by those of ``site``; every other site's entries kept."""
    merged = new_catalog()
    for entry in shared:
        others = [location for location in entry.locations if _site_of(location) not in (site_id, None)]
        if entry.id and others:
            merged.add(entry.id, locations=others, auto_comments=entry.auto_comments, context=entry.context)
    for entry in site:
        if entry.id:
            merged.add(entry.id, locations=entry.locations, auto_comments=entry.auto_comments, context=entry.context)
    return merged


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
            mark = NOT_CHECKED_BY_READERS if locale in EASY_READ_LANGUAGES else NOT_REVIEWED
            catalog.header_comment = catalog.header_comment.rstrip() + f"\n# {REVIEW_PREFIX} {mark}"
        if write_catalog(catalog, path):
            changed.append(path)
    return changed


def _merged_by_context(catalog: Catalog, template: Catalog, locale: str) -> Catalog:
    """Content contexts are stable paths: a changed German text keeps its old translation, marked fuzzy with
    the old German beside it, so translators review the change instead of starting again."""
    by_key = {(message.context, message.id): message for message in catalog if message.id}
    by_context = {message.context: message for message in catalog if message.id}
    merged = new_catalog(locale)
    merged.header_comment = catalog.header_comment
    merged.revision_date, merged.last_translator = catalog.revision_date, catalog.last_translator
    merged.language_team = catalog.language_team
    for source in template:
        if not source.id:
            continue
        old = by_key.get((source.context, source.id)) or by_context.get(source.context)
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


def extract_templates(site: Path, site_id: str, root: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Write the templates from code and from the content of ``site`` (kept beside the other sites' entries);
    returns those that changed."""
    content = template_path(CONTENT_DOMAIN, root)
    shared = read_catalog(content) if content.is_file() else new_catalog()
    templates = {UI_DOMAIN: extract_code(UI_DOMAIN), STAFF_DOMAIN: extract_code(STAFF_DOMAIN),
                 CONTENT_DOMAIN: with_site(shared, extract_site(site, site_id), site_id)}
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


def compile_all(root: Path = TRANSLATIONS_DIR) -> tuple[list[Path], list[Problem]]:
    """Write a .mo beside each PO file (fuzzy entries left out); the kiosk reads them when they are current. A
    file that cannot be read keeps its old .mo; returns the files written and the problems of the others."""
    written, problems = [], []
    for po_path in sorted(root.glob("*/LC_MESSAGES/*.po")):
        try:
            compiled = compiled_mo(po_path)
        except UnreadableCatalog as error:
            problems += error.problems
            continue
        mo_path = po_path.with_suffix(".mo")
        mo_path.write_bytes(compiled)
        written.append(mo_path)
    return written, problems


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
    number_mismatches: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()  # located: unreadable, or translations that do not fit their source
    readable: bool = True

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
    checked = check_catalog(path, locale)
    if checked.catalog is None:
        return CatalogStatus(locale, domain, len(template), 0, 0, False, problems=checked.problems, readable=False)
    catalog = checked.catalog
    translated = fuzzy = 0
    numbers = []
    for source in template:
        message = catalog.get(source.id, source.context)
        if message is None or not message.string:
            continue
        if message.fuzzy:
            fuzzy += 1
            continue
        translated += 1
        if not set(_NUMBER.findall(source.id)) <= set(_NUMBER.findall(message.string)):
            numbers.append(source.id)
    reviewed = any(line.strip("# ").startswith(REVIEW_PREFIX) and NOT_REVIEWED not in line
                   and NOT_CHECKED_BY_READERS not in line for line in catalog.header_comment.splitlines())
    return CatalogStatus(locale, domain, len(template), translated, fuzzy, reviewed, tuple(numbers),
                         checked.problems)


ALL_DOMAINS = (UI_DOMAIN, CONTENT_DOMAIN, STAFF_DOMAIN)


def site_templates(content: Content, root: Path = TRANSLATIONS_DIR,
                   domains: Iterable[str] = ALL_DOMAINS) -> dict[str, list[Message]]:
    """The entries a site's catalogs must translate: the code's from the templates in ``root``; the content's,
    the site's own entries of the shared template (what translators were given: a German text staff just added
    falls back until ``kiosk i18n update`` hands it on), or, for a site never extracted into ``root``, its
    content as it is now, so it is never measured against another site's entries."""
    def entries(domain: str) -> list[Message]:
        path = template_path(domain, root)
        shared = [message for message in read_catalog(path) if message.id] if path.is_file() else []
        if domain != CONTENT_DOMAIN:
            return shared
        own = [message for message in shared
               if any(_site_of(location) == content.site.id for location in message.locations)]
        return own or [message for message in extract_site(content.folder, content.site.id) if message.id]

    return {domain: entries(domain) for domain in domains}


def site_status(content: Content, root: Path = TRANSLATIONS_DIR, domains: Iterable[str] = ALL_DOMAINS,
                templates: dict[str, list[Message]] | None = None) -> list[CatalogStatus]:
    """Coverage of every catalog the site needs in ``domains``, against the site's own templates."""
    domains = tuple(domains)
    templates = templates or site_templates(content, root, domains)
    return [_catalog_status(locale, domain, templates[domain], root)
            for domain, locales in catalog_plan(content.site).items() if domain in domains for locale in locales]
