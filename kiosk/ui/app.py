"""The kiosk application: app state as Kivy properties, screens built once and updated from view models."""
from __future__ import annotations

import dataclasses
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kivy.app import App
from kivy.clock import Clock
from kivy.core.window import Window
from kivy.factory import Factory
from kivy.graphics.opengl import glFinish
from kivy.lang import Builder
from kivy.logger import Logger
from kivy.properties import BooleanProperty, NumericProperty, ObjectProperty, StringProperty
from kivy.uix.screenmanager import NoTransition, ScreenManager

from kiosk.config import DEFAULT_LOG_DIR, REMEMBERED_WELCOME, KioskConfig
from kiosk.i18n.locales import forget_remembered_locale_facts, locale_facts, remember_locale_facts
from kiosk.live.logs import LOGGER, start_logging
from kiosk.ui.screens.welcome import WelcomeScreen
from kiosk.ui.widgets import text  # noqa: F401  (LocalizedLabel for the kv rules)
from kiosk.views.remembered import RememberedWelcome, remember
from kiosk.views.welcome import WelcomeView

if TYPE_CHECKING:
    from kiosk.live.watch import Rejection
    from kiosk.site import CheckedSite
    from kiosk.ui.live import LiveUpdates
    from kiosk.ui.staff import StaffPanel
    from kiosk.views.presenter import Presenter

Builder.load_file(str(Path(__file__).with_suffix(".kv")))  # once, like every screen's rules
LARGE_TEXT_SCALE = 1.3
# The kiosk's background is the colour the window is cleared to each frame: a full-window rectangle on top of
# that clearing took Mesa's software renderer about 15 ms a frame (a textured, blended quad of 2 million pixels).
BACKGROUND = (0.05, 0.08, 0.14, 1)
ESCAPE, F1 = 27, 282


