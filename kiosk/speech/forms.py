"""Text for the ear: the screens' text rewritten so a voice reads it as a person would.

Engines read "Zimmer 2.104" as a number and "1. OG" as "eins OG", so numbers, rooms, floors, distances, times,
amounts and web addresses are said in words. Every way of saying them is a visitor sentence in the ``ui`` catalog
(context "speech …"), so translators fix a form without touching code; numbers come in words from num2words where
it knows the language, else stay digits for the engine to read.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from kiosk.language_codes import base_language
from kiosk.messages import N_, Translator

# Translators: how a voice reads the dot in a room number as on the door sign, e.g. 3.032 = "three point zero
# three two".
ROOM_DOT = N_("speech", "point")
# Translators: what the voice says for a web address, which nobody can follow by ear.
WEBSITE = N_("speech", "on the website of the city")
# Translators: a distance read aloud; {metres} is already a number in words, e.g. "five".
METRES = N_("speech", "{metres} metres")
# Translators: a time read aloud, on the hour; {hour} in words, e.g. "eight o'clock".
TIME_ON_THE_HOUR = N_("speech", "{hour} o'clock")
# Translators: a time read aloud; {hour} and {minute} in words, e.g. "eight thirty".
TIME = N_("speech", "{hour} {minute}")
# Translators: opening hours read aloud; {start} and {end} are times in words, e.g. "from eight to twelve o'clock".
TIME_RANGE = N_("speech", "from {start} to {end}")
# Translators: an amount read aloud; {euros} in words, e.g. "twenty-eight euros".
EUROS = N_("speech", "{euros} euros")
# Translators: an amount read aloud; {euros} and {cents} in words, e.g. "twenty-eight euros eighty".
EUROS_AND_CENTS = N_("speech", "{euros} euros {cents}")
# Translators: a floor read aloud where the list below has no word for it; {number} in words.
FLOOR_NUMBER = N_("speech floor", "floor {number}")
FLOORS = {
    # Translators: a floor read aloud (two floors below the ground).
    -2: N_("speech floor", "second basement"),
    # Translators: a floor read aloud.
    -1: N_("speech floor", "basement"),
    # Translators: a floor read aloud.
    0: N_("speech floor", "ground floor"),
    # Translators: a floor read aloud, as a word, not "1st".
    1: N_("speech floor", "first floor"),
    # Translators: a floor read aloud, as a word.
    2: N_("speech floor", "second floor"),
    # Translators: a floor read aloud, as a word.
    3: N_("speech floor", "third floor"),
    # Translators: a floor read aloud, as a word.
    4: N_("speech floor", "fourth floor"),
    # Translators: a floor read aloud, as a word.
    5: N_("speech floor", "fifth floor"),
    # Translators: a floor read aloud, as a word.
    6: N_("speech floor", "sixth floor"),
}

# Marks that steer direction on screen and mean nothing to the ear: isolates, embeddings, LRM/RLM/ALM.
_DIRECTION_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_URL = re.compile(r"(?:https?://|www\.)\S+[^\s.,;:!?)]")
_EURO_AFTER = re.compile(r"(\d+)(?:[.,\u066b](\d{2}))?\s*(?:€|EUR\b)")
_EURO_BEFORE = re.compile(r"(?:€|\bEUR)\s*(\d+)(?:[.,\u066b](\d{2}))?")
# Bulgarian writes "8:00 ч. – 12:00 ч."; the spoken time already says "часа", so the "ч." after a time goes.
_TIME = r"(\d{1,2}):(\d{2})(?:\s?ч\.)?"
# A range and the word after it: German writes "08:00–12:00 Uhr", and the spoken range already ends in "Uhr".
_TIME_RANGE = re.compile(_TIME + r"\s*[–—-]\s*" + _TIME + r"(\s+[^\W\d]+)?")
_TIME_ALONE = re.compile(_TIME)
_METRES = re.compile(r"(\d+)\s?(?:m|м|م)(?=$|[\s.,;:!?)،])")
_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)+")
_POSTCODE = re.compile(r"\b\d{5}\b")
_NUMBER = re.compile(r"\d+")
# num2words' language codes where they differ from ours.
_NUM2WORDS_LANGUAGE = {"fa_AF": "fa"}


@lru_cache(maxsize=None)
def _speaks_numbers(language: str) -> bool:
    from num2words import num2words

    try:
        num2words(1, lang=language)
    except NotImplementedError:
        return False
    return True


class EarForms:
    """One language's ways of saying numbers, rooms, floors, times and amounts."""

    def __init__(self, locale: str, say: Translator, floor_names: Mapping[str, int] | None = None) -> None:
        """``floor_names``: the floors' names as the screens show them ("3. Obergeschoss"), by ordinal."""
        self.say = say
        self._floor_names = sorted((floor_names or {}).items(), key=lambda item: -len(item[0]))
        language = _NUM2WORDS_LANGUAGE.get(locale, base_language(locale))
        self._language = language if _speaks_numbers(language) else None

    def number(self, value: int) -> str:
        if self._language is None:
            return str(value)
        from num2words import num2words

        return num2words(value, lang=self._language)

    def digits(self, text: str) -> str:
        """Each digit on its own, as a room number is read from its sign: "032" = "zero three two"."""
        return " ".join(self.number(int(digit)) for digit in text)

    def room(self, room: str) -> str:
        """"A 2.014" = "A two point zero one four": letters kept, digit groups digit by digit."""
        return " ".join(self.room_parts(room))

    def room_parts(self, room: str) -> tuple[str, ...]:
        """The room number's words one by one ("A", "two", "point", "zero", …): what recordings say it from."""
        point = ROOM_DOT.render(self.say)
        words: list[str] = []
        for part in re.split(r"(\d+|\.)", room):
            if part == ".":
                words.append(point)
            elif part.isdigit():
                words.extend(self.number(int(digit)) for digit in part)
            elif part.strip(" -/"):
                words.append(part.strip(" -/"))
        return tuple(words)

    def floor(self, ordinal: int) -> str:
        form = FLOORS.get(ordinal)
        return form.render(self.say) if form else FLOOR_NUMBER(number=self.number(ordinal)).render(self.say)

    def time(self, hour: str, minute: str) -> str:
        if int(minute) == 0:
            return TIME_ON_THE_HOUR(hour=self.number(int(hour))).render(self.say)
        return TIME(hour=self.number(int(hour)), minute=self.number(int(minute))).render(self.say)

    def money(self, euros: str, cents: str | None) -> str:
        if cents is None or int(cents) == 0:
            return EUROS(euros=self.number(int(euros))).render(self.say)
        return EUROS_AND_CENTS(euros=self.number(int(euros)), cents=self.number(int(cents))).render(self.say)

    def _time_range(self, match: re.Match[str]) -> str:
        spoken = TIME_RANGE(start=self.time(match[1], match[2]), end=self.time(match[3], match[4])).render(self.say)
        after = match[5] or ""
        return spoken if after.strip() and spoken.endswith(after.strip()) else spoken + after

    def text(self, text: str) -> str:
        """A sentence from a screen, with everything a voice would misread said in words."""
        text = _DIRECTION_MARKS.sub("", text).replace("\u00a0", " ").replace("\n", ". ")
        for name, ordinal in self._floor_names:
            text = text.replace(name, self.floor(ordinal))
        text = _URL.sub(lambda match: WEBSITE.render(self.say), text)
        text = _EURO_AFTER.sub(lambda match: self.money(match[1], match[2]), text)
        text = _EURO_BEFORE.sub(lambda match: self.money(match[1], match[2]), text)
        text = _TIME_RANGE.sub(self._time_range, text)
        text = _TIME_ALONE.sub(lambda match: self.time(match[1], match[2]), text)
        text = _METRES.sub(lambda match: METRES(metres=self.number(int(match[1]))).render(self.say), text)
        text = _DOTTED_NUMBER.sub(lambda match: self.room(match[0]), text)
        text = _POSTCODE.sub(lambda match: self.digits(match[0]), text)
        text = _NUMBER.sub(lambda match: self.number(int(match[0])), text)
        return re.sub(r"\s+", " ", text).strip()
