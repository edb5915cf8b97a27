"""``kiosk speak``: what a screen says, written to a WAV file, in every language that has a voice."""
import shutil
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.speech.engines import DEFAULT_VOICES
from sound import wav_seconds_and_loudness

pytestmark = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="scripts/setup.sh installs espeak-ng")
# espeak-ng's default rate is about 175 words a minute: 8 to 25 written characters a second in these scripts.
SLOWEST, FASTEST = 6.0, 30.0


@pytest.fixture(autouse=True)
def no_machine_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WEGWEISER_CONFIG", str(tmp_path / "kiosk.ini"))


def spoken(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, list[str]]:
    code = main(["speak", *arguments])
    return code, [line for line in capsys.readouterr().out.splitlines() if line.startswith("[")]


@pytest.mark.parametrize("locale", sorted(DEFAULT_VOICES))
def test_the_service_screen_is_said_at_a_length_that_fits_its_text(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path, locale: str) -> None:
    out = tmp_path / "service.wav"
    code, lines = spoken(capsys, "--lang", locale, "--service", "verpflichtungserklaerung", "--out", str(out))
    assert code == 0
    characters = sum(len(line.split("] ", 1)[1]) for line in lines)
    seconds, loudness = wav_seconds_and_loudness(out)
    assert characters / FASTEST < seconds < characters / SLOWEST + 0.35 * len(lines)
    assert loudness > 300


def test_the_german_service_screen_says_room_and_floor_for_the_ear(capsys: pytest.CaptureFixture[str],
                                                                   tmp_path: Path) -> None:
    code, lines = spoken(capsys, "--lang", "de", "--service", "verpflichtungserklaerung", "--kiosk", "foyer",
                         "--out", str(tmp_path / "de.wav"))
    said = "\n".join(lines)
    assert code == 0
    assert "drei Punkt null drei sechs" in said and "3.036" not in said
    assert "Obergeschoss" in said and "3. Obergeschoss" not in said
    assert "https://" not in said


@pytest.mark.parametrize("screen", ["welcome", "concerns", "information", "idle"])
def test_every_screen_is_said_in_arabic(capsys: pytest.CaptureFixture[str], tmp_path: Path, screen: str) -> None:
    out = tmp_path / f"{screen}.wav"
    code, lines = spoken(capsys, "--lang", "ar", "--screen", screen, "--out", str(out))
    assert code == 0 and lines
    assert wav_seconds_and_loudness(out)[1] > 300


def test_welcome_greets_in_every_language_with_a_voice_and_skips_the_others(capsys: pytest.CaptureFixture[str],
                                                                            tmp_path: Path) -> None:
    code, lines = spoken(capsys, "--lang", "de", "--screen", "welcome", "--out", str(tmp_path / "welcome.wav"))
    languages = [line[1:line.index("]")] for line in lines]
    assert code == 0
    assert languages == [locale for locale in languages if locale in DEFAULT_VOICES]
    assert {"de", "ar", "uk", "fa_AF"} <= set(languages) and "ps" not in languages and "ckb" not in languages


@pytest.mark.parametrize("locale", ["ps", "ckb"])
def test_a_language_without_a_voice_writes_nothing_and_says_why(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                                locale: str) -> None:
    out = tmp_path / "none.wav"
    assert main(["speak", "--lang", locale, "--screen", "concerns", "--out", str(out)]) == 1
    assert "no voice" in capsys.readouterr().out and not out.exists()


def test_the_service_screen_needs_a_known_service(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["speak", "--lang", "de", "--screen", "service", "--out", str(tmp_path / "x.wav")]) == 1
    assert "--service" in capsys.readouterr().out
    assert main(["speak", "--lang", "de", "--service", "verpflichtungserklärung", "--out",
                 str(tmp_path / "x.wav")]) == 1
    assert "verpflichtungserklaerung" in capsys.readouterr().out


def test_a_voice_that_fails_is_said_and_writes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from kiosk.speech.engines import Espeak, SpeechFailed

    def broken(_engine: Espeak, _text: str, voice: str) -> None:
        raise SpeechFailed(f"espeak-ng -v {voice} (exit -11): ")

    monkeypatch.setattr(Espeak, "speak", broken)
    out = tmp_path / "broken.wav"
    assert main(["speak", "--lang", "ti", "--screen", "concerns", "--out", str(out)]) == 1
    said = capsys.readouterr().out
    assert 'The voice for "ti" could not speak: espeak-ng -v ti (exit -11)' in said and "Traceback" not in said
    assert not out.exists()
