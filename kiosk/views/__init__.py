"""View models: everything each screen shows, localized, in pure Python (testable without a window)."""
