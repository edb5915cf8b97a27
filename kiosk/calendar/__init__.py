"""What changes with the date and the time: public holidays and special days, and the notices in force (what they
close). Pure Python on the content model; routing and the views ask it for a given moment."""
from kiosk.calendar.days import Calendar, DayException
from kiosk.calendar.local import LocalClosure
from kiosk.calendar.notices import Closure, closed_at, closures_at, local_now, notices_in_force

__all__ = ["Calendar", "Closure", "DayException", "LocalClosure", "closed_at", "closures_at", "local_now",
           "notices_in_force"]
