"""Everything a site's content is shown as, asked for at once: what tests call "it renders"."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from kiosk.views.presenter import Presenter
from kiosk.web.export import export_site

A_TUESDAY = date(2026, 12, 1)


def render_every_view(presenter: Presenter, locale: str) -> None:
    """Every screen's view in ``locale``; the Service views hold their QR codes' payloads."""
    content = presenter.content
    presenter.welcome()
    presenter.chrome(locale)
    presenter.idle(locale)
    presenter.concerns(locale, concern_vanished=True)
    presenter.information(locale)
    for category in content.categories:
        presenter.category(locale, category)
    for service in content.services:
        presenter.information(locale, service)
        for step_free in (False, True):
            assert presenter.service(locale, service, step_free=step_free, today=A_TUESDAY).qr_payload


def render_everything(presenter: Presenter, phone_pages: Path) -> None:
    """Every view in every offered language, every QR code's payload, and the phone pages."""
    for locale in presenter.content.site.languages:
        render_every_view(presenter, locale)
    assert all(payload for payload in presenter.take_along_payloads())
    export_site(presenter.content, presenter.routes, phone_pages, A_TUESDAY)
