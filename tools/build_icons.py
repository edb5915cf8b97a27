"""Build the category pictograms of the bundled sample site.

The pictograms come from Material Design Icons by Pictogrammers, npm package
``@mdi/svg`` at a pinned version (Apache-2.0). Each is recoloured to pure
white on a transparent background (the kiosk tints it with ``Image.color``)
and rasterized to a 192x192 RGBA PNG with a little padding.

Needs:
  * ``npm`` on PATH, with access to the npm registry (``npm pack`` fetches the
    pinned tarball; its SHA-512 is checked against the pinned integrity);
  * ``rsvg-convert`` on PATH (Debian: ``apt-get install librsvg2-bin``);
  * the Apache-2.0 text at /usr/share/common-licenses/Apache-2.0 (Debian's
    base-files), copied into LICENSE.md as the licence requires.

Run from anywhere (paths are relative to the repository)::

    python tools/build_icons.py

It (re)writes content/chemnitz-buergerhaus/icons/<id>.png and LICENSE.md.
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

SIZE = 192  # output edge in pixels
PAD = 1.5  # extra margin around MDI's 24x24 box (which has 2 units of its own)

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "content" / "chemnitz-buergerhaus" / "icons"
SVG_NS = "{http://www.w3.org/2000/svg}"


@dataclass(frozen=True)
class Pictogram:
    """One output pictogram: MDI icons (each with an SVG transform) plus extra shapes."""

    meaning: str
    sources: tuple[tuple[str, str], ...]
    extra: str = ""  # hand-drawn SVG elements in the same 24x24 coordinates


def single(meaning: str, icon: str) -> Pictogram:
    return Pictogram(meaning, ((icon, ""),))


PICTOGRAMS: dict[str, Pictogram] = {
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
}


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


def compose(picto: Pictogram, read_svg: dict[str, str]) -> str:
    parts: list[str] = []
    for icon, transform in picto.sources:
        paths = "".join(f'<path d="{d}"/>' for d in svg_paths(read_svg[icon]))
        parts.append(f'<g transform="{transform}">{paths}</g>' if transform else paths)
    box = 24 + 2 * PAD
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{-PAD} {-PAD} {box} {box}" '
        f'width="{SIZE}" height="{SIZE}" fill="#ffffff">{"".join(parts)}{picto.extra}</svg>'
    )


def check_png(data: bytes) -> None:
    """Fail unless data is a SIZE x SIZE, 8-bit RGBA PNG."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height, depth, colour = struct.unpack(">IIBB", data[16:26])
    if (width, height, depth, colour) != (SIZE, SIZE, 8, 6):
        raise ValueError(f"PNG is {width}x{height}, depth {depth}, colour type {colour}")


def licence_md(upstream_licence: str, authors: dict[str, str]) -> str:
    rows = []
    for out_id, picto in PICTOGRAMS.items():
        icons = " + ".join(
            f"`{icon}` ({authors.get(icon, 'unknown')})" for icon, _ in picto.sources
        )
        note = " — composed; extra text lines drawn" if picto.extra else ""
        rows.append(f"| `{out_id}.png` | {picto.meaning} | {icons}{note} |")
    return "\n".join(
        [
            "# Category pictograms — licence and sources",
            "",
            "The PNG files here are made from **Material Design Icons** by Pictogrammers,",
            f"npm package `{PACKAGE}` version **{VERSION}** (licence field `Apache-2.0`),",
            "https://pictogrammers.com/library/mdi/.",
            "Generated by `tools/build_icons.py`; do not edit them by hand.",
            "",
            "Changes made to the original icons: recoloured to white (#ffffff), padded,",
            f"rasterized to {SIZE}x{SIZE} px RGBA PNG with rsvg-convert; `fuehrerschein.png`",
            "is a composition of two icons with added rectangles.",
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


def main() -> None:
    if not APACHE_TEXT.is_file():
        sys.exit(f"build_icons: {APACHE_TEXT} missing (Debian base-files provides it)")
    needed = {icon for picto in PICTOGRAMS.values() for icon, _ in picto.sources}
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

    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for out_id, picto in PICTOGRAMS.items():
        svg = compose(picto, svgs).encode("utf-8")
        png = run(["rsvg-convert", "-w", str(SIZE), "-h", str(SIZE), "-f", "png"], stdin=svg)
        check_png(png)
        (OUT_DIR / f"{out_id}.png").write_bytes(png)
        print(f"wrote {out_id}.png")
    (OUT_DIR / "LICENSE.md").write_text(licence_md(upstream_licence, authors), encoding="utf-8")
    print("wrote LICENSE.md")


if __name__ == "__main__":
    main()
