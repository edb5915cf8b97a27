"""Recorded speech: a native speaker's clips say what no voice can (Pashto, Sorani), sentences built from parts are
said from the parts' clips, what has no clip is reported and stays silent (never letter names), and the status and
the recording script tell translators what to record. Tones stand in for the recordings."""
import csv
import io
import math
import shutil
import wave
from array import array
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR
from kiosk.site import load_checked
from kiosk.speech.coverage import coverage, recording_script
from kiosk.speech.engines import PART_PAUSE_SECONDS, Synthesizer, voice_table
from kiosk.speech.recordings import RATE, Recordings, UnusableClip, clip_id, read_clip, recordings_in
from kiosk.speech.speaking import sentences, sound_of
from kiosk.views.presenter import Presenter
from kiosk.views.session import SERVICE, WELCOME, Session

SERVICE_ID = "aufenthaltskarte-abholen"
CLIPS = Path(__file__).parent / "fixtures" / "recordings"  # 0.5 s of 440 Hz at 44.1 kHz stereo, made with sox


def write_tone(path: Path, seconds: float, rate: int = 44_100, channels: int = 2) -> None:
    """A recorder's WAV: 44.1 kHz stereo, a 440 Hz tone."""
    samples = array("h", (int(8000 * math.sin(2 * math.pi * 440 * index / rate))
                          for index in range(int(seconds * rate)) for _channel in range(channels)))
    with wave.open(str(path), "wb") as file:
        file.setnchannels(channels)
        file.setsampwidth(2)
        file.setframerate(rate)
        file.writeframes(samples.tobytes())


@pytest.fixture(scope="module")
def presenter() -> Presenter:
    site = load_checked(BUNDLED_SITE)
    return Presenter(site.content, site.routes, site.content.kiosk_id("foyer"), TRANSLATIONS_DIR)


def service_sentences(presenter: Presenter, locale: str):
    return sentences(presenter, Session(locale=locale, service_id=SERVICE_ID, screen=SERVICE))


def test_a_clip_is_named_by_its_text_in_latin_letters_and_a_new_text_asks_for_a_new_clip() -> None:
    name = clip_id("ښه راغلاست!")
    assert name == clip_id("ښه  راغلاست!") and name.isascii() and name.startswith("shh-rghlst-")
    assert clip_id("ښه راغلاست") != name


def test_a_recorders_wav_becomes_the_voices_format_at_its_length(tmp_path: Path) -> None:
    write_tone(tmp_path / "tone.wav", 0.5)
    sound = read_clip(tmp_path / "tone.wav")
    assert (sound.rate, sound.channels, sound.width) == (RATE, 1, 2)
    assert sound.seconds == pytest.approx(0.5, abs=0.001)


@pytest.mark.parametrize("name", ["tone.ogg", "tone.flac", "tone.mp3"])
def test_a_clip_exported_as_ogg_flac_or_mp3_plays_like_a_wav(name: str) -> None:
    sound = read_clip(CLIPS / name)
    assert (sound.rate, sound.channels, sound.width) == (RATE, 1, 2)
    assert sound.seconds == pytest.approx(0.5, abs=0.06)  # MP3 adds its encoder's padding
    samples = array("h", sound.pcm)
    assert max(samples) > 4000  # the tone itself, not silence


def test_an_opus_voice_message_is_named_as_such_not_garbled() -> None:
    with pytest.raises(UnusableClip) as raised:
        read_clip(CLIPS / "tone-opus.ogg")
    assert "Opus" in raised.value.reason.render()


def test_a_silent_clip_is_unusable(tmp_path: Path) -> None:
    with wave.open(str(tmp_path / "quiet.wav"), "wb") as file:
        file.setnchannels(1)
        file.setsampwidth(2)
        file.setframerate(RATE)
        file.writeframes(bytes(2 * RATE))
    with pytest.raises(UnusableClip):
        read_clip(tmp_path / "quiet.wav")


def test_of_one_sentence_saved_twice_the_wav_is_played(tmp_path: Path) -> None:
    write_tone(tmp_path / f"{clip_id('Hallo')}.wav", 0.25)
    shutil.copy(CLIPS / "tone.ogg", tmp_path / f"{clip_id('Hallo')}.ogg")
    assert Recordings(tmp_path).clip("Hallo").seconds == pytest.approx(0.25, abs=0.001)


def test_a_damaged_clip_is_reported_and_left_out_never_a_crash(tmp_path: Path, caplog) -> None:
    (tmp_path / f"{clip_id('Hallo')}.wav").write_bytes(b"RIFF\x00\x00not really")
    with pytest.raises(UnusableClip):
        read_clip(tmp_path / f"{clip_id('Hallo')}.wav")
    recorded = Recordings(tmp_path)
    assert not recorded.has("Hallo") and recorded.clip("Hallo") is None  # listed, but it says nothing
    assert "recorded speech left out" in caplog.text


