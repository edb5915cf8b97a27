"""Search as visitors type: text folding, the ranked index, the on-screen keyboards. Pure Python; the site's
index and the search screen's view are built in ``kiosk.views.search``."""
