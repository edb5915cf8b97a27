"""Engines that turn a sentence into sound, behind one small interface, and the table of which voice speaks which
language.

An engine is anything with a ``name`` and ``speak(text, voice) -> Sound``; the table (``kiosk config
--speech-voices``) names an engine and its voice per language, so a better local engine can be added later without
touching a screen. espeak-ng is the one there is today: Debian's package, installed by ``scripts/setup.sh``, run as
a program (its library has no maintained Python binding), with Debian's data, and as ``espeak-ng-upstream`` with
the data ``scripts/build-voices.sh`` compiles from upstream espeak-ng's sources (``third_party/espeak-ng/``) for
what Debian's 1.51 lacks: Tigrinya. Pashto and Sorani have no voice anywhere we can install: see the README.
"""
from __future__ import annotations

import io
import re
import shutil
import struct
import subprocess
import sys
import wave
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Mapping, Protocol

from kiosk.paths import UPSTREAM_VOICES_DIR

ESPEAK = "espeak-ng"
ESPEAK_UPSTREAM = "espeak-ng-upstream"
ESPEAK_RATE = 22050  # every espeak-ng voice's sample rate
NO_VOICE = "none"
# Which voice speaks each shipped language; Leichte Sprache (de@easy) is German, fa_AF (Dari) is read well by the Persian voice, ku is Kurmanji like
# espeak-ng's own ku; ti is upstream espeak-ng's voice. ps and ckb are left out: nothing installable speaks them.
DEFAULT_VOICES: Mapping[str, str] = {
    "de": "espeak-ng:de", "de@easy": "espeak-ng:de", "en": "espeak-ng:en-gb", "uk": "espeak-ng:uk", "ru": "espeak-ng:ru",
    "ar": "espeak-ng:ar", "fa_AF": "espeak-ng:fa", "tr": "espeak-ng:tr", "pl": "espeak-ng:pl",
    "vi": "espeak-ng:vi", "fr": "espeak-ng:fr-fr", "ku": "espeak-ng:ku", "ro": "espeak-ng:ro",
    "es": "espeak-ng:es", "bg": "espeak-ng:bg",
    "hi": "espeak-ng:hi", "ur": "espeak-ng:ur", "bn": "espeak-ng:bn", "ti": "espeak-ng-upstream:ti",
}
# Latin-script words, a bracketed gloss of them ("(Aufenthaltstitel)") or one in quotes: a voice without rules for
# Latin letters (the Tigrinya one) says each letter as "letter" and its code's digits.
_LATIN = "A-Za-z\u00c0-\u024f"
_LATIN_WORDS = re.compile(rf"\([^()\u1200-\u139f]*[{_LATIN}][^()\u1200-\u139f]*\)"
                          rf"|[\"„“«']?[{_LATIN}][{_LATIN}'’·-]*[\"“”»']?")
PAUSE_SECONDS = 0.35  # between the sentences of a screen
PART_PAUSE_SECONDS = 0.08  # between the recorded parts of one sentence


@dataclass(frozen=True)
class Sound:
    """Mono or multi-channel PCM with its format: what engines give and players take."""

    pcm: bytes
    rate: int
    channels: int = 1
    width: int = 2  # bytes per sample

    @property
    def seconds(self) -> float:
        return len(self.pcm) / (self.rate * self.channels * self.width)

    def wav(self) -> bytes:
        out = io.BytesIO()
        with wave.open(out, "wb") as file:
            file.setnchannels(self.channels)
            file.setsampwidth(self.width)
            file.setframerate(self.rate)
            file.writeframes(self.pcm)
        return out.getvalue()


def joined(sounds: Iterable[Sound], pause: float = PAUSE_SECONDS) -> Sound | None:
    """One sound of ``sounds`` in turn with a pause between them (all in one format), or None for none."""
    sounds = list(sounds)
    if not sounds:
        return None
    first = sounds[0]
    if any((sound.rate, sound.channels, sound.width) != (first.rate, first.channels, first.width) for sound in sounds):
        raise ValueError("sounds of different formats cannot be joined")
    silence = bytes(int(pause * first.rate) * first.channels * first.width)
    return Sound(silence.join(sound.pcm for sound in sounds), first.rate, first.channels, first.width)


