"""Touch controls shared by all screens: a labelled button, a tile, and a row that mirrors for right-to-left."""
from __future__ import annotations

from pathlib import Path

from kivy.clock import Clock
from kivy.lang import Builder
from kivy.properties import BooleanProperty, ListProperty, NumericProperty, ObjectProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.gridlayout import GridLayout
from kivy.uix.widget import Widget

from kiosk.ui.widgets.kept_drawing import KeptDrawing
from kiosk.ui.widgets.text import LocalizedLabel

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


class TouchButton(ButtonBehavior, BoxLayout):
    """A large button with an optional pictogram and a localized label."""

    locale = StringProperty("de")
    label = StringProperty("")
    icon = StringProperty("")
    active = BooleanProperty(False)
    background = ListProperty([0.16, 0.27, 0.47, 1])
    natural_height = NumericProperty(0)  # what its pictogram and label need; a row of buttons takes the tallest


class LanguageButton(ButtonBehavior, LocalizedLabel):
    """A language in its own script on the Welcome screen: one widget, not a ``TouchButton``'s three, because
    fourteen of them are built before a kiosk's first frame."""


class Tile(ButtonBehavior, BoxLayout):
    locale = StringProperty("de")
    label = StringProperty("")
    icon = StringProperty("")
    payload = ObjectProperty(None)
    natural_height = NumericProperty(0)  # what its pictogram and label need; its row takes the tallest


class RightToLeft:
    """A grid whose widgets run right to left when ``right_to_left`` is set."""

    right_to_left = BooleanProperty(False)

    def on_right_to_left(self, _instance: Widget, value: bool) -> None:
        self.orientation = "rl-tb" if value else "lr-tb"


class MirroredRow(RightToLeft, GridLayout):
    """One row of widgets, mirrored for right-to-left languages (back button on the right)."""


class KeptRow(KeptDrawing, MirroredRow):
    """A row that changes less often than the screen above it, drawn again only when it does."""


class TileGrid(RightToLeft, GridLayout):
    """Tiles in rows, each tile as tall as the tallest of its row: a label that wraps makes its row taller, not
    one tile (a row of uneven tiles reads as a broken grid)."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)
        self._even_rows = Clock.create_trigger(self._even)
        self.fbind("cols", self._even_rows)

    def add_widget(self, widget: Widget, *args: object, **kwargs: object) -> None:
        super().add_widget(widget, *args, **kwargs)
        widget.fbind("natural_height", self._even_rows)
        self._even_rows()

    def remove_widget(self, widget: Widget, *args: object, **kwargs: object) -> None:
        super().remove_widget(widget, *args, **kwargs)
        widget.funbind("natural_height", self._even_rows)
        self._even_rows()

    def _even(self, *_args: object) -> None:
        tiles, columns = list(reversed(self.children)), max(1, self.cols or 1)
        for start in range(0, len(tiles), columns):
            row = tiles[start:start + columns]
            tallest = max(tile.natural_height for tile in row)
            for tile in row:
                tile.height = tallest


SPARE_CHILDREN = "spare_children"  # on a container: the rows it no longer shows, kept for when it needs more


def reuse_children(container: Widget, count: int, make) -> list[Widget]:
    """Keep exactly ``count`` children, making only ones never made before: screens are updated, not rebuilt.

    Rows no longer needed wait aside instead of being dropped. Dropping them and making new ones whenever a concern
    had more steps or documents than the last cost a tap about 10 ms and left kv bindings behind on every visit."""
    children = list(reversed(container.children))
    if not hasattr(container, SPARE_CHILDREN):
        setattr(container, SPARE_CHILDREN, [])  # an attribute, as ``container`` is often a weak proxy from ``ids``
    spare: list[Widget] = getattr(container, SPARE_CHILDREN)
    while len(children) < count:
        child = spare.pop() if spare else make()
        container.add_widget(child)
        children.append(child)
    for child in children[count:]:
        container.remove_widget(child)
        spare.append(child)
    return children[:count]
