"""The Information screen's view: the office's week with the coming week's holidays and special days, a concern's
own hours where it has them, contacts, address and the notices in force."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kiosk.messages import isolate
from kiosk.views import texts
from kiosk.views.hours import dates_apart, hours_note, hours_owner, week_lines
from kiosk.views.models import ConcernHours, InformationView

if TYPE_CHECKING:
    from kiosk.views.presenter import Presenter


def information_view(presenter: Presenter, locale: str, service_id: str, today: date | None) -> InformationView:
    say, names = presenter.say(locale), presenter.names(locale)
    content, calendar = presenter.content, presenter.calendar
    now = presenter.clock()
    today = today or now.date()
    site = content.site
    contacts = []
    for index, contact in enumerate(site.contacts):
        label = names.text(site, "contacts", index, "label")
        for value, kind in ((contact.phone, "phone"), (contact.email, "email"), (contact.web, "web")):
            if value:
                contacts.append((label, isolate(value), kind))
    own = hours_owner(content, content.services.get(service_id))
    concern = None if own is site else ConcernHours(
        texts.CONCERN_HOURS(concern=names.service_name(own)).render(say, isolated=True),
        week_lines(own, locale) + dates_apart(calendar, own, locale, today, say, names),
        hours_note(own, names))
    return InformationView(
        texts.INFORMATION_TITLE.render(say), texts.OPENING_HOURS.render(say),
        week_lines(site, locale) + dates_apart(calendar, site, locale, today, say, names),
        hours_note(site, names), concern, texts.CONTACT.render(say), tuple(contacts), texts.ADDRESS.render(say),
        isolate(site.address), presenter.notices(locale, now))
