"""Build the kiosk's pictograms: its own interface icons and the sample site's.

The pictograms come from Material Design Icons by Pictogrammers, npm package
``@mdi/svg`` at a pinned version (Apache-2.0). Each is recoloured to pure
white on a transparent background (the kiosk tints it with ``Image.color``)
and rasterized to a square RGBA PNG with a little padding. There are two sets:

  * the interface pictograms (navigation, route steps, information lines),
    128x128 px, in assets/icons/; their padding makes one MDI unit exactly
    5 px, so the icons' grid-aligned edges fall on pixel edges (crisp);
  * the category pictograms of the bundled sample site, 192x192 px, in
    content/chemnitz-buergerhaus/icons/.

Needs:
  * ``npm`` on PATH, with access to the npm registry (``npm pack`` fetches the
    pinned tarball; its SHA-512 is checked against the pinned integrity);
  * ``rsvg-convert`` on PATH (Debian: ``apt-get install librsvg2-bin``);
  * the Apache-2.0 text at /usr/share/common-licenses/Apache-2.0 (Debian's
    base-files), copied into LICENSE.md as the licence requires.

Run from anywhere (paths are relative to the repository)::

    python tools/build_icons.py

It (re)writes <name>.png and LICENSE.md in both folders. The output is
reproducible: the same package and rsvg-convert give byte-identical files.
This is a maintainer tool; the tests do not run it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import subprocess
import sys
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

PACKAGE = "@mdi/svg"
VERSION = "7.4.47"
INTEGRITY = (
    "sha512-WQ2gDll12T9WD34fdRFgQVgO8bag3gavrAgJ0frN4phlwdJARpE6gO1YvLEMJR0KKgoc+"
    "/Ea/A0Pp11I00xBvw=="
)
APACHE_TEXT = Path("/usr/share/common-licenses/Apache-2.0")

REPO = Path(__file__).resolve().parent.parent
SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Pictogram:
    """One output pictogram: MDI icons (each with an SVG transform) plus extra shapes."""

    meaning: str
    sources: tuple[tuple[str, str], ...]
    extra: str = ""  # hand-drawn SVG elements in the same 24x24 coordinates


def single(meaning: str, icon: str) -> Pictogram:
    return Pictogram(meaning, ((icon, ""),))


@dataclass(frozen=True)
class IconSet:
    """One output folder: its pictograms, PNG size and the wording of its LICENSE.md."""

    title: str  # heading of LICENSE.md
    out_dir: Path
    size: int  # output edge in pixels
    pad: float  # extra margin around MDI's 24x24 box (which has 2 units of its own)
    changes: str  # the "Changes made to the original icons" paragraph of LICENSE.md
    pictograms: dict[str, Pictogram]


UI_SIZE = 128
UI_PICTOGRAMS: dict[str, Pictogram] = {
    # navigation bar
    "nav-home": single("start page", "home"),
    "nav-back": single("back", "arrow-left"),
    "nav-language": single("choose language", "translate"),
    "nav-info": single("information", "information-outline"),
    "nav-step-free": single("step-free route", "wheelchair-accessibility"),
    "nav-larger-text": single("larger text", "format-size"),
    "nav-close": single("close", "close"),
    "nav-search": single("search", "magnify"),
    "key-backspace": single("delete the last letter", "backspace-outline"),
    "key-space": single("space", "keyboard-space"),
    "nav-read-aloud": single("read aloud", "volume-high"),
    # route steps
    "step-start": single("start here", "human-male"),
    "step-straight": single("go straight on", "arrow-up"),
    "step-slight-left": single("bear left", "arrow-top-left"),
    "step-left": single("turn left", "arrow-left-top"),
    "step-sharp-left": single("sharp left", "arrow-bottom-left"),
    "step-slight-right": single("bear right", "arrow-top-right"),
    "step-right": single("turn right", "arrow-right-top"),
    "step-sharp-right": single("sharp right", "arrow-bottom-right"),
    "step-turn-around": single("turn around", "arrow-u-down-left"),
    "step-door": single("go through the door", "door-open"),
    "step-stairs-up": single("stairs up", "stairs-up"),
    "step-stairs-down": single("stairs down", "stairs-down"),
    "step-escalator": single("escalator", "escalator"),
    "step-lift": single("lift", "elevator-passenger"),
    "step-ramp": single("ramp", "slope-uphill"),
    "step-zone": single("zone / area (signpost)", "sign-direction"),
    "step-landmark": single("landmark to look out for", "eye-outline"),
    "step-arrive": single("you have arrived", "flag-checkered"),
    # information lines, map, status
    "info-appointment": single("appointment", "calendar-clock"),
    "info-documents": single("documents to bring", "file-document-multiple-outline"),
    "info-fees": single("fees", "cash"),
    "info-hours": single("opening hours", "clock-outline"),
    "info-phone": single("telephone", "phone"),
    "info-email": single("e-mail", "email-outline"),
    "info-address": single("address", "map-marker"),
    "info-web": single("web link", "link-variant"),
    "info-qr": single("scan the QR code", "qrcode-scan"),
    "map-you-are-here": single("you are here", "account"),
    "map-destination": single("destination", "map-marker"),
    "check": single("done / confirmed", "check-circle-outline"),
    "warning": single("warning / note", "alert-circle-outline"),
}

CATEGORY_SIZE = 192
CATEGORY_PICTOGRAMS: dict[str, Pictogram] = {
    "aufenthalt": single("residence permit / visa", "passport-check"),
    "ausweis-karte": single("residence card / ID card", "card-account-details"),
    # Not "certificate"/"seal": their six-pointed star reads as a religious symbol.
    "einbuergerung": single("naturalisation (flag)", "flag-variant"),
    "familie-eu": single("family", "account-group"),
    "meldewesen": single("registering your address", "home-map-marker"),
    "fahrzeug": single("car registration", "car"),
    # No MDI icon shows a driving licence: a card outline with a steering wheel
    # and three text lines, composed here.
    "fuehrerschein": Pictogram(
        "driving licence (card with steering wheel)",
        (("card-outline", ""), ("steering", "translate(4.1 6.6) scale(0.45)")),
        '<rect x="15" y="9" width="4" height="1.5" rx="0.5"/>'
        '<rect x="15" y="11.25" width="4" height="1.5" rx="0.5"/>'
        '<rect x="15" y="13.5" width="2.75" height="1.5" rx="0.5"/>',
    ),
    "fundbuero": single("lost and found (box with magnifier)", "archive-search"),
    "orientierung": single("help / where to go (signpost)", "sign-direction"),
    # The two concerns shown beside the topics, each with a pictogram of its own.
    "termin": single("I have an appointment", "calendar-check"),
    "wohin": single("I don't know where to go", "map-marker-question-outline"),
}

ICON_SETS: tuple[IconSet, ...] = (
    IconSet(
        "Interface pictograms",
        REPO / "assets" / "icons",
        UI_SIZE,
        0.8,  # 24 + 2 * 0.8 = 25.6 units over 128 px: 5 px per unit
        "Changes made to the original icons: recoloured to white (#ffffff), padded,\n"
        f"rasterized to {UI_SIZE}x{UI_SIZE} px RGBA PNG with rsvg-convert.",
        UI_PICTOGRAMS,
    ),
    IconSet(
        "Category pictograms",
        REPO / "content" / "chemnitz-buergerhaus" / "icons",
        CATEGORY_SIZE,
        1.5,
        "Changes made to the original icons: recoloured to white (#ffffff), padded,\n"
        f"rasterized to {CATEGORY_SIZE}x{CATEGORY_SIZE} px RGBA PNG with rsvg-convert;"
        " `fuehrerschein.png`\nis a composition of two icons with added rectangles.",
        CATEGORY_PICTOGRAMS,
    ),
)


def run(cmd: list[str], cwd: Path | None = None, stdin: bytes | None = None) -> bytes:
    try:
        done = subprocess.run(cmd, cwd=cwd, input=stdin, capture_output=True, check=True)
    except FileNotFoundError:
        sys.exit(f"build_icons: {cmd[0]} not found on PATH (see the module docstring)")
    except subprocess.CalledProcessError as err:
        sys.exit(f"build_icons: {' '.join(cmd)} failed:\n{err.stderr.decode(errors='replace')}")
    return done.stdout


def fetch_package(workdir: Path) -> Path:
    """npm-pack the pinned package into workdir and check its integrity."""
    info = json.loads(run(["npm", "pack", "--json", f"{PACKAGE}@{VERSION}"], cwd=workdir))
    filename: str = info[0]["filename"]
    tgz = workdir / filename
    digest = base64.b64encode(hashlib.sha512(tgz.read_bytes()).digest()).decode()
    if f"sha512-{digest}" != INTEGRITY:
        sys.exit(f"build_icons: {tgz.name} does not match the pinned integrity")
    return tgz


def svg_paths(svg_text: str) -> list[str]:
    root = ET.fromstring(svg_text)
    if root.get("viewBox") != "0 0 24 24":
        raise ValueError(f"unexpected viewBox {root.get('viewBox')!r}")
    return [p.attrib["d"] for p in root.iter(f"{SVG_NS}path")]


def compose(picto: Pictogram, read_svg: dict[str, str], size: int, pad: float) -> str:
    parts: list[str] = []
    for icon, transform in picto.sources:
        paths = "".join(f'<path d="{d}"/>' for d in svg_paths(read_svg[icon]))
        parts.append(f'<g transform="{transform}">{paths}</g>' if transform else paths)
    box = 24 + 2 * pad
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{-pad} {-pad} {box} {box}" '
        f'width="{size}" height="{size}" fill="#ffffff">{"".join(parts)}{picto.extra}</svg>'
    )


def check_png(data: bytes, size: int) -> None:
    """Fail unless data is a size x size, 8-bit RGBA PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    if (width, height, depth, colour) != (size, size, 8, 6):
        raise ValueError(f"PNG is {width}x{height}, depth {depth}, colour type {colour}")


