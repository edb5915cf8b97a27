"""The phone pages as a visitor's phone shows them: rendered by headless Chromium at a small phone's size.

Needs Debian's ``chromium`` (``scripts/test.sh`` installs it); driven through Playwright, which uses it as it is.
Screenshots are kept in ``screenshots/web/`` for review.
"""
import shutil
from datetime import date
from pathlib import Path

import pytest

from kiosk.paths import BUNDLED_SITE, PROJECT_ROOT
from kiosk.site import load_checked
from kiosk.text import strip_isolates
from kiosk.views.presenter import Presenter
from kiosk.web.export import export_site

SITE = load_checked(BUNDLED_SITE)
SERVICE = "aufenthaltskarte-abholen"
SMALL_PHONE = {"width": 360, "height": 740}
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"]
SCREENSHOTS = PROJECT_ROOT / "screenshots" / "web"


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("web") / "site"
    export_site(SITE.content, SITE.routes, out, date(2026, 11, 30))
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium")
    assert chromium, "Chromium is missing: scripts/test.sh installs Debian's chromium package (as root)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.mark.parametrize("locale, right_to_left", [("de", False), ("ar", True), ("ps", True)])
def test_a_phone_shows_room_and_first_step_in_the_right_direction(export: Path, browser, locale: str,
                                                                   right_to_left: bool) -> None:
    page = browser.new_page(viewport=SMALL_PHONE)
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto((export / locale / "foyer" / f"{SERVICE}.html").as_uri())
    page.wait_for_load_state("load")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{locale}.png"), full_page=True)

    assert page.evaluate("getComputedStyle(document.body).direction") == ("rtl" if right_to_left else "ltr")
    room = page.locator(".room bdi")
    assert room.inner_text() == "3.032" and room.is_visible()
    first_step = Presenter(SITE.content, SITE.routes, "foyer").service(locale, SERVICE, step_free=False).steps[0]
    step = page.locator(".steps li").first
    assert step.locator("span").inner_text() == strip_isolates(first_step.text) and step.is_visible()

    icon, text = step.locator("img").bounding_box(), step.locator("span").bounding_box()
    assert (icon["x"] > text["x"]) == right_to_left  # reading order: number, pictogram, sentence
    where, number = page.locator(".where").bounding_box(), room.bounding_box()
    room_end_gap = where["x"] + where["width"] - (number["x"] + number["width"])
    assert (room_end_gap < number["x"] - where["x"]) == right_to_left  # the room number starts where reading does
    assert page.evaluate("document.documentElement.scrollWidth") <= SMALL_PHONE["width"]  # nothing runs off
    assert page.evaluate("[...document.fonts].filter(f => f.status === 'loaded').length") >= 1
    assert all(url.startswith("file://") for url in requested), requested
    page.close()


def test_printing_leaves_out_the_language_links(export: Path, browser) -> None:
    page = browser.new_page(viewport=SMALL_PHONE)
    page.goto((export / "de" / "foyer" / f"{SERVICE}.html").as_uri())
    page.emulate_media(media="print")
    assert not page.locator("footer nav").is_visible() and page.locator(".room").is_visible()
    page.close()


# Where the browser draws each time of each hours row: [top, left] of a Range over it in the cell's text.
_TIME_PLACES = """cell => {
    const text = cell.textContent, lefts = [];
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of node.data.matchAll(/\\d{1,2}:\\d\\d/g)) {
            const range = document.createRange();
            range.setStart(node, match.index); range.setEnd(node, match.index + match[0].length);
            const box = range.getBoundingClientRect();
            lefts.push([Math.round(box.top), box.left]);
        }
    }
    return lefts;
}"""


@pytest.mark.parametrize("locale", ["ar", "ps", "ur"])
def test_a_phone_draws_every_hour_range_with_its_start_at_the_right(export: Path, browser, locale: str) -> None:
    """Issue 17: by its first letter a <bdi> drew one range "08:00–12:00" and two "18:00–13:00 و12:00–08:00".
    Read as a right-to-left reader does: line by line, each from the right; a range never split across lines."""
    page = browser.new_page(viewport=SMALL_PHONE)
    page.goto((export / locale / "foyer" / f"{SERVICE}.html").as_uri())
    rows = [page.locator(".hours td").nth(index).evaluate(_TIME_PLACES)
            for index in range(page.locator(".hours td").count())]
    assert {len(places) for places in rows} >= {2, 4}  # one range and two
    for places in rows:
        assert places == sorted(places, key=lambda place: (place[0], -place[1])), f"{locale}: {places}"
        assert all(start[0] == end[0] for start, end in zip(places[::2], places[1::2])), f"{locale}: {places}"
    page.close()
