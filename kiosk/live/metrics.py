"""The kiosk's health and usage in the Prometheus text format (``wegweiser_`` names), for the node exporter's
textfile collector: no port is opened on a kiosk."""
from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Iterable

from kiosk.live.health import FRAME_BUDGET_SECONDS, Health, is_running, resident_bytes

# name, type, help, the value from the health facts
HEALTH_METRICS = (
    ("wegweiser_up", "gauge", "1 while the kiosk process runs.", None),
    ("wegweiser_up_since_seconds", "gauge", "When the kiosk started (Unix time).", "started"),
    ("wegweiser_restarts_total", "counter", "Starts of the kiosk after its first.", "restarts"),
    ("wegweiser_content_timestamp_seconds", "gauge",
     "The newest file of the content on show (Unix time); age: time() minus this.", "content_time"),
    ("wegweiser_shared_content_timestamp_seconds", "gauge",
     "The newest file of the content folder the kiosk watches (Unix time).", "shared_content_time"),
    ("wegweiser_last_rejected_update_timestamp_seconds", "gauge",
     "When an update was last refused (Unix time); 0: none since the start.", "last_rejected"),
    ("wegweiser_errors_logged_total", "counter", "Log records at ERROR or worse since the start.", "errors_logged"),
    ("wegweiser_frames_over_budget_total", "counter",
     f"Frames that took longer than {FRAME_BUDGET_SECONDS * 1000:.0f} ms (Kivy's clock) since the start.",
     "frames_over_budget"),
)


def _label(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')


def _labels(**labels: str) -> str:
    return "{" + ",".join(f'{name}="{_label(value)}"' for name, value in labels.items()) + "}"


def _family(name: str, kind: str, help_text: str, samples: Iterable[tuple[str, float]]) -> list[str]:
    return [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}",
            *(f"{name}{labels} {value:.17g}" for labels, value in samples)]


def render(health: Health, *, running: bool, resident: int | None, usage: Counter[tuple[str, str]]) -> str:
    """Every metric of one kiosk; ``usage`` the counts of the hours that are over (``kiosk.usage.stats``)."""
    kiosk = _labels(kiosk=health.kiosk)
    lines: list[str] = []
    for name, kind, help_text, field in HEALTH_METRICS:
        value = float(running) if field is None else getattr(health, field)
        lines += _family(name, kind, help_text, [(kiosk, value)])
    lines += _family("wegweiser_content_info", "gauge", "The version of the content on show, as a label.",
                     [(_labels(kiosk=health.kiosk, version=health.content_version), 1)])
    if resident is not None:
        lines += _family("wegweiser_resident_memory_bytes", "gauge", "The kiosk process's resident memory.",
                         [(kiosk, resident)])
    lines += _family("wegweiser_usage_total", "counter",
                     "What visitors chose, summed over the kept hours that are over (never finer than the hour).",
                     [(_labels(kiosk=health.kiosk, measure=measure, key=key), count)
                      for (measure, key), count in sorted(usage.items())])
    return "\n".join(lines) + "\n"


def metrics_text(health: Health, database: Path, now: datetime) -> str:
    """The metrics as the kiosk machine knows them now: from ``health``, the process it names, and the usage
    ``database`` (``now`` on the site's clock, as the counts are)."""
    from kiosk.usage.stats import NotAUsageDatabase, finished_hours, read_counts

    running = is_running(health.pid)
    try:
        counts = read_counts([database]) if database.is_file() else Counter()
    except NotAUsageDatabase:  # the kiosk's writer logs what is wrong with it
        counts = Counter()
    return render(health, running=running, resident=resident_bytes(health.pid) if running else None,
                  usage=finished_hours(counts, health.kiosk, now))
