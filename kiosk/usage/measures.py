"""What is counted: one name per measure, and what its key is. The only names that reach the database."""
from __future__ import annotations

from typing import Callable, Final

VISITS: Final = "visits"  # key: the language chosen on Welcome
CONCERN: Final = "concern"  # key: the service id shown
TOPIC: Final = "topic"  # key: the category id opened
DONT_KNOW: Final = "dont_know"  # "I don't know where to go" (the shortcut to the service point); no key
APPOINTMENT: Final = "appointment"  # "I have an appointment"; no key
SEARCH: Final = "search"  # the search opened (never what is typed); no key
SEARCH_RESULT: Final = "search_result"  # a search result chosen; key: the service id
STEP_FREE: Final = "step_free"  # "no stairs" switched on; no key
LARGE_TEXT: Final = "large_text"  # larger text switched on; no key
READ_ALOUD: Final = "read_aloud"  # read aloud used; key: the language. Reported once the kiosk speaks
LANGUAGE_SWITCH: Final = "language_switch"  # key: the language switched to
IDLE_RESET: Final = "idle_reset"  # key: WITH_CONCERN or WITHOUT_CONCERN
WITH_CONCERN, WITHOUT_CONCERN = "with_concern", "without_concern"

MEASURES: Final = (VISITS, CONCERN, TOPIC, DONT_KNOW, APPOINTMENT, SEARCH, SEARCH_RESULT, STEP_FREE, LARGE_TEXT,
                   READ_ALOUD, LANGUAGE_SWITCH, IDLE_RESET)

# What the session reports to: a measure and its key ("" where the measure has none).
Observer = Callable[[str, str], None]
