"""The Kivy user interface: the only package that imports Kivy.

Call ``kiosk.ui.environment.configure`` before anything here imports Kivy: Kivy reads its settings from the
environment at import time.
"""
