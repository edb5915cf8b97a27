"""Language codes people use that CLDR does not know, shared by the content model and the locale layer (which
must not import the model: the Welcome screen needs locale facts long before any content is checked)."""

# Dari is ISO 639-3 "prs", in CLDR Persian as written in Afghanistan.
LANGUAGE_ALIASES = {"prs": "fa_AF"}
