"""Build the kiosk's fonts, "Wegweiser Sans", from Noto fonts, and check them against the translations.

Kivy's SDL2_ttf text provider renders each Label with ONE font file, so every font must draw everything a
Label of its languages can hold: Arabic-script sentences contain room numbers ("3.032"), German terms in
brackets ("(Aufenthaltstitel)") and Latin punctuation; Tigrinya sentences contain Latin digits. Noto Sans
Arabic and Noto Sans Ethiopic have no Latin letters (and the Ethiopic one no digits), so this script merges a
Latin subset of Noto Sans into each of them. It writes to assets/fonts/:

  WegweiserSans-{Regular,Bold}.ttf          Noto Sans subset: Latin (Basic, Latin-1, Extended-A/B/Additional,
                                            so Vietnamese too), Cyrillic, punctuation, currency, letterlike
                                            symbols (No. sign); no Greek. Hinting kept.
  WegweiserSansArabic-{Regular,Bold}.ttf    Noto Sans Arabic (all of it: Arabic, Persian, Dari, Pashto, Urdu,
                                            Kurdish letters, Arabic-Indic digits; every glyph, OpenType feature
                                            and hint kept) + the LATIN_DONOR subset of Noto Sans.
  WegweiserSansEthiopic-{Regular,Bold}.ttf  Noto Sans Ethiopic (all of it, likewise) + the same LATIN_DONOR subset.
  WegweiserSansDevanagari-{Regular,Bold}.ttf, WegweiserSansBengali-{Regular,Bold}.ttf
                                            Noto Sans Devanagari (Hindi) and Noto Sans Bengali, all of each
                                            (conjuncts, half forms, reph: the dev2/deva and bng2/beng lookups),
                                            + the same LATIN_DONOR subset.

Where the primary (Arabic/Ethiopic) font and Noto Sans both map a code point (space, no-break space, digits,
punctuation, format characters), the primary font's glyph is kept, except for the Latin digits 0-9, which come
from Noto Sans (in these sources the outlines are the same anyway). Latin letters always come from Noto Sans.
Glyphs taken from Noto Sans lose their TrueType hinting in the merged fonts (fontTools' Merger cannot combine
two fonts' hinting programs); the primary font's glyphs keep theirs. The Latin OpenType lookups (kern, mark,
mkmk, ccmp, liga, locl ...) come along under the latn/cyrl/DFLT scripts; the arab/ethi script lookups are left
exactly as they are in the source font (the check below compares them). In every output the glyphs of
default-ignorable format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the isolates, CGJ ...) are made empty and
zero-width: Noto draws some of them as visible marks or gives them an advance.

Every output is renamed ("Wegweiser Sans", "Wegweiser Sans Arabic", "Wegweiser Sans Ethiopic"; name IDs 1, 3, 4,
6 and, where present, 16, 17), because modified versions of OFL fonts must not use the original's name. The
copyright notices (name ID 0), the licence (IDs 13, 14), designer and vendor fields are kept. assets/fonts/OFL.txt
is the licence text and assets/fonts/README.md says what is in each font.

Needs (at build time; the built fonts are committed, so running the kiosk does not need this script):
  * Debian's fonts-noto-core (``apt-get update && apt-get install fonts-noto-core``), which puts the sources in
    /usr/share/fonts/truetype/noto/. The outputs in the repository were built from version 20201225-1
    (Debian 12 "bookworm"); the script warns when the sources' SHA-256 differ from those (see SOURCE_SHA256).
  * fontTools in the project's virtual environment: ``.venv/bin/pip install fonttools`` (built with 4.68.0;
    another fontTools version may give different, equally valid, bytes).
  * Python standard library otherwise.

Run from the repository root::

    .venv/bin/python tools/build_fonts.py           # build the six fonts, then run the checks
    .venv/bin/python tools/build_fonts.py --check   # only run the checks on the fonts already in assets/fonts

The build is reproducible: the same sources and fontTools version give byte-identical files (head.created and
head.modified are set to FIXED_DATE; nothing else depends on time, hash seeds or file order).

The checks print, for each font:
  (a) coverage: every character in the msgstr of translations/<lang>/LC_MESSAGES/*.po for the languages the font
      serves (Arabic font: ar, fa_AF, ps, ckb, ur; Ethiopic font: ti; Devanagari: hi; Bengali: bn; Latin font: all the others) and, for the Latin
      font, in the msgids of translations/templates/*.pot (German content, English UI), must be in the cmap.
      The fallback texts an Arabic or Tigrinya screen shows when a translation is missing (English translation,
      German/English sources) are checked against the Arabic and Ethiopic fonts too, as are built-in lists of
      each language's letters (the catalogs may still be empty). Missing characters are listed.
  (b) format characters (ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, the isolates ...) that the font maps are zero-width
      and empty, so they never show as boxes;
  (c) shaping structure: for the Arabic font, every listed letter has distinct isol/init/medi/fina glyphs
      (fina/isol only for right-joining letters) and none is .notdef; for the Arabic and Ethiopic fonts, the
      GSUB/GPOS lookups of the arab/ethi script and the GDEF classes of the primary font's glyphs are identical
      to the source font's.
It exits with status 1 when a check fails. Shaping with HarfBuzz (e.g. ``uharfbuzz``) is a good extra check but
is not done here, to keep this script to the standard library and fontTools.
"""

