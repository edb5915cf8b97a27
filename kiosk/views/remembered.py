"""The Welcome screen a kiosk last showed, kept on disk so that its next start shows it at once and checks the
content after that first frame: loading and checking content and reading CLDR are most of a cold start.

Only what Welcome needs is kept: the greetings, the languages' own names and each language's script and writing
direction, as read from CLDR by the Babel version recorded with them. A missing or unreadable file, or one written
for another format or Babel, is no remembered Welcome: the kiosk then checks its content first, as on its very first
start. A file that no longer matches the content is shown for one frame and replaced as soon as the content is
checked."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

import babel

from kiosk.i18n.locales import LocaleFacts
from kiosk.views.welcome import LanguageChoice, WelcomeView

FORMAT = 1


@dataclass(frozen=True)
class RememberedWelcome:
    view: WelcomeView
    facts: dict[str, LocaleFacts]  # by the codes the view uses


def recall(path: Path) -> RememberedWelcome | None:
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if saved.get("format") != FORMAT or saved.get("babel") != babel.__version__:
            return None
        view = WelcomeView(tuple((code, text) for code, text in saved["greetings"]),
                           tuple(LanguageChoice(**choice) for choice in saved["languages"]))
        facts = {code: LocaleFacts(**fields) for code, fields in saved["facts"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not view.languages or any(choice.locale not in facts for choice in view.languages):
        return None
    return RememberedWelcome(view, facts)


def remember(path: Path, view: WelcomeView, facts: dict[str, LocaleFacts]) -> None:
    """Write ``path`` whole (a start never reads half a file), and only when it changes. Raises ``OSError``."""
    text = json.dumps({"format": FORMAT, "babel": babel.__version__, "greetings": view.greetings,
                       "languages": [asdict(choice) for choice in view.languages],
                       "facts": {code: asdict(fact) for code, fact in facts.items()}},
                      ensure_ascii=False, indent=1)
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except (OSError, ValueError):
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=".welcome-", delete=False) as file:
        file.write(text)
    os.replace(file.name, path)
