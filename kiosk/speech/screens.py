"""What each screen says: sentences for the ear, built from the view models the screens show.

Each sentence carries its language (the Welcome screen greets in every language in turn) and a key naming what it
says ("service/<id>/step/2"), by which recordings and the status report find it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from kiosk.messages import N_
from kiosk.speech.forms import EarForms
from kiosk.speech.recordings import template_parts
from kiosk.views.models import CategoryView, ConcernsView, IdleView, InformationView, SearchView, ServiceView
from kiosk.views.presenter import Presenter
from kiosk.views.screens import screen_view
from kiosk.views.session import Session
from kiosk.views.welcome import WelcomeView

# Translators: read aloud on a concern's screen; {room} is the room number in words, {floor} the floor in words,
# e.g. "Room three point zero three two, third floor."
ROOM_ON_FLOOR = N_("speech", "Room {room}, {floor}.")
# Translators: read aloud on a concern's screen where the destination has no room number; {place} is its name.
PLACE_ON_FLOOR = N_("speech", "{place}, {floor}.")
# Translators: read aloud before each step of the way; {number} in words, {step} the step's sentence.
STEP = N_("speech", "Step {number}: {step}")
# Translators: read aloud for an e-mail address, between the name and the place, e.g. "info at stadt-chemnitz.de".
AT_SIGN = N_("speech", "at")


@dataclass(frozen=True)
class Sentence:
    key: str
    locale: str
    text: str
    # What the sentence is built from, where it is built ("Step", "two", the step's words): recordings of these
    # say it when the whole has none (``kiosk.speech.recordings``). Empty: the sentence is one piece.
    parts: tuple[str, ...] = ()


class ScreenSpeech:
    """One language's sentences for the screens (the Welcome screen's are in every language)."""

    def __init__(self, locale: str, forms: EarForms, forms_for: "dict[str, EarForms] | None" = None) -> None:
        self.locale, self.forms = locale, forms
        self._forms_for = forms_for or {locale: forms}

    def _said(self, key: str, *texts: str | None) -> list[Sentence]:
        return [Sentence(f"{key}/{index}" if len(texts) > 1 else key, self.locale, self.forms.text(text))
                for index, text in enumerate(texts) if text]

    def welcome(self, view: WelcomeView) -> list[Sentence]:
        return [Sentence(f"welcome/{locale}", locale, self._forms_for[locale].text(greeting))
                for locale, greeting in view.greetings if locale in self._forms_for]

    def concerns(self, view: ConcernsView) -> list[Sentence]:
        said = self._said("concerns/title", view.title) + self._said("concerns/note", view.note)
        said += self._said("notices", *view.notices)
        return said + [Sentence(f"tile/{tile.id}", self.locale, self.forms.text(tile.label)) for tile in view.tiles]

    def category(self, view: CategoryView) -> list[Sentence]:
        return self._said("category/title", view.title, view.heading) + [
            Sentence(f"tile/{tile.id}", self.locale, self.forms.text(tile.label)) for tile in view.services]

    def service(self, view: ServiceView) -> list[Sentence]:
        say, forms, key = self.forms.say, self.forms, f"service/{view.service}"
        floor = forms.floor(view.floor_ordinal)
        where = (ROOM_ON_FLOOR(room=forms.room(view.room), floor=floor) if view.room_heading
                 else PLACE_ON_FLOOR(place=view.room, floor=floor))
        where_parts = template_parts(where.template(say), {"room": forms.room_parts(view.room),
                                                           "place": (forms.text(view.room),), "floor": (floor,)})
        said = self._said(f"{key}/title", view.title, view.summary)
        said += [Sentence(f"{key}/room", self.locale, where.render(say), where_parts)]
        said += self._said(f"{key}/zone", view.zone) + self._said("notices", *view.notices)
        said += self._said(f"{key}/appointment", *view.appointment.split("\n"))
        said += self._said(f"{key}/way", view.way_heading, view.step_free_notice)
        said += [self._step(key, step.number, forms.text(step.text)) for step in view.steps]
        said += self._said(f"{key}/documents", view.documents_heading, *(name for name, _ in view.documents))
        if view.fees:
            said += self._said(f"{key}/fees", view.fees_heading, *view.fees)
        return said + self._said(f"{key}/hours", view.hours_heading, view.hours_today, view.hours_note)

    def _step(self, key: str, number: int, text: str) -> Sentence:
        step = STEP(number=self.forms.number(number), step=text)
        parts = template_parts(step.template(self.forms.say), {"number": (self.forms.number(number),), "step": (text,)})
        return Sentence(f"{key}/step/{number}", self.locale, step.render(self.forms.say), parts)

    def information(self, view: InformationView) -> list[Sentence]:
        said = self._said("information/title", view.title, view.hours_heading)
        said += self._said("information/hours", *(f"{days}: {times}" for days, times in view.hours))
        said += self._said("information/hours-note", view.hours_note)
        if view.concern_hours:
            hours = view.concern_hours
            said += self._said("information/concern-hours", hours.heading,
                               *(f"{days}: {times}" for days, times in hours.hours), hours.note)
        said += self._said("information/contact", view.contact_heading)
        said += [Sentence(f"information/contact/{index}", self.locale, self._contact(who, value, kind))
                 for index, (who, value, kind) in enumerate(view.contacts)]
        return said + self._said("information/address", view.address_heading, view.address) + self._said(
            "notices", *view.notices)

    def _contact(self, who: str, value: str, kind: str) -> str:
        if kind == "phone":  # a number to dial is read digit by digit, in its groups
            value = ", ".join(self.forms.digits(group) for group in _digit_groups(value))
        elif kind == "email":
            value = value.replace("@", f" {AT_SIGN.render(self.forms.say)} ")
        return f"{self.forms.text(who)}: {value if kind == 'phone' else self.forms.text(value)}"

    def search(self, view: SearchView) -> list[Sentence]:
        # What was typed is said back (a visitor without sight checks it by ear); it is said, never kept or counted.
        said = self._said("search/title", view.title, None if view.query else view.prompt)
        if view.query:
            said.append(Sentence("search/query", self.locale, self.forms.text(view.query)))
        said += [Sentence(f"tile/{tile.id}", self.locale, self.forms.text(tile.label)) for tile in view.results]
        return said + self._said("search/note", view.note)

    def idle(self, view: IdleView, seconds: int) -> list[Sentence]:
        return self._said("idle", view.title, view.countdown.format(seconds=seconds), view.continue_label)


def _digit_groups(number: str) -> list[str]:
    return re.findall(r"\d+", number)


def forms_for(presenter: Presenter, locale: str) -> EarForms:
    names = presenter.names(locale)
    floors = {names.floor_label(floor): floor.ordinal for floor in presenter.content.floors.values()}
    return EarForms(locale, presenter.say(locale), floors)


def speech_for(presenter: Presenter, locale: str) -> ScreenSpeech:
    every_language = {code: forms_for(presenter, code) for code in presenter.content.site.languages}
    return ScreenSpeech(locale, every_language[locale], every_language)


def screen_sentences(presenter: Presenter, session: Session, screen: str | None = None,
                     today: date | None = None) -> list[Sentence]:
    """What ``screen`` (by default the visitor's) says to them now, as it shows it (``kiosk.views.screens``)."""
    view = screen_view(presenter, session, screen, today)
    speech = speech_for(presenter, session.locale or presenter.content.site.languages[0])
    match view:
        case WelcomeView():
            return speech.welcome(view)
        case ConcernsView():
            return speech.concerns(view)
        case CategoryView():
            return speech.category(view)
        case ServiceView():
            return speech.service(view)
        case InformationView():
            return speech.information(view)
        case SearchView():
            return speech.search(view)
    raise TypeError(f"no speech for {view!r}")
