"""This machine's kiosk settings: written by `kiosk config`, read with located problems, used by `kiosk run`."""
import io
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.config import ConfigError, KioskConfig, load_config, pin_matches
from kiosk.paths import BUNDLED_SITE

from sites import MINI_SITE


@pytest.fixture
def config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "kiosk.ini"
    monkeypatch.setenv("WEGWEISER_CONFIG", str(path))
    return path


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str]]:
    code = main(list(arguments))
    return code, capsys.readouterr().out.splitlines()


def test_without_a_file_the_defaults_apply(config_file: Path) -> None:
    assert load_config() == KioskConfig()
    assert KioskConfig().site == BUNDLED_SITE and KioskConfig().rotation is None


def test_config_writes_every_setting_and_a_hashed_pin(capsys, config_file: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n2468\n"))
    code, lines = run(capsys, "config", "--site", str(MINI_SITE), "--kiosk", "foyer", "--idle-seconds", "60",
                      "--warning-seconds", "25", "--orientation", "portrait", "--log-dir", str(tmp_path / "logs"),
                      "--set-pin")
    assert code == 0, lines
    assert lines[0] == f"Settings in {config_file}:"
    assert "  idle_seconds = 60" in lines and "  pin_hash = set" in lines and "  orientation = portrait" in lines
    saved = load_config()
    assert (saved.site, saved.kiosk, saved.idle_seconds, saved.warning_seconds) == (MINI_SITE, "foyer", 60, 25)
    assert saved.rotation == 90 and saved.log_dir == tmp_path / "logs"
    assert pin_matches("2468", saved.pin_hash) and "2468" not in config_file.read_text()
    assert config_file.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize(("arguments", "stdin", "message"), [
    (["--warning-seconds", "10"], "",
     "warning_seconds must be at least 20 seconds. Write whole seconds, e.g. warning_seconds = 90."),
    (["--orientation", "portait"], "", '"portait" is not an orientation. Did you mean "portrait", "portrait-flipped"?'),
    (["--kiosk", "foyr"], "", 'There is no kiosk with the id "foyr". Did you mean "foyer"?'),
    (["--set-pin"], "1234\n4321\n", "The PIN must be 4 to 12 digits, entered the same way twice."),
    (["--set-pin"], "12\n12\n", "The PIN must be 4 to 12 digits, entered the same way twice."),
])
def test_config_refuses_what_would_lock_visitors_or_staff_out(capsys, config_file: Path, monkeypatch, arguments,
                                                              stdin, message) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    assert run(capsys, "config", *arguments) == (1, [message])
    assert not config_file.exists()


BROKEN = """\
# written by hand
[kiosk]
idle_seconds = 5
warning_secnds = 30
orientation = sideways
site = /nowhere
"""


def test_a_bad_file_is_reported_line_by_line(config_file: Path) -> None:
    config_file.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config()
    assert [problem.render().replace(str(config_file), "kiosk.ini") for problem in raised.value.problems] == [
        "kiosk.ini:3:1: error: idle_seconds must be at least 10 seconds. Write whole seconds, e.g. idle_seconds = 90.",
        'kiosk.ini:4:1: error: There is no setting "warning_secnds". Did you mean "warning_seconds", "idle_seconds"?',
        'kiosk.ini:5:1: error: "sideways" is not an orientation. Use one of: landscape, landscape-flipped, '
        "portrait, portrait-flipped, system.",
        'kiosk.ini:6:1: error: "/nowhere" is not a site folder: it has no site.yaml. Give the folder holding site.yaml, '
        "e.g. /srv/wegweiser/content/chemnitz-buergerhaus.",
    ]


def test_run_and_config_refuse_to_start_on_a_bad_file(capsys, config_file: Path) -> None:
    config_file.write_text("[kiosk\nidle_seconds = 90\n", encoding="utf-8")
    for command in (["run", "--windowed"], ["config"]):
        code, lines = run(capsys, *command)
        assert code == 1
        assert lines[0].startswith(f"{config_file}:1:1: error: The settings file cannot be read: ")
        assert lines[-1] == "Fix these lines or delete the file, then run the command again."


@pytest.mark.parametrize(("text", "expected"), [
    ("[Kiosk]\nidle_seconds = 60\n",
     "kiosk.ini:1:1: error: There is no section [Kiosk]; all settings belong in [kiosk]. Rename the section to "
     "[kiosk], in lower case."),
    ("[kiosk]\nidle_seconds = nan\n",
     'kiosk.ini:2:1: error: "nan" is not a number of seconds. Write whole seconds, e.g. idle_seconds = 90.'),
    ("[kiosk]\npin_hash = pbkdf2_sha256$x$y$z\n",
     "kiosk.ini:2:1: error: pin_hash is not a PIN hash written by `kiosk config --set-pin`. Set the PIN again with "
     "`kiosk config --set-pin`."),
    ("[kiosk]\nIdle_Secnds = 60\n",
     'kiosk.ini:2:1: error: There is no setting "idle_secnds". Did you mean "idle_seconds", "warning_seconds"?'),
])
def test_subtler_mistakes_are_located_too(config_file: Path, text: str, expected: str) -> None:
    config_file.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config()
    assert [problem.render().replace(str(config_file), "kiosk.ini") for problem in raised.value.problems] == [expected]


def test_a_broken_pin_hash_never_matches_and_never_raises() -> None:
    assert not pin_matches("1234", "pbkdf2_sha256$x$y$z") and not pin_matches("1234", "")


def test_config_repairs_the_file_it_points_to(capsys, config_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config_file.write_text("[kiosk]\nidle_seconds = 60\npin_hash = pbkdf2_sha256$x$y$z\n", encoding="utf-8")
    assert run(capsys, "config")[0] == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("2468\n2468\n"))
    assert run(capsys, "config", "--set-pin")[0] == 0
    repaired = load_config()
    assert repaired.idle_seconds == 60 and pin_matches("2468", repaired.pin_hash)


def test_an_unwritable_log_folder_does_not_keep_the_kiosk_from_starting(tmp_path: Path) -> None:
    import logging

    from kiosk.live.logs import LOGGER, start_logging

    blocked = tmp_path / "share-down"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    before = list(LOGGER.handlers)
    try:
        assert start_logging(blocked, tmp_path / "fallback") == tmp_path / "fallback"
        assert start_logging(blocked, blocked) is None  # then standard error only
    finally:
        for handler in set(LOGGER.handlers) - set(before):
            LOGGER.removeHandler(handler)
            handler.close()
    assert any(path.name.startswith("wegweiser-") for path in (tmp_path / "fallback").iterdir())
    assert logging.getLogger("wegweiser") is LOGGER


def test_speech_settings_are_written_and_read_back(capsys, config_file: Path) -> None:
    code, lines = run(capsys, "config", "--speech", "off", "--speech-volume", "0.5", "--speech-voices",
                      "de=espeak-ng:de+f3, ps=none")
    assert code == 0, lines
    assert "  speech = off" in lines and "  speech_volume = 0.5" in lines
    saved = load_config()
    assert (saved.speech, saved.speech_volume, saved.speech_voices) == (False, 0.5, "de=espeak-ng:de+f3, ps=none")


@pytest.mark.parametrize("arguments, named", [
    (["--speech-volume", "1.5"], "speech_volume"), (["--speech-voices", "de=piper:de"], "de=piper:de")])
def test_bad_speech_settings_are_refused(capsys, config_file: Path, arguments: list[str], named: str) -> None:
    code, lines = run(capsys, "config", *arguments)
    assert code == 1 and named in "\n".join(lines)
    assert not config_file.exists()


def test_a_bad_speech_switch_in_the_file_is_located(config_file: Path) -> None:
    config_file.write_text("[kiosk]\nidle_seconds = 60\nspeech = maybe\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config()
    assert f"{config_file}:3" in str(raised.value) and "maybe" in str(raised.value)


def test_the_screen_size_in_inches_is_written_read_back_and_checked(capsys, config_file: Path) -> None:
    code, lines = run(capsys, "config", "--screen-inches", "55")
    assert code == 0 and "  screen_inches = 55" in lines
    assert load_config().screen_inches == 55
    code, lines = run(capsys, "config", "--screen-inches", "5")
    assert code == 1 and "screen_inches" in "\n".join(lines)
    config_file.write_text("[kiosk]\nscreen_inches = groß\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config()
    assert error.value.problems[0].location.line == 2


def test_the_metrics_port_is_off_by_default_and_written_and_read_back(capsys, config_file: Path) -> None:
    assert KioskConfig().metrics_port == 0
    code, lines = run(capsys, "config", "--metrics-port", "9465")
    assert code == 0, lines
    assert "  metrics_port = 9465" in lines and load_config().metrics_port == 9465


@pytest.mark.parametrize("port", ["80", "70000", "-1"])
def test_a_port_that_is_privileged_or_not_one_is_refused(capsys, config_file: Path, port: str) -> None:
    assert run(capsys, "config", "--metrics-port", port) == (1, [
        f'"{port}" is not a port: write a whole number from 1024 to 65535, or 0 for none. Write e.g. '
        "metrics_port = 9465; the kiosk serves it on 127.0.0.1 only."])
    config_file.write_text("[kiosk]\nmetrics_port = nine\n", encoding="utf-8")
    with pytest.raises(ConfigError) as raised:
        load_config()
    assert f"{config_file}:2" in str(raised.value) and '"nine" is not a port' in str(raised.value)
