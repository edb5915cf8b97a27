"""What a kiosk on a real screen needs beyond its screens: it stops cleanly when told to (SIGTERM, SIGINT), fills
the X screen by itself (no window manager does it, DESIGN.md), and tells systemd it is up and its UI loop alive.

Stopping and closing are kept apart: SDL's own signal handlers are off (``SDL_NO_SIGNAL_HANDLERS``, set by
``environment.configure``), so a signal is never a close request, which kiosk mode refuses; ours schedules the
app's stop on the Kivy clock, where the log is flushed and ``kiosk run`` returns 0."""
from __future__ import annotations

import os
import signal
import socket
from typing import TYPE_CHECKING

from kivy.clock import Clock
from kivy.core.window import Window

from kiosk.live.logs import LOGGER
from kiosk.messages import S_

if TYPE_CHECKING:
    from kivy.app import App

    from kiosk.ui.xscreen import XScreen

STOPPING = S_("kiosk", "Signal {signal} received, so the kiosk stops.")
# How often the window's size is compared with the screen's (after xrandr rotates it or changes its mode).
SCREEN_CHECK_SECONDS = 2.0


def stop_on_signals(app: App) -> None:
    def stop(number: int, _frame: object) -> None:
        from kiosk.i18n.staff import staff_translator

        LOGGER.warning(STOPPING(signal=signal.Signals(number).name).render(staff_translator()))
        Clock.schedule_once(lambda _dt: app.stop())

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, stop)


def fill_screen(screen: XScreen) -> None:
    """The window borderless at 0,0 with the screen's size now and after every resolution change or rotation."""
    Window.borderless = True

    def follow(_dt: float = 0) -> None:
        size = screen.size()
        if tuple(Window.system_size) != size:
            Window.system_size = size
        if (Window.left, Window.top) != (0, 0):
            Window.left, Window.top = 0, 0

    follow()
    Clock.schedule_interval(follow, SCREEN_CHECK_SECONDS)


class SystemdNotifier:
    """sd_notify(3) over the datagram socket systemd names in $NOTIFY_SOCKET (Type=notify); without it, nothing.
    READY=1 after the first frame; WATCHDOG=1 from the UI loop, so a loop that hangs misses its pings and systemd
    kills and restarts the kiosk."""

    def __init__(self, address: str | None = None) -> None:
        address = os.environ.get("NOTIFY_SOCKET", "") if address is None else address
        self._address = "\0" + address[1:] if address.startswith("@") else address  # '@': an abstract socket

    def send(self, message: str) -> None:
        if not self._address:
            return
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sender:
            sender.setblocking(False)  # a listener that stopped reading must not freeze the UI loop
            try:
                sender.connect(self._address)
                sender.send(message.encode())
            except OSError as error:  # systemd gone, restarting or not reading: the kiosk keeps running
                LOGGER.debug("sd_notify %s: %s", message, error)

    def start(self) -> None:
        """READY=1 once the first frame is on screen, then WATCHDOG=1 at half the interval systemd asked for."""
        if not self._address:
            return
        watchdog_usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)

        def ready(*_args: object) -> None:
            Window.funbind("on_flip", ready)
            self.send("READY=1")
            if watchdog_usec > 0:
                Clock.schedule_interval(lambda _dt: self.send("WATCHDOG=1"), watchdog_usec / 2e6)

        Window.fbind("on_flip", ready)