class WegweiserApp(App):
    locale = StringProperty("")
    right_to_left = BooleanProperty(False)
    category_id = StringProperty("")
    service_id = StringProperty("")
    step_free = BooleanProperty(False)
    large_text = BooleanProperty(False)
    font_scale = NumericProperty(1.0)
    chrome = ObjectProperty(None, allownone=True)
    screen = StringProperty("welcome")  # the screen shown, for the kv rules

    def __init__(self, site: CheckedSite | None, kiosk: str | None = None, *, config: KioskConfig | None = None,
                 kiosk_mode: bool = True, today: date | None = None, live_from: Path | None = None,
                 remembered: RememberedWelcome | None = None, remember_at: Path | None = None,
                 prepare_codes: bool = True, **kwargs: object) -> None:
        """Starts with the checked ``site``, or, when it is None, greets visitors with the ``remembered`` Welcome
        and takes its content from the first live update. ``live_from``: the site folder to watch for live updates
        (with the configured translations folder). ``remember_at``: where to keep the Welcome shown, for the next
        start. ``prepare_codes``: make every QR code ahead, one per clock tick (a one-off screenshot needs none)."""
        super().__init__(**kwargs)
        assert site is not None or (remembered is not None and live_from is not None), "something to show first"
        self.configured_kiosk = self.kiosk_id = kiosk or ""
        self.kiosk_config = config or KioskConfig()
        self.kiosk_mode = kiosk_mode
        self.today = today
        self.site: CheckedSite | None = None
        self.presenter: Presenter | None = None
        self.remembered, self.remember_at = remembered, remember_at
        self.live_from = live_from
        self.live_updates: LiveUpdates | None = None
        if site is not None:
            self._take_site(site)
        self.prepare_codes = prepare_codes
        self.refused: CheckedSite | None = None  # content it could not start with
        self.history: list[str] = []
        self.staff_left = False

    def _take_site(self, site: CheckedSite, presenter: Presenter | None = None) -> None:
        from kiosk.views.presenter import Presenter  # with the content model: after a remembered first frame

        assert site.content is not None and site.routes is not None, "the kiosk shows only valid content"
        if self.remembered is not None:  # greeted from memory until now: from here on CLDR is the source again
            from kiosk.text.style import text_style

            forget_remembered_locale_facts()
            text_style.cache_clear()
            self.remembered = None
        self.site = site
        self.kiosk_id = presenter.kiosk.id if presenter else site.content.kiosk_id(self.kiosk_id)
        if self.live_updates is not None:  # from now on, whatever order site.yaml lists the kiosks in
            self.live_updates.kiosk = self.kiosk_id
        self.presenter = presenter or Presenter(site.content, site.routes, self.kiosk_id,
                                                self.kiosk_config.translations)
        self.title = site.content.site.name

    def build(self):
        Window.clearcolor = BACKGROUND
        root = Factory.KioskRoot()
        self.screens: ScreenManager = root.ids.screens
        self.screens.transition = NoTransition()
        self.screens.bind(current=self.setter("screen"))
        if self.presenter is None:
            remember_locale_facts(self.remembered.facts)  # before any label is made: the first frame reads no CLDR
        welcome = WelcomeScreen(name="welcome")
        self.screens.add_widget(welcome)
        welcome.update(self.presenter.welcome() if self.presenter is not None else self.remembered.view)
        self._started = False
        Window.fbind("on_flip", self._after_first_frame)
        if self.kiosk_mode:
            self._lock_down()
        if self.kiosk_config.rotation is not None:
            Window.rotation = self.kiosk_config.rotation
        return root

    def start_live_updates(self, site_folder: Path, **timing: float) -> LiveUpdates:
        from kiosk.ui.live import LiveUpdates  # after the first frame: its loading is not needed for that

        self.live_updates = LiveUpdates(site_folder, self.kiosk_config.translations, self.kiosk_id,
                                        lambda live: self.use_site(live.site, live.presenter),
                                        on_rejection_before_live=self._start_without_live_set, **timing)
        return self.live_updates

    def _start_without_live_set(self, rejection: Rejection) -> None:
        """A set was refused before any went live (the log and the staff panel say why). A kiosk that started with
        its content keeps it; one that greeted visitors from memory checks its content alone, as a first start
        does, and does not run on content with errors or without this kiosk. It then also forgets its Welcome:
        while the content stays broken, the service manager's restarts open no window that cannot serve anyone."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.live.watch import CANNOT_FORGET, CANNOT_START, STARTED_ALONE
        from kiosk.site import CheckedSite, load_checked

        if self.presenter is not None:
            return
        try:
            site = load_checked(self.live_from)
        except Exception:  # unreadable files: the refused set already says so at their place
            LOGGER.exception("checking the content alone failed")
            site = CheckedSite(None, None, list(rejection.problems))
        if site.serves(self.kiosk_id):
            LOGGER.warning(STARTED_ALONE().render(staff_translator()))
            self.use_site(site)
            return
        LOGGER.error(CANNOT_START().render(staff_translator()))
        if self.remember_at is not None:
            try:
                self.remember_at.unlink(missing_ok=True)
            except OSError as error:  # a read-only state folder
                LOGGER.warning(CANNOT_FORGET(path=self.remember_at, reason=error).render(staff_translator()))
        self.refused = site
        self.stop()

    def on_stop(self) -> None:
        if self.live_updates is not None:
            self.live_updates.stop()

    def _after_first_frame(self, *_args: object) -> None:
        Window.funbind("on_flip", self._after_first_frame)
        Clock.schedule_once(lambda _dt: self._finish_start())

    def _finish_start(self) -> None:
        """Build the other screens, once: after the first frame (only Welcome is needed for it, so the kiosk shows
        something sooner), or at once for a visitor who taps before that. Live updates then bring content to a
        kiosk that greeted from memory, a few tenths of a second later."""
        if self._started:
            return
        self._started = True
        # Imported here, not at the top: their modules (and qrcode) load after the first frame.
        from kiosk.ui.idle import IdleGuard, IdleWarning
        from kiosk.ui.screens.concerns import CategoryScreen, ConcernsScreen
        from kiosk.ui.screens.information import InformationScreen
        from kiosk.ui.screens.service import ServiceScreen

        for screen in (ConcernsScreen(name="concerns"), CategoryScreen(name="category"),
                       ServiceScreen(name="service"), InformationScreen(name="information")):
            self.screens.add_widget(screen)
        self.chrome_bar = Factory.ChromeBar()
        self.root.add_widget(self.chrome_bar)  # below the screens
        self.idle_warning = IdleWarning()
        self.idle = IdleGuard(self.kiosk_config.idle_seconds, self.kiosk_config.warning_seconds, self.idle_warning,
                              on_timeout=self.reset, is_idle_worthy=lambda: self.screens.current != "welcome")
        self._prepare_codes()
        if self.live_from is not None:
            self.start_live_updates(self.live_from)

    def _lock_down(self) -> None:
        Window.fullscreen = "auto"
        Window.show_cursor = False
        self.guard_window()

    def guard_window(self) -> None:
        """Escape, F1 and closing the window do nothing; staff reach their panel through the hidden gesture and PIN."""
        from kiosk.ui.staff import StaffAccess

        Window.bind(on_request_close=self._refuse_close, on_keyboard=self._swallow_keys)
        self.staff_access = StaffAccess(self.kiosk_config.pin_hash, self.open_staff_panel)

    def _refuse_close(self, *_args: object, **_kwargs: object) -> bool:
        return True

    def _swallow_keys(self, _window: object, key: int, *_args: object) -> bool:
        return key in (ESCAPE, F1)

    def open_settings(self, *_args: object) -> bool:
        return False  # F1 opens Kivy's settings panel by default: never on a kiosk

    # --- what staff do ----------------------------------------------------------------------------------------

    def open_staff_panel(self, notes: tuple[str, ...] = ()) -> StaffPanel:
        from kiosk.i18n.staff import staff_translator
        from kiosk.live.status import staff_panel_view
        from kiosk.ui.staff import StaffPanel

        live = self.live_updates
        view = staff_panel_view(self.title, self.kiosk_id, live.live if live else None,
                                live.rejection if live else None, staff_translator(), notes)
        panel = StaffPanel(view, on_reload=self._staff_reload, on_screenshot=self._staff_screenshot,
                           on_leave=self.leave)
        panel.open(animation=False)
        return panel

    def leave(self) -> None:
        """Staff leave the kiosk; ``run_kiosk`` then says so, so that the service manager does not restart it."""
        self.staff_left = True
        self.stop()

    def _staff_reload(self) -> None:
        if self.live_updates is not None:
            self.live_updates.reload_now()

    def _staff_screenshot(self) -> None:
        """The screen as visitors see it (the panel closed first), into the log folder."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.live.status import SCREENSHOT_FAILED, SCREENSHOT_SAVED
        from kiosk.ui.screenshot import save_window

        def take(_dt: float) -> None:
            folder = self.kiosk_config.log_dir / "screenshots"
            try:
                note = SCREENSHOT_SAVED(path=save_window(folder / f"kiosk-{datetime.now():%Y%m%d-%H%M%S}.png"))
            except OSError as error:  # a full disk or a share that is down: tell staff, keep the kiosk running
                note = SCREENSHOT_FAILED(reason=error)
            self.open_staff_panel((note.render(staff_translator()),))

        Clock.schedule_once(take, 0.2)

    # --- what visitors do -------------------------------------------------------------------------------------

    def choose_language(self, locale: str) -> None:
        if self.presenter is None:
            return  # greeted from memory, content still being checked: a tap in the first half second after a start
        self._finish_start()  # a visitor faster than the first frame
        if locale == self.locale and self.screens.current == "welcome" and self.history:
            self._show(self.history.pop(), remember=False)  # the same language again: back where the visitor was
            return
        self.locale = locale
        if self.screens.current == "welcome":
            self._show("concerns")

    def open_tile(self, kind: str, tile_id: str) -> None:
        if kind == "category":
            self.category_id = tile_id
            self._show("category")
        else:
            self.service_id = tile_id
            self._show("service")

    def go_back(self) -> None:
        if self.history:
            self._show(self.history.pop(), remember=False)

    def go_home(self) -> None:
        self.reset()

    def show_information(self) -> None:
        self._show("information")

    def change_language(self) -> None:
        """Back to the languages, keeping the concern: choosing one returns to where the visitor was."""
        self.history.append(self.screens.current)
        self.screens.current = "welcome"

    def toggle_step_free(self) -> None:
        self.idle.activity()
        self.step_free = not self.step_free

    def toggle_large_text(self) -> None:
        self.idle.activity()
        self.large_text = not self.large_text

    def reset(self) -> None:
        """Forget everything the last visitor chose."""
        self.screens.current = "welcome"
        self.history.clear()
        self.category_id = self.service_id = ""
        self.step_free = self.large_text = False
        self.locale = ""

    # --- keeping screens current ------------------------------------------------------------------------------

    def use_site(self, site: CheckedSite, presenter: Presenter | None = None) -> None:
        """Show ``site`` (valid, with this kiosk) from now on. A visitor stays where they are if what they chose
        still exists; otherwise they are back at the concerns with a note saying why."""
        self._take_site(site, presenter)
        welcome = self.presenter.welcome()
        self.screens.get_screen("welcome").update(welcome)
        self._remember(welcome)
        self._prepare_codes()
        if not self.locale:
            return
        if self.locale not in site.content.site.languages:
            self.reset()
            return
        in_use = {self.screens.current, *self.history}  # what is on screen or comes back with "Back"
        vanished = ("service" in in_use and self.service_id not in site.content.services) or \
            ("category" in in_use and self.category_id not in site.content.categories)
        self._localize_frame(self.locale)
        if vanished:
            self.service_id = self.category_id = ""
            self.history.clear()
        if vanished and self.screens.current != "welcome":  # on Welcome the visitor is choosing a language
            self._finish_start()
            self.screens.get_screen("concerns").update(
                self.locale, self.presenter.concerns(self.locale, concern_vanished=True))
            self.screens.current = "concerns"
        elif self.screens.current != "welcome":
            self._refresh(self.screens.current)

    def _prepare_codes(self) -> None:
        from kiosk.ui.widgets.qr import CODES

        if self.prepare_codes and self.presenter is not None:
            CODES.prepare(self.presenter.take_along_payloads())

    def _remember(self, welcome: WelcomeView) -> None:
        """Keep ``welcome`` for the next start to greet with at once."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.live.watch import CANNOT_REMEMBER

        if self.remember_at is None or self.live_from is None:
            return
        try:
            remember(self.remember_at, self.live_from, self.configured_kiosk, welcome,
                     {choice.locale: locale_facts(choice.locale) for choice in welcome.languages})
        except OSError as error:  # a full disk: the next start checks its content first, nothing worse
            LOGGER.warning(CANNOT_REMEMBER(path=self.remember_at, reason=error).render(staff_translator()))

    def _show(self, name: str, *, remember: bool = True) -> None:
        if not self.locale:
            return  # the idle reset came first: the visitor is back at the languages
        self.idle.activity()
        if remember and self.screens.current not in ("welcome", name):
            self.history.append(self.screens.current)
        self._refresh(name)
        self.screens.current = name

    def on_locale(self, _instance: object, locale: str) -> None:
        if not locale:
            return
        self._localize_frame(locale)
        if self.screens.current == "welcome" and self.history:
            self._show(self.history.pop(), remember=False)
        elif self.screens.current != "welcome":
            self._refresh(self.screens.current)

    def _localize_frame(self, locale: str) -> None:
        """What surrounds every screen: direction, the chrome's buttons, the idle warning."""
        self.right_to_left = locale_facts(locale).right_to_left
        self.chrome = self.presenter.chrome(locale)
        self.idle_warning.locale = locale
        idle = self.presenter.idle(locale)
        self.idle_warning.title, self.idle_warning.continue_label = idle.title, idle.continue_label
        self.idle_warning.countdown_template = idle.countdown

    def on_step_free(self, *_args: object) -> None:
        if self.locale and self.service_id and self.screens.current == "service":
            self._refresh("service")

    def on_large_text(self, _instance: object, large: bool) -> None:
        self.font_scale = LARGE_TEXT_SCALE if large else 1.0

    def _refresh(self, name: str) -> None:
        self._finish_start()  # a visitor faster than the first frame
        # Refilling a label's texture while a frame that shows it is still being drawn makes Mesa wait for that
        # frame at every label (a switch from Dari to Pashto took 0.8 s). Waiting once, here, costs at most one
        # frame, and nothing when the screen was idle, as it is when a visitor taps.
        glFinish()
        screen = self.screens.get_screen(name)
        if name == "concerns":
            screen.update(self.locale, self.presenter.concerns(self.locale))
        elif name == "category":
            screen.update(self.locale, self.presenter.category(self.locale, self.category_id))
        elif name == "service":
            screen.update(self.locale, self.right_to_left,
                          self.presenter.service(self.locale, self.service_id, step_free=self.step_free,
                                                 today=self.today))
        elif name == "information":
            screen.update(self.locale, self.right_to_left, self.presenter.information(self.locale))


@dataclasses.dataclass(frozen=True)
class KioskEnd:
    staff_left: bool = False
    refused: CheckedSite | None = None  # content with errors, or without the kiosk asked for: it did not start


def run_kiosk(site: CheckedSite | None, kiosk: str | None, config: KioskConfig, *, kiosk_mode: bool,
              live_from: Path, remembered: RememberedWelcome | None = None,
              remember_at: Path = REMEMBERED_WELCOME) -> KioskEnd:
    """The kiosk until it ends, logging to the configured folder (Kivy's messages too). Without ``site`` it greets
    with the ``remembered`` Welcome and checks the content of ``live_from`` after that first frame."""
    log_dir = start_logging(config.log_dir, DEFAULT_LOG_DIR, Logger)
    if log_dir is not None:  # staff screenshots go where the log went
        config = dataclasses.replace(config, log_dir=log_dir)
    app = WegweiserApp(site, kiosk, config=config, kiosk_mode=kiosk_mode, live_from=live_from,
                       remembered=remembered, remember_at=remember_at)
    app.run()
    return KioskEnd(app.staff_left, app.refused)
