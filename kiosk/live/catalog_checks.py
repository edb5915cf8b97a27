"""Whether the catalogs can go live with the content: every one readable and translated as far as the site requires.
A deleted or half-synced catalog would otherwise turn a language into another one on screen (the kiosk) or on the
phone (export-web)."""
from __future__ import annotations

from pathlib import Path

from kiosk.content import Problem
from kiosk.content.problems import Location
from kiosk.i18n.catalog_check import check_catalog
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, catalog_path
from kiosk.i18n.tooling import CatalogStatus, site_status
from kiosk.messages import S_
from kiosk.site import CheckedSite

CATALOG_INCOMPLETE = S_("live update", "Only {percent:.0f} % translated in the {domain} catalog; the site requires "
                                        "{required} %.")
CATALOG_INCOMPLETE_HINT = S_("live update", "Copy the complete catalog again, or lower required_translation_percent "
                                            "in site.yaml.")


def catalog_problems(site: CheckedSite, translations: Path) -> list[Problem]:
    """Catalogs of the site's languages that cannot be read completely (a half-saved or hand-broken PO file), or
    hold a translation that does not fit its source (``kiosk.i18n.catalog_check``)."""
    assert site.content is not None
    problems = []
    for locale in site.content.site.languages:
        for domain in (UI_DOMAIN, CONTENT_DOMAIN):
            path = catalog_path(locale, domain, translations)
            if path.is_file():
                problems += check_catalog(path, locale).problems
    return problems


def visitor_coverage(site: CheckedSite, translations: Path) -> tuple[CatalogStatus, ...]:
    assert site.content is not None
    return tuple(site_status(site.content, translations, (UI_DOMAIN, CONTENT_DOMAIN)))


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
