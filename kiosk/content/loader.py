"""Load a site folder: every YAML file strictly read, typed, merged and cross-checked, all problems at once."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Iterable

from pydantic import BaseModel, ValidationError

from kiosk.content.checks import check_content
from kiosk.content.content import Content, Source
from kiosk.content.files import content_files, not_regular
from kiosk.content.model import SECTION_KINDS, Connection, Site, SiteFile
from kiosk.content.problems import Location, Problem, sort_key
from kiosk.messages import S_
from kiosk.content.schema_errors import problems_from
from kiosk.content.yamlsource import Document, read_document

NO_FOLDER = S_("content problem", "There is no site folder here.")
HINT_NO_FOLDER = S_("content hint", "Give the path of a folder holding the site's .yaml files.")
NO_FILES = S_("content problem", "The folder holds no .yaml files.")
HINT_NO_FILES = S_("content hint", "A site needs at least a file with a \"site:\" section.")
FILE_NOT_MAPPING = S_("content problem", "The file must consist of sections such as \"places:\" or \"services:\".")
HINT_SECTIONS = S_("content hint", "Start each section at the left margin: site, floors, zones, places, connections, "
                                   "services, documents, categories.")
NO_SITE = S_("content problem", "No file has a \"site:\" section.")
HINT_NO_SITE = S_("content hint", "Add site.yaml with the site's name, languages and kiosks.")
SECOND_SITE = S_("content problem", "A second \"site:\" section (the first is in {first}).")
HINT_SECOND_SITE = S_("content hint", "Keep one \"site:\" section per site folder.")
DUPLICATE_ID = S_("content problem", "The {kind} id \"{id}\" is used twice (first at {first}).")
HINT_DUPLICATE_ID = S_("content hint", "Give each {kind} its own id.")
DAY_TWICE = S_("content problem", "The date {day} is a special day twice (first at {first}).")
HINT_DAY_TWICE = S_("content hint", "Keep one entry per date, with the hours that hold that day.")


@dataclass
class LoadResult:
    content: Content | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        return [problem for problem in self.problems if problem.is_error]

    @property
    def ok(self) -> bool:
        return self.content is not None


def load_site(folder: Path | str) -> LoadResult:
    """Everything valid -> Content (warnings may remain); any error -> no content and every problem found."""
    folder = Path(folder)
    if not folder.is_dir():
        return LoadResult(None, [Problem(Location(str(folder)), NO_FOLDER(), HINT_NO_FOLDER)])
    files = content_files(folder)
    if not files:
        return LoadResult(None, [Problem(Location(str(folder)), NO_FILES(), HINT_NO_FILES)])
    problems: list[Problem] = []
    parsed: list[_TypedFile] = []
    broken: set[str] = set()
    unreadable: list[Location] = []  # where each file that could not be used gave up
    for path in files:
        typed, file_problems = _read(path, broken)
        problems += file_problems
        if typed is not None:
            parsed.append(typed)
        else:
            unreadable.append(max(problem.location for problem in file_problems))
    content, merge_problems = _merge(folder, parsed, complete=not problems)
    problems += merge_problems
    if content is not None:
        problems += check_content(content, frozenset(broken), tuple(unreadable))
    problems.sort(key=sort_key)
    has_errors = any(problem.is_error for problem in problems)
    return LoadResult(None if has_errors else content, problems)


def _read(path: Path, broken: set[str]) -> tuple[_TypedFile | None, list[Problem]]:
    """One file read and typed; without a typed file back, nothing of it could be used."""
    refused = not_regular(path)
    if refused is not None:
        return None, [refused]
    document, problems = read_document(path, str(path))
    if document is None:
        return None, problems
    if not isinstance(document.data, dict):
        return None, [Problem(document.locate(()), FILE_NOT_MAPPING(), HINT_SECTIONS)]
    return _validate(document, broken)


@dataclass(frozen=True)
class _TypedFile:
    document: Document
    site_file: SiteFile
    kept: dict[str, list[int]]
    """Per list section, the position in the file of each entry that passed (entries with errors are left out)."""

    def source(self, section: str, index: int) -> Source:
        positions = self.kept.get(section)
        return Source(self.document, (section, positions[index] if positions else index))


def _validate(document: Document, broken: set[str]) -> tuple[_TypedFile | None, list[Problem]]:
    """Type one file; entries with errors are reported, noted in ``broken`` and left out, so the rest can
    still be cross-checked and every problem shows in one run."""
    try:
        return _TypedFile(document, SiteFile.model_validate(document.data), {}), []
    except ValidationError as error:
        problems = problems_from(error, document)
        failed = {tuple(details["loc"][:2]) for details in error.errors()}
    data = dict(document.data)  # type: ignore[arg-type]
    kept: dict[str, list[int]] = {}
    for section in [*SECTION_KINDS, "connections"]:
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        kind = SECTION_KINDS.get(section)
        for index, entry in enumerate(entries):
            if (section, index) in failed and kind and isinstance(entry, dict) and isinstance(entry.get("id"), str):
                broken.add(f"{kind}/{entry['id']}")
        kept[section] = [index for index in range(len(entries)) if (section, index) not in failed]
        data[section] = [entries[index] for index in kept[section]]
    for loc in failed:
        if len(loc) == 1 or loc[0] not in kept:
            data.pop(str(loc[0]), None)
    try:
        return _TypedFile(document, SiteFile.model_validate(data), kept), problems
    except ValidationError:  # what remains is still not valid; its problems are reported above
        return None, problems


def _twice(section: str, kind: str, entry_id: str, source: Source, first: Source) -> Problem:
    """Two entries that must be one: the same id, or for special days the same date (contradicting hours)."""
    if section == "special_days":
        return Problem(source.locate("date"), DAY_TWICE(day=entry_id, first=str(first.locate("date"))), HINT_DAY_TWICE())
    return Problem(source.locate("id"), DUPLICATE_ID(kind=kind, id=entry_id, first=str(first.locate("id"))),
                   HINT_DUPLICATE_ID(kind=kind))


def _merge(folder: Path, parsed: list[_TypedFile], *, complete: bool
           ) -> tuple[Content | None, list[Problem]]:
    problems: list[Problem] = []
    sources: dict[str, Source] = {}
    collected: dict[str, dict[str, BaseModel]] = {section: {} for section in SECTION_KINDS}
    connections: list[Connection] = []
    site: Site | None = None
    for typed in parsed:
        document, site_file = typed.document, typed.site_file
        if site_file.site is not None:
            if site is None:
                site = site_file.site
                sources["site"] = Source(document, ("site",))
            else:
                problems.append(Problem(document.locate(("site",), key=True),
                                        SECOND_SITE(first=str(sources["site"].locate())), HINT_SECOND_SITE()))
        for section, kind in SECTION_KINDS.items():
            entries: Iterable[BaseModel] = getattr(site_file, section)
            for index, entry in enumerate(entries):
                entry_id: str = entry.id  # type: ignore[attr-defined]
                source = typed.source(section, index)
                key = f"{kind}/{entry_id}"
                if key in sources:
                    problems.append(_twice(section, kind, entry_id, source, sources[key]))
                    continue
                sources[key] = source
                collected[section][entry_id] = entry
        for index, connection in enumerate(site_file.connections):
            sources[f"connection/{len(connections)}"] = typed.source("connections", index)
            connections.append(connection)
    if site is None:
        if complete:  # a file that failed to load may well hold the site section
            problems.append(Problem(Location(str(folder)), NO_SITE(), HINT_NO_SITE))
        return None, problems
    for index, kiosk in enumerate(site.kiosks):
        sources.setdefault(f"kiosk/{kiosk.id}", Source(sources["site"].document, ("site", "kiosks", index)))
    floors = dict(sorted(collected["floors"].items(), key=lambda item: item[1].ordinal))  # type: ignore[attr-defined]
    content = Content(
        folder=folder, site=site, floors=MappingProxyType(floors),
        zones=MappingProxyType(collected["zones"]), places=MappingProxyType(collected["places"]),
        connections=tuple(connections), services=MappingProxyType(collected["services"]),
        documents=MappingProxyType(collected["documents"]), categories=MappingProxyType(collected["categories"]),
        sources=MappingProxyType(sources), notices=MappingProxyType(collected["notices"]),
        special_days=MappingProxyType(collected["special_days"]),
    )
    return content, problems
