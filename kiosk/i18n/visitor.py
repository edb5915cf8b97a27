"""The translations a visitor's screen uses: their language, the site's fallbacks, then the source."""
from __future__ import annotations

import gettext
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.model import Site
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN, translator
from kiosk.paths import TRANSLATIONS_DIR


def fallback_chain(site: Site, locale: str) -> list[str]:
    """``locale``, then its fallbacks from the site, each once; the source text is the last resort."""
    chain = [locale, *site.fallbacks.get(locale, ())]
    return list(dict.fromkeys(chain))


@dataclass(frozen=True)
class VisitorTranslations:
    locale: str
    ui: gettext.NullTranslations
    content: gettext.NullTranslations


def visitor_translations(site: Site, locale: str, root: Path = TRANSLATIONS_DIR) -> VisitorTranslations:
    chain = fallback_chain(site, locale)
    return VisitorTranslations(locale, translator(chain, UI_DOMAIN, root), translator(chain, CONTENT_DOMAIN, root))