from __future__ import annotations

import argparse
import calendar
import hashlib
import io
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path

try:
    import fontTools
    from fontTools import subset
    from fontTools.merge import Merger
    from fontTools.merge import Options as MergeOptions
    from fontTools.merge.unicode import is_Default_Ignorable
    from fontTools.misc.timeTools import epoch_diff
    from fontTools.misc.xmlWriter import XMLWriter
    from fontTools.ttLib import TTFont
except ImportError:  # pragma: no cover - a maintainer tool
    sys.exit("build_fonts.py needs fontTools: .venv/bin/pip install fonttools")

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "assets" / "fonts"
TRANSLATIONS = REPO / "translations"
NOTO_DIR = Path("/usr/share/fonts/truetype/noto")

DEBIAN_PACKAGE = "fonts-noto-core"
DEBIAN_VERSION = "20201225-1"
BUILT_WITH_FONTTOOLS = "4.68.0"
# The sources the committed fonts were built from (fonts-noto-core 20201225-1).
SOURCE_SHA256 = {
    "NotoSans-Regular.ttf": "89c3c497f618fdaa0b2d1e98fef93582f28c71debd2c4a8cdf41f190ced2909d",
    "NotoSans-Bold.ttf": "e83493c945848ecd4a9ad0f6d19164541a0d3e23a9c952304a00a46e00272ac5",
    "NotoSansArabic-Regular.ttf": "504d7407d86875acf7d04dfaa0fd7524d0b8797723bc4aa18022f29db25b0b6e",
    "NotoSansArabic-Bold.ttf": "ded6fc7359ca36d15d7aab9ef0c066e21ce48b26a069994d6602fa2cb9a1b952",
    "NotoSansEthiopic-Regular.ttf": "58bc43b062961b38ee45757d2e74e6a991a12011aa0399fb03004ac432e5c852",
    "NotoSansEthiopic-Bold.ttf": "cc16f0c43be76a2ecb5f6d08de4fe6705886b9be90251bfb5959a90955be7f1d",
    "NotoSansDevanagari-Regular.ttf": "79a470365ccb210fa3c7d8d8ff2e005ef9d983cfd067f735a0caf7e15070ca9f",
    "NotoSansDevanagari-Bold.ttf": "77ad688cfe1dc55185bf4edb4db3c614202c65dd23a1463ad0e23fc52bcc9a5c",
    "NotoSansBengali-Regular.ttf": "9bb35b3547829ecc42041b6017e87fd4c5f1da1edcd00f59171777050f346018",
    "NotoSansBengali-Bold.ttf": "22c9ff99baca4d31c531ce450a1369beed889467e1ad964f4b8a6f810aa46955",
}

# head.created / head.modified of every output (seconds since 1904-01-01, as the 'head' table counts).
FIXED_DATE = (2020, 12, 25, 0, 0, 0)
FIXED_TIMESTAMP = calendar.timegm(FIXED_DATE) - epoch_diff

STYLES = ("Regular", "Bold")
VENDOR_TAG = "WGWS"  # in name ID 3 (unique identifier) only


def cps(*items: int | tuple[int, int]) -> frozenset[int]:
    """Code points from single values and inclusive (first, last) ranges."""
    out: set[int] = set()
    for item in items:
        if isinstance(item, tuple):
            out.update(range(item[0], item[1] + 1))
        else:
            out.add(item)
    return frozenset(out)


