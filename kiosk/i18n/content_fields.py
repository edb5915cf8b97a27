"""Which content texts visitors read translated, derived from the model's own declarations (``Translated`` next to
each field in ``kiosk.content.model``): what the extractor writes into the content catalog, and where the kiosk
looks each text up, come from here and meet on the same context."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from pydantic import BaseModel

from kiosk.content.model import Translated, Untranslated
from kiosk.content.yamlsource import ValuePath


@dataclass(frozen=True)
class TranslatableText:
    path: ValuePath  # where the text is written in its file
    context: str  # its translation context, e.g. "service/aufenthaltskarte-abholen/fees/0/label"
    text: str
    note: str  # for translators


def declaration(model: type[BaseModel], field: str) -> Translated | Untranslated | None:
    return next((marker for marker in model.model_fields[field].metadata
                 if isinstance(marker, (Translated, Untranslated))), None)


@lru_cache(maxsize=None)
def translated_fields(model: type[BaseModel]) -> dict[str, Translated]:
    found = {field: declaration(model, field) for field in model.model_fields}
    return {field: marker for field, marker in found.items() if isinstance(marker, Translated)}


def _root(entry: BaseModel, context: tuple[str, ...]) -> tuple[str, ...]:
    """An entry with a kind of its own starts a context ("service/<id>"); others continue their parent's."""
    kind = getattr(entry, "translation_kind", None)
    if not kind:
        return context
    entry_id = entry.translation_id  # type: ignore[attr-defined]
    return (kind, entry_id) if entry_id else (kind,)


def translatable_texts(entry: BaseModel, path: ValuePath = (), context: tuple[str, ...] = ()
                       ) -> Iterator[TranslatableText]:
    """Every text of ``entry`` (and of the entries written in it) that visitors read translated."""
    context = _root(entry, context)
    declared = translated_fields(type(entry))
    for field, info in type(entry).model_fields.items():
        value, key = getattr(entry, field), info.alias or field
        items = enumerate(value) if isinstance(value, tuple) else None
        if field in declared:
            for index, text in (items or ((None, value),)):
                if text:
                    at = (key,) if index is None else (key, index)
                    name = (field,) if index is None else (field, str(index))
                    yield TranslatableText(path + at, "/".join(context + name), text, declared[field].note)
        elif isinstance(value, BaseModel):
            yield from translatable_texts(value, path + (key,), context + (field,))
        elif items is not None:
            for index, item in items:
                if isinstance(item, BaseModel):
                    yield from translatable_texts(item, path + (key, index), context + (field, str(index)))


def context_of(owner: BaseModel, *field_path: str | int) -> tuple[str, str | None]:
    """The translation context of the text at ``field_path`` inside ``owner`` (an entry with a kind, such as a
    service), and that text as staff wrote it. Refuses a path to a field not declared ``Translated``."""
    assert getattr(owner, "translation_kind", None), f"{type(owner).__name__} starts no translation context"
    context, value, holder = list(_root(owner, ())), owner, owner
    for part in field_path:
        if isinstance(part, int):
            value = value[part]  # type: ignore[index]
        else:
            holder, value = value, getattr(value, part)
        context.append(str(part))
    last_field = next(part for part in reversed(field_path) if isinstance(part, str))
    assert last_field in translated_fields(type(holder)), f"{type(holder).__name__}.{last_field} is not Translated"
    return "/".join(context), value  # type: ignore[return-value]
