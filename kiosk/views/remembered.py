"""The Welcome screen a kiosk last showed, kept on disk so that its next start shows it at once and checks the
content after that first frame: loading and checking content and reading CLDR are most of a cold start.

Only what Welcome needs is kept: the greetings, the languages' own names and each language's script and writing
direction, as read from CLDR by the Babel version recorded with them, for one site folder and kiosk. A missing or
unreadable file, or one written for another format, Babel, site folder or kiosk, is no remembered Welcome: the kiosk
then checks its content first, as on its very first start. A file that no longer matches the content is shown until
the content is checked, a moment later, and then replaced."""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path

import babel

from kiosk.i18n.locales import LocaleFacts
from kiosk.views.welcome import LanguageChoice, WelcomeView

FORMAT = 1
_FIELD_TYPES = {"str": str, "bool": bool}  # every field of LanguageChoice and LocaleFacts


@dataclass(frozen=True)
class RememberedWelcome:
    view: WelcomeView
    facts: dict[str, LocaleFacts]  # by the codes the view uses


def recall(path: Path, site_folder: Path, kiosk: str) -> RememberedWelcome | None:
    """The Welcome kept for this site folder and kiosk (as configured, "" for the site's first), or None."""
    try:
        saved = json.loads(path.read_text(encoding="utf-8"))
        if (saved.get("format"), saved.get("babel"), saved.get("site"), saved.get("kiosk")) != \
                (FORMAT, babel.__version__, str(site_folder.resolve()), kiosk):
            return None
        greetings = tuple((code, text) for code, text in saved["greetings"])
        view = WelcomeView(greetings, tuple(LanguageChoice(**choice) for choice in saved["languages"]))
        facts = {code: LocaleFacts(**values) for code, values in saved["facts"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    codes = [choice.locale for choice in view.languages] + [code for code, _ in greetings]
    well_typed = all(isinstance(part, str) for pair in greetings for part in pair) and all(
        isinstance(getattr(record, field.name), _FIELD_TYPES.get(field.type, type(None)))  # unlisted types fail
        for record in [*view.languages, *facts.values()] for field in fields(record))
    if not view.languages or not well_typed or any(code not in facts for code in codes):
        return None  # no memory rather than a broken first frame
    return RememberedWelcome(view, facts)


def remember(path: Path, site_folder: Path, kiosk: str, view: WelcomeView, facts: dict[str, LocaleFacts]) -> None:
    """Write ``path`` whole (a start never reads half a file), and only when it changes. Raises ``OSError``."""
    text = json.dumps({"format": FORMAT, "babel": babel.__version__, "site": str(site_folder.resolve()),
                       "kiosk": kiosk, "greetings": view.greetings,
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