# What the Latin font takes from Noto Sans (code points Noto Sans lacks are skipped).
LATIN_FONT = cps(
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B (Vietnamese o/u horn)
    (0x02B0, 0x036F),  # spacing modifier letters (U+02BC Ukrainian apostrophe), combining diacritics
    (0x0400, 0x052F),  # Cyrillic, Cyrillic Supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x20CF),  # General Punctuation (incl. bidi controls, isolates), super/subscripts, currency
    (0x2100, 0x218F),  # Letterlike Symbols (No. sign), Number Forms
    0x25CC,  # dotted circle (HarfBuzz shows a stray combining mark on it)
    (0xFB00, 0xFB06),  # Latin ligatures
    0xFEFF,  # zero-width no-break space / BOM
    0xFFFD,  # replacement character
)

# The Latin subset of Noto Sans merged into the Arabic and Ethiopic fonts.
LATIN_DONOR = cps(
    (0x0020, 0x007E),  # Basic Latin: letters, digits, punctuation
    (0x00A0, 0x00FF),  # Latin-1 Supplement: NBSP, German/French/Turkish/Kurmanji letters, guillemets, section
    (0x0100, 0x017F),  # Latin Extended-A: Turkish, Polish, Kurmanji letters
    (0x2000, 0x206F),  # General Punctuation: dashes, quotes, ellipsis, ZWSP..RLM, LRE..RLO, isolates
    0x20AC,  # euro sign
    0x2116,  # numero sign
    0x25CC,  # dotted circle
    0xFEFF,  # zero-width no-break space
    0xFFFD,  # replacement character
)
DIGITS = cps((0x30, 0x39))  # taken from Noto Sans even where the primary font has them

# Letters each font must have even while the catalogs are still empty.
ARABIC_LETTERS = (
    "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"  # Arabic
    "ًٌٍَُِّْٰٔ"  # harakat, superscript alef, hamza above
    "پچژکگی"  # Persian, Dari
    "ټډړږښځڅګېۍڼ"  # Pashto
    "ێۆڕڵەھڤ"  # Sorani Kurdish
    "ٹڈڑںےہۀ"  # Urdu (and Persian heh with yeh above)
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # Arabic-Indic and Extended Arabic-Indic digits
    "،؛؟٪٫٬ـ"  # Arabic punctuation, tatweel
    "\u200c\u200d\u200e\u200f\u061c"  # ZWNJ (Persian), ZWJ, LRM, RLM, ALM
)
# (letter, dual-joining?) for the contextual-forms check; right-joining letters have only isol/fina.
ARABIC_JOINING = {
    **{c: True for c in "بتثجحخسشصضطظعغفقكلمنهيپچکگیټښځڅګېڼێڵھ"},
    **{c: False for c in "اآأإدذرزوؤةژډړږۍۆڕە"},
}
LATIN_LETTERS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    "ÄÖÜäöüßẞ"  # German
    "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ"  # French
    "çğıİöşüÇĞÖŞÜ"  # Turkish
    "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ"  # Polish
    "çêîşûÇÊÎŞÛ"  # Kurmanji
    "ăâđêôơưĂÂĐÊÔƠƯ"  # Vietnamese base letters (tone-marked forms are added below)
    ".,;:!?'\"()[]{}-/%&+*=<>@#§°«»‹›–—…„“”‚‘’·€№\u00a0"
)
LATIN_LETTERS += "".join(chr(cp) for cp in range(0x1EA0, 0x1EFA))  # Vietnamese tone-marked letters
CYRILLIC_LETTERS = "".join(chr(cp) for cp in range(0x0410, 0x0450)) + "ЁёЄєІіЇїҐґʼ"
ETHIOPIC_LETTERS = "".join(
    chr(cp) for cp in range(0x1200, 0x1380)
    if unicodedata.category(chr(cp))[0] in "LP"  # assigned syllables and punctuation (፡ ። ፣ ፤ ፥ ፦ ፧ ፨)
)


def indic_letters(first: int, last: int) -> str:
    """The letters, vowel signs, virama and digits of an Indic block (the unassigned code points left out), and the
    danda and double danda that Devanagari, Bengali and other scripts share (U+0964, U+0965)."""
    return "".join(chr(cp) for cp in range(first, last + 1)
                   if unicodedata.category(chr(cp))[0] in "LMNP") + "\u0964\u0965"


