"""One module and one .kv file per screen; each screen is built once and shown from its view model.

``registry`` lists them; ``kiosk.views.screens`` says which view each one shows for a visitor's session.
"""
from __future__ import annotations

from kivy.uix.screenmanager import Screen


class KioskScreen(Screen):
    """A screen of the kiosk: its ``name`` is the one ``kiosk.views.screens`` knows it by."""

    def show(self, view: object, locale: str, right_to_left: bool) -> None:
        """Put ``view`` (already in the visitor's language ``locale``) on screen, updating the widgets built once."""
        raise NotImplementedError