def read_wav(data: bytes) -> Sound:
    """A WAV file's sound. espeak-ng writing to a pipe leaves the sizes in its header unset, so the chunks are
    walked by hand: the data chunk runs to the end."""
    if data[:4] != b"RIFF" or data[8:12] != b"WAVE":
        raise ValueError("not a WAV file")
    position, rate, channels, width = 12, 0, 0, 0
    while position + 8 <= len(data):
        chunk, size = data[position:position + 4], struct.unpack("<I", data[position + 4:position + 8])[0]
        body = position + 8
        if chunk == b"fmt ":
            channels, rate, _, _, bits = struct.unpack("<HIIHH", data[body + 2:body + 16])
            width = bits // 8
        elif chunk == b"data":
            end = len(data) if size in (0, 0xFFFFFFFF, 0x7FFFFFFF) or body + size > len(data) else body + size
            return Sound(data[body:end], rate, channels, width)
        position = body + size + (size & 1)
    raise ValueError("a WAV file without sound data")


class SpeechFailed(Exception):
    """An engine could not say a sentence (missing program, unknown voice): the kiosk stays silent, never stops."""


class Engine(Protocol):
    name: str

    def speak(self, text: str, voice: str) -> Sound: ...


class Espeak:
    """espeak-ng's program: UTF-8 text on its standard input (never a command-line argument, which a sentence
    starting with "-" would turn into an option), WAV on its standard output. About 10–20 ms a sentence here."""

    def __init__(self, program: str = ESPEAK, data: Path | None = None, name: str = ESPEAK,
                 reads_latin: bool = True) -> None:
        """``data``: the folder holding ``espeak-ng-data``, else the program's own; ``reads_latin``: whether its
        voices read words in Latin letters (German terms in brackets, a sign's text), else they are left out."""
        self.program, self.data, self.name, self.reads_latin = program, data, name, reads_latin
        self._voices: frozenset[str] | None = None

    def available(self) -> bool:
        return shutil.which(self.program) is not None

    def voices(self) -> frozenset[str]:
        """The voices installed, by language ("de", "en-gb") and by file ("gmw/de")."""
        if self._voices is None:
            try:
                listed = subprocess.run([*self._command(), "--voices"], capture_output=True, timeout=30,
                                        check=False).stdout.decode(errors="replace")
            except (OSError, subprocess.TimeoutExpired):
                listed = ""
            rows = [line.split() for line in listed.splitlines()[1:]]
            self._voices = frozenset(row[index] for row in rows if len(row) >= 5 for index in (1, 4))
        return self._voices

    def _command(self) -> list[str]:
        return [self.program, "--path", str(self.data)] if self.data else [self.program]

    def speak(self, text: str, voice: str) -> Sound:
        # An unknown voice is not an error to espeak-ng writing to a pipe: it speaks English instead.
        if voice.split("+")[0] not in self.voices():
            raise SpeechFailed(f"{self.program} has no voice {voice!r}")
        if not self.reads_latin:
            text = " ".join(_LATIN_WORDS.sub(" ", text).split())
            if not text:
                return Sound(b"", ESPEAK_RATE)  # a sentence all in Latin letters: nothing this voice can say
        command = [*self._command(), "-v", voice, "-b", "1", "--stdin", "--stdout"]
        try:
            done = subprocess.run(command, input=text.encode(), capture_output=True, timeout=30, check=False)
        except (OSError, subprocess.TimeoutExpired) as error:
            raise SpeechFailed(f"{self.program}: {error}") from None
        if done.returncode != 0 or not done.stdout:
            raise SpeechFailed(f"{self.program} -v {voice} (exit {done.returncode}): "
                               f"{done.stderr.decode(errors='replace').strip()}")
        return read_wav(done.stdout)


def espeak_here() -> Espeak:
    """The bundle's own espeak-ng (kiosk.spec carries it, with its data) where the kiosk runs frozen, else the
    system's."""
    bundled = Path(getattr(sys, "_MEIPASS", "")) if getattr(sys, "frozen", False) else None
    if bundled is not None and (bundled / "speech" / ESPEAK).is_file():
        return Espeak(str(bundled / "speech" / ESPEAK), bundled)
    return Espeak()


def upstream_espeak_here() -> Espeak | None:
    """The same program with the data compiled from upstream sources (``kiosk.paths.UPSTREAM_VOICES_DIR``), or None
    where ``scripts/setup.sh`` has not built it: its languages then have no voice, and the button says so. Its
    only voice, Tigrinya, has no rules for Latin letters."""
    if not (UPSTREAM_VOICES_DIR / "espeak-ng-data" / "phontab").is_file():
        return None
    return Espeak(espeak_here().program, UPSTREAM_VOICES_DIR, ESPEAK_UPSTREAM, reads_latin=False)


# Each engine by the name the voice table uses; a factory gives None where its engine is not installed.
ENGINES: dict[str, Callable[[], Engine | None]] = {ESPEAK: espeak_here, ESPEAK_UPSTREAM: upstream_espeak_here}


