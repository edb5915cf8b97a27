"""The phone pages: a static web site rendered from the kiosk's views (Jinja2; no Kivy)."""
