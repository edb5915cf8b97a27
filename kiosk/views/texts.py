"""What the screens say besides the content: headings, buttons, notices. Visitor text: the ``ui`` catalog."""
from __future__ import annotations

from kiosk.content.model import AppointmentRule, PlaceKind
from kiosk.messages import N_

# Translators: the greeting on the first screen, shown in every language in turn; keep it short.
GREETING = N_("screen welcome", "Welcome! Please choose your language.")
# Translators: the question above the topics on the second screen.
CONCERNS_TITLE = N_("screen concerns", "What brings you here today?")
# Translators: the tile on the concerns screen that opens the search, and the search screen's heading. One word.
SEARCH = N_("screen search", "Search")
# Translators: in the empty search field. Visitors may type in their language or in German.
SEARCH_PROMPT = N_("screen search", "Type a word from your letter, a room number or your concern.")
# Translators: on the search screen when nothing matches what the visitor typed.
NOTHING_FOUND = N_("screen search", "Nothing found. Try another word, or ask at the service point.")
# Translators: the heading above the list of concerns in one topic.
CATEGORY_TITLE = N_("screen category", "Please choose your concern.")
# Translators: a heading on the information screen.
INFORMATION_TITLE = N_("screen information", "Opening hours and contact")

# Translators: a button on every screen: back to the first screen (choose a language).
HOME = N_("button", "Start")
# Translators: on the floor map, beside the point where the visitor stands (at the kiosk). Short.
MAP_HERE = N_("map", "You are here")
# Translators: on the floor map, at the lift or stairs where the way goes on to another floor; {floor} is its name.
MAP_TO_FLOOR = N_("map", "to {floor}")
# Translators: on the floor map of the next floor, where the lift or stairs arrive; {floor} is where the visitor came
# from.
MAP_FROM_FLOOR = N_("map", "from {floor}")
# Translators: a button on every screen: one screen back.
BACK = N_("button", "Back")
# Translators: a button on every screen: choose another language.
LANGUAGE = N_("button", "Language")
# Translators: a switch on every screen: show routes without stairs (for wheelchairs, prams).
STEP_FREE = N_("button", "No stairs")
# Translators: a switch on every screen: make all text bigger.
LARGER_TEXT = N_("button", "Larger text")
# Translators: a button on every screen: opening hours, phone numbers and address.
INFORMATION = N_("button", "Information")
# Translators: a button on every screen: the screen is read aloud; tapped again, it stops.
READ_ALOUD = N_("button", "Read aloud")
# Translators: shown above the buttons when the visitor asked for reading aloud in a language the kiosk has no voice
# for yet.
NO_VOICE = N_("speech", "Reading aloud is not available in this language yet.")

# Translators: a heading on a concern's screen, above the room number as on the door sign.
ROOM = N_("service", "Room")
# Translators: {zone} is the name on the building's colour-coded signs.
ZONE = N_("service", "Follow the signs: {zone}")
# Translators: a heading on a concern's screen, above the walking directions.
WAY = N_("service", "Your way from here")
# Translators: a heading on a concern's screen, above the checklist of documents.
DOCUMENTS = N_("service", "Please bring")
# Translators: a heading on a concern's screen, above the fees.
FEES = N_("service", "Fees")
# Translators: a heading on a concern's screen, above today's opening hours.
HOURS_TODAY = N_("service", "Open today")
# Translators: instead of today's opening hours.
CLOSED_TODAY = N_("service", "Closed today.")
# Translators: a heading above the QR code on a concern's screen.
TAKE_ALONG = N_("service", "Take this with you: scan the code with your phone camera.")
# Translators: under a second, smaller QR code on a concern's screen that opens the appointment booking page.
BOOKING_CODE = N_("service", "Book an appointment: scan this code.")
# Translators: a line of the text a phone shows after scanning the kiosk's code; {room} as on the door sign.
ROOM_LINE = N_("take along", "Room: {room}")
# Translators: a line of the text a phone shows after scanning the kiosk's code; {documents} is a list.
DOCUMENTS_LINE = N_("take along", "Please bring: {documents}")
# Translators: shown when the visitor asked for a way without stairs and there is none; {place} is where to ask.
NO_STEP_FREE_WAY = N_("service", "There is no way without stairs from here. Please ask for help at: {place}.")
# Translators: shown above the directions when the way without stairs is shown.
STEP_FREE_SHOWN = N_("service", "This way has no stairs.")

APPOINTMENT = {
    # Translators: on a concern's screen.
    AppointmentRule.REQUIRED: N_("appointment", "You need an appointment."),
    # Translators: on a concern's screen.
    AppointmentRule.OPTIONAL: N_("appointment", "An appointment is recommended, but you can also come without one."),
    # Translators: on a concern's screen.
    AppointmentRule.NONE: N_("appointment", "No appointment needed."),
}
# Translators: {address} is a web address; keep it as it is.
BOOK_ONLINE = N_("appointment", "Book online: {address}")

# Translators: the heading of the warning shown when nobody has touched the screen for a while.
IDLE_TITLE = N_("idle", "Are you still there?")
# Translators: under the idle warning; {seconds} counts down.
IDLE_COUNTDOWN = N_("idle", "The screen starts again in {seconds} seconds.")
# Translators: the big button on the idle warning.
CONTINUE = N_("idle", "Continue")

