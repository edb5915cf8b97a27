"""What the kiosk's QR codes hold: a short link to the visitor's phone page, or, where the site publishes no phone
pages, a short text in the visitor's language that a phone shows without any network."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from kiosk.i18n.formats import format_items
from kiosk.i18n.locales import web_tag
from kiosk.messages import Translator
from kiosk.views import texts

if TYPE_CHECKING:
    from kiosk.views.models import ServiceView

# The code is read off a screen from arm's length. Up to version 13 (69 x 69 modules) a 320-pixel code keeps every
# module at 4 pixels or more, about 1.5 mm on a 32-inch portrait screen, which phone cameras read from 30-60 cm;
# larger versions need a closer, steadier phone. Version 13 at error correction level M holds 331 bytes.
QR_MAX_VERSION = 13
QR_MAX_BYTES = 331
# Steps beyond the first few belong on the phone page; in a text code they would push out the documents.
TEXT_STEPS = 3
ELLIPSIS = "…"
# The phone page's section with the way without stairs; a code scanned with the switch on opens it.
STEP_FREE_ANCHOR = "step-free"
# ISO/IEC 18004 asks for four light modules around the code; cameras find it much faster with them.
QUIET_ZONE_MODULES = 4


def phone_page_path(locale: str, kiosk: str, service: str) -> str:
    """Where a concern's phone page lies inside the exported site, e.g. ``fa-af/foyer/pass-abholen.html``."""
    return f"{web_tag(locale)}/{kiosk}/{service}.html"


def phone_page_url(base_url: str, locale: str, kiosk: str, service: str) -> str:
    return f"{base_url.rstrip('/')}/{phone_page_path(locale, kiosk, service)}"


def _size(text: str) -> int:
    return len(text.encode("utf-8"))


def _shortened(line: str, budget: int) -> str:
    """``line`` cut at a character boundary so that it and the ellipsis take at most ``budget`` bytes."""
    # Cut the bytes once and drop a character the cut split: linear in the line, however long staff made it.
    room = max(budget - _size(ELLIPSIS), 0)
    kept = line.encode("utf-8")[:room].decode("utf-8", errors="ignore")
    return kept.rstrip() + ELLIPSIS


def compact_text(lines: Sequence[str], limit: int = QR_MAX_BYTES) -> str:
    """``lines`` (most important first) joined, as many as fit in ``limit`` UTF-8 bytes; a cut is marked with "…"."""
    kept: list[str] = []
    for line in lines:
        candidate = "\n".join([*kept, line])
        if _size(candidate) <= limit:
            kept.append(line)
            continue
        budget = limit - _size("\n".join([*kept, ""]))
        if not kept:
            return _shortened(line, limit)
        kept.append(_shortened(line, budget) if budget > _size(ELLIPSIS) * 8 else ELLIPSIS)
        break
    text = "\n".join(kept)
    while _size(text) > limit:  # only when the ellipsis line itself did not fit
        kept.pop(-2)
        text = "\n".join(kept)
    return text


def qr_matrix(payload: str) -> list[list[bool]]:
    """The code's modules (True is dark), quiet zone included, in the smallest version that holds ``payload``."""
    import qrcode  # only once a Service screen is shown, not before the kiosk's first frame

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=QUIET_ZONE_MODULES)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    return code.get_matrix()


def take_along_payload(phone_pages_url: str | None, kiosk: str, locale: str, view: ServiceView, step_free: bool,
                       say: Translator) -> str:
    """A short link to the phone page where the site publishes them; else the essentials as text."""
    if phone_pages_url:
        url = phone_page_url(phone_pages_url, locale, kiosk, view.service)
        return f"{url}#{STEP_FREE_ANCHOR}" if step_free else url
    room = texts.ROOM_LINE(room=view.room).render(say, isolated=True) if view.room_heading else view.room
    lines = [view.title, room, view.floor]
    if view.documents:  # before the steps: the way is signposted, a missing document costs a second visit
        documents = format_items([name for name, _ in view.documents], locale)
        lines.append(texts.DOCUMENTS_LINE(documents=documents).render(say))
    lines += [f"{step.number}. {step.text}" for step in view.steps[:TEXT_STEPS]]
    return compact_text(lines)
