"""The running kiosk's health report: noted each minute and written as a Prometheus textfile, off the UI thread."""
import time
from datetime import datetime
from pathlib import Path

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
        report._event.cancel()
    assert families["wegweiser_up"][0].labels == {"kiosk": "foyer"} and families["wegweiser_up"][0].value == 1
    assert families["wegweiser_errors_logged"][0].value >= 1
    assert families["wegweiser_shared_content_timestamp_seconds"][0].value > 1.7e9
