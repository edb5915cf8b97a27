"""The kiosk application: the visitor's session on screen. App state as Kivy properties for the kv rules, every
screen built once and shown from its view model; start-up, lock-down and the staff's desk live beside it."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.app import App
from kivy.core.window import Window
from kivy.factory import Factory
from kivy.graphics.opengl import glFinish
from kivy.lang import Builder
from kivy.properties import BooleanProperty, NumericProperty, ObjectProperty, StringProperty
from kivy.uix.screenmanager import NoTransition, ScreenManager

from kiosk.config import KioskConfig
from kiosk.i18n.locales import locale_facts
from kiosk.ui.screens.registry import first_screen
from kiosk.ui.staff import StaffDesk
from kiosk.ui.startup import Startup
# The rules of app.kv build on these widgets' rules, so those must be loaded first.
from kiosk.ui.widgets import controls, text  # noqa: F401  (TouchButton, KeptRow, LocalizedLabel)
from kiosk.views.remembered import RememberedWelcome
from kiosk.views.session import SERVICE, WELCOME, Session

if TYPE_CHECKING:
    from kiosk.site import CheckedSite
    from kiosk.ui.live import LiveUpdates
    from kiosk.ui.notices import NoticeClock
    from kiosk.usage.recording import UsageRecording
    from kiosk.views.presenter import Presenter

Builder.load_file(str(Path(__file__).with_suffix(".kv")))  # once, like every screen's rules
LARGE_TEXT_SCALE = 1.3
# The kiosk's background is the colour the window is cleared to each frame: a full-window rectangle on top of
# that clearing took Mesa's software renderer about 15 ms a frame (a textured, blended quad of 2 million pixels).
BACKGROUND = (0.05, 0.08, 0.14, 1)


class WegweiserApp(App):
    # The session as the kv rules see it; ``self.session`` is the source, copied here after every change.
    locale = StringProperty("")
    step_free = BooleanProperty(False)
    large_text = BooleanProperty(False)
    screen = StringProperty(WELCOME)
    # What surrounds every screen in the visitor's language.
    right_to_left = BooleanProperty(False)
    font_scale = NumericProperty(1.0)
    chrome = ObjectProperty(None, allownone=True)
    speaking = BooleanProperty(False)  # the read-aloud button is saying the screen
    no_voice = BooleanProperty(False)  # it was tapped in a language the kiosk cannot speak (yet)

    def __init__(self, site: CheckedSite | None, kiosk: str | None = None, *, config: KioskConfig | None = None,
                 kiosk_mode: bool = True, today: date | None = None, live_from: Path | None = None,
                 remembered: RememberedWelcome | None = None, remember_at: Path | None = None,
                 prepare_codes: bool = True, clock: Callable[[], datetime] | None = None,
                 usage: UsageRecording | None = None, **kwargs: object) -> None:
        """Starts with the checked ``site``, or, when it is None, greets visitors with the ``remembered`` Welcome
        and takes its content from the first live update (see ``Startup``). ``kiosk``: the configured id, or
        None for the site's first kiosk. ``clock``: the site's time now (tests set it), for notices and hours.
        ``usage``: what the session's events are counted by, if counting is on."""
        super().__init__(**kwargs)
        assert site is not None or (remembered is not None and live_from is not None), "something to show first"
        self.configured_kiosk = kiosk or ""
        self.kiosk_config = config or KioskConfig()
        self.kiosk_mode = kiosk_mode
        self.today, self.clock = today, clock
        self.usage = usage
        self.session = Session(observer=usage.count if usage is not None else None)
        self.site: CheckedSite | None = None
        self.presenter: Presenter | None = None
        self.live_updates: LiveUpdates | None = None
        self.notice_clock: NoticeClock | None = None  # from the first frame on
        self.startup = Startup(self, live_from=live_from, remembered=remembered, remember_at=remember_at,
                               prepare_codes=prepare_codes)
        self.staff = StaffDesk(self)
        if site is not None:
            self._take_site(site)

    @property
    def kiosk_id(self) -> str:
        """Which kiosk this is: decided by the content, once there is some."""
        return self.presenter.kiosk.id if self.presenter is not None else self.configured_kiosk

    def _take_site(self, site: CheckedSite, presenter: Presenter | None = None) -> None:
        from kiosk.calendar import local_now
        from kiosk.views.presenter import Presenter  # with the content model: after a remembered first frame

        assert site.content is not None and site.routes is not None, "the kiosk shows only valid content"
        self.startup.content_arrived()
        self.site = site
        self.presenter = presenter or Presenter(site.content, site.routes, site.content.kiosk_id(self.configured_kiosk),
                                                self.kiosk_config.translations, self.clock or local_now)
        self.presenter.local_closures = self.staff.local_closures
        if self.usage is not None:
            self.usage.follow(site.content, self.presenter.kiosk.id)
        self.title = site.content.site.name

    def build(self):
        Window.clearcolor = BACKGROUND
        root = Factory.KioskRoot()
        self.screens: ScreenManager = root.ids.screens
        self.screens.transition = NoTransition()
        self.screens.bind(current=self.setter("screen"))
        view = self.startup.first_welcome()  # before any label is made: it may set the locale facts they read
        welcome = first_screen()
        self.screens.add_widget(welcome)
        welcome.show(view, "", False)
        self.startup.wait_for_first_frame()
        if self.kiosk_mode:
            from kiosk.ui.lockdown import lock_down

            self.staff_access = lock_down(self)
        if self.kiosk_config.rotation is not None:
            Window.rotation = self.kiosk_config.rotation
        return root

    def start_live_updates(self, site_folder: Path, **timing: float) -> LiveUpdates:
        from kiosk.ui.live import LiveUpdates  # after the first frame: its loading is not needed for that

        self.live_updates = LiveUpdates(site_folder, self.kiosk_config.translations, lambda: self.kiosk_id,
                                        lambda live: self.use_site(live.site, live.presenter),
                                        on_rejection_before_live=self.startup.refused_before_live, **timing)
        return self.live_updates

    def on_stop(self) -> None:
        if self.live_updates is not None:
            self.live_updates.stop()
        if self.notice_clock is not None:
            self.notice_clock.stop()
        if self.usage is not None:
            self.usage.stop()  # the last minute's counts too

    def open_settings(self, *_args: object) -> bool:
        return False  # F1 opens Kivy's settings panel by default: never on a kiosk

    # --- what visitors do: the session changes, the screen follows ------------------------------------------------

    def choose_language(self, locale: str) -> None:
        if self.presenter is None:
            return  # greeted from memory, content still being checked: a tap in the first half second after a start
        self.session.choose_language(locale)
        self._follow_session()

    def open_tile(self, kind: str, tile_id: str) -> None:
        self.session.open_tile(kind, tile_id)
        self._follow_session()

    def type_query(self, query: str) -> None:
        """A key of the search's keyboard: the results follow as the visitor types."""
        self.session.type_query(query)
        self._follow_session()

    def go_back(self) -> None:
        self.session.go_back()
        self._follow_session()

    def show_information(self) -> None:
        self.session.show("information")
        self._follow_session()

    def change_language(self) -> None:
        self.session.change_language()
        self._follow_session()

    def toggle_step_free(self) -> None:
        self.session.toggle_step_free()
        self._follow_session(refresh=self.session.screen == SERVICE)

    def toggle_large_text(self) -> None:
        self.session.toggle_large_text()
        self._follow_session(refresh=False)  # the labels follow ``font_scale``; the content stays

    def reset(self) -> None:
        """Forget everything the last visitor chose ("Start")."""
        self.session.reset()
        self._follow_session()

    go_home = reset

    def time_out(self) -> None:
        """The idle reset: the same fresh start, counted."""
        self.session.time_out()
        self._follow_session()

    # --- keeping the screen current -------------------------------------------------------------------------------

    def use_site(self, site: CheckedSite, presenter: Presenter | None = None) -> None:
        """Show ``site`` (valid, with this kiosk) from now on; the session decides what happens to the visitor."""
        self._take_site(site, presenter)
        welcome = self.presenter.welcome()
        self.screens.get_screen(WELCOME).show(welcome, "", False)
        self.startup.keep_welcome(welcome)
        content = site.content
        self.session.content_changed(content.site.languages, content.services, content.categories)
        self._follow_session(relocalize=True)
        if self.notice_clock is not None:
            self.notice_clock.check()
        self.startup.content_replaced()

    def refresh_screen(self) -> None:
        """Fill the screen on show again (a notice began or ended); not a visitor's doing, so no activity."""
        if self.session.screen != WELCOME:
            self._refresh(self.session.screen)

    def _follow_session(self, *, refresh: bool = True, relocalize: bool = False) -> None:
        """Bring the screen in line with the session: its language around every screen, then the screen it is on,
        filled afresh (``refresh``) from its view model."""
        session = self.session
        self.startup.finish()  # a visitor faster than the first frame
        self.idle.activity()
        self.speaker.follow(session)
        localize = session.locale and (relocalize or session.locale != self.locale)
        self.locale, self.step_free, self.large_text = session.locale, session.step_free, session.large_text
        if localize:
            self._localize_frame(session.locale)
        self.font_scale = LARGE_TEXT_SCALE if session.large_text else 1.0
        if refresh and session.screen != WELCOME:
            self._refresh(session.screen)
        self.screens.current = session.screen

    def _localize_frame(self, locale: str) -> None:
        """What surrounds every screen: direction, the chrome's buttons, the idle warning."""
        self.right_to_left = locale_facts(locale).right_to_left
        self.chrome = self.presenter.chrome(locale)
        self.idle_warning.locale = locale
        idle = self.presenter.idle(locale)
        self.idle_warning.title, self.idle_warning.continue_label = idle.title, idle.continue_label
        self.idle_warning.countdown_template = idle.countdown

    def _refresh(self, name: str) -> None:
        from kiosk.views.screens import screen_view

        # Refilling a label's texture while a frame that shows it is still being drawn makes Mesa wait for that
        # frame at every label (a switch from Dari to Pashto took 0.8 s). Waiting once, here, costs at most one
        # frame, and nothing when the screen was idle, as it is when a visitor taps.
        glFinish()
        view = screen_view(self.presenter, self.session, name, self.today)
        self.screens.get_screen(name).show(view, self.session.locale, self.right_to_left)
