"""What the Welcome screen shows. Apart from the other screens' view models: it is all a kiosk needs before its
first frame, and defining those (dataclasses) takes a noticeable part of a cold start."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LanguageChoice:
    locale: str
    endonym: str
    right_to_left: bool


@dataclass(frozen=True)
class WelcomeView:
    greetings: tuple[tuple[str, str], ...]  # (locale, greeting) in the site's language order
    languages: tuple[LanguageChoice, ...]
