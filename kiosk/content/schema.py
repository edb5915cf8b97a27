"""The JSON Schema of a content file, for editor completion and checks while typing.

Editors' YAML servers type scalars by YAML 1.2 rules, while the kiosk reads every scalar as text and types it
itself: a room number written 3.032 or a switch written ja is fine here. The schema therefore lets a number or
yes/no word stand wherever text or a switch is expected, so editors don't warn about what the kiosk accepts.
"""
from __future__ import annotations

from typing import Any

from kiosk.content.model import SiteFile

SCHEMA_ID = "https://wegweiser.invalid/schema/site-file.json"


def site_file_schema() -> dict[str, Any]:
    schema = SiteFile.model_json_schema(mode="validation", by_alias=True)
    schema["$id"] = SCHEMA_ID
    schema["title"] = "Wegweiser site content file"
    return _relax(schema)


def _relax(node: Any) -> Any:
    if isinstance(node, dict):
        relaxed = {key: _relax(value) for key, value in node.items()}
        if relaxed.get("type") == "string" and "enum" not in relaxed and "pattern" not in relaxed:
            relaxed["type"] = ["string", "number"]
        elif relaxed.get("type") == "boolean":
            relaxed.pop("type")
            relaxed["anyOf"] = [{"type": "boolean"}, {"enum": ["ja", "nein", "yes", "no"]}]
        return relaxed
    if isinstance(node, list):
        return [_relax(item) for item in node]
    return node
