"""Usage counts: the session's plain events folded into hourly buckets, written to SQLite, kept through a power cut."""
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from kiosk.config import ConfigError, KioskConfig, load_config
from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.usage import measures
from kiosk.usage.counter import Bucket, UsageCounter, shortcut_measures, totals
from kiosk.usage.recording import UsageRecording
from kiosk.usage.store import UsageWriter, open_for_writing
from kiosk.views.session import Session

NINE = datetime(2026, 12, 2, 9, 41, 7, 123)


def counting_session(counter: UsageCounter) -> Session:
    return Session(observer=counter.count)


def test_a_visit_is_counted_by_measure_and_key_and_nothing_else() -> None:
    counter = UsageCounter("foyer", lambda: NINE)
    session = counting_session(counter)
    session.choose_language("ar")
    session.open_category("ausweis-karte")
    session.open_service("aufenthaltskarte-abholen")
    session.toggle_step_free()
    session.toggle_step_free()  # switching off is not counted
    session.toggle_large_text()
    session.change_language()
    session.choose_language("fa_AF")
    session.time_out()
    session.choose_language("de")  # the next visitor
    session.time_out()
    assert counter.take() == Counter({
        Bucket("2026-12-02T09:00", "foyer", measures.VISITS, "ar"): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.VISITS, "de"): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.TOPIC, "ausweis-karte"): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.CONCERN, "aufenthaltskarte-abholen"): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.STEP_FREE, ""): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.LARGE_TEXT, ""): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.LANGUAGE_SWITCH, "fa_AF"): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.IDLE_RESET, measures.WITH_CONCERN): 1,
        Bucket("2026-12-02T09:00", "foyer", measures.IDLE_RESET, measures.WITHOUT_CONCERN): 1})
    assert counter.take() == Counter()  # taken means handed over, not kept twice


def test_start_is_no_idle_reset_and_an_untouched_kiosk_counts_nothing() -> None:
    counter = UsageCounter("foyer", lambda: NINE)
    session = counting_session(counter)
    session.time_out()  # nobody chose a language
    session.choose_language("de")
    session.reset()  # "Start"
    assert totals(counter.take().items()) == Counter({(measures.VISITS, "de"): 1})
    assert session.observer is not None  # the reset forgets the visitor, not the counting


def test_the_shortcuts_count_as_their_concern_and_as_what_they_mean() -> None:
    content = load_checked(BUNDLED_SITE).content
    shortcuts = shortcut_measures(content)
    assert shortcuts == {"termin-wahrnehmen": measures.APPOINTMENT, "nicht-sicher": measures.DONT_KNOW}
    counter = UsageCounter("foyer", lambda: NINE, shortcuts)
    session = counting_session(counter)
    session.choose_language("uk")
    session.open_service("nicht-sicher")
    session.go_back()
    session.open_service("termin-wahrnehmen")
    summed = totals(counter.take().items())
    assert summed[measures.DONT_KNOW, ""] == summed[measures.APPOINTMENT, ""] == 1
    assert summed[measures.CONCERN, "nicht-sicher"] == summed[measures.CONCERN, "termin-wahrnehmen"] == 1


def test_every_measure_is_declared_once_and_buckets_hold_only_the_hour() -> None:
    assert len(set(measures.MEASURES)) == len(measures.MEASURES)
    assert {measures.SEARCH, measures.SEARCH_RESULT, measures.READ_ALOUD} <= set(measures.MEASURES)
    assert Bucket._fields == ("hour", "kiosk", "measure", "key")
    counter = UsageCounter("foyer", lambda: NINE)
    counter.count(measures.VISITS, "de")
    (bucket,) = counter.take()
    assert bucket.hour == "2026-12-02T09:00"


def stored(path: Path) -> dict[tuple[str, str, str, str], int]:
    with sqlite3.connect(path) as connection:
        return {tuple(row[:4]): row[4] for row in connection.execute("SELECT * FROM counts")}


def test_the_writer_adds_to_what_is_stored_and_forgets_what_is_too_old(tmp_path: Path) -> None:
    now = [datetime(2026, 12, 2, 9, 5)]
    counter = UsageCounter("foyer", lambda: now[0])
    database = tmp_path / "state" / "usage.sqlite3"
    writer = UsageWriter(counter, database, retention_days=30)
    counter.count(measures.VISITS, "de")
    writer.write()
    counter.count(measures.VISITS, "de")
    counter.count(measures.VISITS, "ar")
    writer.write()
    assert stored(database) == {("2026-12-02T09:00", "foyer", "visits", "de"): 2,
                                ("2026-12-02T09:00", "foyer", "visits", "ar"): 1}
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(database.read_bytes())  # the file alone, without its journal, as staff copy it
    assert stored(copy) == stored(database)
    now[0] = datetime(2027, 1, 1, 10, 0)  # 30 days and an hour later
    counter.count(measures.VISITS, "uk")
    writer.write()
    assert stored(database) == {("2027-01-01T10:00", "foyer", "visits", "uk"): 1}


