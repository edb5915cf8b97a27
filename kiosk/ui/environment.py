"""Settings Kivy reads from the environment when it is first imported."""
from __future__ import annotations

import os
from pathlib import Path


def configure(*, headless: bool, kivy_home: Path | None = None, log_level: str = "warning",
              size: tuple[int, int] | None = None, borderless: bool = False, density: float = 1.0,
              uncapped: bool = False) -> None:
    """Prepare the process for Kivy; ``headless`` renders without a display (tests, screenshots).

    ``size`` must be given here: an offscreen window keeps the drawing surface it was created with. ``borderless``:
    a window without frame at 0,0, as the kiosk on a screen without a window manager is created. ``density``: pixels
    per dp (``kiosk.ui.layout_rules.screen_density``); the kv rules read it once, when they are loaded.
    ``uncapped``: no wait for the next 60 Hz frame (simulated visitors tap as fast as the kiosk can draw)."""
    if "kivy" in __import__("sys").modules:
        return  # too late to change anything, and the first caller already chose
    os.environ.setdefault("KIVY_NO_ARGS", "1")  # our command line is ours, not Kivy's
    os.environ.setdefault("KIVY_USE_DEFAULTCONFIG", "1")  # no user config file can change the kiosk
    os.environ.setdefault("KIVY_NO_FILELOG", "1")
    os.environ.setdefault("KCFG_KIVY_LOG_LEVEL", log_level)  # Kivy 2.3.1 ignores KIVY_LOG_LEVEL
    if log_level in ("error", "critical"):
        os.environ.setdefault("KIVY_NO_CONSOLELOG", "1")  # its configuration messages come before the level applies
    os.environ.setdefault("KCFG_KIVY_EXIT_ON_ESCAPE", "0")
    # SDL would turn SIGTERM and SIGINT into a close request, which kiosk mode refuses (kiosk.ui.real_screen).
    os.environ.setdefault("SDL_NO_SIGNAL_HANDLERS", "1")
    # No red dots from right-clicks; and a touchscreen that X also reports as a mouse does not tap twice.
    os.environ.setdefault("KCFG_INPUT_MOUSE", "mouse,disable_multitouch,disable_on_activity")
    # Sizes as designed for the screen's size, whatever the screen reports (X servers often say 96 dpi of anything).
    os.environ.setdefault("KIVY_METRICS_DENSITY", f"{density:g}")
    # Kivy multisamples every frame by default; without a GPU (Mesa's software renderer, as on a kiosk PC whose
    # graphics driver is missing) that more than doubles the time to draw one: 80 instead of 35 ms at 1080x1920.
    # The few round shapes use Kivy's Smooth* instructions instead; everything else is text, pictures and
    # straight lines.
    os.environ.setdefault("KCFG_GRAPHICS_MULTISAMPLES", "0")
    if uncapped:
        os.environ["KCFG_GRAPHICS_MAXFPS"] = "0"
    if size is not None:
        os.environ["KCFG_GRAPHICS_WIDTH"], os.environ["KCFG_GRAPHICS_HEIGHT"] = (str(part) for part in size)
    if borderless:
        os.environ.update(KCFG_GRAPHICS_BORDERLESS="1", KCFG_GRAPHICS_POSITION="custom", KCFG_GRAPHICS_LEFT="0",
                          KCFG_GRAPHICS_TOP="0")
    if kivy_home is not None:
        kivy_home.mkdir(parents=True, exist_ok=True)
        os.environ["KIVY_HOME"] = str(kivy_home)
    if headless:
        os.environ["SDL_VIDEODRIVER"] = "offscreen"
        # Nobody listens to an offscreen kiosk (tests, simulated visits, the soak), and without a sound card SDL's
        # ALSA probe prints eight lines of errors: its sounds go to SDL's silent device, by the same code.
        os.environ.setdefault("SDL_AUDIODRIVER", "dummy")


def configure_offscreen(size: tuple[int, int], *, density: float = 1.0, uncapped: bool = False) -> None:
    """A staff command's offscreen kiosk (screenshot, layout-check, simulate): a scratch Kivy home, so nothing the
    kiosk's own runs keep is touched, and only Kivy's errors on the console."""
    import tempfile

    configure(headless=True, kivy_home=Path(tempfile.mkdtemp(prefix="wegweiser-kivy-")), log_level="error",
              size=size, density=density, uncapped=uncapped)
