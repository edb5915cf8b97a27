"""Every screen of the kiosk, each under the name ``kiosk.views.screens`` gives its view. Adding a screen: its
``.py`` and ``.kv`` here, its view in the presenter and in ``kiosk.views.screens``, and one line below."""
from __future__ import annotations

from kiosk.ui.screens import KioskScreen
from kiosk.views.session import CATEGORY, CONCERNS, INFORMATION, SEARCH, SERVICE, WELCOME


def first_screen() -> KioskScreen:
    """The only screen the first frame needs."""
    from kiosk.ui.screens.welcome import WelcomeScreen

    return WelcomeScreen(name=WELCOME)


def screens_after_first_frame() -> tuple[KioskScreen, ...]:
    # Imported here: their modules (and qrcode) load after the first frame.
    from kiosk.ui.screens.concerns import CategoryScreen, ConcernsScreen
    from kiosk.ui.screens.information import InformationScreen
    from kiosk.ui.screens.search import SearchScreen
    from kiosk.ui.screens.service import ServiceScreen

    return (ConcernsScreen(name=CONCERNS), CategoryScreen(name=CATEGORY), ServiceScreen(name=SERVICE),
            InformationScreen(name=INFORMATION), SearchScreen(name=SEARCH))
