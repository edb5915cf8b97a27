"""Text as a visitor types it and text as the kiosk shows it, made comparable.

A visitor types on a touch keyboard, often without the marks of the language ("auslanderbehorde"), sometimes in
Latin letters for a Cyrillic word ("grazhdanstvo"), and Arabic-script words with or without hamza, in the Persian
or the Arabic form of a letter. Each text is folded to lower case without marks, and Latin and Cyrillic (and other
alphabets) also spelt in ASCII by ``anyascii``. Arabic-script text is compared in its own letters: spelt in Latin it
loses its short vowels and two different words become one.
"""
from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

# Arabic letters that one word is typed with in several forms, and their one form here.
_ARABIC_FORMS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي", "ك": "ک", "ة": "ه",
    "ۀ": "ه", "ؤ": "و", "\u0640": "",  # tatweel, the stretching of a line, is no letter
})
_GERMAN_SPELT_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}
_SEPARATORS = re.compile(r"[\s\-‐–—_/,;:()«»„“”\"'’.·]+")
_ROOM_PUNCTUATION = re.compile(r"[\s.\-/]")


def is_arabic_script(text: str) -> bool:
    return any("\u0600" <= character <= "\u06ff" or "\u0750" <= character <= "\u077f" for character in text)


def fold(text: str) -> str:
    """Lower case, without marks or joiners, one form per Arabic letter, words separated by single spaces."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_ARABIC_FORMS))
    text = "".join(character for character in text
                   if unicodedata.category(character) not in ("Mn", "Cf"))
    return _SEPARATORS.sub(" ", unicodedata.normalize("NFC", text)).strip()


def spellings(text: str) -> set[str]:
    """Every form of ``text`` a visitor's query may be compared with."""
    folded = fold(text)
    forms = {folded} if folded else set()
    if not is_arabic_script(text):
        ascii_form = fold(anyascii(folded))
        if ascii_form:
            forms.add(ascii_form)
        spelt_out = fold("".join(_GERMAN_SPELT_OUT.get(character, character) for character in text.casefold()))
        if spelt_out:
            forms.add(spelt_out)
    return forms


def room_key(text: str) -> str:
    """A room number as typed with or without its dots and spaces: "3.032", "3032", "3 032"."""
    return _ROOM_PUNCTUATION.sub("", text.casefold())