def test_pashto_speaks_what_is_recorded_whole_or_in_parts_and_nothing_else(tmp_path: Path,
                                                                           presenter: Presenter) -> None:
    folder = tmp_path / "ps" / "recordings"
    folder.mkdir(parents=True)
    said = service_sentences(presenter, "ps")
    title, first_step = said[0], next(sentence for sentence in said if sentence.key.endswith("/step/1"))
    assert len(first_step.parts) >= 3  # "Step", its number, the way's words
    write_tone(folder / f"{clip_id(title.text)}.wav", 1.0)
    for part in first_step.parts:
        write_tone(folder / f"{clip_id(part)}.wav", 0.25)
    synthesizer = Synthesizer(voice_table(), recordings=recordings_in(tmp_path))
    assert synthesizer.speaks("ps") and not synthesizer.speaks_by_voice("ps")
    sound = sound_of(synthesizer, said)
    parts = len(first_step.parts)
    expected = 1.0 + 0.35 + parts * 0.25 + (parts - 1) * PART_PAUSE_SECONDS  # the rest is left out, not garbled
    assert sound.seconds == pytest.approx(expected, abs=0.01)
    report = coverage(presenter, synthesizer, "ps", 30)
    assert report.engine == "recordings" and 0 < report.shares[SERVICE] < 1
    assert clip_id(title.text) not in {clip.id for clip in report.missing}
    assert {clip.id for clip in report.missing} < {clip.id for clip in recording_script(presenter, "ps", 30)}


def test_a_recording_replaces_the_voice_where_there_is_one(tmp_path: Path, presenter: Presenter) -> None:
    greeting = next(sentence for sentence in sentences(presenter, Session(), WELCOME) if sentence.locale == "de")
    (tmp_path / "de" / "recordings").mkdir(parents=True)
    write_tone(tmp_path / "de" / "recordings" / f"{clip_id(greeting.text)}.wav", 0.75)
    synthesizer = Synthesizer(voice_table(), recordings=recordings_in(tmp_path))
    assert synthesizer.utterance("de", greeting.text).seconds == pytest.approx(0.75, abs=0.001)


@pytest.fixture
def translations_with_recordings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    translations = tmp_path / "translations"
    shutil.copytree(TRANSLATIONS_DIR, translations)
    (translations / "ps" / "recordings").mkdir()
    config = tmp_path / "kiosk.ini"
    config.write_text(f"[kiosk]\ntranslations = {translations}\nsite = {BUNDLED_SITE}\n", encoding="utf-8")
    monkeypatch.setenv("WEGWEISER_CONFIG", str(config))
    return translations


def test_the_script_lists_every_clip_once_and_the_status_counts_what_is_recorded(
        translations_with_recordings: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["speech", "script", "--lang", "ps"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["id", "text", "context"]
    clips = rows[1:]
    assert len({row[0] for row in clips}) == len(clips) > 100
    assert clips[0][2] == "welcome/ps" and any(row[2].endswith("/step/1") for row in clips)
    folder = translations_with_recordings / "ps" / "recordings"
    for identifier, _text, _context in clips[:10]:
        write_tone(folder / f"{identifier}.wav", 0.2)
    (folder / "stale-0000000000.wav").write_bytes(b"not a wav")
    shutil.copy(CLIPS / "tone.ogg", folder / f"{clips[10][0]}.ogg")  # exported as OGG: plays like a WAV
    shutil.copy(CLIPS / "tone-opus.ogg", folder / f"{clips[11][0]}.ogg")  # a voice message: said to staff
    (folder / f"{clips[12][0]}.m4a").write_bytes(b"\x00\x00\x00\x20ftypM4A ")  # a format it never plays
    shutil.copy(CLIPS / "tone.ogg", folder / f"{clips[0][0]}.ogg")  # saved twice: one is played
    assert main(["speech", "status", "--lang", "ps"]) == 1  # a clip that cannot be played is a problem
    out = capsys.readouterr().out
    table = out.splitlines()[1].split()
    # eleven clips play (ten WAV, one OGG); the Opus one is missing as if not there, and named below
    assert table[:2] == ["ps", "recordings"] and table[-1] == str(len(clips) - 11)
    assert "stale-0000000000.wav: this recording cannot be played (not a WAV, OGG Vorbis, FLAC or MP3" in out
    assert "say nothing the screens say now" in out and "stale-0000000000" in out
    assert f"{clips[11][0]}.ogg: this recording cannot be played (an Opus sound" in out
    assert f"{clips[12][0]}.m4a: the kiosk plays WAV, OGG Vorbis, FLAC and MP3 recordings" in out
    assert f"{clips[0][0]}.ogg: {clips[0][0]}.wav says the same sentence and is the one played" in out
    assert f"{clips[10][0]}.ogg" not in out.split("Clips missing")[-1]


def test_the_status_shows_every_language_with_its_engine(translations_with_recordings: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["speech", "status"]) == 0
    rows = {line.split()[0]: line.split() for line in capsys.readouterr().out.splitlines()[1:] if line.strip()}
    assert rows["de"][1] == "espeak-ng:de" and rows["de"][2:9] == ["100%"] * 7 and rows["de"][9] == "0"
    assert rows["ckb"][1] == "none" and rows["ckb"][2] == "0%"
