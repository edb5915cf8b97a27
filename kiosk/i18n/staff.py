"""The language staff read the command line in: from the usual environment variables, German by default."""
from __future__ import annotations

import gettext
import os

from babel import Locale, UnknownLocaleError

from kiosk.i18n.catalogs import STAFF_DOMAIN, translator

STAFF_DEFAULT = "de"
_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def staff_locale(environ: dict[str, str] | os._Environ[str] = os.environ) -> str:
    for name in _ENVIRONMENT:
        value = environ.get(name, "").split(":")[0].split(".")[0]
        if value in ("C", "POSIX"):
            return "en"
        if value:
            try:
                return str(Locale.parse(value))
            except (UnknownLocaleError, ValueError):
                continue
    return STAFF_DEFAULT


def staff_translator(locale: str | None = None) -> gettext.NullTranslations:
    locale = locale or staff_locale()
    chain = [locale, Locale.parse(locale).language] if "_" in locale else [locale]
    return translator(chain, STAFF_DOMAIN)