# Translators: a heading on the information screen.
OPENING_HOURS = N_("screen information", "Opening hours")
# Translators: a heading on the information screen, above the opening hours of the concern the visitor came from,
# where its office keeps hours of its own; {concern} is its name, e.g. "Collect your residence card".
CONCERN_HOURS = N_("screen information", "Opening hours: {concern}")
# Translators: a heading on the information screen.
CONTACT = N_("screen information", "Contact")
# Translators: a heading on the information screen.
ADDRESS = N_("screen information", "Address")
# Translators: a heading on the information screen, above the city's brochure for people new to the city.
NEWCOMERS = N_("screen information", "New in the city?")
# Translators: under the title of the city's welcome brochure, beside its QR code.
BROCHURE_SCAN = N_("screen information", "Scan the code to read the brochure on your phone.")
# Translators: the same, when the brochure is not in the visitor's language; {language} is the name of the
# language it is in, in that language ("Deutsch", "English").
BROCHURE_SCAN_IN = N_("screen information", "Scan the code to read the brochure on your phone (in {language}).")

# Translators: what a place of the building is, shown where staff gave it no name of its own, e.g. as the place to
# ask for help ("Please ask for help at: Service point").
PLACE_KINDS = {
    PlaceKind.ROOM: N_("place kind", "Room"),
    PlaceKind.OFFICE: N_("place kind", "Office"),
    PlaceKind.SERVICE_POINT: N_("place kind", "Service point"),
    PlaceKind.WAITING_AREA: N_("place kind", "Waiting area"),
    PlaceKind.ENTRANCE: N_("place kind", "Entrance"),
    PlaceKind.LOBBY: N_("place kind", "Foyer"),
    PlaceKind.CORRIDOR: N_("place kind", "Corridor"),
    PlaceKind.LIFT: N_("place kind", "Lift"),
    PlaceKind.STAIRS: N_("place kind", "Stairs"),
    PlaceKind.TOILET: N_("place kind", "Toilets"),
    PlaceKind.LETTERBOX: N_("place kind", "Letterbox"),
    PlaceKind.INFO: N_("place kind", "Information point"),
}

# Translators: on the web page a visitor opens from the kiosk's code: a link to the list of all concerns.
ALL_CONCERNS = N_("phone page", "All concerns")
# Translators: on the web page a visitor opens from the kiosk's code, above the directions; {kiosk} is where the
# visitor's information kiosk stands, e.g. "Information kiosk in the foyer".
WAY_FROM = N_("phone page", "Your way from: {kiosk}")
# Translators: on the phone pages, the heading of the links to the same page in other languages.
OTHER_LANGUAGES = N_("phone page", "Other languages")
# Translators: at the foot of every phone page; {date} is the day the pages were made.
AS_OF = N_("phone page", "Information as of {date}. Details can change: please check with the office.")

# Translators: shown above the concerns when the office changed its information while the visitor was reading a
# concern that no longer exists.
CONCERN_CHANGED = N_("screen concerns", "The information has just been updated. Please choose your concern again.")

# Translators: instead of today's opening hours on a public holiday or a day the office is closed; {day} is the
# day's name, e.g. "Day of Repentance and Prayer".
CLOSED_TODAY_FOR = N_("service", "Closed today: {day}")
# Translators: today's opening hours on a day the office keeps differently; {hours} e.g. "08:00–12:00", {day} the
# day's name, e.g. "New Year's Eve".
HOURS_ON_DAY = N_("service", "{hours} ({day})")
# Translators: a line below the week's opening hours for a date in the coming week that differs; {day} its name.
CLOSED_ON = N_("hours", "closed: {day}")
# Translators: in the week's opening hours, for the days the office is closed ("Sat–Sun: closed").
CLOSED = N_("hours", "closed")
# Translators: shown when the visitor asked for a way without stairs and a notice closed it for now; {closed} names
# what is closed (e.g. "Lift East"), {until} a date, {place} where to ask.
NO_STEP_FREE_WAY_UNTIL = N_("service", "There is no way without stairs now. Closed until {until}: {closed}. Please "
                                       "ask for help at: {place}.")
# Translators: as above, when the notice gives no end.
NO_STEP_FREE_WAY_NOW = N_("service", "There is no way without stairs now. Closed: {closed}. Please ask for help "
                                     "at: {place}.")
# Translators: after a notice to visitors on the kiosk and the phone pages; {until} is the last day it holds.
NOTICE_UNTIL = N_("notices", "(until {until})")

# The public holidays' names, by the English name the ``holidays`` package gives them (kiosk.calendar).
# Translators: the name of a public holiday in Germany, shown as "Closed today: …".
HOLIDAYS = {
    "New Year's Day": N_("holiday", "New Year's Day"),
    "Epiphany": N_("holiday", "Epiphany"),
    "Women's Day": N_("holiday", "Women's Day"),
    "Good Friday": N_("holiday", "Good Friday"),
    "Easter Sunday": N_("holiday", "Easter Sunday"),
    "Easter Monday": N_("holiday", "Easter Monday"),
    "Labor Day": N_("holiday", "Labor Day"),
    "Ascension Day": N_("holiday", "Ascension Day"),
    "Pentecost": N_("holiday", "Pentecost"),
    "Pentecost Monday": N_("holiday", "Pentecost Monday"),
    "Corpus Christi": N_("holiday", "Corpus Christi"),
    "Assumption Day": N_("holiday", "Assumption Day"),
    "World Children's Day": N_("holiday", "World Children's Day"),
    "German Unity Day": N_("holiday", "German Unity Day"),
    "Reformation Day": N_("holiday", "Reformation Day"),
    "All Saints' Day": N_("holiday", "All Saints' Day"),
    "Repentance and Prayer Day": N_("holiday", "Repentance and Prayer Day"),
    "Christmas Day": N_("holiday", "Christmas Day"),
    "Second Day of Christmas": N_("holiday", "Second Day of Christmas"),
}
