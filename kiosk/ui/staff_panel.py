"""The staff panel and the PIN pad before it: loaded when staff first come in, not at every start."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from kivy.lang import Builder
from kivy.properties import StringProperty
from kivy.uix.modalview import ModalView

from kiosk.config import pin_matches

if TYPE_CHECKING:
    from kiosk.views.staff_panel import StaffPanelView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class PinPad(ModalView):
    entered = StringProperty("")
    confirm_label = StringProperty("")

    def __init__(self, pin_hash: str, on_success: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.pin_hash, self.on_success = pin_hash, on_success

    def press(self, key: str) -> None:
        if key == "ok":
            if pin_matches(self.entered, self.pin_hash):
                self.dismiss(animation=False)
                self.on_success()
            self.entered = ""
        elif key == "del":
            self.entered = self.entered[:-1]
        else:
            self.entered += key


class StaffPanel(ModalView):
    """What is live, what was rejected, translation coverage; reload, screenshot, leave the kiosk."""

    title = StringProperty("")
    body = StringProperty("")
    reload_label = StringProperty("")
    screenshot_label = StringProperty("")
    leave_label = StringProperty("")
    close_label = StringProperty("")

    def __init__(self, view: StaffPanelView, on_reload: Callable[[], None], on_screenshot: Callable[[], None],
                 on_leave: Callable[[], None], **kwargs: object) -> None:
        super().__init__(**kwargs)
        self.title, self.body = view.title, "\n".join(view.lines)
        self.reload_label, self.screenshot_label = view.reload, view.screenshot
        self.leave_label, self.close_label = view.leave, view.close
        self.on_reload, self.on_screenshot, self.on_leave = on_reload, on_screenshot, on_leave

    def act(self, action: Callable[[], None]) -> None:
        self.dismiss(animation=False)
        action()
