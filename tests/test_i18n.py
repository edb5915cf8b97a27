"""Catalogs, fallback chains and locale facts."""
import shutil
from datetime import date, time
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog

from kiosk.content.model import Site, WeeklyHours
from kiosk.i18n.catalogs import UI_DOMAIN, catalog_path
from kiosk.i18n.formats import format_items, format_long_date, weekly_lines
from kiosk.i18n.locales import locale_facts, normalize_locale
from kiosk.i18n.tooling import extract_templates, update_all, write_catalog
from kiosk.i18n.visitor import fallback_chain, visitor_translations
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked


def site(**fallbacks) -> Site:
    return Site(id="s", name="s", address="a", languages=["de", "en", "fa_AF", "ar", "ku"], fallbacks=fallbacks,
                kiosks=[{"id": "k", "name": "k", "place": "p", "screen_faces": 0}], service_point="p",
                opening_hours=WeeklyHours())


def write_po(root: Path, locale: str, entries: dict[str, tuple[str, bool]]) -> None:
    catalog = Catalog(locale=locale)
    for msgid, (text, fuzzy) in entries.items():
        catalog.add(msgid, text, context="step door", flags=["fuzzy"] if fuzzy else [])
    write_catalog(catalog, catalog_path(locale, UI_DOMAIN, root))


def test_the_fallback_chain_follows_the_site_and_never_repeats() -> None:
    assert fallback_chain(site(fa_AF=("fa", "en", "fa")), "fa_AF") == ["fa_AF", "fa", "en"]
    assert fallback_chain(site(), "ku") == ["ku"]


def test_untranslated_fuzzy_and_missing_entries_fall_back_never_blank(tmp_path: Path) -> None:
    write_po(tmp_path, "fa_AF", {"Door.": ("دروازه.", False), "Fuzzy.": ("غلط", True), "Missing.": ("", False)})
    write_po(tmp_path, "en", {"Fuzzy.": ("Reviewed English.", False)})
    ui = visitor_translations(site(fa_AF=("fa", "en")), "fa_AF", tmp_path).ui
    assert ui.pgettext("step door", "Door.") == "دروازه."
    assert ui.pgettext("step door", "Fuzzy.") == "Reviewed English."  # fuzzy is never shown
    assert ui.pgettext("step door", "Missing.") == "Missing."  # the source, not a blank
    assert ui.pgettext("step door", "Unknown.") == "Unknown."


def test_a_locale_without_any_catalog_shows_the_source(tmp_path: Path) -> None:
    ui = visitor_translations(site(), "ar", tmp_path).ui
    assert ui.pgettext("step door", "Go through the door.") == "Go through the door."


@pytest.mark.parametrize(("code", "endonym", "direction", "script"), [
    ("de", "Deutsch", "ltr", "Latn"), ("en", "English", "ltr", "Latn"), ("uk", "Українська", "ltr", "Cyrl"),
    ("ru", "Русский", "ltr", "Cyrl"), ("ar", "العربية", "rtl", "Arab"), ("fa_AF", "دری", "rtl", "Arab"),
    ("ps", "پښتو", "rtl", "Arab"), ("tr", "Türkçe", "ltr", "Latn"), ("pl", "Polski", "ltr", "Latn"),
    ("vi", "Tiếng Việt", "ltr", "Latn"), ("ti", "ትግርኛ", "ltr", "Ethi"), ("fr", "Français", "ltr", "Latn"),
    ("ku", "Kurdî (kurmancî)", "ltr", "Latn"), ("ckb", "کوردیی ناوەندی", "rtl", "Arab"),
    ("ro", "Română", "ltr", "Latn"), ("es", "Español", "ltr", "Latn"), ("bg", "Български", "ltr", "Cyrl"),
])
def test_endonyms_directions_and_scripts(code: str, endonym: str, direction: str, script: str) -> None:
    facts = locale_facts(code)
    assert (facts.endonym, facts.direction, facts.script) == (endonym, direction, script)


@pytest.mark.parametrize(("given", "code"), [("prs", "fa_AF"), ("fa-AF", "fa_AF"), ("ckb", "ckb"), ("de", "de")])
def test_codes_people_use_are_normalized(given: str, code: str) -> None:
    assert normalize_locale(given) == code