def test_a_disk_that_fails_keeps_the_counts_for_the_next_minute(tmp_path: Path, caplog) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the state folder should be")
    counter = UsageCounter("foyer", lambda: NINE)
    writer = UsageWriter(counter, blocked / "usage.sqlite3")
    counter.count(measures.VISITS, "de")
    writer.write()
    assert "cannot be written" in caplog.text
    writer.path = tmp_path / "usage.sqlite3"
    writer.write()
    assert stored(writer.path) == {("2026-12-02T09:00", "foyer", "visits", "de"): 1}


def written_yet(path: Path) -> bool:
    """Whether the writer has stored counts: the file appears when it connects, its table a moment later."""
    try:
        return path.exists() and bool(stored(path))
    except sqlite3.OperationalError:
        return False


def test_the_writer_thread_writes_each_interval_and_at_stop(tmp_path: Path) -> None:
    recording = UsageRecording(tmp_path / "usage.sqlite3", 400, lambda: NINE, interval=0.05)
    recording.count(measures.VISITS, "de")  # before the content named the kiosk: nothing to count yet
    recording.follow(load_checked(BUNDLED_SITE).content, "foyer")
    recording.count(measures.VISITS, "de")
    deadline = time.monotonic() + 5
    while not written_yet(tmp_path / "usage.sqlite3"):
        assert time.monotonic() < deadline, "nothing written within 5 s at a 50 ms interval"
        time.sleep(0.02)
    recording.count(measures.VISITS, "ar")
    recording.stop()
    assert stored(tmp_path / "usage.sqlite3") == {("2026-12-02T09:00", "foyer", "visits", "de"): 1,
                                                  ("2026-12-02T09:00", "foyer", "visits", "ar"): 1}


BATCH = 3000  # events per write, over many keys, so that a write takes long enough to be cut in the middle
CHILD = textwrap.dedent(f"""
    import sys
    from datetime import datetime
    from pathlib import Path
    from kiosk.usage.counter import UsageCounter
    from kiosk.usage.store import UsageWriter

    counter = UsageCounter("foyer", lambda: datetime(2026, 12, 2, 9))
    writer = UsageWriter(counter, Path(sys.argv[1]))
    written = 0
    while True:  # each round is one minute of a busy kiosk: counted, then written by the writer's own code
        for number in range({BATCH}):
            counter.count("concern", f"service-{{number % 1500}}")
        writer.write()
        written += {BATCH}
        print(written, flush=True)
""")


@pytest.mark.parametrize("cut_after", [3, 7])
def test_a_power_cut_mid_write_loses_at_most_the_minute_being_written(tmp_path: Path, cut_after: int) -> None:
    database = tmp_path / "usage.sqlite3"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(database)], stdout=subprocess.PIPE, text=True,
                             env=os.environ | {"PYTHONPATH": str(Path(__file__).parents[1])})
    reported = [int(child.stdout.readline()) for _ in range(cut_after)]
    time.sleep(0.003 * cut_after)  # somewhere inside the next round's counting or writing
    child.send_signal(signal.SIGKILL)
    child.wait()
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        total = connection.execute("SELECT sum(count) FROM counts").fetchone()[0]
    assert reported[-1] <= total <= reported[-1] + 2 * BATCH  # a reported write may be followed by one more
    assert total % BATCH == 0  # every write whole, or not at all


def test_counting_can_be_switched_off_and_the_days_kept_set(tmp_path: Path, monkeypatch, capsys) -> None:
    from kiosk.cli import main

    monkeypatch.setenv("WEGWEISER_CONFIG", str(tmp_path / "kiosk.ini"))
    assert KioskConfig().count_usage and KioskConfig().usage_days == 400
    assert main(["config", "--count-usage", "off", "--usage-days", "90"]) == 0
    assert "  count_usage = off" in capsys.readouterr().out.splitlines()
    assert (load_config().count_usage, load_config().usage_days) == (False, 90)
    (tmp_path / "kiosk.ini").write_text("[kiosk]\ncount_usage = maybe\nusage_days = 0\n")
    with pytest.raises(ConfigError) as error:
        load_config()
    assert [problem.render() for problem in error.value.problems] == [
        f"{tmp_path / 'kiosk.ini'}:2:1: error: \"maybe\" is neither on nor off. Write count_usage = on or count_usage = off.",
        f"{tmp_path / 'kiosk.ini'}:3:1: error: \"0\" is not a whole number of days of at least 1. Write whole days, "
        "e.g. usage_days = 400."]
    assert main(["config", "--usage-days", "0"]) == 1
