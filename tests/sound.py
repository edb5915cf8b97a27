"""Reading sound in tests: a WAV file's length and loudness, with the standard library only."""
import wave
from array import array
from pathlib import Path


def loudness(pcm: bytes) -> float:
    """The root mean square of 16-bit samples: 0 is silence, espeak-ng's speech is in the thousands."""
    samples = array("h", pcm)
    return (sum(sample * sample for sample in samples) / max(len(samples), 1)) ** 0.5


def wav_seconds_and_loudness(path: Path) -> tuple[float, float]:
    with wave.open(str(path), "rb") as file:
        assert file.getsampwidth() == 2
        return file.getnframes() / file.getframerate(), loudness(file.readframes(file.getnframes()))
