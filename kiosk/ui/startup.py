"""How the kiosk starts: the first frame as soon as possible, everything else after it.

A restart greets visitors with the Welcome screen it showed last (``kiosk.views.remembered``) and checks its content
after that first frame; the content then arrives with the first live update. A first start checks first. Content
that cannot run ends the kiosk, however it started.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kivy.clock import Clock
from kivy.core.window import Window
from kivy.factory import Factory

from kiosk.i18n.locales import forget_remembered_locale_facts, locale_facts, remember_locale_facts
from kiosk.live.logs import LOGGER
from kiosk.messages import S_
from kiosk.ui.memory import collect_only_between_visits, freeze_what_lasts
from kiosk.views.remembered import RememberedWelcome, remember
from kiosk.views.welcome import WelcomeView

if TYPE_CHECKING:
    from kiosk.live.sets import Rejection
    from kiosk.site import CheckedSite
    from kiosk.ui.app import WegweiserApp

STARTED_ALONE = S_("live update", "The content alone is valid, so the kiosk shows it; the catalogs stay as they "
                                  "are until the problems above are fixed.")
CANNOT_START = S_("live update", "The kiosk stops: it has no content it can show (the problems are above). Once they "
                                 "are fixed it starts again.")
CANNOT_FORGET = S_("live update", "The Welcome screen kept in {path} cannot be deleted: {reason}. Until the "
                                  "content is fixed, every start greets from it and then stops again.")
CANNOT_REMEMBER = S_("live update", "The Welcome screen cannot be kept for the next start in {path}: {reason}. The "
                                    "next start checks the content before it greets.")


class Startup:
    """The start of one app: what it greets with first, what it builds after the first frame, what it does with
    content it cannot run, and the Welcome it keeps for the next start."""

    def __init__(self, app: WegweiserApp, *, live_from: Path | None, remembered: RememberedWelcome | None,
                 remember_at: Path | None, prepare_codes: bool) -> None:
        """``live_from``: the site folder to watch for live updates. ``remember_at``: where to keep the Welcome
        shown, for the next start. ``prepare_codes``: make every QR code ahead, one per clock tick (a one-off
        screenshot needs none)."""
        self.app = app
        self.live_from, self.remembered, self.remember_at = live_from, remembered, remember_at
        self.prepare_codes = prepare_codes
        self.refused: CheckedSite | None = None  # content it could not start with
        self.finished = False

    def first_welcome(self) -> WelcomeView:
        """What the first frame shows; greeting from memory, it reads no CLDR file for it."""
        if self.app.presenter is not None:
            return self.app.presenter.welcome()
        assert self.remembered is not None, "a kiosk without content greets from memory"
        remember_locale_facts(self.remembered.facts)
        return self.remembered.view

    def wait_for_first_frame(self) -> None:
        Window.fbind("on_flip", self._after_first_frame)

    def _after_first_frame(self, *_args: object) -> None:
        Window.funbind("on_flip", self._after_first_frame)
        Clock.schedule_once(lambda _dt: self.finish())

    def finish(self) -> None:
        """Build everything but Welcome, once: after the first frame, or at once for a visitor who taps before it.
        Live updates then bring content to a kiosk that greeted from memory, a few tenths of a second later."""
        if self.finished:
            return
        self.finished = True
        # Imported here, not at the top: their modules (and qrcode) load after the first frame.
        from kiosk.ui.focus import KeyboardFocus
        from kiosk.ui.idle import IdleGuard, IdleWarning
        from kiosk.ui.notices import NoticeClock
        from kiosk.ui.screens.registry import screens_after_first_frame
        from kiosk.ui.speaker import start_speaker

        app = self.app
        for screen in screens_after_first_frame():
            app.screens.add_widget(screen)
        app.chrome_bar = Factory.ChromeBar()
        app.root.add_widget(app.chrome_bar)  # below the screens
        app.idle_warning = IdleWarning()
        app.idle = IdleGuard(app.kiosk_config.idle_seconds, app.kiosk_config.warning_seconds, app.idle_warning,
                             on_timeout=app.time_out, is_idle_worthy=lambda: app.session.screen != "welcome")
        app.speaker = start_speaker(app)
        app.keyboard = KeyboardFocus(app)
        if app.kiosk_config.speech:
            app.keyboard.listeners.append(app.speaker.say_focused)
        app.notice_clock = NoticeClock(app)
        app.notice_clock.check()
        self.prepare_take_along_codes()
        if self.live_from is not None:
            app.start_live_updates(self.live_from)
        freeze_what_lasts()
        collect_only_between_visits()


    def content_arrived(self) -> None:
        """Checked content is there: from now on CLDR is the source of the locale facts again."""
        if self.remembered is None:
            return
        from kiosk.text.style import text_style

        forget_remembered_locale_facts()
        text_style.cache_clear()
        self.remembered = None

    def content_replaced(self) -> None:
        """A new content set is shown: its codes are made ahead; after start-up, the old set is thawed and freed
        and the new one frozen (one collection's pause, at a content update, not at a visitor's tap)."""
        self.prepare_take_along_codes()
        if self.finished:
            freeze_what_lasts()

    def prepare_take_along_codes(self) -> None:
        from kiosk.ui.widgets.qr import CODES

        if self.prepare_codes and self.app.presenter is not None:
            CODES.prepare(self.app.presenter.take_along_payloads())

    def refused_before_live(self, rejection: Rejection) -> None:
        """A set was refused before any went live (the log and the staff panel say why). A kiosk that started with
        its content keeps it; one that greeted visitors from memory checks its content alone, as a first start
        does, and does not run on content with errors or without this kiosk. It then also forgets its Welcome:
        while the content stays broken, the service manager's restarts open no window that cannot serve anyone."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.site import CheckedSite, load_checked

        app = self.app
        if app.presenter is not None:
            return
        assert self.live_from is not None, "only a kiosk with live updates greets from memory"
        try:
            site = load_checked(self.live_from)
        except Exception:  # unreadable files: the refused set already says so at their place
            LOGGER.exception("checking the content alone failed")
            site = CheckedSite(None, None, list(rejection.problems))
        if site.serves(app.configured_kiosk):
            LOGGER.warning(STARTED_ALONE().render(staff_translator()))
            app.use_site(site)
            return
        LOGGER.error(CANNOT_START().render(staff_translator()))
        if self.remember_at is not None:
            try:
                self.remember_at.unlink(missing_ok=True)
            except OSError as error:  # a read-only state folder
                LOGGER.warning(CANNOT_FORGET(path=self.remember_at, reason=error).render(staff_translator()))
        self.refused = site
        app.stop()

    def keep_welcome(self, welcome: WelcomeView) -> None:
        """Keep ``welcome`` for the next start to greet with at once."""
        from kiosk.i18n.staff import staff_translator

        if self.remember_at is None or self.live_from is None:
            return
        try:
            remember(self.remember_at, self.live_from, self.app.configured_kiosk, welcome,
                     {choice.locale: locale_facts(choice.locale) for choice in welcome.languages})
        except OSError as error:  # a full disk: the next start checks its content first, nothing worse
            LOGGER.warning(CANNOT_REMEMBER(path=self.remember_at, reason=error).render(staff_translator()))

