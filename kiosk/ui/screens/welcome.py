"""First screen: a greeting that cycles through the languages, and every language in its own script."""
from __future__ import annotations

from pathlib import Path

from kivy.app import App
from kivy.clock import Clock
from kivy.lang import Builder

from kiosk.ui.memory import tidy_up_between_visits
from kiosk.ui.screens import KioskScreen
from kiosk.ui.widgets.controls import LanguageButton, reuse_children
from kiosk.views.welcome import WelcomeView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
GREETING_SECONDS = 3.0


class WelcomeScreen(KioskScreen):
    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._greetings: tuple[tuple[str, str], ...] = ()
        self._greeting_index = 0
        self._cycle = Clock.schedule_interval(self._next_greeting, GREETING_SECONDS)

    def show(self, view: WelcomeView, locale: str = "", right_to_left: bool = False) -> None:
        """Every language speaks for itself here: ``locale`` and ``right_to_left`` do not apply."""
        self._greetings = view.greetings
        self._greeting_index = 0
        self._show_greeting()
        buttons = reuse_children(self.ids.languages, len(view.languages), LanguageButton)
        for button, choice in zip(buttons, view.languages):
            button.locale, button.source_text = choice.locale, choice.endonym
            button.unbind(on_release=self._choose)
            button.bind(on_release=self._choose)

    def on_enter(self, *_args: object) -> None:
        """A visit has ended (or the visitor is choosing another language): the screens left behind freed their
        labels' textures and the visit's views; they are freed and the memory goes back to the system once this
        screen is drawn."""
        Clock.schedule_once(lambda _dt: tidy_up_between_visits())

    def _choose(self, button: LanguageButton) -> None:
        App.get_running_app().choose_language(button.locale)

    def _next_greeting(self, _dt: float) -> None:
        if self._greetings:
            self._greeting_index = (self._greeting_index + 1) % len(self._greetings)
            self._show_greeting()

    def _show_greeting(self) -> None:
        if self._greetings:
            locale, text = self._greetings[self._greeting_index]
            self.ids.greeting.locale, self.ids.greeting.source_text = locale, text
