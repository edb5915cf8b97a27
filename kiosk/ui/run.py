"""``kiosk run``: the kiosk until it ends, and how it ended."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from kivy.logger import Logger

from kiosk.clock import local_now
from kiosk.config import DEFAULT_LOG_DIR, HEALTH_FILE, REMEMBERED_WELCOME, USAGE_DATABASE, KioskConfig
from kiosk.live.logs import start_logging
from kiosk.ui.app import WegweiserApp
from kiosk.ui.health import HealthReport
from kiosk.ui.real_screen import SystemdNotifier, fill_screen, stop_on_signals
from kiosk.views.remembered import RememberedWelcome

if TYPE_CHECKING:
    from kiosk.site import CheckedSite
    from kiosk.ui.xscreen import XScreen


@dataclasses.dataclass(frozen=True)
class KioskEnd:
    staff_left: bool = False
    refused: CheckedSite | None = None  # content with errors, or without the kiosk asked for: it did not start


def run_kiosk(site: CheckedSite | None, kiosk: str | None, config: KioskConfig, *, kiosk_mode: bool,
              live_from: Path, remembered: RememberedWelcome | None = None,
              remember_at: Path = REMEMBERED_WELCOME, screen: XScreen | None = None) -> KioskEnd:
    """The kiosk until it ends, logging to the configured folder (Kivy's messages too). Without ``site`` it greets
    with the ``remembered`` Welcome and checks the content of ``live_from`` after that first frame. In kiosk mode the window fills ``screen``."""
    log_dir = start_logging(config.log_dir, DEFAULT_LOG_DIR, Logger)
    if log_dir is not None:  # staff screenshots go where the log went
        config = dataclasses.replace(config, log_dir=log_dir)
    usage = None
    if config.count_usage:
        from kiosk.usage.recording import UsageRecording

        usage = UsageRecording(USAGE_DATABASE, config.usage_days, local_now)
    app = WegweiserApp(site, kiosk, config=config, kiosk_mode=kiosk_mode, live_from=live_from,
                       remembered=remembered, remember_at=remember_at, usage=usage)
    HealthReport(app, HEALTH_FILE, Path(config.metrics_file) if config.metrics_file else None, USAGE_DATABASE,
                 live_from, local_now, config.metrics_port)
    stop_on_signals(app)
    if kiosk_mode and screen is not None:
        fill_screen(screen)
    SystemdNotifier().start()
    app.run()
    return KioskEnd(app.staff.left, app.startup.refused)
