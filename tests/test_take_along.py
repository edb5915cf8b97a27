"""What the kiosk's QR codes hold, in every language: short links, or a short text that stays scannable."""
import pytest

from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter
from kiosk.views.take_along import (
    ELLIPSIS, QR_MAX_BYTES, QR_MAX_VERSION, QUIET_ZONE_MODULES, compact_text, phone_page_url, qr_matrix,
)

from sites import check
from editing import edit

SITE = load_checked(BUNDLED_SITE)


def modules_of_version(version: int) -> int:
    return 17 + 4 * version + 2 * QUIET_ZONE_MODULES


def test_links_use_the_lowercase_bcp47_tag() -> None:
    assert phone_page_url("https://example.org/wegweiser/", "fa_AF", "foyer", "pass") == \
        "https://example.org/wegweiser/fa-af/foyer/pass.html"
    assert phone_page_url("https://example.org", "ckb", "foyer", "pass") == "https://example.org/ckb/foyer/pass.html"


def test_short_text_keeps_every_line_that_fits() -> None:
    assert compact_text(["Pass abholen", "Raum: 3.032", "Etage: 3. OG"]) == "Pass abholen\nRaum: 3.032\nEtage: 3. OG"


def test_long_text_is_cut_at_a_line_and_marked() -> None:
    lines = ["Titel", "Raum: 3.032", "x" * 100, "y" * 100]
    text = compact_text(lines, limit=150)
    assert len(text.encode()) <= 150
    assert text.startswith("Titel\nRaum: 3.032\n" + "x" * 100 + "\n")
    assert text.endswith(ELLIPSIS)


def test_cutting_respects_multibyte_characters() -> None:
    text = compact_text(["ፍቓድ መንበሪ ምሕዳስ " * 20], limit=60)
    assert len(text.encode()) <= 60 and text.endswith(ELLIPSIS)
    text.encode("utf-8")  # no broken character


@pytest.mark.parametrize("locale", SITE.content.site.languages)
def test_every_text_code_stays_scannable_from_arm_s_length(locale: str) -> None:
    payloads = [Presenter(SITE.content, SITE.routes, kiosk.id).service(locale, service_id, step_free=step_free)
                .qr_payload for kiosk in SITE.content.site.kiosks for service_id in SITE.content.services
                for step_free in (False, True)]
    assert max(len(payload.encode()) for payload in payloads) <= QR_MAX_BYTES
    longest = max(payloads, key=lambda payload: len(payload.encode()))
    assert len(qr_matrix(longest)) <= modules_of_version(QR_MAX_VERSION)


def test_text_code_in_german_names_the_concern_room_floor_documents_and_first_steps() -> None:
    view = Presenter(SITE.content, SITE.routes, "foyer").service("de", "aufenthaltskarte-abholen", step_free=False)
    lines = view.qr_payload.split("\n")
    assert lines[:3] == [view.title, "Raum: \u20683.032\u2069", view.floor]
    assert lines[3].startswith("Bitte bringen Sie mit: ")
    assert lines[4].startswith("1. ")


def test_with_published_phone_pages_the_code_holds_a_link(site_with_phone_pages) -> None:
    presenter = Presenter(site_with_phone_pages.content, site_with_phone_pages.routes, "wartebereich-3og")
    view = presenter.service("ar", "aufenthaltskarte-abholen", step_free=False)
    assert view.qr_payload == \
        "https://wegweiser.example.org/buergerhaus/ar/wartebereich-3og/aufenthaltskarte-abholen.html"
    step_free = presenter.service("ar", "aufenthaltskarte-abholen", step_free=True)
    assert step_free.qr_payload == view.qr_payload + "#step-free"
    assert len(qr_matrix(view.qr_payload)) <= modules_of_version(6)  # a version 6 code is easy to scan


def test_booking_code_only_where_an_appointment_is_booked_online() -> None:
    presenter = Presenter(SITE.content, SITE.routes, "foyer")
    for service in SITE.content.services.values():
        view = presenter.service("de", service.id, step_free=False)
        bookable = service.appointment.rule.value != "none" and service.appointment.booking_url
        assert view.booking_url == (service.appointment.booking_url if bookable else None)
        assert bool(view.booking_code) == bool(bookable)


def test_a_link_too_long_for_a_qr_code_is_refused_at_its_line(mini_site) -> None:
    edit(mini_site / "services.yaml", "booking_url: https://example.org/termin",
         "booking_url: https://example.org/termin?" + "x" * 200)
    assert check(mini_site) == [
        "services.yaml:13:20: error: The link is 227 bytes long (letters like ü take two); the kiosk shows links as "
        "QR codes, which hold at most 200. Ask the web team for a shorter address that leads to the same page."]
