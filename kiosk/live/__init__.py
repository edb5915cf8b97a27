"""Running a kiosk for months: live content updates, the staff panel's status, logs. No Kivy here."""
