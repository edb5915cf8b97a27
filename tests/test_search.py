"""Search: what a visitor typing a word finds, in their language and in German, in every script."""
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.search.index import Entry, SearchIndex
from kiosk.search.keyboards import characters, label, layouts_for, vowel_forms, vowel_layout
from kiosk.site import load_checked
from kiosk.paths import BUNDLED_SITE
from kiosk.views.presenter import Presenter
from kiosk.views.search import SiteSearch

QUERIES = [line.rstrip("\n").split("\t") for line in
           (Path(__file__).parent / "search_queries.tsv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]


@pytest.fixture(scope="module")
def search() -> SiteSearch:
    site = load_checked(BUNDLED_SITE)
    return SiteSearch(Presenter(site.content, site.routes, site.content.kiosk_id(None)))


def test_the_corpus_covers_many_languages_and_kinds_of_query() -> None:
    assert len(QUERIES) >= 100 and len({language for language, _, _ in QUERIES}) >= 10


def test_nearly_every_query_finds_the_concern_it_means_first(search: SiteSearch) -> None:
    missed = [(language, query, expected, [result.id for result in search.search(query, language, 3)])
              for language, query, expected in QUERIES
              if [result.id for result in search.search(query, language, 1)] != [expected]]
    assert len(missed) <= len(QUERIES) * 0.05, missed


@pytest.mark.parametrize("language", ["ar", "ru", "ti", "ps", "ckb"])
def test_a_german_word_from_a_letter_is_found_in_every_language(search: SiteSearch, language: str) -> None:
    assert search.search("Fiktionsbescheinigung", language, 1)[0].id == "fiktionsbescheinigung"


def test_results_are_named_in_the_visitors_language(search: SiteSearch) -> None:
    first = search.search("гражданство", "ru", 1)[0]
    assert first.id == "einbuergerung" and "гражданство" in first.name


@pytest.mark.parametrize("typed", ["3.032", "3032", "3 032"])
def test_a_room_number_is_found_with_or_without_its_dot(search: SiteSearch, typed: str) -> None:
    assert {result.id for result in search.search(typed, "de", 2)} == {"aufenthaltskarte-abholen", "kartenausgabe"}


@pytest.mark.parametrize("typed", ["", " ", "a", "xyzzyqwv", "§§§"])
def test_nothing_meant_finds_nothing(search: SiteSearch, typed: str) -> None:
    assert search.search(typed, "de") == []


def test_a_word_is_found_from_its_first_letters() -> None:
    index = SearchIndex.of([Entry("service", "a", "Einbürgerung", ("Einbürgerung beantragen",)),
                            Entry("service", "b", "Eintrag", ("Eintrag",))])
    assert [result.id for result in index.search("einb")] == ["a"]
    assert [result.id for result in index.search("ein")] == ["b", "a"]  # both begin so; the shorter name first


def test_kiosk_search_prints_id_and_name_a_line_best_first(capsys) -> None:
    assert main(["search", "grazhdanstvo", "--lang", "ru", "--limit", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].split("\t")[0] == "einbuergerung"
    assert all(len(line.split("\t")) == 2 for line in lines)


def test_kiosk_search_with_nothing_found_prints_nothing_and_succeeds(capsys) -> None:
    assert main(["search", "xyzzyqwv"]) == 0
    assert capsys.readouterr().out == ""


def test_kiosk_search_refuses_a_language_the_site_does_not_offer(capsys) -> None:
    assert main(["search", "Pass", "--lang", "xx"]) == 1
    assert "xx" in capsys.readouterr().out


# A word of each language typed on its own keyboard, key by key, and the concern it must find.
TYPED_ON_ITS_KEYBOARD = [
    ("ar", "ar", list("تجنيس"), "einbuergerung"),
    ("fa_AF", "fa", list("تابعیت"), "einbuergerung"),
    ("ps", "ps", list("تابعیت"), "einbuergerung"),
    ("ckb", "ckb", list("ڕەگەزنامە"), "einbuergerung"),
    ("ru", "ru", list("гражданство"), "einbuergerung"),
    ("uk", "uk", list("громадянство"), "einbuergerung"),
    ("tr", "tr", list("vatandaşlık"), "einbuergerung"),
    ("vi", "vi", ["n", "h", "â", "\u0323", "p", " ", "q", "u", "ô", "\u0301", "c", " ", "t", "i", "\u0323", "c", "h"],
     "einbuergerung"),
    ("de", "de", list("staatsangehörigkeit"), "einbuergerung"),
    ("fr", "fr", list("naturalisation"), "einbuergerung"),
    ("pl", "pl", list("obywatelstwo"), "einbuergerung"),
    ("ku", "ku", list("hemwelatîbûn"), "einbuergerung"),
    ("ti", "ti", ["ዜ", "ግ", "ነ", "ት"], "einbuergerung"),
    ("ro", "ro", list("cetățenie"), "einbuergerung"),
    ("es", "es", list("nacionalidad"), "einbuergerung"),
    ("es", "es", list("pérdida"), "dokument-verloren"),
    ("bg", "bg", list("гражданство"), "einbuergerung"),
    ("bg", "bg", list("шофьорска книжка"), "fuehrerschein-umschreiben"),
    ("hi", "hi", list("नागरिकता"), "einbuergerung"),
    ("ur", "ur", list("شہریت"), "einbuergerung"),
    ("bn", "bn", list("নাগরিকত্ব"), "einbuergerung"),
    ("en", "latin", list("citizenship"), "einbuergerung"),
    ("de", "digits", list("3.032"), "aufenthaltskarte-abholen"),
]


@pytest.mark.parametrize("language, layout, keys, expected", TYPED_ON_ITS_KEYBOARD)
def test_a_word_typed_on_each_keyboard_is_found(search: SiteSearch, language: str, layout: str, keys: list[str],
                                                expected: str) -> None:
    import unicodedata

    assert layout in layouts_for(language)
    assert set(keys) <= characters(layout) | {" "}
    typed = unicodedata.normalize("NFC", "".join(keys))
    assert search.search(typed, language, 1)[0].id == expected


def test_every_shipped_language_gets_its_own_keyboard_latin_and_digits() -> None:
    from kiosk.paths import BUNDLED_SITE as site_folder
    from kiosk.site import load_checked as load

    for language in load(site_folder).content.site.languages:
        own, *rest = layouts_for(language)
        assert rest == ["latin", "digits"] or (own == "latin" and rest == ["digits"])
        assert label(own)


def test_an_ethiopic_consonant_opens_its_seven_vowel_forms() -> None:
    assert vowel_forms("ሰ") == tuple("ሰሱሲሳሴስሶ")
    assert [key[0] for key in vowel_layout("ሰ")["normal_1"]][:7] == list("ሰሱሲሳሴስሶ")
