"""Right-to-left preparation, fonts per script, and glyph coverage of everything a visitor can see."""
import pytest

from kiosk.i18n.tooling import site_templates
from kiosk.messages import isolate
from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.text import prepare, text_style
from kiosk.text.bidi import NO_BREAK_SPACE, prepare_rtl
from kiosk.text.coverage import missing_characters, unreadable_strings
from kiosk.text.wrap import wrap

NBSP = NO_BREAK_SPACE


@pytest.mark.parametrize(("text", "prepared"), [
    ("غرفة 3.032 هنا", "غرفة 230.3 هنا"),  # a number keeps its digits in order
    ("التصريح (Aufenthaltstitel) مهم", "التصريح (letitstlahtnefuA) مهم"),  # brackets stay with the Arabic
    ("اذهب إلى Platz 1, 09111 Chemnitz.", f"اذهب إلى ztinmehC{NBSP}11190{NBSP},1{NBSP}ztalP."),  # digits after Latin
    ("من 08:00–12:00", "من 00:80–00:21"),  # two numbers, the dash between them belongs to the Arabic
    (f"الغرفة {isolate('A 2.014')}.", f"الغرفة 410.2{NBSP}A."),  # an isolate is one run, however it looks
    ("f(x) و", f"(x)f و"),  # brackets inside a left-to-right run are swapped for the shaper to mirror back
    ("رسوم 29€ فقط", "رسوم €92 فقط"),  # a currency sign sticks to its number
])
def test_left_to_right_runs_are_reversed_glued_and_mirrored(text: str, prepared: str) -> None:
    assert prepare_rtl(text) == prepared


def test_left_to_right_languages_only_lose_the_isolates() -> None:
    assert prepare(f"Raum {isolate('3.032')}", "de") == "Raum 3.032"


@pytest.mark.parametrize(("locale", "family", "script", "direction"), [
    ("ar", "WegweiserSansArabic", "Arab", "rtl"), ("fa_AF", "WegweiserSansArabic", "Arab", "rtl"),
    ("ps", "WegweiserSansArabic", "Arab", "rtl"), ("ckb", "WegweiserSansArabic", "Arab", "rtl"),
    ("ti", "WegweiserSansEthiopic", "Ethi", "ltr"), ("uk", "WegweiserSans", "Cyrl", "ltr"),
    ("vi", "WegweiserSans", "Latn", "ltr"), ("ku", "WegweiserSans", "Latn", "ltr"),
    ("ro", "WegweiserSans", "Latn", "ltr"), ("es", "WegweiserSans", "Latn", "ltr"),
    ("bg", "WegweiserSans", "Cyrl", "ltr"),
    ("hi", "WegweiserSansDevanagari", "Deva", "ltr"), ("ur", "WegweiserSansArabic", "Arab", "rtl"),
    ("bn", "WegweiserSansBengali", "Beng", "ltr"),
])
def test_each_language_gets_its_font_script_and_direction(locale: str, family: str, script: str,
                                                         direction: str) -> None:
    style = text_style(locale)
    assert (style.font.name, style.bold_font.name) == (f"{family}-Regular.ttf", f"{family}-Bold.ttf")
    assert (style.script, style.direction) == (script, direction)
    assert style.font.is_file() and style.bold_font.is_file()


def test_characters_without_a_glyph_are_found() -> None:
    assert missing_characters("Raum 3.032 中", "de") == ["中"]
    assert missing_characters("ክፍሊ 3.032 (Aufenthaltstitel)", "ti") == []
    assert missing_characters(f"الغرفة {isolate('3.032')}\n(Aufenthaltstitel)", "ps") == []


def test_everything_a_visitor_can_see_has_glyphs_in_every_language() -> None:
    site = load_checked(BUNDLED_SITE)
    entries = {domain: [(message.context, message.id) for message in messages]
               for domain, messages in site_templates(site.content).items()}
    for locale in site.content.site.languages:
        assert unreadable_strings(site.content, site.routes, locale, entries) == [], locale


def test_wrapping_measures_words_and_keeps_glued_runs_whole() -> None:
    measure = len  # one unit per character
    assert wrap("aaa bbb ccc dd", 7, measure) == "aaa bbb\nccc dd"
    assert wrap(f"aa 3.032{NBSP}A bb", 6, measure) == f"aa\n3.032{NBSP}A\nbb"  # too long alone, still whole
    assert wrap("aa\nbb cc", 10, measure) == "aa\nbb cc"


@pytest.mark.parametrize(("text", "prepared"), [
    ("الرسوم €5 فقط", "الرسوم 5€ فقط"),  # a leading currency sign joins its number (W5)
    ("نسبة 50% فقط", "نسبة %05 فقط"),
    ("a (b و", f"b){NBSP}a و"),  # an unclosed bracket is swapped too; the space after the run stays breakable
])
def test_terminators_and_unpaired_brackets(text: str, prepared: str) -> None:
    assert prepare_rtl(text) == prepared


def test_a_number_never_wraps_apart_from_its_unit() -> None:
    """"5 m" in any language: on screen the spaces beside a number filled into a sentence are no-break, so wrapping
    keeps the number with its unit, whichever side the language puts the unit; the sentence itself is unchanged."""
    from kiosk.i18n.steps import WALK
    from kiosk.messages import glued_to_numbers
    from kiosk.routing.steps import Turn
    from kiosk.text import prepare

    sentence = WALK[Turn.RIGHT](metres=5).render(isolated=True)
    assert "about \u20685\u2069 m." in sentence
    shown = prepare(sentence, "en")
    assert shown == "Turn right and walk about\u00a05\u00a0m."
    assert all("5" not in line or "m." in line for line in wrap(shown, len("Turn right and walk about"),
                                                                len).split("\n"))
    assert prepare("\u2068٥\u2069 م", "ar").count("\u00a0") == 0  # Arabic-Indic digits are not what we fill in
    assert prepare("حوالي \u20685\u2069 م", "ar").count("\u00a0") == 2
    assert prepare("Raum \u20683.032\u2069 links", "de") == "Raum 3.032 links"  # a room number is no distance
    assert glued_to_numbers("in {seconds} Sekunden", ["seconds"]) == "in\u00a0{seconds}\u00a0Sekunden"
