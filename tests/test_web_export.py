"""The phone pages as a static site: complete, self-contained, in each page's language and direction."""
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urldefrag, urlsplit

import pytest

from kiosk.cli import main
from kiosk.i18n.locales import locale_facts, web_tag
from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter
from kiosk.web.export import EXPORT_MARKER, NotAnExportFolder, bidi_html, export_site

SITE = load_checked(BUNDLED_SITE)
MADE_ON = date(2026, 11, 30)


class Page(HTMLParser):
    """What a test needs of one page: its language, direction, references, ids and tags."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.lang = self.dir = ""
        self.links: list[str] = []  # <a href>: visitor-followed
        self.resources: list[str] = []  # fetched by the browser on its own: stylesheets, images, fonts
        self.ids: set[str] = set()
        self.tags: set[str] = set()
        self.feed(path.read_text(encoding="utf-8"))

    def handle_starttag(self, tag: str, attributes: list[tuple[str, str | None]]) -> None:
        found = dict(attributes)
        self.tags.add(tag)
        if tag == "html":
            self.lang, self.dir = found.get("lang") or "", found.get("dir") or ""
        if "id" in found:
            self.ids.add(found["id"] or "")
        if tag == "a" and found.get("href"):
            self.links.append(found["href"] or "")
        for attribute in ("src", "srcset", "poster", "data"):
            if found.get(attribute):
                self.resources.append(found[attribute] or "")
        if tag == "link" and found.get("href"):
            self.resources.append(found["href"] or "")


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web") / "site"
    export_site(SITE.content, SITE.routes, out, MADE_ON)
    return out


def pages(export: Path) -> list[Path]:
    return sorted(export.rglob("*.html"))


def test_one_page_per_language_kiosk_and_concern_plus_indexes(export: Path) -> None:
    content = SITE.content
    languages, kiosks, services = len(content.site.languages), len(content.site.kiosks), len(content.services)
    assert len(pages(export)) == 1 + languages + languages * kiosks * services


def test_every_link_resolves_inside_the_export_and_nothing_is_fetched_from_elsewhere(export: Path) -> None:
    external_links = {service.appointment.booking_url for service in SITE.content.services.values()}
    external_links |= {contact.web for contact in SITE.content.site.contacts}
    external_links |= set(SITE.content.site.brochure.editions.values())  # the bundled site links its brochure
    for path in pages(export):
        page = Page(path)
        assert "script" not in page.tags and "iframe" not in page.tags, path
        for reference in page.resources:
            assert not urlsplit(reference).scheme and not reference.startswith("//"), (path, reference)
            assert (path.parent / reference).resolve().is_file(), (path, reference)
        for link in page.links:
            if urlsplit(link).scheme:
                assert link in external_links, (path, link)
                continue
            target, anchor = urldefrag(link)
            assert (path.parent / target).resolve().is_file(), (path, link)
            assert not anchor or anchor in Page(path.parent / target).ids, (path, link)
    stylesheet = (export / "style.css").read_text(encoding="utf-8")
    for font in [part.split('")')[0] for part in stylesheet.split('url("')[1:]]:
        assert (export / font).is_file(), font


def test_every_page_declares_its_language_and_direction(export: Path) -> None:
    for path in pages(export):
        relative = path.relative_to(export)
        tag = relative.parts[0] if len(relative.parts) > 1 else web_tag(SITE.content.site.source_language)
        locale = next(code for code in SITE.content.site.languages if web_tag(code) == tag)
        page = Page(path)
        assert (page.lang, page.dir) == (tag, "rtl" if locale_facts(locale).right_to_left else "ltr"), relative


def test_the_room_number_stands_isolated_as_on_the_sign(export: Path) -> None:
    for tag in ("de", "ar", "ps", "ti"):
        html = (export / tag / "foyer" / "aufenthaltskarte-abholen.html").read_text(encoding="utf-8")
        assert '<p class="room"><bdi>3.032</bdi></p>' in html, tag


def test_every_link_a_kiosk_code_holds_is_an_exported_page(export: Path, site_with_phone_pages) -> None:
    content = site_with_phone_pages.content
    for kiosk in content.site.kiosks:
        presenter = Presenter(content, site_with_phone_pages.routes, kiosk.id)
        for locale in ("de", "fa_AF", "ti"):
            for service_id in content.services:
                for step_free in (False, True):
                    link = presenter.service(locale, service_id, step_free=step_free).qr_payload
                    target, anchor = urldefrag(link.removeprefix(content.site.phone_pages_url.rstrip("/") + "/"))
                    assert (export / target).is_file(), link
                    assert not anchor or anchor in Page(export / target).ids, link


def test_isolated_values_become_bdi_and_addresses_links() -> None:
    assert str(bidi_html("Raum \u20683.032\u2069 <b>")) == "Raum <bdi>3.032</bdi> &lt;b&gt;"
    assert str(bidi_html("احجز: \u2068https://example.org/termin\u2069")) == \
        'احجز: <bdi><a href="https://example.org/termin" rel="noreferrer">https://example.org/termin</a></bdi>'


def test_a_new_export_replaces_the_old_one_whole(tmp_path: Path) -> None:
    out = tmp_path / "web"
    export_site(SITE.content, SITE.routes, out, MADE_ON)
    stale = out / "de" / "foyer" / "abgeschafft.html"
    stale.write_text("old", encoding="utf-8")
    export_site(SITE.content, SITE.routes, out, MADE_ON)
    assert not stale.exists() and (out / EXPORT_MARKER).is_file()
    assert [path.name for path in tmp_path.iterdir()] == ["web"]  # no staging folders left behind


def test_a_folder_with_other_files_is_left_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "homepage.html").write_text("keep me", encoding="utf-8")
    with pytest.raises(NotAnExportFolder):
        export_site(SITE.content, SITE.routes, tmp_path, MADE_ON)
    assert main(["export-web", "--out", str(tmp_path)]) == 1
    assert "is a file, or a folder export-web did not write" in capsys.readouterr().out
    assert [path.name for path in tmp_path.iterdir()] == ["homepage.html"]


def test_the_command_reports_what_it_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export-web", "--out", str(tmp_path / "web")]) == 0
    assert capsys.readouterr().out.startswith("Wrote 646 pages to ")


def test_content_text_is_escaped_on_the_pages(tmp_path: Path) -> None:
    import shutil

    from editing import edit

    folder = tmp_path / "site"
    shutil.copytree(BUNDLED_SITE, folder)
    edit(folder / "services-auslaenderbehoerde.yaml", "name: Aufenthaltskarte abholen",
         'name: Aufenthaltskarte <script>alert("x")</script> abholen')
    site = load_checked(folder)
    assert site.content is not None
    export_site(site.content, site.routes, tmp_path / "web", MADE_ON)
    html = (tmp_path / "web" / "de" / "foyer" / "aufenthaltskarte-abholen.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


def test_a_concern_s_page_shows_its_hours_note_in_the_visitor_s_language(export: Path) -> None:
    german = (export / "de" / "foyer" / "aufenthaltskarte-abholen.html").read_text(encoding="utf-8")
    arabic = (export / "ar" / "foyer" / "aufenthaltskarte-abholen.html").read_text(encoding="utf-8")
    assert '<p class="note">Abholung ohne Termin.</p>' in german
    assert "Abholung ohne Termin." not in arabic and arabic.count('<p class="note">') == german.count('<p class="note">')
