"""``kiosk export-web``: the phone pages as a static site, rendered from the same views and catalogs as the kiosk.

Every page is plain HTML and one stylesheet: no JavaScript, no cookies, nothing fetched from elsewhere (fonts and
pictograms are copied in), so a city web server can host the folder as it is.
"""
from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup, escape

from kiosk.content import Content
from kiosk.i18n.locales import web_tag
from kiosk.messages import FSI, LRI, PDI, RLI
from kiosk.paths import ASSETS_DIR, ICONS_DIR, TRANSLATIONS_DIR
from kiosk.routing import Routes
from kiosk.text.style import text_style
from kiosk.views.phone import PhonePages
from kiosk.views.models import FloorMap
from kiosk.views.take_along import STEP_FREE_ANCHOR, phone_page_path
from kiosk.web.maps import svg_map

# A folder holding this file was written by export-web and may be replaced as a whole; any other is left alone.
EXPORT_MARKER = ".wegweiser-export"

_ISOLATED = re.compile(f"([{FSI}{LRI}{RLI}])([^{FSI}{LRI}{RLI}{PDI}]*){PDI}")
_BDI_DIRECTION = {FSI: "", LRI: ' dir="ltr"', RLI: ' dir="rtl"'}  # bdi without dir takes its first strong letter's
_LINK = re.compile(r"https://\S+")
# Browsers may end a line after an en dash, which split "13:00–" from "18:00" on a small phone; a word joiner on
# each side keeps a range of numbers (times, not a link's hyphens) on one line (kiosk labels break at spaces only).
_DASH_BETWEEN_NUMBERS = re.compile(r"(?<=\d)(–)(?=\d)")
WORD_JOINER = "\u2060"


class NotAnExportFolder(Exception):
    """The output folder holds files that ``export-web`` did not write; replacing it could destroy them."""


@dataclass(frozen=True)
class ExportSummary:
    pages: int
    folder: Path


def bidi_html(text: str) -> Markup:
    """Escaped ``text`` with each Unicode isolate as ``<bdi>`` (what browsers and screen readers handle best), in
    the direction an LRI or RLI set; an isolated web address becomes a link."""
    def element(match: re.Match[str]) -> str:
        opener, inner = match.groups()
        if _LINK.fullmatch(inner):
            inner = f'<a href="{inner}" rel="noreferrer">{inner}</a>'
        return f"<bdi{_BDI_DIRECTION[opener]}>{inner}</bdi>"

    text = _DASH_BETWEEN_NUMBERS.sub(f"{WORD_JOINER}\\1{WORD_JOINER}", str(escape(text)))
    return Markup(_ISOLATED.sub(element, text).replace("\n", "<br>"))


def _environment() -> Environment:
    environment = Environment(loader=PackageLoader("kiosk.web"), autoescape=select_autoescape(("html", "css")),
                              undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    environment.filters["bidi"] = bidi_html
    map_template = environment.get_template("map.html")

    @lru_cache(maxsize=None)
    def floor_map(plan: FloorMap) -> Markup:
        """A floor's SVG; the same plan recurs on many pages (every concern on that floor, every language)."""
        return Markup(map_template.render(drawing=svg_map(plan)))

    environment.filters["floor_map"] = floor_map
    return environment


def _font_family(locale: str) -> str:
    return text_style(locale).font.stem.removesuffix("-Regular")


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _render_site(pages: PhonePages, out: Path) -> int:
    environment = _environment()
    site = pages.content.site
    languages = site.languages
    families = sorted({_font_family(locale) for locale in languages})
    for family in families:
        for weight in ("Regular", "Bold"):
            shutil.copy2(ASSETS_DIR / "fonts" / f"{family}-{weight}.ttf", out / "fonts" / f"{family}-{weight}.ttf")
    shutil.copy2(ASSETS_DIR / "fonts" / "OFL.txt", out / "fonts" / "OFL.txt")
    for icon in ICONS_DIR.glob("*.png"):
        shutil.copy2(icon, out / "icons" / icon.name)
    shutil.copy2(ICONS_DIR / "LICENSE.md", out / "icons" / "LICENSE.md")
    _write(out / "style.css", environment.get_template("style.css").render(families=families))
    for edition in (site.brochure.editions.values() if site.brochure else ()):
        if not edition.startswith("https://"):  # a PDF in the site folder: published beside the pages
            (out / edition).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(pages.content.folder / edition, out / edition)

    welcome = pages.presenters[pages.content.kiosk_id(None)].welcome()  # the same on every kiosk
    source = site.source_language
    _write(out / "index.html", environment.get_template("languages.html").render(
        tag=web_tag(source), right_to_left=text_style(source).right_to_left, root="", family=_font_family(source),
        title=site.name, welcome=welcome, languages=pages.languages("index.html")))
    written = 1
    index_template, service_template = environment.get_template("index.html"), environment.get_template("service.html")
    for locale in languages:
        family = _font_family(locale)
        _write(out / web_tag(locale) / "index.html", index_template.render(
            page=pages.index(locale), root="../", family=family, languages=pages.languages("index.html")))
        written += 1
        for kiosk in site.kiosks:
            for service_id in pages.content.services:
                path = phone_page_path(locale, kiosk.id, service_id)
                _write(out / path, service_template.render(
                    page=pages.service(locale, kiosk.id, service_id), root="../../", family=family,
                    step_free_anchor=STEP_FREE_ANCHOR,
                    languages=pages.languages(path.split("/", 1)[1])))
                written += 1
    return written


def export_site(content: Content, routes: Routes, out: Path, made_on: date,
                translations: Path = TRANSLATIONS_DIR) -> ExportSummary:
    """Write the phone site into ``out``, replacing an earlier export there only once the new one is complete."""
    out = out.resolve()
    if out.exists() and (not out.is_dir() or any(out.iterdir()) and not (out / EXPORT_MARKER).is_file()):
        raise NotAnExportFolder(str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        for folder in ("fonts", "icons"):
            (staging / folder).mkdir()
        pages = _render_site(PhonePages(content, routes, made_on, translations), staging)
        (staging / EXPORT_MARKER).write_text("Written by kiosk export-web; replaced as a whole on the next export.\n",
                                             encoding="utf-8")
        staging.chmod(0o755)  # mkdtemp makes it private; a web server must read it
        if out.exists():
            retired = Path(tempfile.mkdtemp(prefix=f".{out.name}-retired-", dir=out.parent))
            try:
                out.rename(retired / out.name)
                try:
                    staging.rename(out)
                except OSError:
                    (retired / out.name).rename(out)  # the old site back in place rather than none
                    raise
                shutil.rmtree(retired / out.name)
            finally:
                with contextlib.suppress(OSError):  # empty unless putting the old site back failed too
                    retired.rmdir()
        else:
            staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return ExportSummary(pages, out)