HOURS = WeeklyHours(mon=["08:00-12:00"], tue=["08:00-12:00", "13:00-18:00"], wed=["08:00-12:00", "13:00-18:00"],
                    fri=["08:00-12:00"])


@pytest.mark.parametrize(("code", "lines"), [
    ("de", [("Montag", "08:00–12:00 Uhr"), ("Dienstag\u2009–\u2009Mittwoch", "08:00–12:00 Uhr und 13:00–18:00 Uhr"),
            ("Freitag", "08:00–12:00 Uhr")]),
    ("ar", [("الاثنين", "08:00–12:00"), ("الثلاثاء – الأربعاء", "08:00–12:00 و13:00–18:00"),
            ("الجمعة", "08:00–12:00")]),
    ("fa_AF", [("دوشنبه", "8:00 تا 12:00"), ("سه\u200cشنبه تا چهارشنبه", "8:00 تا 12:00 و 13:00 تا 18:00"),
               ("جمعه", "8:00 تا 12:00")]),
    ("vi", [("Thứ Hai", "08:00–12:00"), ("Thứ Ba\u2009–\u2009Thứ Tư", "08:00–12:00 và 13:00–18:00"), ("Thứ Sáu", "08:00–12:00")]),
])
def test_opening_hours_in_the_locales_own_patterns(code: str, lines: list[tuple[str, str]]) -> None:
    assert weekly_lines(HOURS, code) == lines


def test_dates_and_lists_in_the_locales_own_patterns() -> None:
    assert format_long_date(date(2026, 11, 24), "de") == "Dienstag, 24. November 2026"
    assert format_items(["Pass", "Foto", "Antrag"], "de") == "Pass, Foto und Antrag"
    assert format_items(["Pass", "Ausweis"], "de", alternatives=True) == "Pass oder Ausweis"
    assert format_items(["جواز", "صورة"], "ar") == "جواز وصورة"


def test_extract_and_update_leave_the_committed_catalogs_unchanged(tmp_path: Path) -> None:
    """The CI gate: code, content and catalogs are in step (``pybabel update --check`` cannot tell, see README)."""
    root = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, root, ignore=shutil.ignore_patterns("*.mo"))
    site = load_checked(BUNDLED_SITE).content.site
    assert extract_templates(BUNDLED_SITE, site.id, root) == []
    assert update_all(site, root) == []


def test_every_text_field_of_the_model_says_whether_visitors_read_it_translated() -> None:
    """A new text field must be declared ``Translated`` (extracted, looked up) or ``Untranslated`` (and why)."""
    import typing

    from pydantic import AfterValidator, BaseModel

    from kiosk.content import model
    from kiosk.i18n.content_fields import declaration

    def is_text(annotation: object) -> bool:
        if any(isinstance(part, AfterValidator) and part.func is model._text  # Text and its kinds
               for part in getattr(annotation, "__metadata__", ())):
            return True
        return any(is_text(argument) for argument in typing.get_args(annotation))

    models = [value for value in vars(model).values()
              if isinstance(value, type) and issubclass(value, BaseModel) and value.__module__ == model.__name__]
    undeclared = [f"{entry.__name__}.{name}" for entry in models for name, info in entry.model_fields.items()
                  if (is_text(info.annotation) or any(isinstance(part, AfterValidator) and part.func is model._text
                                                      for part in info.metadata))
                  and declaration(entry, name) is None]
    assert undeclared == []


def test_the_extractor_and_the_look_ups_meet_on_every_declared_text() -> None:
    """Every context the kiosk looks a text up under is one the extractor wrote into the template."""
    from kiosk.i18n.content_fields import context_of, translatable_texts
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked

    content = load_checked(BUNDLED_SITE).content
    extracted = {found.context: found.text for found in translatable_texts(content.site)}
    for service in content.services.values():
        extracted |= {found.context: found.text for found in translatable_texts(service)}
    assert extracted["service/aufenthaltskarte-abholen/opening_hours/note"] == "Abholung ohne Termin."
    assert context_of(content.services["aufenthaltskarte-abholen"], "opening_hours", "note") == (
        "service/aufenthaltskarte-abholen/opening_hours/note", "Abholung ohne Termin.")
    assert context_of(content.site, "contacts", 0, "label")[0] in extracted
    with pytest.raises(AssertionError, match="Place.room is not Translated"):
        context_of(next(iter(content.places.values())), "room")
