"""Which view each screen shows for a visitor's session: the table every screen is shown from.

The kiosk's screens (``kiosk.ui.screens``) carry the same names and show exactly this; speech, the phone pages and
tests ask it too, so what a screen shows is decided once, without a window.
"""
from __future__ import annotations

from datetime import date
from typing import Callable, Mapping

from kiosk.views.presenter import Presenter
from kiosk.views.search import search_view
from kiosk.views.session import CATEGORY, CONCERNS, INFORMATION, SEARCH, SERVICE, WELCOME, Session

ScreenView = Callable[[Presenter, Session, "date | None"], object]

SCREEN_VIEWS: Mapping[str, ScreenView] = {
    WELCOME: lambda presenter, _session, _today: presenter.welcome(),
    CONCERNS: lambda presenter, session, _today: presenter.concerns(
        session.locale, concern_vanished=session.concern_vanished),
    CATEGORY: lambda presenter, session, _today: presenter.category(session.locale, session.category_id),
    SERVICE: lambda presenter, session, today: presenter.service(
        session.locale, session.service_id, step_free=session.step_free, today=today),
    INFORMATION: lambda presenter, session, today: presenter.information(session.locale, session.service_id, today),
    SEARCH: lambda presenter, session, _today: search_view(presenter, session.locale, session.query),
}


def screen_view(presenter: Presenter, session: Session, screen: str | None = None, today: date | None = None
                ) -> object:
    """What ``screen`` (by default the one the visitor is on) shows them now."""
    return SCREEN_VIEWS[screen or session.screen](presenter, session, today)
