"""The staff's way in: five quick taps in the top-left corner, then the PIN, then the staff panel
(``kiosk.ui.staff_panel``)."""
from __future__ import annotations

import threading
import time
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.clock import Clock
from kivy.core.window import Window
from kivy.metrics import dp

from kiosk.config import LOCAL_CLOSURES
from kiosk.live.logs import LOGGER

if TYPE_CHECKING:
    from kiosk.calendar.local import LocalClosure
    from kiosk.ui.app import WegweiserApp
    from kiosk.ui.staff_panel import ClosuresPanel, StaffPanel
    from kiosk.views.staff_usage import Names, UsagePanelView
TAPS, WITHIN_SECONDS = 5, 4.0
CORNER = dp(90)


class StaffAccess:
    def __init__(self, pin_hash: str, on_access: Callable[[], None]) -> None:
        self.pin_hash, self.on_access = pin_hash, on_access
        self._taps: list[float] = []
        Window.bind(on_touch_down=self._on_touch_down)

    def _on_touch_down(self, window: object, touch: object) -> bool:
        x, y = touch.pos  # type: ignore[attr-defined]
        if x > CORNER or y < Window.height - CORNER:
            self._taps.clear()
            return False
        now = time.monotonic()
        self._taps = [tap for tap in self._taps if now - tap < WITHIN_SECONDS] + [now]
        if len(self._taps) >= TAPS and self.pin_hash:  # without a PIN configured there is no way out
            self._taps.clear()
            from kiosk.i18n.staff import staff_translator
            from kiosk.ui.staff_panel import PinPad
            from kiosk.views.staff_panel import CONFIRM_PIN

            PinPad(self.pin_hash, self.on_access, confirm_label=CONFIRM_PIN.render(staff_translator())).open(
                animation=False)
        return False


class StaffDesk:
    """What staff do once in: look at the panel, reload now, save a screenshot, close a lift or room on this kiosk
    until a time, leave the kiosk."""

    def __init__(self, app: WegweiserApp, closures_at: Path = LOCAL_CLOSURES) -> None:
        self.app = app
        self.left = False
        self.closures_at = closures_at
        self._closures: tuple[LocalClosure, ...] | None = None

    @property
    def local_closures(self) -> tuple[LocalClosure, ...]:
        """What staff closed on this kiosk, read from its file the first time (a damaged file: none, logged)."""
        if self._closures is None:
            from kiosk.calendar.local import read_local_closures

            try:
                self._closures = read_local_closures(self.closures_at)
            except (OSError, ValueError, KeyError, TypeError):
                LOGGER.exception("the closures set on this kiosk cannot be read from %s; none hold", self.closures_at)
                self._closures = ()
        return self._closures

    def open_closures(self) -> ClosuresPanel:
        from kiosk.i18n.staff import staff_translator
        from kiosk.ui.staff_panel import ClosuresPanel
        from kiosk.views.staff_closures import closures_view

        presenter = self.app.presenter
        assert presenter is not None, "the staff panel offers closures once content is there"
        view = closures_view(presenter.content, self.local_closures, presenter.clock(), staff_translator())
        panel = ClosuresPanel(view, self._chosen_on_the_panel)
        panel.open(animation=False)
        return panel

    def set_closure(self, target: str, until: datetime | None) -> None:
        """Close ``target`` on this kiosk until ``until``, or reopen it (None); the way and the screen follow."""
        from kiosk.calendar.local import LocalClosure, write_local_closures

        presenter = self.app.presenter
        assert presenter is not None
        now = presenter.clock()
        kept = tuple(closure for closure in self.local_closures if closure.target != target and closure.in_force(now))
        self._closures = kept + ((LocalClosure(target, until, self.app.kiosk_id, now),) if until else ())
        try:
            write_local_closures(self.closures_at, self._closures)
        except OSError:  # it holds until the kiosk restarts; staff see it in the panel meanwhile
            LOGGER.exception("the closures set on this kiosk cannot be kept in %s", self.closures_at)
        presenter.local_closures = self._closures
        if self.app.notice_clock is not None:
            self.app.notice_clock.check()

    def _chosen_on_the_panel(self, target: str, until: datetime | None) -> None:
        self.set_closure(target, until)
        self.open_closures()  # again, showing what was just set

    def open_panel(self, notes: tuple[str, ...] = ()) -> StaffPanel:
        from kiosk.i18n.staff import staff_translator
        from kiosk.ui.staff_panel import StaffPanel
        from kiosk.views.staff_panel import staff_panel_view

        live = self.app.live_updates
        view = staff_panel_view(self.app.title, self.app.kiosk_id, live.live if live else None,
                                live.rejection if live else None, staff_translator(), notes)
        panel = StaffPanel(view, on_reload=self._reload, on_screenshot=self._screenshot, on_leave=self.leave,
                           on_closures=self.open_closures, on_usage=self.open_usage)
        panel.open(animation=False)
        return panel

    def open_usage(self) -> None:
        """Reads this kiosk's counts and makes the usage page's view on a worker thread (a year of hours is
        thousands of rows), then opens the page on the UI thread. The counts are those written, at most the writer's
        minute behind."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.views.staff_usage import usage_panel_view

        usage, kiosk, names = self.app.usage, self.app.kiosk_id, self._usage_names()
        presenter = self.app.presenter
        today = presenter.clock().date() if presenter is not None else date.today()

        def prepare() -> None:
            counts = None if usage is None else usage.stored_counts(kiosk)
            view = usage_panel_view(counts, today, staff_translator(), names=names)
            Clock.schedule_once(lambda _dt: self._show_usage(view))

        threading.Thread(target=prepare, name="wegweiser-usage-page", daemon=True).start()

    def _show_usage(self, view: UsagePanelView) -> None:
        from kiosk.ui.staff_panel import UsagePanel

        UsagePanel(view).open(animation=False)

    def _usage_names(self) -> Names:
        from babel import Locale

        from kiosk.i18n.staff import staff_locale
        from kiosk.views.staff_usage import Names

        presenter = self.app.presenter
        if presenter is None:
            return Names({}, {})
        content, staff = presenter.content, Locale.parse(staff_locale())
        return Names({key: service.name for key, service in content.services.items()},
                     {code: Locale.parse(code).get_display_name(staff) or code for code in content.site.languages})

    def leave(self) -> None:
        """Staff leave the kiosk; ``run_kiosk`` then says so, so that the service manager does not restart it."""
        self.left = True
        self.app.stop()

    def _reload(self) -> None:
        if self.app.live_updates is not None:
            self.app.live_updates.reload_now()

    def _screenshot(self) -> None:
        """The screen as visitors see it (the panel closed first), into the log folder."""
        from kiosk.i18n.staff import staff_translator
        from kiosk.ui.capture import save_window
        from kiosk.views.staff_panel import SCREENSHOT_FAILED, SCREENSHOT_SAVED

        def take(_dt: float) -> None:
            folder = self.app.kiosk_config.log_dir / "screenshots"
            try:
                note = SCREENSHOT_SAVED(path=save_window(folder / f"kiosk-{datetime.now():%Y%m%d-%H%M%S}.png"))
            except OSError as error:  # a full disk or a share that is down: tell staff, keep the kiosk running
                note = SCREENSHOT_FAILED(reason=error)
            self.open_panel((note.render(staff_translator()),))

        Clock.schedule_once(take, 0.2)
