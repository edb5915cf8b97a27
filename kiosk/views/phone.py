"""The phone pages' views: what a visitor's phone shows after scanning the kiosk's code, in their language.

The same presenter that fills the kiosk's Service screen fills these pages, so kiosk and phone never disagree.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from kiosk.calendar import local_now
from kiosk.content import Content
from kiosk.i18n.formats import format_long_date
from kiosk.i18n.locales import locale_facts, web_tag
from kiosk.messages import isolate
from kiosk.paths import TRANSLATIONS_DIR
from kiosk.routing import Routes
from kiosk.views import texts
from kiosk.views.hours import dates_apart, hours_owner, week_lines
from kiosk.views.information import brochure_view
from kiosk.views.models import BrochureView, ServiceView
from kiosk.views.presenter import Presenter


@dataclass(frozen=True)
class LanguageLink:
    tag: str  # lowercase BCP 47, for ``lang`` and ``hreflang``
    endonym: str
    right_to_left: bool
    path: str  # inside the exported site


@dataclass(frozen=True)
class PhoneFrame:
    """What every phone page in one language has around its content."""

    locale: str
    tag: str
    right_to_left: bool
    site_name: str
    address: str
    other_languages: str
    all_concerns: str
    as_of: str


@dataclass(frozen=True)
class ServicePage:
    frame: PhoneFrame
    kiosk: str
    view: ServiceView
    way_heading: str
    step_free_heading: str
    # The way without stairs, where it differs from the usual one (or where there is none: then its notice says so).
    step_free: ServiceView | None
    hours_heading: str
    hours: tuple[tuple[str, str], ...]
    hours_note: str | None


@dataclass(frozen=True)
class IndexSection:
    kiosk: str
    heading: str
    categories: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]  # (category, ((service id, service name), ...))


@dataclass(frozen=True)
class IndexPage:
    frame: PhoneFrame
    title: str
    sections: tuple[IndexSection, ...]
    brochure: BrochureView | None = None  # the city's welcome brochure, linked


class PhonePages:
    """Every page of the phone site: for each language an index, and a page per kiosk and concern."""

    def __init__(self, content: Content, routes: Routes, made_on: date, translations: Path = TRANSLATIONS_DIR) -> None:
        self.content, self.made_on = content, made_on
        # The notices in force at the export, with their ends: the pages are made again when they change.
        made_at = datetime.combine(made_on, local_now().time())
        self.presenters = {kiosk.id: Presenter(content, routes, kiosk.id, translations, clock=lambda: made_at)
                           for kiosk in content.site.kiosks}
        self._any = next(iter(self.presenters.values()))
        self._hours = lru_cache(maxsize=None)(self._weekly_hours)
        self.frame = lru_cache(maxsize=None)(self._frame)  # the same on every page of a language

    def languages(self, page_path: str) -> tuple[LanguageLink, ...]:
        """Links to ``page_path`` (a path inside one language's folder) in every language of the site."""
        return tuple(LanguageLink(web_tag(code), facts.endonym, facts.right_to_left, f"{web_tag(code)}/{page_path}")
                     for code, facts in ((code, locale_facts(code)) for code in self.content.site.languages))

    def _frame(self, locale: str) -> PhoneFrame:
        say, names = self._any.say(locale), self._any.names(locale)
        site = self.content.site
        return PhoneFrame(
            locale, web_tag(locale), locale_facts(locale).right_to_left,
            names.text(site, "name"), isolate(site.address),
            texts.OTHER_LANGUAGES.render(say), texts.ALL_CONCERNS.render(say),
            texts.AS_OF(date=format_long_date(self.made_on, locale)).render(say, isolated=True))

    def _kiosk_heading(self, locale: str, kiosk_id: str) -> str:
        names = self._any.names(locale)
        kiosk_name = names.text(self.content.kiosks[kiosk_id], "name")
        return texts.WAY_FROM(kiosk=kiosk_name).render(self._any.say(locale), isolated=True)

    def index(self, locale: str) -> IndexPage:
        names = self._any.names(locale)
        categories = tuple(
            (names.category_name(category),
             tuple((service.id, names.service_name(service)) for service in self.content.services_in(category.id)))
            for category in self.content.categories_in_order())
        sections = tuple(IndexSection(kiosk_id, self._kiosk_heading(locale, kiosk_id), categories)
                         for kiosk_id in self.presenters)
        return IndexPage(self.frame(locale), texts.CONCERNS_TITLE.render(self._any.say(locale)), sections,
                         brochure_view(self._any, locale))

    def service(self, locale: str, kiosk_id: str, service_id: str) -> ServicePage:
        presenter = self.presenters[kiosk_id]
        usual = presenter.service(locale, service_id, step_free=False, today=self.made_on)
        step_free = presenter.service(locale, service_id, step_free=True, today=self.made_on)
        return ServicePage(
            self.frame(locale), kiosk_id, usual, self._kiosk_heading(locale, kiosk_id),
            presenter.chrome(locale).step_free, None if step_free.steps == usual.steps else step_free,
            texts.OPENING_HOURS.render(presenter.say(locale)), self._hours(locale, service_id), usual.hours_note)

    def _weekly_hours(self, locale: str, service_id: str) -> tuple[tuple[str, str], ...]:
        """The week's opening hours and the coming week's dates that differ; the same for each kiosk's page, and
        formatting intervals is slow in Babel."""
        owner, say = hours_owner(self.content, self.content.services[service_id]), self._any.say(locale)
        return week_lines(owner, locale, say) + dates_apart(self._any.calendar, owner, locale, self.made_on, say,
                                                            self._any.names(locale))
