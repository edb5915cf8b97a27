"""`kiosk layout-check`'s walk through the kiosk: every visitor screen, in each language, at each screen size and
both text sizes, measured by ``kiosk.ui.layout_check`` in one running app and one window that is resized, never
made again (a process can have one window, and the screens are built once and updated as in a running kiosk).

The window must have been made at least as large as the largest size (``configure(size=...)``): an offscreen
window draws only into the surface it was made with, and resizing within it lays out exactly as a screen that size.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from kivy.base import EventLoop
from kivy.clock import Clock
from kivy.core.window import Window
from kivy.lang import Builder

from kiosk.ui.layout_check import measure_window
from kiosk.ui.layout_rules import Finding
LAYOUT_FRAMES = 6  # clock ticks for kv rules, label textures and the tile rows' even heights to settle
WELCOME_LOCALE = "-"  # Welcome shows every language at once
STAFF_LOCALE = "staff"  # the staff panel is in the staff's language (German), whatever the visitor chose


def settle_layout(frames: int = LAYOUT_FRAMES) -> None:
    """Lay out and make textures as the kiosk's frames do, without drawing them: only geometry is measured, and
    drawing a 2160x3840 frame in software takes 0.1 s."""
    for _ in range(frames):
        Clock.tick()
        Builder.sync()
        Clock.tick_draw()
        Builder.sync()


@dataclass(frozen=True)
class Services:
    """The concerns whose Service screens are measured: a way on one floor and a way across floors."""
    one_floor: str | None
    floors: str | None

    @classmethod
    def of(cls, presenter) -> Services:
        one, several = None, None
        for service in presenter.content.services:
            maps = len(presenter.service(presenter.content.site.source_language, service, step_free=False).maps)
            one = one or (service if maps == 1 else None)
            several = several or (service if maps > 1 else None)
        return cls(one, several)


class LayoutTour:
    def __init__(self, app, progress: Callable[[str], None] | None = None) -> None:
        self.app = app
        self.services = Services.of(app.presenter)
        self.progress = progress or (lambda _line: None)
        self.findings: list[Finding] = []
        self.screens_measured = 0
        self._where = ("", "", "")

    def run(self, locales: Iterable[str], sizes: Iterable[tuple[int, int]]) -> list[Finding]:
        locales = list(locales)
        for width, height in sizes:
            Window.size = (width, height)
            for larger in (False, True):
                self._where = (f"{width}x{height}", "larger" if larger else "normal", "")
                self.progress(f"{width}x{height} {self._where[1]}")
                self._fresh(None, larger)
                self._measure("welcome", WELCOME_LOCALE)
                for locale in locales:
                    self._visit(locale, larger)
                self._staff_panel()
        self.app.reset()
        settle_layout()
        return sorted(self.findings)

    def _fresh(self, locale: str | None, larger: bool) -> None:
        app = self.app
        app.reset()
        if locale:
            app.choose_language(locale)
        if app.large_text != larger:
            app.toggle_large_text()
        settle_layout()

    def _measure(self, screen: str, locale: str) -> None:
        size, text_size, _ = self._where
        self.screens_measured += 1
        self.findings += [Finding(screen, locale, size, text_size, problem.widget, problem.problem, problem.detail)
                          for problem in measure_window()]

    def _visit(self, locale: str, larger: bool) -> None:
        app = self.app
        self._fresh(locale, larger)
        self._measure("concerns", locale)
        app.open_tile("search", "")
        settle_layout()
        self._measure("search", locale)
        app.go_back()
        for name, service in (("service", self.services.one_floor), ("service-floors", self.services.floors)):
            if service is None:
                continue
            app.open_tile("service", service)
            settle_layout()
            screen = app.screens.get_screen("service")
            for floor in screen.floors:
                screen.select_floor(floor)
                settle_layout()
                self._measure(name if len(screen.floors) == 1 else f"{name}:{floor}", locale)
            app.go_back()
        app.show_information()
        settle_layout()
        self._measure("information", locale)
        warning = app.idle_warning
        warning.seconds_left = 30
        warning.countdown_text = warning.countdown_template.format(seconds=30)
        warning.open(animation=False)
        settle_layout()
        self._measure("idle", locale)
        warning.dismiss(animation=False)
        settle_layout()

    def _staff_panel(self) -> None:
        panel = self.app.staff.open_panel()
        settle_layout()
        self._measure("staff", STAFF_LOCALE)
        panel.dismiss(animation=False)
        settle_layout()
        EventLoop.idle()  # one drawn frame, so the next size starts from a window that has shown this one