def installed_engines() -> dict[str, Engine]:
    return {name: engine for name, kind in ENGINES.items() if (engine := kind()) is not None}


@dataclass(frozen=True)
class Voice:
    engine: str
    name: str

    def __str__(self) -> str:
        return f"{self.engine}:{self.name}"


def parse_voices(written: str) -> tuple[dict[str, Voice | None], list[str]]:
    """``de=espeak-ng:de, ps=none`` as a table, and what in it is wrong (each as a readable phrase)."""
    table: dict[str, Voice | None] = {}
    wrong: list[str] = []
    for item in filter(None, (part.strip() for part in written.replace(";", ",").split(","))):
        locale, equals, choice = (part.strip() for part in item.partition("="))
        engine, colon, name = (part.strip() for part in choice.partition(":"))
        if not equals or not locale:
            wrong.append(item)
        elif choice == NO_VOICE:
            table[locale] = None
        elif not colon or not name or engine not in ENGINES:
            wrong.append(item)
        else:
            table[locale] = Voice(engine, name)
    return table, wrong


def voice_table(overrides: str = "") -> dict[str, Voice | None]:
    """The default voices with this machine's choices (``speech_voices``) over them; broken items are left out
    (``kiosk config`` refuses them before they get here)."""
    defaults, _ = parse_voices(",".join(f"{locale}={voice}" for locale, voice in DEFAULT_VOICES.items()))
    return defaults | parse_voices(overrides)[0]


class Recorded(Protocol):
    """A language's recorded speech (``kiosk.speech.recordings``): a native speaker's clip for a text, if any."""

    def __bool__(self) -> bool: ...

    def has(self, text: str) -> bool: ...

    def clip(self, text: str) -> Sound | None: ...


class Synthesizer:
    """Says sentences with the recordings where there are some, else with the table's voices; what a voice said
    once is kept, by text and voice, so a screen spoken again (or made ahead after start) starts at once. 512
    sentences of about two seconds: at most some 45 MB."""

    def __init__(self, voices: Mapping[str, Voice | None], engines: Mapping[str, Engine] | None = None,
                 cache_size: int = 512, recordings: Mapping[str, Recorded] | None = None) -> None:
        self.voices = dict(voices)
        self.engines = dict(engines) if engines is not None else installed_engines()
        self.recordings = {locale: recorded for locale, recorded in (recordings or {}).items() if recorded}
        self._cached = lru_cache(maxsize=cache_size)(self._speak)

    def voice(self, locale: str) -> Voice | None:
        return self.voices.get(locale)

    def speaks_by_voice(self, locale: str) -> bool:
        voice = self.voice(locale)
        return voice is not None and voice.engine in self.engines

    def speaks(self, locale: str) -> bool:
        """Whether anything at all is said in ``locale``: by a voice, or from recordings."""
        return self.speaks_by_voice(locale) or locale in self.recordings

    def can_say(self, locale: str, text: str, parts: tuple[str, ...] = ()) -> bool:
        recorded = self.recordings.get(locale)
        if recorded is not None and (recorded.has(text) or (parts and all(recorded.has(part) for part in parts))):
            return True
        return self.speaks_by_voice(locale)

    def utterance(self, locale: str, text: str, parts: tuple[str, ...] = ()) -> Sound | None:
        """``text`` as its recording, or said from its ``parts``' recordings, or by the voice; None where none of
        them can (never another language's voice, never letter by letter)."""
        recorded = self.recordings.get(locale)
        if recorded is not None:
            sound = recorded.clip(text)
            if sound is None and parts and all(recorded.has(part) for part in parts):
                sound = joined((clip for clip in map(recorded.clip, parts) if clip), PART_PAUSE_SECONDS)
            if sound is not None:
                return sound
        return self.sentence(text, locale)

    def _speak(self, text: str, voice: Voice) -> Sound:
        return self.engines[voice.engine].speak(text, voice.name)

    def sentence(self, text: str, locale: str) -> Sound | None:
        """``text`` in ``locale``'s voice; None where the language has no voice (never another language's)."""
        voice = self.voice(locale)
        if voice is None or voice.engine not in self.engines:
            return None
        return self._cached(text, voice)

    def say(self, sentences: Iterable[tuple[str, str] | tuple[str, str, tuple[str, ...]]]) -> Sound | None:
        """(locale, text) or (locale, text, parts) in turn as one sound; what nothing can say is left out."""
        return joined(sound for sound in (self.utterance(*sentence) for sentence in sentences) if sound)
