"""Tiles: a concern, or the search, as a button with its pictogram; the concerns, a topic and the search's
results show the same tile for a concern."""
from __future__ import annotations

from kiosk.content import Content
from kiosk.content.model import Service
from kiosk.i18n.content_text import ContentText
from kiosk.messages import Translator
from kiosk.paths import ICONS_DIR
from kiosk.views import texts
from kiosk.views.models import Tile

SEARCH_ICON = ICONS_DIR / "nav-search.png"


def service_tile(content: Content, service: Service, names: ContentText) -> Tile:
    """A concern, with its own pictogram or its topic's."""
    return Tile("service", service.id, names.service_name(service),
                content.folder / (service.icon or content.categories[service.category].icon))


def search_tile(say: Translator) -> Tile:
    """The tile on the concerns screen that opens the search."""
    return Tile("search", "", texts.SEARCH.render(say), SEARCH_ICON)
