"""Second screen: the topics as large tiles, and the shortcuts ("I have an appointment", "I don't know")."""
from __future__ import annotations

from pathlib import Path

from kivy.app import App
from kivy.lang import Builder
from kivy.properties import BooleanProperty
from kivy.uix.widget import Widget

from kiosk.ui.screens import KioskScreen
from kiosk.ui.widgets.controls import Tile, reuse_children
from kiosk.views.models import CategoryView, ConcernsView

Builder.load_file(str(Path(__file__).with_suffix(".kv")))


def show_tiles(grid: Widget, locale: str, tiles) -> None:
    """Fill ``grid`` with a tile each, reusing the tiles it has; a tap opens the tile's topic or concern."""
    for widget, tile in zip(reuse_children(grid, len(tiles), Tile), tiles):
        widget.locale, widget.label, widget.payload = locale, tile.label, tile
        widget.icon = str(tile.icon) if tile.icon else ""
        widget.unbind(on_release=_open)
        widget.bind(on_release=_open)


def _open(widget: Tile) -> None:
    App.get_running_app().open_tile(widget.payload.kind, widget.payload.id)


class TileScreen(KioskScreen):
    """A title and a grid of tiles; the concerns and a topic's services both look like this."""

    right_to_left = BooleanProperty(False)

    def show_tiles(self, locale: str, tiles) -> None:
        show_tiles(self.ids.tiles, locale, tiles)


class ConcernsScreen(TileScreen):
    def show(self, view: ConcernsView, locale: str, right_to_left: bool) -> None:
        self.right_to_left = right_to_left
        self.ids.title.locale, self.ids.title.source_text = locale, view.title
        self.ids.note.locale, self.ids.note.source_text = locale, "\n".join(filter(None, (view.note, *view.notices)))
        self.show_tiles(locale, view.tiles)


class CategoryScreen(TileScreen):
    def show(self, view: CategoryView, locale: str, right_to_left: bool) -> None:
        self.right_to_left = right_to_left
        self.ids.title.locale, self.ids.title.source_text = locale, f"{view.title}\n{view.heading}"
        self.show_tiles(locale, view.services)