def licence_md(icon_set: IconSet, upstream_licence: str, authors: dict[str, str]) -> str:
    rows = []
    for out_id, picto in icon_set.pictograms.items():
        icons = " + ".join(
            f"`{icon}` ({authors.get(icon, 'unknown')})" for icon, _ in picto.sources
        )
        note = " — composed; extra text lines drawn" if picto.extra else ""
        rows.append(f"| `{out_id}.png` | {picto.meaning} | {icons}{note} |")
    return "\n".join(
        [
            f"# {icon_set.title} — licence and sources",
            "",
            "The PNG files here are made from **Material Design Icons** by Pictogrammers,",
            f"npm package `{PACKAGE}` version **{VERSION}** (licence field `Apache-2.0`),",
            "https://pictogrammers.com/library/mdi/.",
            "Generated by `tools/build_icons.py`; do not edit them by hand.",
            "",
            icon_set.changes,
            "",
            "| file | meaning | source icon(s) (icon author per the package's meta.json) |",
            "| --- | --- | --- |",
            *rows,
            "",
            "## Upstream licence notice (`package/LICENSE` of the npm package, verbatim)",
            "",
            "```",
            upstream_licence.rstrip(),
            "```",
            "",
            "## Apache License, Version 2.0",
            "",
            'Licensed under the Apache License, Version 2.0 (the "License"); you may not use',
            "these files except in compliance with the License. Unless required by applicable",
            "law or agreed to in writing, software distributed under the License is distributed",
            'on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express',
            "or implied. The full text of the License follows.",
            "",
            "```",
            APACHE_TEXT.read_text(encoding="utf-8").rstrip(),
            "```",
            "",
        ]
    )


