"""Opening hours of the week, phone numbers and e-mail, address."""
from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty

from kiosk.ui.screens import KioskScreen
from kiosk.ui.screens.service import TextRow
from kiosk.ui.widgets.controls import reuse_children
from kiosk.ui.widgets.qr import QrCode  # noqa: F401  (used in information.kv)
from kiosk.views.models import InformationView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
CONTACT_PICTOGRAMS = {"phone": "info-phone", "email": "info-email", "web": "info-web"}


class InformationScreen(KioskScreen):
    right_to_left = BooleanProperty(False)

    def show(self, view: InformationView, locale: str, right_to_left: bool) -> None:
        self.right_to_left = right_to_left
        ids, concern, brochure = self.ids, view.concern_hours, view.brochure
        for widget, text in ((ids.brochure_heading, brochure.heading if brochure else ""),
                             (ids.brochure_title, brochure.title if brochure else ""),
                             (ids.brochure_note, brochure.note if brochure else ""),
                             (ids.title, view.title), (ids.hours_heading, view.hours_heading),
                             (ids.hours_note, view.hours_note or ""),
                             (ids.concern_hours_heading, concern.heading if concern else ""),
                             (ids.concern_hours_note, concern.note or "" if concern else ""),
                             (ids.contact_heading, view.contact_heading),
                             (ids.address_heading, view.address_heading), (ids.address, view.address)):
            widget.locale, widget.source_text = locale, text
        ids.brochure_qr.payload = brochure.url if brochure else ""
        contacts = tuple((label, value, CONTACT_PICTOGRAMS[kind]) for label, value, kind in view.contacts)
        for box, lines in ((ids.hours, _hour_lines(view.hours)), (ids.concern_hours, _hour_lines(concern.hours)
                                                                  if concern else ()), (ids.contacts, contacts)):
            for row, (label, value, pictogram) in zip(reuse_children(box, len(lines), TextRow), lines):
                row.locale, row.pictogram, row.right_to_left, row.text = locale, pictogram, right_to_left, \
                    f"{label}: {value}"


def _hour_lines(hours: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str, str], ...]:
    return tuple((days, times, "info-hours") for days, times in hours)
