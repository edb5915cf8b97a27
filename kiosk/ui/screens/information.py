"""Opening hours of the week, phone numbers and e-mail, address."""
from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty
from kivy.uix.screenmanager import Screen

from kiosk.ui.screens.service import TextRow
from kiosk.ui.widgets.controls import reuse_children
from kiosk.views.models import InformationView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
CONTACT_PICTOGRAMS = {"phone": "info-phone", "email": "info-email", "web": "info-address"}


class InformationScreen(Screen):
    right_to_left = BooleanProperty(False)

    def update(self, locale: str, right_to_left: bool, view: InformationView) -> None:
        self.right_to_left = right_to_left
        ids = self.ids
        for widget, text in ((ids.title, view.title), (ids.hours_heading, view.hours_heading),
                             (ids.hours_note, view.hours_note or ""), (ids.contact_heading, view.contact_heading),
                             (ids.address_heading, view.address_heading), (ids.address, view.address)):
            widget.locale, widget.source_text = locale, text
        lines = [(days, times, "info-hours") for days, times in view.hours]
        for row, (label, value, pictogram) in zip(reuse_children(ids.hours, len(lines), TextRow), lines):
            row.locale, row.pictogram, row.right_to_left, row.text = locale, pictogram, right_to_left, \
                f"{label}: {value}"
        contacts = [(label, value, CONTACT_PICTOGRAMS[kind]) for label, value, kind in view.contacts]
        for row, (label, value, pictogram) in zip(reuse_children(ids.contacts, len(contacts), TextRow), contacts):
            row.locale, row.pictogram, row.right_to_left, row.text = locale, pictogram, right_to_left, \
                f"{label}: {value}"
