"""Recorded speech: a native speaker's clips, which replace the voice wherever there is one for a sentence.

For Pashto and Sorani they are the only speech there is. Each language's clips are WAV files in
``translations/<lang>/recordings/``, named by the clip id ``kiosk speech script`` lists beside the text to say.
The id is the text's own (a readable start and a digest of the whole), so a sentence a translator changes asks for
a new clip instead of playing the old words. A sentence built from parts ("Step {number}: {step}") is said from the
parts' clips when the whole has none, so a step's number is recorded once for every way.
"""
from __future__ import annotations

import hashlib
import logging
import re
import string
import wave
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from anyascii import anyascii

from kiosk.speech.engines import Sound

RECORDINGS_FOLDER = "recordings"
CLIP_SUFFIX = ".wav"
RATE = 22_050  # espeak-ng's: a screen's clips and synthesized sentences join into one sound
_PUNCTUATION = " \t,.:;!?\u060c\u061b\u061f\u06d4-\u2013\u2014"  # a pause, never a clip of its own
log = logging.getLogger(__name__)


def clip_id(text: str) -> str:
    """The name (without ``.wav``) of the clip that says ``text``: its start in Latin letters, for people to find
    their way among the files, and a digest of all of it."""
    said = " ".join(text.split())
    digest = hashlib.sha1(said.encode()).hexdigest()[:10]
    start = re.sub(r"[^a-z0-9]+", "-", anyascii(said).lower()).strip("-")[:32].strip("-")
    return f"{start}-{digest}" if start else digest


def template_parts(template: str, values: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The clips a sentence made from ``template`` (translated, fields unfilled) is said from: its words between
    the fields, and each field's own parts."""
    parts: list[str] = []
    for literal, field_name, _spec, _conversion in string.Formatter().parse(template):
        literal = literal.strip(_PUNCTUATION)
        if literal:
            parts.append(literal)
        if field_name:
            parts.extend(values.get(field_name, ()))
    return tuple(parts)


class UnusableClip(Exception):
    """A file in a recordings folder that cannot be played (not PCM WAV, damaged); it counts as missing."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path, self.reason = path, reason


def clip_format(path: Path) -> tuple[bytes, int, int, int]:
    """The clip's frames, channels, bytes per sample and sample rate, once it is known to be playable."""
    try:
        with wave.open(str(path), "rb") as file:
            channels, width, rate = file.getnchannels(), file.getsampwidth(), file.getframerate()
            frames = file.readframes(file.getnframes())
    except (OSError, EOFError, wave.Error) as error:
        raise UnusableClip(path, str(error) or type(error).__name__) from None
    if width not in (1, 2) or not frames:
        raise UnusableClip(path, f"{width * 8}-bit samples" if frames else "no sound in it")
    return frames, channels, width, rate


def read_clip(path: Path) -> Sound:
    """The clip as mono 16-bit sound at ``RATE``, whatever PCM WAV it was recorded as (recorders write 44.1 or
    48 kHz, often stereo)."""
    frames, channels, width, rate = clip_format(path)
    samples = array("h", frames) if width == 2 else array("h", ((byte - 128) << 8 for byte in frames))
    if channels > 1:
        samples = array("h", (sum(samples[index:index + channels]) // channels
                              for index in range(0, len(samples) - channels + 1, channels)))
    return Sound(_resampled(samples, rate).tobytes(), RATE)


def _resampled(samples: array, rate: int) -> array:
    """Linear interpolation to ``RATE``: plain, and plenty for a voice heard through a kiosk's speaker."""
    if rate == RATE or len(samples) < 2:
        return samples
    count = max(1, round(len(samples) * RATE / rate))
    step = (len(samples) - 1) / max(1, count - 1)
    out = array("h", bytes(2 * count))
    for index in range(count):
        position = index * step
        left = int(position)
        right = min(left + 1, len(samples) - 1)
        out[index] = round(samples[left] + (samples[right] - samples[left]) * (position - left))
    return out


class Recordings:
    """One language's clips; the folder is listed once, each clip read when first said."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._ids: frozenset[str] | None = None
        self._clip = lru_cache(maxsize=256)(self._read)

    def ids(self) -> frozenset[str]:
        if self._ids is None:
            files = self.folder.glob(f"*{CLIP_SUFFIX}") if self.folder.is_dir() else ()
            self._ids = frozenset(path.name[:-len(CLIP_SUFFIX)] for path in files if path.is_file())
        return self._ids

    def __bool__(self) -> bool:
        return bool(self.ids())

    def has(self, text: str) -> bool:
        return clip_id(text) in self.ids()

    def _read(self, identifier: str) -> Sound | None:
        try:
            return read_clip(self.folder / f"{identifier}{CLIP_SUFFIX}")
        except UnusableClip as error:
            log.warning("recorded speech left out: %s", error)
            return None

    def clip(self, text: str) -> Sound | None:
        """The recording of ``text``, or None where there is none (or it cannot be played)."""
        identifier = clip_id(text)
        return self._clip(identifier) if identifier in self.ids() else None


def recordings_in(translations: Path) -> dict[str, Recordings]:
    """Each language's recordings under the translations folder, by the language's folder name."""
    folders = translations.glob(f"*/{RECORDINGS_FOLDER}") if translations.is_dir() else ()
    return {folder.parent.name: Recordings(folder) for folder in folders if folder.is_dir()}
