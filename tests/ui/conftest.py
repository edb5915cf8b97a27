"""One offscreen Kivy window for the whole test run (a process can have only one)."""
import pytest

from kiosk.ui.environment import configure

@pytest.fixture(scope="session")
def window(tmp_path_factory: pytest.TempPathFactory):
    configure(headless=True, kivy_home=tmp_path_factory.mktemp("kivy-home"))
    from kivy.core.window import Window

    return Window
