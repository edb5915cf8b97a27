"""The engines behind speech: espeak-ng through one interface, the voice table, the cache by text and voice."""
import shutil
import subprocess

import pytest

from kiosk.paths import UPSTREAM_VOICES_DIR
from kiosk.speech import engines
from kiosk.speech.engines import (
    DEFAULT_VOICES, Espeak, Sound, SpeechFailed, Synthesizer, Voice, installed_engines, joined, parse_voices,
    read_wav, upstream_espeak_here, voice_table,
)
from sound import loudness

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="scripts/setup.sh installs espeak-ng")
needs_upstream_voices = pytest.mark.skipif(upstream_espeak_here() is None,
                                           reason="scripts/setup.sh compiles them (scripts/build-voices.sh)")


class RecordingEngine:
    name = "espeak-ng"

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []

    def speak(self, text: str, voice: str) -> Sound:
        self.said.append((text, voice))
        return Sound(b"\x01\x00" * 100 * len(text), 1000)


@needs_espeak
def test_espeak_says_a_german_sentence_as_sound_of_fitting_length() -> None:
    sound = Espeak().speak("Gehen Sie die Treppe nach oben ins dritte Obergeschoss.", "de")
    assert sound.rate == 22050 and sound.channels == 1 and sound.width == 2
    assert 2.0 < sound.seconds < 8.0
    assert loudness(sound.pcm) > 300


@needs_espeak
def test_a_sentence_starting_with_a_dash_is_said_not_taken_as_an_option() -> None:
    assert Espeak().speak("-v Bitte warten.", "de").seconds > 0.5


@needs_espeak
def test_an_unknown_voice_fails_as_speech_not_as_a_crash() -> None:
    with pytest.raises(SpeechFailed):
        Espeak().speak("Hallo", "no-such-voice")


def test_a_missing_program_fails_as_speech() -> None:
    with pytest.raises(SpeechFailed):
        Espeak(program="/nonexistent/espeak-ng").speak("Hallo", "de")


def test_the_wav_written_reads_back_the_same() -> None:
    sound = Sound(bytes(range(200)) * 10, 22050)
    assert read_wav(sound.wav()) == sound


def test_a_streamed_wav_with_unset_sizes_reads_to_its_end() -> None:
    wav = bytearray(Sound(b"\x10\x00" * 500, 16000).wav())
    wav[4:8] = b"\xff\xff\xff\x7f"
    wav[40:44] = b"\xff\xff\xff\x7f"  # espeak-ng's header when it writes to a pipe
    assert read_wav(bytes(wav)).pcm == b"\x10\x00" * 500


def test_sentences_are_joined_with_a_pause_between_them() -> None:
    one = Sound(b"\x01\x00" * 1000, 1000)
    both = joined([one, one], pause=0.5)
    assert both is not None and both.seconds == pytest.approx(2.5)
    assert joined([]) is None


def test_the_voice_table_takes_this_machines_choices_over_the_defaults() -> None:
    table = voice_table("de=espeak-ng:de+f3, en=none")
    assert table["de"] == Voice("espeak-ng", "de+f3")
    assert table["en"] is None
    assert table["ar"] == Voice("espeak-ng", "ar")
    assert table["ti"] == Voice("espeak-ng-upstream", "ti")
    assert "ps" not in table and "ckb" not in table


def test_broken_voice_choices_are_named() -> None:
    _, wrong = parse_voices("de=espeak-ng:de, en=piper:en, tr, uk=espeak-ng:")
    assert wrong == ["en=piper:en", "tr", "uk=espeak-ng:"]


def test_a_sentence_is_synthesized_once_per_voice_then_cached() -> None:
    engine = RecordingEngine()
    synthesizer = Synthesizer(voice_table(), {"espeak-ng": engine})
    for _ in range(3):
        synthesizer.sentence("Hallo", "de")
    synthesizer.sentence("Hallo", "en")
    assert engine.said == [("Hallo", "de"), ("Hallo", "en-gb")]


def test_a_language_without_a_voice_says_nothing_never_another_languages_voice() -> None:
    engine = RecordingEngine()
    synthesizer = Synthesizer(voice_table(), {"espeak-ng": engine})
    assert not synthesizer.speaks("ps") and not synthesizer.speaks("ckb")
    assert synthesizer.say([("ps", "ښه راغلاست"), ("ckb", "بەخێربێن")]) is None
    assert engine.said == []
    said = synthesizer.say([("ps", "ښه راغلاست"), ("de", "Willkommen")])
    assert said is not None and engine.said == [("Willkommen", "de")]


@needs_espeak
@pytest.mark.parametrize("locale", sorted(DEFAULT_VOICES))
def test_every_default_voice_is_installed(locale: str) -> None:
    voice = voice_table()[locale]
    assert voice is not None
    assert installed_engines()[voice.engine].speak("1 2 3", voice.name).seconds > 0.3


def phonemes(text: str) -> str:
    """What the Tigrinya voice compiled from upstream sources makes of ``text``, in espeak-ng's phoneme letters."""
    return subprocess.run(["espeak-ng", "--path", str(UPSTREAM_VOICES_DIR), "-v", "ti", "-q", "-x", "--stdin"],
                          input=text.encode(), capture_output=True, check=True).stdout.decode()


@needs_upstream_voices
def test_tigrinya_reads_digits_as_tigrinya_number_words_not_letter_names() -> None:
    # The number words of upstream's ti_list (_0 z'ero, _3 s@l@syt@, _6 Su'du'Syte); a room's digits come one by one
    # (kiosk.speech.forms), so each is said as its word.
    assert phonemes("ክፍሊ 3 ነጥቢ 0 3 6").split() == ["kyf'yli", "s,@l@s'yt@", "n@t`'yBi", "z'ero", "s,@l@s'yt@",
                                                    "Sud'uS'yte"]
    assert "l'et@" not in phonemes("1 2 3 4 5 6 7 8 9 0")  # "letter …", how it says what it has no rule for


@needs_upstream_voices
@pytest.mark.parametrize("mark", list("()[]\"„“«»,.:;!?-–/"))
def test_tigrinya_survives_a_mark_written_against_a_word(mark: str) -> None:
    """espeak-ng 1.51 switches to English's phoneme table there and crashed on a data folder without it."""
    assert upstream_espeak_here().speak(f"ሰላም {mark}ሰላም{mark} ሰላም", "ti").seconds > 1


@needs_upstream_voices
def test_tigrinya_leaves_out_words_in_latin_letters_it_would_say_letter_by_letter() -> None:
    voice = upstream_espeak_here()
    with_gloss = voice.speak('ካርድ መንነት (Personalausweis) ወይ "Reisepass" ፓስፖርት', "ti")
    assert with_gloss.pcm == voice.speak("ካርድ መንነት ወይ ፓስፖርት", "ti").pcm
    assert voice.speak("(Aufenthaltstitel)", "ti").seconds == 0


def test_without_the_compiled_voices_tigrinya_has_no_voice(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(engines, "UPSTREAM_VOICES_DIR", tmp_path)
    synthesizer = Synthesizer(voice_table())
    assert not synthesizer.speaks("ti") and synthesizer.sentence("ሰላም", "ti") is None
