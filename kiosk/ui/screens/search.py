"""The search: what the visitor types (on the screen's keyboard in their script, or a hardware keyboard), and the
concerns found, updated at every key. The typed text lives in the session only, forgotten at the reset."""
from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

from kivy.app import App
from kivy.core.text import Label as CoreLabel
from kivy.core.window import Window
from kivy.lang import Builder
from kivy.metrics import dp, sp
from kivy.properties import BooleanProperty, ListProperty, NumericProperty, StringProperty
from kivy.uix.image import Image
from kivy.uix.vkeyboard import VKeyboard

from kiosk.search import keyboards
from kiosk.text.style import text_style
from kiosk.ui.screens import KioskScreen
from kiosk.ui.screens.concerns import show_tiles
from kiosk.ui.widgets.controls import TouchButton, reuse_children
from kiosk.ui.widgets.icons import icon_path
from kiosk.ui.widgets.keys import drawn_keys
from kiosk.views.models import SearchView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))
MOST_TYPED = 60  # longer than any concern's name: more is a stuck key or a child playing
# Kivy tints its grey key images: multiplied with these they come out as the kiosk's blues (white text ≥ 7:1).
KEYBOARD_BACKGROUND = (0.12, 0.18, 0.3, 1)
KEY_COLOUR = (0.45, 0.6, 1.0, 1)
KEY_FONT_SIZE = 30  # sp, where the keys are tall enough


@cache  # one entry per font the shipped languages use
def _line_height_per_pixel(font: str) -> float:
    """How tall a line of ``font`` is for each pixel of font size (Arabic fonts: over twice)."""
    return CoreLabel(font_name=font, font_size=100).get_extents("x")[1] / 100


class SearchKeyboard(VKeyboard):
    """Kivy's on-screen keyboard with the project's layouts, fixed in place (it is a Scatter: no moving or
    turning), keys in the kiosk's colours with pictograms for space and delete."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(layout_path=str(keyboards.KEYBOARDS_DIR), layout=keyboards.LATIN, do_translation=False,
                         do_rotation=False, do_scale=False, margin_hint=[0.02, 0.01, 0.02, 0.01],
                         key_margin=[dp(3)] * 4, background_color=KEYBOARD_BACKGROUND,
                         key_background_color=KEY_COLOUR, **kwargs)
        self.fbind("size", lambda *_: self.refresh(True))

    def use(self, layout: str, locale: str) -> None:
        self.font_name = str(text_style(locale).font)
        if self.layout != layout:
            self.layout = layout

    def draw_keys(self) -> None:
        # A letter's line as tall as the key at most, so the letters of neighbouring rows never overlap.
        key_height = min(size[1] for _, _, size in drawn_keys(self))
        self.font_size = min(sp(KEY_FONT_SIZE), int(key_height / _line_height_per_pixel(self.font_name)))
        super().draw_keys()
        for key, pos, size in drawn_keys(self):
            pictogram = keyboards.KEY_PICTOGRAMS.get(key[2] or "")
            if pictogram:
                self.add_widget(Image(source=icon_path(pictogram), pos=pos, size=size, fit_mode="contain"))


class SearchScreen(KioskScreen):
    query = StringProperty("")
    prompt = StringProperty("")
    right_to_left = BooleanProperty(False)
    layouts = ListProperty([])  # (layout, label) of the keyboards the visitor can switch between
    locale = StringProperty("de")  # until the first visitor: labels need a language to be made
    choosing_vowel = BooleanProperty(False)  # Ethiopic: a consonant tapped, its vowel forms on the keyboard
    # The keyboard's height follows its rows of keys only: any change of its size redraws every key (40 labels
    # made anew, the slowest part of a key press), and sharing the height with the results made it change
    # whenever "nothing found" came or went.
    key_rows = NumericProperty(4)

    def on_kv_post(self, _base: object) -> None:
        self.keyboard = SearchKeyboard(size_hint=(1, 1))
        self.keyboard.bind(on_key_up=self._key, layout=self._count_rows)
        self.ids.keyboard_area.add_widget(self.keyboard)

    def show(self, view: SearchView, locale: str, right_to_left: bool) -> None:
        self.locale, self.right_to_left = locale, right_to_left
        self.ids.title.locale, self.ids.title.source_text = locale, view.title
        self.ids.note.locale, self.ids.note.source_text = locale, view.note
        self.query, self.prompt = view.query, view.prompt
        show_tiles(self.ids.tiles, locale, view.results)
        if [choice.layout for choice in view.keyboards] != [layout for layout, _ in self.layouts]:
            self.layouts = [(choice.layout, choice.label) for choice in view.keyboards]
            self._show_switches(locale)
            self.keyboard.use(view.keyboards[0].layout, locale)

    def _count_rows(self, keyboard: VKeyboard, layout: str) -> None:
        self.key_rows = keyboard.available_layouts.get(layout, {}).get("rows", self.key_rows)

    def _show_switches(self, locale: str) -> None:
        for button, (layout, label) in zip(reuse_children(self.ids.switches, len(self.layouts), TouchButton),
                                           self.layouts):
            button.locale, button.label, button.layout_name = locale, label, layout
            button.unbind(on_release=self._switch)
            button.bind(on_release=self._switch)

    def _switch(self, button: TouchButton) -> None:
        self.choosing_vowel = False
        self.keyboard.use(button.layout_name, self.locale)

    def on_enter(self, *_args: object) -> None:
        Window.bind(on_textinput=self._hardware_text, on_key_down=self._hardware_key)

    def on_leave(self, *_args: object) -> None:
        Window.unbind(on_textinput=self._hardware_text, on_key_down=self._hardware_key)

    def _key(self, _keyboard: VKeyboard, keycode: str | None, text: str | None, _modifiers: object) -> None:
        if keycode and keycode.startswith(keyboards.CONSONANT):
            consonant = keycode.removeprefix(keyboards.CONSONANT)
            self.keyboard.available_layouts[consonant] = keyboards.vowel_layout(consonant)
            self.keyboard.layout, self.choosing_vowel = consonant, True
            return
        if self.choosing_vowel:  # a vowel form chosen, or none: back to the consonants
            self.keyboard.layout, self.choosing_vowel = keyboards.ETHIOPIC, False
        if keycode == "backspace":
            self._type(self.query[:-1])
        elif keycode == "spacebar":
            self._type(self.query + " ")
        elif text and keycode != keyboards.BACK_TO_CONSONANTS:
            self._type(self.query + text)

    def _hardware_text(self, _window: object, text: str) -> None:
        self._type(self.query + text)

    def _hardware_key(self, _window: object, key: int, *_args: object) -> bool:
        if key == 8:  # backspace
            self._type(self.query[:-1])
            return True
        return False

    def clear(self) -> None:
        self._type("")

    def _type(self, query: str) -> None:
        App.get_running_app().type_query(unicodedata.normalize("NFC", query)[:MOST_TYPED])
