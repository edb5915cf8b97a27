"""Checks of the files content names: pictograms of topics and concerns, and the welcome brochure's PDFs, each inside the site
folder and of its kind; a brochure's links are https, and a PDF reaches phones only through the phone pages."""
from __future__ import annotations

from pathlib import Path
from typing import Iterator

from kiosk.content.content import Content
from kiosk.content.problems import Location, Problem, Severity
from kiosk.messages import S_, Message

ICON_OUTSIDE = S_("content problem", "The path \"{path}\" leads outside the site folder.")
HINT_ICON_OUTSIDE = S_("content hint", "Put the file into the site folder and give its path from there, "
                                       "e.g. icons/pass.png.")
ICON_MISSING = S_("content problem", "The file \"{path}\" does not exist in the site folder.")
HINT_ICON_MISSING = S_("content hint", "Check the spelling, or add the file.")
ICON_NOT_PNG = S_("content problem", "The file \"{path}\" is not a PNG image.")
HINT_ICON_NOT_PNG = S_("content hint", "Save the pictogram as .png.")
BROCHURE_NOT_PDF = S_("content problem", "The file \"{path}\" is not a PDF document.")
HINT_BROCHURE_NOT_PDF = S_("content hint", "Save the brochure as .pdf, or give an https link to it.")
BROCHURE_HTTP = S_("content problem", "The link \"{path}\" is not https.")
HINT_BROCHURE_HTTP = S_("content hint", "Write the https address; phones warn about plain http links.")
BROCHURE_NOT_PUBLISHED = S_("content problem", "The file \"{path}\" cannot reach phones: the site has no "
                                               "\"phone_pages_url\".")
HINT_BROCHURE_NOT_PUBLISHED = S_("content hint", "Set phone_pages_url in site.yaml (the PDF is published with the "
                                                 "phone pages), or give an https link.")
BROCHURE_NOT_OFFERED = S_("content problem", "The brochure has an edition in \"{code}\", which the kiosk does not "
                                             "offer.")
HINT_BROCHURE_NOT_OFFERED = S_("content hint", "Add the language to \"languages\", or remove the edition.")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PDF_SIGNATURE = b"%PDF-"


def check_files(content: Content) -> Iterator[Problem]:
    pictograms = [(f"category/{category.id}", category.icon) for category in content.categories.values()]
    pictograms += [(f"service/{service.id}", service.icon) for service in content.services.values() if service.icon]
    for key, icon in pictograms:
        yield from _site_file(content, content.locate(key, "icon"), icon, PNG_SIGNATURE, ICON_NOT_PNG(path=icon),
                              HINT_ICON_NOT_PNG())
    yield from _brochure(content)


def _brochure(content: Content) -> Iterator[Problem]:
    brochure = content.site.brochure
    if brochure is None:
        return
    for code, edition in brochure.editions.items():
        location = content.locate("site", "brochure", "editions", code)
        if code not in content.site.languages:
            yield Problem(location, BROCHURE_NOT_OFFERED(code=code), HINT_BROCHURE_NOT_OFFERED(), Severity.WARNING)
        if edition.startswith("https://"):
            continue
        if edition.startswith("http://"):
            yield Problem(location, BROCHURE_HTTP(path=edition), HINT_BROCHURE_HTTP())
            continue
        yield from _site_file(content, location, edition, PDF_SIGNATURE, BROCHURE_NOT_PDF(path=edition),
                              HINT_BROCHURE_NOT_PDF())
        if content.site.phone_pages_url is None:
            yield Problem(location, BROCHURE_NOT_PUBLISHED(path=edition), HINT_BROCHURE_NOT_PUBLISHED())


def _site_file(content: Content, location: Location, path: str, signature: bytes, wrong_kind: Message,
               hint: Message) -> Iterator[Problem]:
    """A file named by its path in the site folder: inside it, there, and starting as files of its kind do."""
    folder = content.folder.resolve()
    relative = Path(path)
    resolved = (folder / relative).resolve()
    if relative.is_absolute() or ".." in relative.parts or not resolved.is_relative_to(folder):
        yield Problem(location, ICON_OUTSIDE(path=path), HINT_ICON_OUTSIDE())
    else:
        try:
            with resolved.open("rb") as file:
                start = file.read(len(signature))
        except OSError:  # not there, a folder, unreadable, or a name longer than the file system allows
            yield Problem(location, ICON_MISSING(path=path), HINT_ICON_MISSING())
            return
        if start != signature:
            yield Problem(location, wrong_kind, hint)
