"""Whether the catalogs can go live with the content: every one readable and translated as far as the site requires.
A deleted or half-synced catalog would otherwise turn a language into another one on screen (the kiosk) or on the
phone (export-web)."""
from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import PoFileError, read_po

from kiosk.content import Problem
from kiosk.content.problems import Location
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, catalog_path
from kiosk.i18n.tooling import CatalogStatus, site_status
from kiosk.messages import S_
from kiosk.site import CheckedSite

CATALOG_BROKEN = S_("live update", "The catalog cannot be read: {reason}.")
CATALOG_BROKEN_HINT = S_("live update", "Open it in Poedit, fix the entry and save it again.")
CATALOG_INCOMPLETE = S_("live update", "Only {percent:.0f} % translated in the {domain} catalog; the site requires "
                                        "{required} %.")
CATALOG_INCOMPLETE_HINT = S_("live update", "Copy the complete catalog again, or lower required_translation_percent "
                                            "in site.yaml.")


def catalog_problems(site: CheckedSite, translations: Path) -> list[Problem]:
    """Catalogs of the site's languages that cannot be read completely (a half-saved or hand-broken PO file)."""
    assert site.content is not None
    problems = []
    for locale in site.content.site.languages:
        for domain in (UI_DOMAIN, CONTENT_DOMAIN):
            path = catalog_path(locale, domain, translations)
            if not path.is_file():
                continue
            try:
                with path.open("rb") as file:
                    read_po(file, abort_invalid=True)
            except (PoFileError, UnicodeDecodeError, ValueError) as error:
                line = getattr(error, "lineno", -1) + 1  # Babel counts lines from 0
                problems.append(Problem(Location(str(path), line, 1 if line else 0),
                                        CATALOG_BROKEN(reason=str(error)), CATALOG_BROKEN_HINT))
    return problems


def visitor_coverage(site: CheckedSite, translations: Path) -> tuple[CatalogStatus, ...]:
    assert site.content is not None
    return tuple(site_status(site.content.site, translations, (UI_DOMAIN, CONTENT_DOMAIN)))


def translation_problems(site: CheckedSite, translations: Path,
                         coverage: tuple[CatalogStatus, ...] | None = None) -> list[Problem]:
    """Catalogs that are unreadable or translated less than the site requires: a deleted or half-synced catalog
    would otherwise turn a language into another one on screen (the kiosk) or on the phone (export-web)."""
    assert site.content is not None
    problems = catalog_problems(site, translations)
    if problems:
        return problems
    required = site.content.site.required_translation_percent
    return [Problem(Location(str(catalog_path(status.locale, status.domain, translations))),
                    CATALOG_INCOMPLETE(percent=status.percent, domain=status.domain, required=required),
                    CATALOG_INCOMPLETE_HINT)
            for status in coverage or visitor_coverage(site, translations) if status.percent < required]