DEVANAGARI_LETTERS = indic_letters(0x0900, 0x097F)  # Hindi
BENGALI_LETTERS = indic_letters(0x0980, 0x09FF)  # Bengali
# What a Label of the Arabic or Ethiopic font shows besides its script: digits, German terms, punctuation.
LATIN_IN_OTHER_SCRIPTS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789ÄÖÜäöüßçêîşûğıİ"
    ".,;:!?'\"()[]{}-/%&+*=<>@#§°«»–—…„“”‘’€№\u00a0\u200b\u2066\u2067\u2068\u2069"
)


@dataclass(frozen=True)
class FontSpec:
    family: str
    file_stem: str  # also the PostScript family name
    primary: str | None  # source file stem of the Arabic/Ethiopic font, None for the Latin font
    scripts: tuple[str, ...]  # OpenType scripts of the primary font (Indic fonts have a new and an old one)
    languages: tuple[str, ...]  # translations/<lang> served; () = all not served by another font
    letters: str

    def path(self, style: str) -> Path:
        return OUT_DIR / f"{self.file_stem}-{style}.ttf"


LATIN = FontSpec("Wegweiser Sans", "WegweiserSans", None, (), (), LATIN_LETTERS + CYRILLIC_LETTERS)
ARABIC = FontSpec("Wegweiser Sans Arabic", "WegweiserSansArabic", "NotoSansArabic", ("arab",),
                  ("ar", "fa_AF", "ps", "ckb", "ur"), ARABIC_LETTERS + LATIN_IN_OTHER_SCRIPTS)
ETHIOPIC = FontSpec("Wegweiser Sans Ethiopic", "WegweiserSansEthiopic", "NotoSansEthiopic", ("ethi",),
                    ("ti",), ETHIOPIC_LETTERS + LATIN_IN_OTHER_SCRIPTS)
DEVANAGARI = FontSpec("Wegweiser Sans Devanagari", "WegweiserSansDevanagari", "NotoSansDevanagari",
                      ("dev2", "deva"), ("hi",), DEVANAGARI_LETTERS + LATIN_IN_OTHER_SCRIPTS)
BENGALI = FontSpec("Wegweiser Sans Bengali", "WegweiserSansBengali", "NotoSansBengali", ("bng2", "beng"),
                   ("bn",), BENGALI_LETTERS + LATIN_IN_OTHER_SCRIPTS)
FONTS = (LATIN, ARABIC, ETHIOPIC, DEVANAGARI, BENGALI)
MERGED = (ARABIC, ETHIOPIC, DEVANAGARI, BENGALI)


# --------------------------------------------------------------------------------------------------- building


def source(stem: str, style: str) -> Path:
    return NOTO_DIR / f"{stem}-{style}.ttf"


def check_sources() -> None:
    missing = [name for name in SOURCE_SHA256 if not (NOTO_DIR / name).is_file()]
    if missing:
        sys.exit(f"missing {', '.join(missing)} in {NOTO_DIR}: apt-get install {DEBIAN_PACKAGE}")
    for name, expected in SOURCE_SHA256.items():
        digest = hashlib.sha256((NOTO_DIR / name).read_bytes()).hexdigest()
        if digest != expected:
            print(f"warning: {name} is not the file of {DEBIAN_PACKAGE} {DEBIAN_VERSION} (sha256 {digest}); "
                  "the output will differ from the committed fonts: update README.md", file=sys.stderr)
    if fontTools.version != BUILT_WITH_FONTTOOLS:
        print(f"warning: fontTools {fontTools.version}, the committed fonts were built with "
              f"{BUILT_WITH_FONTTOOLS}: bytes may differ", file=sys.stderr)


def subset_font(path: Path, unicodes: set[int] | frozenset[int], *, hinting: bool, all_features: bool,
                glyphs: list[str] | None = None) -> TTFont:
    """``path`` cut down to ``unicodes`` and ``glyphs`` and what its OpenType features reach from them.

    ``all_features`` keeps every feature (and the glyphs only they reach); otherwise only the features that
    HarfBuzz applies by default are kept (fontTools' default list: ccmp, locl, kern, mark, liga, init ...).
    """
    options = subset.Options()
    if all_features:
        options.layout_features = ["*"]
    options.hinting = hinting
    options.notdef_outline = True  # a missing character shows as a box, not as nothing
    options.glyph_names = True
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.name_legacy = True
    options.recalc_timestamp = False
    options.recalc_average_width = True
    options.prune_unicode_ranges = True
    options.prune_codepage_ranges = True
    font = TTFont(path, recalcTimestamp=False)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(unicodes), glyphs=glyphs or [])
    subsetter.subset(font)
    return font


