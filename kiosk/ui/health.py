"""Each minute the running kiosk notes how it is (``kiosk.live.health``) and rewrites its Prometheus textfile;
the files are written on a worker thread, the facts gathered on the UI thread where they live. Every frame slower
than the budget is counted, and the metrics are served on 127.0.0.1 when a port is configured."""
from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.clock import Clock
from kivy.logger import Logger

from kiosk.live.health import (FRAME_BUDGET_SECONDS, ErrorCount, newest_file_time, save_health, starting_health,
                               write_atomically)
from kiosk.live.logs import LOGGER
from kiosk.live.metrics import metrics_text
from kiosk.live.snapshots import take_snapshot
from kiosk.messages import S_

if TYPE_CHECKING:
    from http.server import ThreadingHTTPServer

    from kiosk.ui.app import WegweiserApp

REPORT_SECONDS = 60.0
CANNOT_REPORT = S_("metrics", "The kiosk's health cannot be written to {path}: {reason}. Monitoring sees it as "
                              "down until this is fixed.")
CANNOT_SERVE = S_("metrics", "The metrics cannot be served on 127.0.0.1:{port}: {reason}. Choose another port with "
                             "`kiosk config --metrics-port N`; the textfile is written as before.")


class HealthReport:
    def __init__(self, app: WegweiserApp, health_file: Path, textfile: Path | None, usage_database: Path,
                 live_from: Path, clock: Callable[[], datetime], metrics_port: int = 0) -> None:
        self.app, self.health_file, self.textfile = app, health_file, textfile
        self.usage_database, self.live_from, self.clock = usage_database, live_from, clock
        self.health = starting_health(health_file, app.configured_kiosk)
        self._errors = ErrorCount(self.health)
        for logger in (LOGGER, Logger):
            logger.addHandler(self._errors)
        self._failed = False
        self._writing = threading.Lock()
        self._event = Clock.schedule_interval(lambda _dt: self.report(), REPORT_SECONDS)
        # Every frame: one call and one comparison, below what can be measured next to Kivy's own clock pass.
        self._frames = Clock.schedule_interval(self._frame, 0)
        self.server = self._serve(metrics_port) if metrics_port else None
        app.bind(on_stop=lambda *_: self.stop())
        self.report()

    def _frame(self, took: float) -> None:
        if took > FRAME_BUDGET_SECONDS:
            self.health.frames_over_budget += 1

    def _serve(self, port: int) -> ThreadingHTTPServer | None:
        from kiosk.live.serving import serve_metrics

        try:
            return serve_metrics(port, lambda: metrics_text(self.health, self.usage_database, self.clock()))
        except OSError as error:  # the port is taken: the kiosk runs on, staff read why in the log
            from kiosk.i18n.staff import staff_translator

            LOGGER.error(CANNOT_SERVE(port=port, reason=error).render(staff_translator()))
            return None

    def stop(self) -> None:
        self._event.cancel()
        self._frames.cancel()
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()

    def report(self) -> None:
        health, updates = self.health, self.app.live_updates
        health.kiosk = self.app.kiosk_id
        if updates is not None and updates.live is not None:
            health.content_version = updates.live.version
            health.content_time = newest_file_time(updates.live.snapshot)
        if updates is not None and updates.rejection is not None:
            health.last_rejected = updates.rejection.at.timestamp()
        health.shared_content_time = newest_file_time(take_snapshot(self.live_from, self.app.kiosk_config.translations))
        threading.Thread(target=self._write, args=(self.clock(),), name="wegweiser-health", daemon=True).start()

    def _write(self, now: datetime) -> None:
        target = self.health_file
        try:
            with self._writing:  # one report after the other: they share the files' temporary names
                save_health(self.health_file, self.health)
                if self.textfile is not None:
                    target = self.textfile
                    write_atomically(self.textfile, metrics_text(self.health, self.usage_database, now))
        except OSError as error:
            if not self._failed:  # once, not every minute
                from kiosk.i18n.staff import staff_translator

                LOGGER.warning(CANNOT_REPORT(path=target, reason=error).render(staff_translator()))
            self._failed = True
            return
        self._failed = False
