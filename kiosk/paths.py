"""Where the project's data folders are, in a checkout and in a frozen bundle alike."""
from __future__ import annotations

import sys
from pathlib import Path

# PyInstaller unpacks data beside the code under sys._MEIPASS; a checkout has them beside the package.
PROJECT_ROOT = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
CONTENT_DIR = PROJECT_ROOT / "content"
TRANSLATIONS_DIR = PROJECT_ROOT / "translations"
ASSETS_DIR = PROJECT_ROOT / "assets"
ICONS_DIR = ASSETS_DIR / "icons"  # the interface pictograms, white on transparent
BUNDLED_SITE = CONTENT_DIR / "chemnitz-buergerhaus"
SCHEMA_FILE = CONTENT_DIR / "wegweiser.schema.json"
# The espeak-ng voices compiled from upstream sources (scripts/build-voices.sh, build output); kiosk.spec bundles them.
UPSTREAM_VOICES_DIR = PROJECT_ROOT / ("espeak-ng-upstream" if hasattr(sys, "_MEIPASS") else "build/espeak-ng-upstream")
