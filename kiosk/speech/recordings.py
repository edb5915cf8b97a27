"""Recorded speech: a native speaker's clips, which replace the voice wherever there is one for a sentence.

For Pashto and Sorani they are the only speech there is. Each language's clips are sound files (WAV, OGG Vorbis,
FLAC or MP3, as recorders and Audacity export them) in ``translations/<lang>/recordings/``, named by the clip id
``kiosk speech script`` lists beside the text to say. miniaudio decodes them, whatever their rate and channels, into
the voice's own format.
The id is the text's own (a readable start and a digest of the whole), so a sentence a translator changes asks for
a new clip instead of playing the old words. A sentence built from parts ("Step {number}: {step}") is said from the
parts' clips when the whole has none, so a step's number is recorded once for every way.
"""
from __future__ import annotations

import hashlib
import logging
import re
import string
from functools import lru_cache
from pathlib import Path
from typing import Mapping

from anyascii import anyascii

from kiosk.messages import S_, Message
from kiosk.speech.engines import Sound

RECORDINGS_FOLDER = "recordings"
# The formats miniaudio decodes, in the order one is played when a clip was saved in several.
CLIP_SUFFIXES = (".wav", ".ogg", ".flac", ".mp3")
NOT_DECODABLE = S_("speech", "not a WAV, OGG Vorbis, FLAC or MP3 sound, or a damaged one")
OPUS_SOUND = S_("speech", "an Opus sound (as voice messages send them), which the kiosk cannot play")
NO_SOUND = S_("speech", "no sound in it")
NOT_READABLE = S_("speech", "the file cannot be read: {error}")
RATE = 22_050  # espeak-ng's: a screen's clips and synthesized sentences join into one sound
_PUNCTUATION = " \t,.:;!?\u060c\u061b\u061f\u06d4-\u2013\u2014"  # a pause, never a clip of its own
log = logging.getLogger(__name__)


def clip_id(text: str) -> str:
    """The name (without its suffix, ``.wav`` or ``.ogg``) of the clip that says ``text``: its start in Latin
    letters, for people to find their way among the files, and a digest of all of it."""
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
    """A file in a recordings folder that cannot be played (another format, damaged, silent); it counts as
    missing."""

    def __init__(self, path: Path, reason: Message) -> None:
        super().__init__(f"{path}: {reason.render()}")
        self.path, self.reason = path, reason


def read_clip(path: Path) -> Sound:
    """The clip as mono 16-bit sound at ``RATE``, whatever it was recorded as (recorders write 44.1 or 48 kHz, often
    stereo)."""
    import miniaudio  # here: it imports numpy wherever that is installed (tests), 0.1 s, for a site's few clips

    try:
        decoded = miniaudio.decode_file(str(path), output_format=miniaudio.SampleFormat.SIGNED16, nchannels=1,
                                        sample_rate=RATE)
    except miniaudio.DecodeError:
        raise UnusableClip(path, OPUS_SOUND if _is_opus(path) else NOT_DECODABLE) from None
    except OSError as error:
        raise UnusableClip(path, NOT_READABLE(error=error.strerror or type(error).__name__)) from None
    if not any(decoded.samples):
        raise UnusableClip(path, NO_SOUND)
    return Sound(decoded.samples.tobytes(), RATE)


def _is_opus(path: Path) -> bool:
    """Whether the file is Ogg Opus: its first page names the codec."""
    try:
        with path.open("rb") as file:
            return b"OpusHead" in file.read(64)
    except OSError:
        return False


def clip_files(folder: Path) -> dict[str, Path]:
    """The playable-looking files in ``folder`` by clip id; of one id saved in several formats, the first of
    ``CLIP_SUFFIXES``."""
    files = sorted((path for path in folder.iterdir() if path.is_file() and path.suffix.lower() in CLIP_SUFFIXES),
                   key=lambda path: CLIP_SUFFIXES.index(path.suffix.lower()), reverse=True) if folder.is_dir() else []
    return {path.stem: path for path in files}


class Recordings:
    """One language's clips; the folder is listed once, each clip read when first said."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._files: dict[str, Path] | None = None
        self._clip = lru_cache(maxsize=256)(self._read)

    def _listed(self) -> dict[str, Path]:
        if self._files is None:
            self._files = clip_files(self.folder)
        return self._files

    def __bool__(self) -> bool:
        return bool(self._listed())

    def has(self, text: str) -> bool:
        """Whether ``text`` has a recording that plays: one that cannot be read says nothing, so it counts as none
        (the whole sentence's clip unusable, its parts are said instead where they are recorded)."""
        return self.clip(text) is not None

    def _read(self, identifier: str) -> Sound | None:
        try:
            return read_clip(self._listed()[identifier])
        except UnusableClip as error:
            log.warning("recorded speech left out: %s", error)
            return None

    def clip(self, text: str) -> Sound | None:
        """The recording of ``text``, or None where there is none (or it cannot be played)."""
        identifier = clip_id(text)
        return self._clip(identifier) if identifier in self._listed() else None


def recordings_in(translations: Path) -> dict[str, Recordings]:
    """Each language's recordings under the translations folder, by the language's folder name."""
    folders = translations.glob(f"*/{RECORDINGS_FOLDER}") if translations.is_dir() else ()
    return {folder.parent.name: Recordings(folder) for folder in folders if folder.is_dir()}
