"""``kiosk search QUERY``: what a visitor typing QUERY would find, one result a line (``id<TAB>name``), best first,
so staff and translators can try the search words they add. Nothing typed is kept."""
from __future__ import annotations

import argparse
import gettext
from typing import TextIO

from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS, visitor_presenter


def search(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.text import strip_isolates
    from kiosk.views.search import SiteSearch

    found = visitor_presenter(arguments, translations, out)
    if found is None:
        return EXIT_PROBLEMS
    presenter, language = found
    for result in SiteSearch(presenter).search(arguments.query, language, arguments.limit):
        print(f"{result.id}\t{strip_isolates(result.name)}", file=out)
    return EXIT_OK
