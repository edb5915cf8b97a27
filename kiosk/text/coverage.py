"""Characters a language's font cannot draw, so no visitor ever sees an empty box."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTFont

from kiosk.content import Content
from kiosk.i18n.catalogs import CONTENT_DOMAIN, UI_DOMAIN
from kiosk.i18n.steps import sentences
from kiosk.i18n.visitor import visitor_translations
from kiosk.paths import TRANSLATIONS_DIR
from kiosk.routing import Profile, Routes
from kiosk.text.style import text_style


@lru_cache(maxsize=None)
def _codepoints(font: Path) -> frozenset[int]:
    with TTFont(font, lazy=True) as loaded:
        return frozenset(loaded.getBestCmap())


def missing_characters(text: str, locale: str) -> list[str]:
    """Characters of ``text`` without a glyph in ``locale``'s font; format controls (isolates, joiners) are the
    shaper's business and need none. Line breaks are layout, not glyphs."""
    drawable = _codepoints(text_style(locale).font)
    return sorted({char for char in text
                   if char != "\n" and ord(char) not in drawable and unicodedata.category(char) != "Cf"})


def unreadable_strings(content: Content, routes: Routes, locale: str, entries: dict[str, list[tuple[str, str]]],
                       root: Path = TRANSLATIONS_DIR) -> list[tuple[str, list[str]]]:
    """Every string a visitor in ``locale`` can see, as shown (fallbacks included, every route's sentences with
    the site's real room numbers and floor labels), that holds characters the font cannot draw. ``entries`` are
    the (context, source) pairs of the site's templates by domain."""
    visitor = visitor_translations(content.site, locale, root)
    shown: list[str] = []
    for domain, translations in ((UI_DOMAIN, visitor.ui), (CONTENT_DOMAIN, visitor.content)):
        shown += [translations.pgettext(context, msgid) for context, msgid in entries[domain]]
    for kiosk in content.site.kiosks:
        for service in content.services.values():
            for profile in Profile:
                route = routes.route(kiosk.id, service.destination, profile)
                if route is not None:
                    shown += sentences(route.steps, content, visitor.ui, visitor.content)
    return [(text, missing) for text in dict.fromkeys(shown) if (missing := missing_characters(text, locale))]
