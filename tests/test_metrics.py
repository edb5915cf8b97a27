"""`kiosk metrics` and the textfile: the Prometheus text format, as Prometheus's own parser reads it, replaced whole."""
import os
import threading
from collections import Counter
from datetime import datetime
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from kiosk.cli import main
from kiosk.live.health import Health, load_health, save_health, starting_health, write_atomically
from kiosk.live.metrics import metrics_text, render
from kiosk.usage.counter import UsageCounter
from kiosk.usage.store import UsageWriter


def parsed(text: str) -> dict[str, list]:
    return {family.name: family.samples for family in text_string_to_metric_families(text)}


def health(**changes) -> Health:
    return Health(**{"kiosk": "foyer", "pid": os.getpid(), "started": 1_764_748_800.5, "restarts": 2,
                     "content_version": "1a2b3c4d5e (9f8e7d6c5b4a)", "content_time": 1_764_740_000.0,
                     "shared_content_time": 1_764_750_000.0, "last_rejected": 1_764_749_000.0,
                     "errors_logged": 3, "frames_over_budget": 5} | changes)


def test_every_health_fact_and_the_usage_parse_as_prometheus_reads_them() -> None:
    text = render(health(kiosk='lobby "A"'), running=True, resident=123_456_789,
                  usage=Counter({("visits", "ar"): 42, ("idle_reset", "with_concern"): 7}))
    families = parsed(text)
    assert {name for name in families} == {
        "wegweiser_up", "wegweiser_up_since_seconds", "wegweiser_restarts", "wegweiser_content_timestamp_seconds",
        "wegweiser_shared_content_timestamp_seconds", "wegweiser_last_rejected_update_timestamp_seconds",
        "wegweiser_errors_logged", "wegweiser_frames_over_budget", "wegweiser_content_info", "wegweiser_resident_memory_bytes", "wegweiser_usage"}
    value = {sample.name: sample for samples in families.values() for sample in samples}
    assert value["wegweiser_up_since_seconds"].value == 1_764_748_800.5
    assert value["wegweiser_up_since_seconds"].labels == {"kiosk": 'lobby "A"'}  # escaped and read back
    assert value["wegweiser_restarts_total"].value == 2 and value["wegweiser_errors_logged_total"].value == 3
    assert value["wegweiser_frames_over_budget_total"].value == 5
    assert value["wegweiser_content_info"].labels["version"] == "1a2b3c4d5e (9f8e7d6c5b4a)"
    assert value["wegweiser_resident_memory_bytes"].value == 123_456_789
    usage = {(sample.labels["measure"], sample.labels["key"]): sample.value for sample in families["wegweiser_usage"]}
    assert usage == {("visits", "ar"): 42, ("idle_reset", "with_concern"): 7}


def test_the_usage_in_metrics_stops_at_the_last_full_hour(tmp_path: Path) -> None:
    now = [datetime(2026, 12, 2, 9, 30)]
    counter = UsageCounter("foyer", lambda: now[0])
    writer = UsageWriter(counter, tmp_path / "usage.sqlite3")
    counter.count("visits", "de")
    now[0] = datetime(2026, 12, 2, 10, 5)
    counter.count("visits", "de")
    counter.count("visits", "uk")
    writer.write()
    text = metrics_text(health(), tmp_path / "usage.sqlite3", now[0])
    samples = parsed(text)["wegweiser_usage"]
    assert [(sample.labels["key"], sample.value) for sample in samples] == [("de", 1)]  # 10:00 is not over yet
    assert parsed(text)["wegweiser_up"][0].value == 1  # this process is running


def test_a_kiosk_that_stopped_is_down_and_has_no_memory(tmp_path: Path) -> None:
    gone = health(pid=2 ** 22 + 1)  # above Linux's largest pid
    families = parsed(metrics_text(gone, tmp_path / "none.sqlite3", datetime(2026, 12, 2, 9)))
    assert families["wegweiser_up"][0].value == 0
    assert "wegweiser_resident_memory_bytes" not in families and families["wegweiser_usage"] == []


def test_kiosk_metrics_prints_what_the_running_kiosk_noted(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("kiosk.cli.usage.HEALTH_FILE", tmp_path / "health.json")
    monkeypatch.setattr("kiosk.cli.usage.USAGE_DATABASE", tmp_path / "usage.sqlite3")
    assert main(["metrics"]) == 1
    assert "has not run on this machine yet" in capsys.readouterr().out
    save_health(tmp_path / "health.json", health())
    assert main(["metrics"]) == 0
    families = parsed(capsys.readouterr().out)
    assert families["wegweiser_up"][0].value == 1 and families["wegweiser_resident_memory_bytes"][0].value > 1e6


def test_a_start_after_a_start_is_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "health.json"
    first = starting_health(path, "foyer")
    assert first.restarts == 0
    save_health(path, first)
    assert starting_health(path, "foyer").restarts == 1
    path.write_text('{"kiosk": "foyer", "pid": 1, "started": 0, "restarts": 4}')  # written before a fact was added
    assert load_health(path).restarts == 4 and load_health(path).frames_over_budget == 0
    path.write_text("{broken")
    assert load_health(path) is None and starting_health(path, "foyer").restarts == 0


def test_the_textfile_is_replaced_whole_while_it_is_read(tmp_path: Path) -> None:
    textfile = tmp_path / "textfile" / "wegweiser.prom"
    texts = [render(health(errors_logged=number), running=True, resident=1,
                    usage=Counter({("concern", f"service-{key}"): key for key in range(number * 50)}))
             for number in (1, 2)]
    write_atomically(textfile, texts[0])
    seen: list[str] = []
    done = threading.Event()

    def read() -> None:
        while not done.is_set():
            seen.append(textfile.read_text())

    reader = threading.Thread(target=read)
    reader.start()
    for round_ in range(200):
        write_atomically(textfile, texts[round_ % 2])
    done.set()
    reader.join()
    assert seen and set(seen) <= set(texts)  # never a half-written file
    assert [path.name for path in textfile.parent.iterdir()] == ["wegweiser.prom"]  # no temporary file left


def test_every_metric_is_documented() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "monitoring.md").read_text()
    rendered = render(health(), running=True, resident=1, usage=Counter())
    for family in text_string_to_metric_families(rendered):
        name = family.name + ("_total" if family.type == "counter" else "")
        assert f"`{name}" in docs, name


def test_the_alerts_and_the_dashboard_use_only_metrics_that_exist() -> None:
    import json
    import re

    import yaml

    root = Path(__file__).parents[1]
    rendered = render(health(), running=True, resident=1, usage=Counter({("visits", "de"): 1}))
    names = {family.name for family in text_string_to_metric_families(rendered)}
    names |= {f"{name}_total" for name in names}
    rules = yaml.safe_load((root / "deploy" / "prometheus" / "wegweiser-alerts.yml").read_text())["groups"][0]
    dashboard = json.loads((root / "deploy" / "grafana" / "wegweiser-dashboard.json").read_text())
    expressions = [rule["expr"] for rule in rules["rules"]]
    expressions += [target["expr"] for panel in dashboard["panels"] for target in panel["targets"]]
    used = {name for expression in expressions for name in re.findall(r"\bwegweiser_[a-z_]+", expression)}
    assert used and used <= names
    assert {rule["alert"] for rule in rules["rules"]} == {"WegweiserKioskDown", "WegweiserContentBehind",
                                                          "WegweiserUpdateRejected"}