def write_set(
    icon_set: IconSet, svgs: dict[str, str], upstream_licence: str, authors: dict[str, str]
) -> None:
    out_dir, size = icon_set.out_dir, icon_set.size
    out_dir.mkdir(parents=True, exist_ok=True)
    for out_id, picto in icon_set.pictograms.items():
        svg = compose(picto, svgs, size, icon_set.pad).encode("utf-8")
        png = run(["rsvg-convert", "-w", str(size), "-h", str(size), "-f", "png"], stdin=svg)
        check_png(png, size)
        (out_dir / f"{out_id}.png").write_bytes(png)
        print(f"wrote {out_dir.relative_to(REPO)}/{out_id}.png")
    licence = licence_md(icon_set, upstream_licence, authors)
    (out_dir / "LICENSE.md").write_text(licence, encoding="utf-8")
    print(f"wrote {out_dir.relative_to(REPO)}/LICENSE.md")


def main() -> None:
    if not APACHE_TEXT.is_file():
        sys.exit(f"build_icons: {APACHE_TEXT} missing (Debian base-files provides it)")
    needed = {
        icon
        for icon_set in ICON_SETS
        for picto in icon_set.pictograms.values()
        for icon, _ in picto.sources
    }
    with tempfile.TemporaryDirectory() as tmp:
        tgz = fetch_package(Path(tmp))
        with tarfile.open(tgz) as tar:

            def read(member: str) -> str:
                fh = tar.extractfile(f"package/{member}")
                if fh is None:
                    raise FileNotFoundError(member)
                return fh.read().decode("utf-8")

            svgs = {icon: read(f"svg/{icon}.svg") for icon in sorted(needed)}
            upstream_licence = read("LICENSE")
            meta = json.loads(read("meta.json"))
    authors = {m["name"]: m.get("author", "unknown") for m in meta if m["name"] in needed}

    for icon_set in ICON_SETS:
        write_set(icon_set, svgs, upstream_licence, authors)


if __name__ == "__main__":
    main()
