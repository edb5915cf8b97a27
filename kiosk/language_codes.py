"""Language codes people use that CLDR does not know, shared by the content model and the locale layer (which
must not import the model: the Welcome screen needs locale facts long before any content is checked)."""

# Dari is ISO 639-3 "prs", in CLDR Persian as written in Afghanistan.
LANGUAGE_ALIASES = {"prs": "fa_AF"}

# Languages of their own that CLDR has no data for, written as gettext writes a variety (``sr@latin``): the CLDR
# locale whose dates, numbers and script they use, "@", a modifier. Babel reads ``de@easy`` as German for formats;
# its name on the Welcome screen comes from here. Leichte Sprache (easy-to-read German, BITV 2.0 Anlage 2 Teil 2).
OWN_LANGUAGE_NAMES = {"de@easy": "Leichte Sprache"}
MODIFIER = "@"


def base_language(code: str) -> str:
    """The language subtag: ``fa_AF`` -> ``fa``, ``de@easy`` -> ``de`` (keyboards, number words, fallback rules)."""
    return code.partition(MODIFIER)[0].split("_")[0]


# Languages written to the rules of easy-to-read text: checked by a reading group of their readers, not by a
# native speaker, and held to the readability gate (``kiosk.i18n.readability``).
EASY_READ_LANGUAGES = frozenset({"de@easy"})
