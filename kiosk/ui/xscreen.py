"""The X screen the kiosk runs on, asked through libX11 directly (no Kivy here): whether it is reachable at all,
and its size now. Without a window manager nobody else sizes the kiosk's window (DESIGN.md), and Kivy and SDL do
not report the screen's size after an ``xrandr`` rotation or mode change; the root window's geometry does."""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys


class XScreen:
    """An open connection to the X display; ``size()`` asks the server each time (one round trip)."""

    def __init__(self, library: ctypes.CDLL, display: int) -> None:
        self._x, self._display = library, display
        self._root = library.XDefaultRootWindow(display)

    def size(self) -> tuple[int, int]:
        root, x, y = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_int()
        width, height, border, depth = (ctypes.c_uint() for _ in range(4))
        self._x.XGetGeometry(self._display, self._root, ctypes.byref(root), ctypes.byref(x), ctypes.byref(y),
                             ctypes.byref(width), ctypes.byref(height), ctypes.byref(border), ctypes.byref(depth))
        return width.value, height.value

    def close(self) -> None:
        self._x.XCloseDisplay(self._display)


def display_name() -> str:
    return os.environ.get("DISPLAY", "")


def shows_on_x() -> bool:
    """Whether SDL will draw on an X display: on Linux, unless another video driver is asked for (offscreen for
    renders and tests, wayland, kmsdrm). Elsewhere (Windows) there is no X display to look for."""
    driver = os.environ.get("SDL_VIDEODRIVER", "x11")
    return sys.platform.startswith("linux") and driver == "x11" and not os.environ.get("WAYLAND_DISPLAY")


def open_screen(name: str | None = None) -> XScreen | None:
    """The X display ``name`` (default: $DISPLAY), or None when there is none to reach (no $DISPLAY, no server,
    no permission, or no libX11 on the machine)."""
    name = display_name() if name is None else name
    path = ctypes.util.find_library("X11")
    if not name or path is None:
        return None
    library = ctypes.CDLL(path)
    library.XOpenDisplay.restype = ctypes.c_void_p
    library.XOpenDisplay.argtypes = [ctypes.c_char_p]
    library.XDefaultRootWindow.restype = ctypes.c_ulong
    library.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    library.XGetGeometry.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 7
    library.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = library.XOpenDisplay(name.encode())
    return XScreen(library, display) if display else None
