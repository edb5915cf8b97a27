"""The PyInstaller bundle: built with the documented one-line build, then the frozen kiosk checks the content and
renders the Welcome screen offscreen.

The build takes about half a minute; it is kept under build/test-bundle/ keyed on a hash of everything that goes
into it, so running the tests again without changes reuses it. Leave this stage out of a quick run with
``scripts/test.sh --ignore=tests/test_bundle.py``.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
import time
import wave
import zlib
from pathlib import Path
from typing import Callable

import numpy as np
import pytest

PROJECT = Path(__file__).resolve().parent.parent
BUNDLE_CACHE = PROJECT / "build" / "test-bundle"
SIZE_LIMIT_MB = 120
BUNDLE_INPUTS = ["kiosk.spec", "setup.cfg", "pyproject.toml", "scripts/build-bundle.sh", "kiosk", "content",
                 "translations", "assets", "third_party", "scripts/build-voices.sh"]


def _inputs_hash() -> str:
    digest = hashlib.sha256()
    for name in BUNDLE_INPUTS:
        root = PROJECT / name
        files = [root] if root.is_file() else sorted(path for path in root.rglob("*") if path.is_file())
        for path in files:
            if "__pycache__" in path.parts or path.suffix == ".mo":  # .mo files are compiled from the PO files
                continue
            digest.update(str(path.relative_to(PROJECT)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@pytest.fixture(scope="module")
def bundle(print_to_terminal: Callable[[str], None]) -> Path:
    """dist/kiosk/ of a bundle built from the sources as they are now."""
    folder = BUNDLE_CACHE / _inputs_hash()
    program = folder / "dist" / "kiosk" / "kiosk"
    if not program.is_file():
        if BUNDLE_CACHE.exists():
            shutil.rmtree(BUNDLE_CACHE)  # bundles of older sources
        started = time.monotonic()
        subprocess.run([PROJECT / "scripts" / "build-bundle.sh", "--distpath", folder / "dist",
                        "--workpath", folder / "work"], check=True, capture_output=True)
        print_to_terminal(f"\nBuilt the bundle in {time.monotonic() - started:.0f} s.")
    return program.parent


@pytest.fixture(scope="module")
def print_to_terminal(pytestconfig: pytest.Config) -> Callable[[str], None]:
    """Print past pytest's output capture, so the CI log shows the build time and the bundle size."""
    capture = pytestconfig.pluginmanager.getplugin("capturemanager")

    def write(line: str) -> None:
        with capture.global_and_fixture_disabled():
            print(line)
    return write


def _frozen_kiosk(bundle: Path, *arguments: str, home: Path) -> subprocess.CompletedProcess:
    environment = {**os.environ, "SDL_VIDEODRIVER": "offscreen", "KIVY_HOME": str(home / "kivy"),
                   "WEGWEISER_CONFIG": str(home / "kiosk.ini")}
    return subprocess.run([bundle / "kiosk", *arguments], cwd=home, env=environment, capture_output=True,
                          text=True, timeout=120)


def _png_pixels(path: Path) -> np.ndarray:
    """RGB pixels of an 8-bit RGB PNG as kiosk.ui.capture writes it: every row unfiltered (filter type 0)."""
    data = path.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    position, header, compressed = 8, b"", b""
    while position < len(data):
        (length,), kind = struct.unpack(">I", data[position:position + 4]), data[position + 4:position + 8]
        body = data[position + 8:position + 8 + length]
        header = body if kind == b"IHDR" else header
        compressed += body if kind == b"IDAT" else b""
        position += 12 + length
    width, height, depth, colour_type = struct.unpack(">IIBB", header[:10])
    assert (depth, colour_type) == (8, 2), "an 8-bit RGB image"
    rows = np.frombuffer(zlib.decompress(compressed), dtype=np.uint8).reshape(height, 1 + width * 3)
    assert not rows[:, 0].any(), "rows filtered: this reader only knows unfiltered rows"
    return rows[:, 1:].reshape(height, width, 3)


def test_the_bundle_is_smaller_than_the_target(bundle: Path, print_to_terminal: Callable[[str], None]) -> None:
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]  # links: counted once
    size_mb = sum(path.stat().st_size for path in files) / 1e6
    print_to_terminal(f"\nBundle size: {size_mb:.0f} MB (target under {SIZE_LIMIT_MB} MB).")
    assert size_mb < SIZE_LIMIT_MB


