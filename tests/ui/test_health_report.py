"""The running kiosk's health report: noted each minute and written as a Prometheus textfile, off the UI thread."""
import time
from datetime import datetime
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families


def test_the_running_kiosk_writes_its_textfile_and_counts_logged_errors(kiosk_app, tmp_path: Path) -> None:
    from kivy.logger import Logger

    from kiosk.live.health import load_health
    from kiosk.live.logs import LOGGER
    from kiosk.paths import BUNDLED_SITE
    from kiosk.ui.health import HealthReport

    textfile = tmp_path / "textfile" / "wegweiser.prom"
    report = HealthReport(kiosk_app, tmp_path / "health.json", textfile, tmp_path / "usage.sqlite3", BUNDLED_SITE,
                          lambda: datetime(2026, 12, 2, 9, 30))
    try:
        LOGGER.error("a test error, counted")
        report.report()
        deadline = time.monotonic() + 10
        # The report made at the start may land after this one's first file: wait for both files to have the error.
        while (not textfile.exists() or "wegweiser_errors_logged_total{kiosk=\"foyer\"} 0" in textfile.read_text()
               or load_health(tmp_path / "health.json").errors_logged < 1):
            assert time.monotonic() < deadline, "no health report with the error within 10 s"
            time.sleep(0.05)
        families = {family.name: family.samples for family in text_string_to_metric_families(textfile.read_text())}
        assert load_health(tmp_path / "health.json").errors_logged >= 1
    finally:
        LOGGER.removeHandler(report._errors)
        Logger.removeHandler(report._errors)
        report.stop()
    assert families["wegweiser_up"][0].labels == {"kiosk": "foyer"} and families["wegweiser_up"][0].value == 1
    assert families["wegweiser_errors_logged"][0].value >= 1
    assert families["wegweiser_shared_content_timestamp_seconds"][0].value > 1.7e9


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_configured_port_serves_the_metrics_on_localhost_with_the_frames_over_budget(kiosk_app, tmp_path) -> None:
    import urllib.request

    from kivy.base import EventLoop
    from kivy.clock import Clock
    from kivy.logger import Logger

    from kiosk.live.logs import LOGGER
    from kiosk.paths import BUNDLED_SITE
    from kiosk.ui.health import HealthReport

    port = free_port()
    report = HealthReport(kiosk_app, tmp_path / "health.json", None, tmp_path / "usage.sqlite3", BUNDLED_SITE,
                          lambda: datetime(2026, 12, 2, 9, 30), metrics_port=port)
    try:
        EventLoop.idle()
        before = report.health.frames_over_budget
        Clock.schedule_once(lambda _dt: time.sleep(0.25), 0)  # one frame that stalls
        for _frame in range(3):
            EventLoop.idle()
        assert report.health.frames_over_budget == before + 1
        assert report.server is not None and report.server.server_address[0] == "127.0.0.1"
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as response:
            assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
            families = {family.name: family for family in text_string_to_metric_families(response.read().decode())}
        frames = families.pop("wegweiser_frames_over_budget")
        assert frames.samples[0].value == before + 1 and "100 ms" in frames.documentation
        families = {name: family.samples for name, family in families.items()}
        assert families["wegweiser_up"][0].labels == {"kiosk": "foyer"}
    finally:
        LOGGER.removeHandler(report._errors)
        Logger.removeHandler(report._errors)
        report.stop()
    with pytest.raises(OSError):  # stopped with the kiosk: the port is closed again
        urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5)


def test_without_a_port_configured_none_is_opened(kiosk_app, tmp_path) -> None:
    from kivy.logger import Logger

    from kiosk.live.logs import LOGGER
    from kiosk.paths import BUNDLED_SITE
    from kiosk.ui.health import HealthReport

    report = HealthReport(kiosk_app, tmp_path / "health.json", None, tmp_path / "usage.sqlite3", BUNDLED_SITE,
                          lambda: datetime(2026, 12, 2, 9, 30))
    LOGGER.removeHandler(report._errors)
    Logger.removeHandler(report._errors)
    report.stop()
    assert report.server is None
