"""Live updates in the running kiosk: the watcher polls on the Kivy clock, loading runs on a worker thread, and only
complete, checked sets reach the screen, on the UI thread."""
from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Callable

from kivy.clock import Clock

from kiosk.content import Problem
from kiosk.content.problems import Location
from kiosk.i18n.staff import staff_translator
from kiosk.live.logs import LOGGER
from kiosk.live.sets import UNEXPECTED, LiveSet, Rejection, load_safely, log_update
from kiosk.live.snapshots import Snapshot, UpdateWatcher, take_snapshot

POLL_SECONDS = 1.0


class LiveUpdates:
    """Keeps the kiosk on the newest valid content and catalogs; remembers the last rejected update for staff."""

    def __init__(self, site_folder: Path, translations: Path, kiosk: Callable[[], str],
                 apply: Callable[[LiveSet], None], *,
                 on_rejection_before_live: Callable[[Rejection], None] | None = None,
                 poll_seconds: float = POLL_SECONDS, settle_seconds: float = 1.0) -> None:
        """``kiosk``: which kiosk this is, asked anew for every load (the configured id until the content says).
        ``on_rejection_before_live``: called for a refused set while none has gone live yet."""
        self.site_folder, self.translations, self.kiosk, self._apply = site_folder, translations, kiosk, apply
        self._on_rejection_before_live = on_rejection_before_live
        self.live: LiveSet | None = None
        self.rejection: Rejection | None = None
        self.loading = False
        first = take_snapshot(site_folder, translations)
        self.watcher = UpdateWatcher(site_folder, translations, first, settle_seconds)
        self._load(first)  # what is on screen, checked with its catalogs: a consistent set, and the staff panel's
        self._event = Clock.schedule_interval(self._poll, poll_seconds)

    def stop(self) -> None:
        self._event.cancel()

    def reload_now(self) -> None:
        if not self.loading:
            self._load(self.watcher.take_handled())

    def _poll(self, _dt: float) -> None:
        if self.loading:
            return
        ready = self.watcher.poll(time.monotonic())
        if ready is not None:
            self._load(ready)

    def _load(self, snapshot: Snapshot) -> None:
        self.loading = True
        kiosk = self.kiosk()

        def work() -> None:
            result = load_safely(self.site_folder, self.translations, kiosk, snapshot)
            Clock.schedule_once(lambda _dt: self._finish(result))

        threading.Thread(target=work, name="wegweiser-update", daemon=True).start()

    def _finish(self, result: LiveSet | Rejection) -> None:
        self.loading = False
        log_update(result, self.live, staff_translator())
        if isinstance(result, Rejection):
            self.rejection = result
            if self.live is None and self._on_rejection_before_live is not None:
                self._on_rejection_before_live(result)
            return
        try:
            self._apply(result)
        except Exception as error:  # new content the screens cannot show: the old set stays, the log says why
            LOGGER.exception("showing an update failed; the previous content stays live")
            self.rejection = Rejection(result.snapshot, result.loaded_at,
                                       (Problem(Location(str(self.site_folder)), UNEXPECTED(reason=error)),))
            if self.live is not None:
                self._apply(self.live)
            return
        self.live = result
