"""Translations: gettext catalogs per locale and domain, fallback chains, the staff's own language."""
from kiosk.i18n.catalogs import CONTENT_DOMAIN, STAFF_DOMAIN, UI_DOMAIN, load_catalog, translator
from kiosk.i18n.staff import staff_translator

__all__ = ["CONTENT_DOMAIN", "STAFF_DOMAIN", "UI_DOMAIN", "load_catalog", "staff_translator", "translator"]
