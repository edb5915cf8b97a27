"""Notices that start and end by themselves: each minute the kiosk asks which hold (and which closures staff set on
this kiosk); when that (or the day) changed,
the ways with their closures are made on a worker thread and the screen on show is filled again, on the UI thread.
No reload, no visitor's tap needed."""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from kivy.clock import Clock

from kiosk.calendar import notices_in_force
from kiosk.live.logs import LOGGER

if TYPE_CHECKING:
    from kiosk.ui.app import WegweiserApp

CHECK_EVERY_SECONDS = 60.0


class NoticeClock:
    def __init__(self, app: WegweiserApp, every_seconds: float = CHECK_EVERY_SECONDS) -> None:
        self.app = app
        # The presenter, the notices and the staff's closures in force, and the day, as last shown.
        self.shown: tuple[object, ...] | None = None
        self._event = Clock.schedule_interval(lambda _dt: self.check(), every_seconds)

    def stop(self) -> None:
        self._event.cancel()

    def check(self) -> None:
        presenter = self.app.presenter
        if presenter is None:
            return
        moment = presenter.clock()
        state = (presenter, tuple(notice.id for notice in notices_in_force(presenter.content, moment)),
                 tuple(closure for closure in presenter.local_closures if closure.in_force(moment)), moment.date())
        if state == self.shown:
            return

        def work() -> None:
            try:
                presenter.routes_at(moment)
            except Exception:  # the screen then builds them when asked; a notice must never end the kiosk
                LOGGER.exception("making the ways with the notices' closures failed")
            Clock.schedule_once(lambda _dt: self._show(state))

        threading.Thread(target=work, name="wegweiser-notices", daemon=True).start()

    def _show(self, state: tuple[object, ...]) -> None:
        if state[0] is not self.app.presenter:
            return  # new content came meanwhile; its own check follows
        self.shown = state
        self.app.refresh_screen()
