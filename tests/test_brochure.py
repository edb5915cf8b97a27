"""The city's welcome brochure: on the information screen and the phone pages in the visitor's language, a PDF
of the site folder published with the phone pages, every mistake refused at its line."""
from datetime import date
from pathlib import Path

import pytest

from kiosk.site import load_checked
from kiosk.views.presenter import Presenter
from kiosk.web.export import export_site

from editing import edit
from sites import check

BROCHURE = """  brochure:
    title: Willkommen in Kleinstadt
    editions:
      de: https://example.org/willkommen
      ar: broschueren/willkommen-ar.pdf
"""


@pytest.fixture
def with_brochure(mini_site: Path) -> Path:
    (mini_site / "broschueren").mkdir()
    (mini_site / "broschueren" / "willkommen-ar.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n")
    site_file = mini_site / "site.yaml"
    site_file.write_text(site_file.read_text(encoding="utf-8").replace("site:\n", "site:\n" + BROCHURE
                                                                      + "  phone_pages_url: https://example.org/w\n", 1),
                         encoding="utf-8")
    return mini_site


def presenter_of(folder: Path) -> Presenter:
    site = load_checked(folder)
    assert site.content is not None, [problem.render() for problem in site.problems]
    return Presenter(site.content, site.routes, site.content.kiosk_id(None))


def test_each_visitor_gets_their_edition_or_their_fallback_s(with_brochure: Path) -> None:
    presenter = presenter_of(with_brochure)
    arabic = presenter.information("ar").brochure
    assert arabic.url == "https://example.org/w/broschueren/willkommen-ar.pdf" and "(" not in arabic.note
    german = presenter.information("de").brochure
    assert german.url == "https://example.org/willkommen" and german.title == "Willkommen in Kleinstadt"
    other = [code for code in presenter.content.site.languages if code not in ("de", "ar")][0]
    assert presenter.information(other).brochure.url == "https://example.org/willkommen"
    assert "Deutsch" in presenter.information(other).brochure.note  # said in which language it is


def test_without_a_brochure_the_information_screen_has_none(mini_site: Path) -> None:
    assert presenter_of(mini_site).information("de").brochure is None


def test_the_phone_pages_link_it_and_carry_the_pdf(with_brochure: Path, tmp_path: Path) -> None:
    site = load_checked(with_brochure)
    out = tmp_path / "web"
    export_site(site.content, site.routes, out, date(2026, 12, 3))
    assert (out / "broschueren" / "willkommen-ar.pdf").read_bytes().startswith(b"%PDF-")
    assert 'href="https://example.org/w/broschueren/willkommen-ar.pdf"' in (out / "ar" / "index.html").read_text()


@pytest.mark.parametrize("edition, says", [
    ("http://example.org/x", 'The link "http://example.org/x" is not https.'),
    ("broschueren/fehlt.pdf", 'The file "broschueren/fehlt.pdf" does not exist in the site folder.'),
    ("../aussen.pdf", 'The path "../aussen.pdf" leads outside the site folder.'),
    ("site.yaml", 'The file "site.yaml" is not a PDF document.'),
])
def test_a_wrong_edition_is_refused_at_its_line(with_brochure: Path, edition: str, says: str) -> None:
    edit(with_brochure / "site.yaml", "broschueren/willkommen-ar.pdf", edition)
    problems = check(with_brochure)
    assert len(problems) == 1 and problems[0].startswith("site.yaml:") and says in problems[0], problems


def test_a_pdf_needs_the_phone_pages_to_reach_phones(with_brochure: Path) -> None:
    edit(with_brochure / "site.yaml", "  phone_pages_url: https://example.org/w\n", "")
    problems = check(with_brochure)
    assert len(problems) == 1 and "cannot reach phones" in problems[0]