def test_the_frozen_kiosk_checks_the_bundled_content_in_german(bundle: Path, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LANGUAGE", "de")  # German comes from the bundled catalogs, English would not
    result = _frozen_kiosk(bundle, "check", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Der Inhalt von „Bürgerhaus am Wall“ ist gültig." in result.stdout


def test_the_frozen_kiosk_renders_the_welcome_screen(bundle: Path, tmp_path: Path) -> None:
    result = _frozen_kiosk(bundle, "screenshot", "--out", "welcome.png", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    pixels = _png_pixels(tmp_path / "welcome.png")
    assert pixels.shape == (1920, 1080, 3)
    colours, counts = np.unique(pixels[..., :3].reshape(-1, 3), axis=0, return_counts=True)
    assert len(colours) > 50, "text drawn with anti-aliasing, not a few flat areas"
    assert counts.max() < 0.95 * pixels.shape[0] * pixels.shape[1], "more than the background"


def test_the_frozen_kiosk_exports_the_phone_pages(bundle: Path, tmp_path: Path) -> None:
    """The templates travel in the bundle as package data."""
    result = _frozen_kiosk(bundle, "export-web", "--out", "web", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    page = tmp_path / "web" / "ar" / "foyer" / "aufenthaltskarte-abholen.html"
    assert '<html lang="ar" dir="rtl">' in page.read_text(encoding="utf-8")


def test_the_documented_unit_brings_a_killed_frozen_kiosk_back(bundle: Path, tmp_path: Path) -> None:
    """scripts/demo-restart.sh with the stand-in supervisor: the unit's Restart= and RestartSec= at work."""
    environment = {**os.environ, "KIOSK_PROGRAM": str(bundle / "kiosk"), "TMPDIR": str(tmp_path)}
    result = subprocess.run([PROJECT / "scripts" / "demo-restart.sh", "--stand-in"], env=environment,
                            capture_output=True, text=True, timeout=90)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Restart=always, RestartSec=2" in result.stdout
    assert "came back after" in result.stdout


@pytest.mark.parametrize("locale", ["ar", "ti"])  # ti: the voice compiled from upstream sources, in the bundle too
def test_the_frozen_kiosk_speaks_with_its_own_espeak_ng_and_can_play_sound(bundle: Path, tmp_path: Path,
                                                                          locale: str) -> None:
    """No espeak-ng on the kiosk's PATH: the bundle's own program and data say the screen; the SDL2 audio provider
    that plays it is in the bundle."""
    assert (bundle / "_internal" / "speech" / "espeak-ng").is_file()
    assert any((bundle / "_internal" / "kivy" / "core" / "audio").glob("audio_sdl2*"))
    environment = {**os.environ, "SDL_VIDEODRIVER": "offscreen", "KIVY_HOME": str(tmp_path / "kivy"),
                   "WEGWEISER_CONFIG": str(tmp_path / "kiosk.ini"), "PATH": "/nonexistent"}
    result = subprocess.run([bundle / "kiosk", "speak", "--lang", locale, "--screen", "concerns", "--out",
                             f"{locale}.wav"], cwd=tmp_path, env=environment, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    with wave.open(str(tmp_path / f"{locale}.wav"), "rb") as sound:
        assert sound.getnframes() / sound.getframerate() > 2


def test_the_frozen_kiosk_says_a_pashto_recording_exported_as_ogg(bundle: Path, tmp_path: Path) -> None:
    """miniaudio's decoder is in the bundle: a translator's OGG clip of the Concerns title is what Pashto says."""
    translations = tmp_path / "translations"
    shutil.copytree(PROJECT / "translations", translations)
    (tmp_path / "kiosk.ini").write_text(f"[kiosk]\ntranslations = {translations}\n", encoding="utf-8")
    script = _frozen_kiosk(bundle, "speech", "script", "--lang", "ps", home=tmp_path)
    assert script.returncode == 0, script.stderr
    title = next(row.split(",")[0] for row in script.stdout.splitlines() if row.endswith(",concerns/title"))
    (translations / "ps" / "recordings").mkdir()
    shutil.copy(PROJECT / "tests" / "fixtures" / "recordings" / "tone.ogg",
                translations / "ps" / "recordings" / f"{title}.ogg")
    result = _frozen_kiosk(bundle, "speak", "--lang", "ps", "--screen", "concerns", "--out", "ps.wav", home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    with wave.open(str(tmp_path / "ps.wav"), "rb") as sound:
        assert abs(sound.getnframes() / sound.getframerate() - 0.5) < 0.01  # the clip; nothing else is recorded
