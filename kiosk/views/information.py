"""The Information screen's view: the office's week with the coming week's holidays and special days, a concern's
own hours where it has them, contacts, address, the notices in force and the city's welcome brochure."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kiosk.i18n.locales import locale_facts
from kiosk.messages import isolate
from kiosk.views import texts
from kiosk.views.hours import dates_apart, hours_note, hours_owner, week_lines
from kiosk.views.models import BrochureView, ConcernHours, InformationView

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
        week_lines(own, locale, say) + dates_apart(calendar, own, locale, today, say, names),
        hours_note(own, names))
    return InformationView(
        texts.INFORMATION_TITLE.render(say), texts.OPENING_HOURS.render(say),
        week_lines(site, locale, say) + dates_apart(calendar, site, locale, today, say, names),
        hours_note(site, names), concern, texts.CONTACT.render(say), tuple(contacts), texts.ADDRESS.render(say),
        isolate(site.address), presenter.notices(locale, now), brochure_view(presenter, locale))


def brochure_view(presenter: Presenter, locale: str) -> BrochureView | None:
    """The edition in the visitor's language, else in the first of their fallbacks that has one, else any."""
    site = presenter.content.site
    if site.brochure is None:
        return None
    editions = site.brochure.editions
    chain = [locale, *site.fallbacks.get(locale, ()), site.source_language, *editions]
    language = next(code for code in chain if code in editions)
    edition = editions[language]
    url = edition if edition.startswith("https://") else f"{(site.phone_pages_url or '').rstrip('/')}/{edition}"
    say = presenter.say(locale)
    note = texts.BROCHURE_SCAN.render(say) if language == locale else \
        texts.BROCHURE_SCAN_IN(language=locale_facts(language).endonym).render(say, isolated=True)
    return BrochureView(texts.NEWCOMERS.render(say), presenter.names(locale).text(site, "brochure", "title"), note,
                        url)
