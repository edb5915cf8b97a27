"""`kiosk stats`: what a scripted series of visits counted comes back, merged over kiosks, small counts hidden."""
import csv
import io
import json
import random
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.usage import measures
from kiosk.usage.counter import Bucket, UsageCounter, totals
from kiosk.usage.stats import read_counts
from kiosk.usage.store import UsageWriter
from kiosk.views.session import Session

LANGUAGES = ("de", "ar", "uk", "fa_AF", "tr")
TOPICS = {"ausweis-karte": ("aufenthaltskarte-abholen",), "aufenthalt": ("aufenthalt-verlaengern",
                                                                         "niederlassungserlaubnis")}


def scripted_visits(kiosk: str, path: Path, visits: int, seed: int, start: datetime) -> Counter:
    """``visits`` visitors at ``kiosk``, one every few minutes from ``start``, written as the kiosk writes;
    returns the script's own tally per (measure, key)."""
    chance = random.Random(seed)
    now = [start]
    counter = UsageCounter(kiosk, lambda: now[0])
    writer = UsageWriter(counter, path)
    session = Session(observer=counter.count)
    expected: Counter = Counter()
    for _ in range(visits):
        language = chance.choice(LANGUAGES)
        session.choose_language(language)
        expected[measures.VISITS, language] += 1
        topic = chance.choice(sorted(TOPICS))
        session.open_category(topic)
        expected[measures.TOPIC, topic] += 1
        reached = chance.random() < 0.7
        if reached:
            service = chance.choice(TOPICS[topic])
            session.open_service(service)
            expected[measures.CONCERN, service] += 1
        if chance.random() < 0.2:
            session.toggle_step_free()
            expected[measures.STEP_FREE, ""] += 1
        if chance.random() < 0.1:
            session.change_language()
            other = chance.choice(LANGUAGES)
            session.choose_language(other)
            expected[measures.LANGUAGE_SWITCH, other] += 1
        if chance.random() < 0.5:
            session.time_out()
            expected[measures.IDLE_RESET, measures.WITH_CONCERN if reached else measures.WITHOUT_CONCERN] += 1
        else:
            session.reset()
        now[0] += timedelta(minutes=chance.randint(1, 9))
        if chance.random() < 0.3:
            writer.write()  # a minute went by
    writer.write()
    return expected


def stats(capsys, *arguments: str) -> tuple[int, str]:
    code = main(["stats", *arguments])
    return code, capsys.readouterr().out


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def two_kiosks(tmp_path: Path) -> tuple[Path, Counter]:
    copies = tmp_path / "copies"
    start = datetime(2026, 11, 30, 8, 0)
    expected = scripted_visits("foyer", copies / "foyer.sqlite3", 150, 1, start)
    expected += scripted_visits("3og", copies / "3og" / "usage.sqlite3", 80, 2, start)
    return copies, expected


def test_a_scripted_series_of_visits_adds_up_in_the_csv(capsys, two_kiosks) -> None:
    copies, expected = two_kiosks
    code, text = stats(capsys, "--format", "csv", "--min-count", "1", "--from", str(copies))
    assert code == 0
    assert text.splitlines()[0] == "hour,kiosk,measure,key,count"
    table = csv_rows(text)
    summed = totals((Bucket(row["hour"], row["kiosk"], row["measure"], row["key"]), int(row["count"]))
                    for row in table)
    assert summed == expected
    assert {row["kiosk"] for row in table} == {"foyer", "3og"}
    assert all(row["hour"].endswith(":00") and len(row["hour"]) == 16 for row in table)  # never finer


def test_counts_under_ten_are_hidden_by_default(capsys, two_kiosks) -> None:
    copies, _ = two_kiosks
    _, text = stats(capsys, "--format", "csv", "--from", str(copies))
    counts = [row["count"] for row in csv_rows(text)]
    assert "<10" in counts
    assert all(count == "<10" or int(count) >= 10 for count in counts)
    _, text = stats(capsys, "--format", "json", "--min-count", "5", "--from", str(copies))
    assert all(row["count"] == "<5" or row["count"] >= 5 for row in json.loads(text))


