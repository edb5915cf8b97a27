"""Usage figures without personal data: counts per kiosk and hour of what visitors chose, nothing else.

The visitor's session reports plain events (``kiosk.views.session``); ``counter`` folds them into hourly buckets in
memory, ``store`` writes those to SQLite off the UI thread, ``stats`` reads them back for staff. No visitor id, no
order of events, no free text and no time finer than the hour is ever kept, in memory or on disk: anonymous
statistics in the sense of recital 26 GDPR.
"""