def merge_fonts(primary: TTFont, donor: TTFont) -> TTFont:
    """The two fonts in one; the primary comes first, so its hinting, metrics and names win."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for index, font in enumerate((primary, donor)):
            path = Path(tmp) / f"{index}.ttf"
            font.save(path)
            paths.append(str(path))
        merged = Merger(options=MergeOptions(drop_tables=["DSIG"])).merge(paths)
    return merged


def set_names(font: TTFont, spec: FontSpec, style: str, copyrights: list[str], description: str,
              version_note: str) -> None:
    name = font["name"]
    present = {record.nameID for record in name.names}
    revision = f"{font['head'].fontRevision:.3f}"
    postscript = f"{spec.file_stem}-{style}"
    values = {
        0: " ".join(dict.fromkeys(copyrights)),
        1: spec.family,
        2: style,
        3: f"{revision};{VENDOR_TAG};{postscript}",
        4: f"{spec.family} {style}",
        5: f"Version {revision}; {version_note}",
        6: postscript,
        10: description,
    }
    if 16 in present or 17 in present:
        values[16] = spec.family
        values[17] = style
    replaced = set(values) | {16, 17, 18, 21, 22, 25}
    name.names = [record for record in name.names if record.nameID not in replaced]
    for name_id, value in sorted(values.items()):
        name.setName(value, name_id, 3, 1, 0x409)
    name.names.sort(key=lambda r: (r.platformID, r.platEncID, r.langID, r.nameID))


def blank_format_characters(font: TTFont) -> None:
    """Make the glyphs of default-ignorable characters (ZWJ, LRM, isolates ...) empty and zero-width.

    Noto draws some of them as visible marks with zero advance (LRM, RLM, ZWJ, ZWNJ, the CGJ even as a box) and
    gives others (WORD JOINER, ALM) an empty 600-unit advance. HarfBuzz hides default-ignorables by itself;
    this is for any renderer that draws them glyph by glyph. The soft hyphen keeps its hyphen.
    """
    from fontTools.ttLib.tables._g_l_y_f import Glyph

    mapped: dict[str, set[int]] = {}
    for cp, glyph in font.getBestCmap().items():
        mapped.setdefault(glyph, set()).add(cp)
    for glyph, codepoints in sorted(mapped.items()):
        if all(is_Default_Ignorable(cp) and cp != 0x00AD for cp in codepoints):
            font["glyf"][glyph] = Glyph()
            font["hmtx"][glyph] = (0, 0)


def finish(font: TTFont, path: Path) -> int:
    """Blank the format characters, fix the time stamps, recompute the OS/2 ranges, write ``path``.

    Returns the size in bytes.
    """
    blank_format_characters(font)
    font.recalcTimestamp = False
    font["head"].created = FIXED_TIMESTAMP
    font["head"].modified = FIXED_TIMESTAMP
    os2 = font["OS/2"]
    os2.recalcUnicodeRanges(font)
    os2.recalcCodePageRanges(font)
    os2.recalcAvgCharWidth(font)
    buffer = io.BytesIO()
    font.save(buffer)
    data = buffer.getvalue()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return len(data)


def copyright_of(font: TTFont) -> str:
    return font["name"].getDebugName(0) or ""


def version_of(font: TTFont) -> str:
    return f"{font['head'].fontRevision:.3f}"


def build_latin(style: str) -> int:
    path = source("NotoSans", style)
    font = subset_font(path, LATIN_FONT, hinting=True, all_features=False)
    set_names(
        font, LATIN, style, [copyright_of(font)],
        f"Noto Sans {version_of(font)} (Latin, Cyrillic, Vietnamese; no Greek), subset for the Wegweiser kiosk "
        "and renamed as the SIL Open Font License requires.",
        f"Noto Sans {version_of(font)} subset ({DEBIAN_PACKAGE} {DEBIAN_VERSION})",
    )
    return finish(font, LATIN.path(style))


def build_merged(spec: FontSpec, style: str) -> int:
    assert spec.primary is not None
    primary_path = source(spec.primary, style)
    original = TTFont(primary_path, lazy=True)
    original_cmap = original.getBestCmap()
    primary_cmap = set(original_cmap)
    primary_name = original["name"].getDebugName(1)
    revision = original["head"].fontRevision
    # The primary keeps every glyph (even those no character reaches) except the ones of what Noto Sans is to
    # provide instead (digits, letters), so its shaping stays exactly as it was.
    from_donor = {cp for cp in LATIN_DONOR if cp in DIGITS or unicodedata.category(chr(cp)).startswith("L")}
    dropped = {original_cmap[cp] for cp in from_donor if cp in original_cmap}
    keep = [g for g in original.getGlyphOrder() if g not in dropped]
    primary = subset_font(primary_path, primary_cmap - from_donor, hinting=True, all_features=True, glyphs=keep)
    donor_path = source("NotoSans", style)
    donor = subset_font(donor_path, (LATIN_DONOR - primary_cmap) | (LATIN_DONOR & from_donor), hinting=False,
                        all_features=False)
    overlap = set(primary.getBestCmap()) & set(donor.getBestCmap())
    assert not overlap, f"both fonts map {sorted(overlap)}"
    copyrights = [copyright_of(primary), copyright_of(donor)]
    donor_version = version_of(donor)
    font = merge_fonts(primary, donor)
    font["head"].fontRevision = revision
    set_names(
        font, spec, style, copyrights,
        f"{primary_name} {revision:.3f} with Latin letters, digits and punctuation from Noto Sans "
        f"{donor_version}, merged for the Wegweiser kiosk and renamed as the SIL Open Font License requires.",
        f"{primary_name} {revision:.3f} + Noto Sans {donor_version} Latin ({DEBIAN_PACKAGE} {DEBIAN_VERSION})",
    )
    return finish(font, spec.path(style))


def build() -> None:
    check_sources()
    for style in STYLES:
        print(f"{LATIN.path(style).relative_to(REPO)}: {build_latin(style):,} bytes")
        for spec in MERGED:
            print(f"{spec.path(style).relative_to(REPO)}: {build_merged(spec, style):,} bytes")


# ----------------------------------------------------------------------------------------------------- checks

_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f", "v": "\v"}


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return ""
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])


def po_strings(path: Path, *, want: str) -> list[tuple[int, str]]:
    """The msgstr (``want="msgstr"``) or msgid texts of a PO/POT file, each with its first line number.

    The header entry and obsolete (``#~``) entries are skipped; fuzzy entries are kept (a translator may
    confirm them any time).
    """
    entries: list[dict[str, tuple[int, str]]] = []
    entry: dict[str, tuple[int, str]] = {}
    key = ""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        match = re.match(r"(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")$", stripped)
        if match:
            key = match.group(1)
            if key == "msgctxt" or (key == "msgid" and "msgid" in entry):
                if entry:
                    entries.append(entry)
                entry = {}
            entry[key] = (number, _unquote(match.group(2)))
        elif stripped.startswith('"') and key:
            start, text = entry[key]
            entry[key] = (start, text + _unquote(stripped))
    entries.append(entry)
    out = []
    for item in entries:
        if item.get("msgid", (0, ""))[1] == "" and "msgctxt" not in item:
            continue  # header
        for key, (number, text) in item.items():
            if key.startswith(want) and text:
                out.append((number, text))
    return out


def collect(sources: list[tuple[Path, str]]) -> dict[str, list[str]]:
    """Each character of the texts -> where it occurs (file:line), controls (newline, tab) left out."""
    found: dict[str, list[str]] = {}
    for path, want in sources:
        for number, text in po_strings(path, want=want):
            for char in text:
                if unicodedata.category(char) == "Cc":
                    continue
                found.setdefault(char, []).append(f"{path.relative_to(REPO)}:{number}")
    return found


def catalog_dirs() -> list[Path]:
    return sorted(p for p in TRANSLATIONS.iterdir() if (p / "LC_MESSAGES").is_dir())


def text_sources(spec: FontSpec) -> tuple[list[tuple[Path, str]], list[tuple[Path, str]]]:
    """(the texts the font must show, the fallback texts it may show) as (file, msgstr|msgid) pairs."""
    served_elsewhere = {lang for other in FONTS for lang in other.languages}
    own: list[tuple[Path, str]] = []
    fallback: list[tuple[Path, str]] = []
    templates = sorted((TRANSLATIONS / "templates").glob("*.pot"))
    for folder in catalog_dirs():
        lang = folder.name
        mine = lang in spec.languages if spec.languages else lang not in served_elsewhere
        for po in sorted((folder / "LC_MESSAGES").glob("*.po")):
            if mine:
                own.append((po, "msgstr"))
            elif spec.languages and lang == "en":
                fallback.append((po, "msgstr"))
    if spec.languages:
        fallback += [(pot, "msgid") for pot in templates if pot.stem != "staff"]
    else:
        own += [(pot, "msgid") for pot in templates]
    return own, fallback


def describe(char: str) -> str:
    return f"U+{ord(char):04X} {unicodedata.name(char, '?')} {char!r}"


def report_missing(label: str, found: dict[str, list[str]], cmap: dict[int, str]) -> int:
    missing = sorted((c for c in found if ord(c) not in cmap and not is_Default_Ignorable(ord(c))), key=ord)
    hidden = sorted((c for c in found if ord(c) not in cmap and is_Default_Ignorable(ord(c))), key=ord)
    print(f"    {label}: {len(found)} distinct characters, {len(missing)} missing")
    for char in missing:
        places = found[char]
        more = f" (+{len(places) - 3} more)" if len(places) > 3 else ""
        print(f"      MISSING {describe(char)} at {', '.join(places[:3])}{more}")
    for char in hidden:
        print(f"      note: {describe(char)} is not mapped; HarfBuzz hides default-ignorables anyway")
    return len(missing)


def single_subst(font: TTFont, script: str, feature: str) -> dict[str, str]:
    """The single substitutions of ``feature`` under ``script`` (default language system), chained in order."""
    table = font["GSUB"].table
    records = [r for r in table.ScriptList.ScriptRecord if r.ScriptTag == script]
    if not records or records[0].Script.DefaultLangSys is None:
        return {}
    mapping: dict[str, str] = {}
    for index in records[0].Script.DefaultLangSys.FeatureIndex:
        record = table.FeatureList.FeatureRecord[index]
        if record.FeatureTag != feature:
            continue
        for lookup_index in record.Feature.LookupListIndex:
            lookup = table.LookupList.Lookup[lookup_index]
            for sub in lookup.SubTable:
                if lookup.LookupType == 7:
                    sub = sub.ExtSubTable
                if getattr(sub, "mapping", None):
                    for glyph, replacement in sub.mapping.items():
                        mapping.setdefault(glyph, replacement)
    return mapping


def check_arabic_forms(font: TTFont) -> int:
    cmap = font.getBestCmap()
    glyph_order = font.getGlyphOrder()
    forms = {feature: single_subst(font, "arab", feature) for feature in ("isol", "init", "medi", "fina")}
    bad = 0
    for letter, dual in ARABIC_JOINING.items():
        nominal = cmap.get(ord(letter))
        wanted = ("isol", "init", "medi", "fina") if dual else ("isol", "fina")
        glyphs = {f: forms[f].get(nominal, nominal) for f in wanted} if nominal else {}
        contextual = [glyphs[f] for f in wanted if f != "isol"] + ([nominal] if nominal else [])
        if (not nominal or len(set(contextual)) != len(contextual)
                or any(glyph_order.index(g) == 0 for g in glyphs.values())):
            print(f"      BAD FORMS {describe(letter)}: {glyphs or 'not mapped'}")
            bad += 1
    print(f"    contextual forms: {len(ARABIC_JOINING) - bad} of {len(ARABIC_JOINING)} letters have "
          "distinct init/medi/fina glyphs (fina for right-joining letters)")
    return bad


def _lookup_xml(font: TTFont, tag: str, lookup) -> str:
    writer = XMLWriter(io.BytesIO(), newlinestr="\n")
    lookup.toXML(writer, font)
    return writer.file.getvalue().decode("utf-8")


def script_layout(font: TTFont, tag: str, script: str) -> dict[str, dict[str, list[str]]]:
    """language system -> feature -> XML of its lookups, for one script of GSUB or GPOS."""
    if tag not in font:
        return {}
    table = font[tag].table
    out: dict[str, dict[str, list[str]]] = {}
    for record in table.ScriptList.ScriptRecord:
        if record.ScriptTag != script:
            continue
        systems = [("dflt", record.Script.DefaultLangSys)]
        systems += [(r.LangSysTag, r.LangSys) for r in record.Script.LangSysRecord]
        for lang, system in systems:
            if system is None:
                continue
            features = out.setdefault(lang, {})
            for index in system.FeatureIndex:
                feature = table.FeatureList.FeatureRecord[index]
                features.setdefault(feature.FeatureTag, []).extend(
                    _lookup_xml(font, tag, table.LookupList.Lookup[i]) for i in feature.Feature.LookupListIndex
                )
    return out


def check_same_layout(font: TTFont, original: TTFont, script: str) -> int:
    """The script's lookups and the GDEF classes of the original's glyphs are as in the original font."""
    bad = 0
    for tag in ("GSUB", "GPOS"):
        mine = script_layout(font, tag, script)
        theirs = script_layout(original, tag, script)
        if not theirs:
            continue
        if "dflt" not in mine:
            print(f"      {tag} has no default language system for {script}")
            bad += 1
            continue
        for lang, features in sorted(theirs.items()):
            # A shaper uses the default language system where a language has none (the subsetter drops
            # language systems that are the same as the default one).
            if mine.get(lang, mine["dflt"]) != features:
                print(f"      {tag} {script}/{lang.strip()} features differ from the source font")
                bad += 1
    classes = font["GDEF"].table.GlyphClassDef.classDefs
    source_classes = original["GDEF"].table.GlyphClassDef.classDefs
    glyphs = set(font.getGlyphOrder())
    changed = [g for g, c in source_classes.items() if g in glyphs and classes.get(g) != c]
    if changed:
        print(f"      GDEF glyph classes differ for {changed[:10]}")
        bad += 1
    print(f"    {script} layout: GSUB/GPOS lookups and GDEF classes "
          + ("identical to the source font" if not bad else "DIFFER from the source font"))
    return bad


def check_zero_width(font: TTFont) -> int:
    cmap = font.getBestCmap()
    glyf = font["glyf"]
    bad = []
    for cp, glyph in sorted(cmap.items()):
        if cp == 0x00AD or not is_Default_Ignorable(cp):
            continue  # the soft hyphen has the hyphen's glyph, shown where a line breaks
        if font["hmtx"][glyph][0] != 0 or glyf[glyph].numberOfContours != 0:
            bad.append(f"U+{cp:04X}")
    checked = [f"{cp:04X}" for cp in sorted(cmap) if cp != 0x00AD and is_Default_Ignorable(cp)]
    print(f"    format characters: {len(checked)} mapped ({' '.join(checked)}), "
          + (f"NOT zero-width: {' '.join(bad)}" if bad else "all zero-width and empty"))
    return len(bad)


def check() -> int:
    failures = 0
    for spec in FONTS:
        own, fallback = text_sources(spec)
        needed = collect(own)
        fallbacks = collect(fallback)
        builtin = {char: ["built-in letter list"] for char in spec.letters}
        langs = ", ".join(spec.languages) if spec.languages else "all languages not listed for another font"
        for style in STYLES:
            path = spec.path(style)
            if not path.is_file():
                print(f"{path.relative_to(REPO)}: missing, build it first")
                failures += 1
                continue
            font = TTFont(path)
            cmap = font.getBestCmap()
            print(f"{path.relative_to(REPO)}: {path.stat().st_size:,} bytes, {len(font.getGlyphOrder())} glyphs, "
                  f"{len(cmap)} characters; serves {langs}")
            failures += report_missing(f"translations ({len(own)} files)", needed, cmap)
            if fallback:
                failures += report_missing(f"fallback texts ({len(fallback)} files)", fallbacks, cmap)
            failures += report_missing("built-in letter list", builtin, cmap)
            failures += check_zero_width(font)
            if spec.primary:
                original = TTFont(source(spec.primary, style))
                if "arab" in spec.scripts:
                    failures += check_arabic_forms(font)
                for script in spec.scripts:
                    failures += check_same_layout(font, original, script)
    print("all checks passed" if not failures else f"{failures} check(s) failed")
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check the fonts in assets/fonts")
    args = parser.parse_args(argv)
    if not args.check:
        build()
    return check()


if __name__ == "__main__":
    sys.exit(main())
