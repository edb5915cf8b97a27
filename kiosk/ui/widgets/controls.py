"""Touch controls shared by all screens: a labelled button, a tile, and a row that mirrors for right-to-left."""
from __future__ import annotations

from pathlib import Path

from kivy.lang import Builder
from kivy.properties import BooleanProperty, ListProperty, NumericProperty, ObjectProperty, StringProperty
from kivy.uix.behaviors import ButtonBehavior
from kivy.uix.boxlayout import BoxLayout
from kivy.uix.gridlayout import GridLayout
from kivy.uix.widget import Widget

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


class MirroredRow(GridLayout):
    """One row of widgets that runs right to left when ``right_to_left`` is set (back button on the right)."""

    right_to_left = BooleanProperty(False)

    def on_right_to_left(self, _instance: Widget, value: bool) -> None:
        self.orientation = "rl-tb" if value else "lr-tb"


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
