"""Text on screen: per language its script, direction and font, and the preparation a string needs before a
Kivy label shows it. Pure Python: ``kiosk.ui`` applies it to widgets."""
from kiosk.text.bidi import isolate, strip_isolates
from kiosk.text.style import TextStyle, prepare, text_style

__all__ = ["TextStyle", "isolate", "prepare", "strip_isolates", "text_style"]
