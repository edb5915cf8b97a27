"""An X server for tests that need a real window: Xvfb with no window manager, as the kiosk is deployed, and a
capture of its root window as pixels (``xwd``, read here: no image library needed)."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import time
from pathlib import Path

import numpy

TOOLS = ("Xvfb", "xdotool", "xwd", "xwininfo")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def display_environment(display: str) -> dict[str, str]:
    """This process's environment for a program on ``display``, without what an offscreen kiosk in this test
    process set for Kivy and SDL (``kiosk.ui.environment``): the deployed kiosk starts without them."""
    inherited = {name: value for name, value in os.environ.items() if not name.startswith(("SDL_", "KCFG_", "KIVY_"))}
    return {**inherited, "DISPLAY": display}


class Xvfb:
    def __init__(self, number: int, size: tuple[int, int]) -> None:
        self.display = f":{number}"
        width, height = size
        self.process = subprocess.Popen(["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24",
                                         "-nolisten", "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        socket = Path(f"/tmp/.X11-unix/X{number}")
        deadline = time.monotonic() + 10
        while not socket.exists():
            assert self.process.poll() is None and time.monotonic() < deadline, f"Xvfb {self.display} did not start"
            time.sleep(0.05)

    @property
    def environment(self) -> dict[str, str]:
        return display_environment(self.display)

    def run(self, *command: str) -> str:
        return subprocess.run(command, env=self.environment, check=True, capture_output=True, text=True,
                              timeout=20).stdout

    def tap(self, x: int, y: int) -> None:
        self.run("xdotool", "mousemove", str(x), str(y), "click", "1")

    def settled(self, timeout: float = 10) -> numpy.ndarray:
        """The capture once two taken a quarter second apart agree (the screen is drawn)."""
        deadline = time.monotonic() + timeout
        last = self.capture()
        while True:
            time.sleep(0.25)
            now = self.capture()
            if numpy.array_equal(now, last) or time.monotonic() > deadline:
                return now
            last = now

    def capture(self) -> numpy.ndarray:
        """The root window as height × width × RGB."""
        data = subprocess.run(["xwd", "-root", "-silent"], env=self.environment, check=True,
                              capture_output=True, timeout=20).stdout
        fields = struct.unpack(">25I", data[:100])
        header_size, width, height, bytes_per_line, colours = fields[0], fields[4], fields[5], fields[12], fields[19]
        pixels = numpy.frombuffer(data, numpy.uint8, bytes_per_line * height, header_size + colours * 12)
        return numpy.ascontiguousarray(pixels.reshape(height, bytes_per_line // 4, 4)[:, :width, 2::-1])

    def window_geometry(self, pid: int) -> tuple[int, int, int, int]:
        """x, y, width, height of the last window the process ``pid`` mapped."""
        window = self.run("xdotool", "search", "--onlyvisible", "--pid", str(pid)).split()[-1]
        info = dict(line.strip().split(":", 1) for line in self.run("xwininfo", "-id", window).splitlines()
                    if ":" in line)
        return tuple(int(info[key]) for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width",
                                                 "Height"))

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