def test_days_weeks_a_kiosk_and_a_time_span(capsys, two_kiosks) -> None:
    copies, expected = two_kiosks
    _, text = stats(capsys, "--format", "csv", "--min-count", "1", "--by", "week", "--from", str(copies))
    assert {row["hour"] for row in csv_rows(text)} <= {"2026-11-30T00:00", "2026-12-07T00:00"}  # Mondays
    _, text = stats(capsys, "--format", "csv", "--min-count", "1", "--by", "day", "--kiosk", "3og",
                    "--since", "2026-11-30", "--until", "2026-11-30", "--from", str(copies))
    table = csv_rows(text)
    assert {(row["hour"], row["kiosk"]) for row in table} == {("2026-11-30T00:00", "3og")}
    everything = read_counts([copies / "3og" / "usage.sqlite3"])
    first_day = sum(count for bucket, count in everything.items() if bucket.hour.startswith("2026-11-30"))
    assert sum(int(row["count"]) for row in table) == first_day


def test_the_table_speaks_german_to_german_staff(capsys, two_kiosks, monkeypatch) -> None:
    copies, _ = two_kiosks
    monkeypatch.setenv("LANGUAGE", "de")
    code, text = stats(capsys, "--by", "week", "--kiosk", "foyer", "--from", str(copies))
    assert code == 0
    assert text.split() [:5] == ["ab", "Kiosk", "Messgröße", "Schlüssel", "Anzahl"]
    code, text = stats(capsys, "--kiosk", "nobody", "--from", str(copies))
    assert text.strip() == "In dieser Zeit wurde nichts gezählt."


def test_what_cannot_be_read_is_named(capsys, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr("kiosk.cli.usage.USAGE_DATABASE", tmp_path / "usage.sqlite3")
    code, text = stats(capsys)
    assert code == 1 and f"There are no usage counts at {tmp_path / 'usage.sqlite3'} yet." in text
    code, text = stats(capsys, "--from", str(tmp_path))
    assert code == 1 and "holds no copies" in text
    (tmp_path / "broken.sqlite3").write_text("not a database")
    code, text = stats(capsys, "--from", str(tmp_path))
    assert code == 1 and text.startswith(f"{tmp_path / 'broken.sqlite3'}: this is not a usage database")
    code, text = stats(capsys, "--min-count", "0", "--from", str(tmp_path))
    assert code == 1 and "--min-count must be 1 or more." in text


def test_the_charts_hold_the_same_sums_with_small_counts_left_out() -> None:
    from kiosk.usage.charts import usage_charts

    counts = Counter({Bucket("2026-11-30T09:00", "foyer", "visits", "de"): 12,  # a Monday
                      Bucket("2026-12-07T09:00", "foyer", "visits", "de"): 3,
                      Bucket("2026-12-01T10:00", "3og", "visits", "ar"): 4,
                      Bucket("2026-12-01T10:00", "3og", "concern", "nicht-sicher"): 11,
                      Bucket("2026-12-01T10:00", "3og", "idle_reset", "without_concern"): 10,
                      Bucket("2026-12-02T10:00", "3og", "idle_reset", "without_concern"): 2})
    charts = usage_charts(counts, min_count=10)
    assert charts.week_hours[0][9] == 15 and charts.week_hours[1][10] is None and charts.week_hours[3][9] == 0
    assert charts.languages == (("de", 15),) and charts.concerns == (("nicht-sicher", 11),)
    assert charts.give_ups == (("2026-12-01", 10), ("2026-12-02", None))
    assert charts.hidden == 3  # Tuesday 10:00, the Arabic bar, the second day's give-ups


def test_plot_draws_a_png_and_says_what_it_needs_without_matplotlib(capsys, two_kiosks, tmp_path: Path,
                                                                     monkeypatch) -> None:
    copies, _ = two_kiosks
    target = tmp_path / "plots" / "usage.png"
    code, text = stats(capsys, "--plot", str(target), "--since", "2026-11-30", "--from", str(copies))
    assert code == 0 and text.strip() == f"Wrote {target}."
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    monkeypatch.setitem(__import__("sys").modules, "matplotlib", None)
    code, text = stats(capsys, "--plot", str(target), "--from", str(copies))
    assert code == 1 and "needs matplotlib" in text
