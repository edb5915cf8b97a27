"""One offscreen Kivy window and one running kiosk app for the whole test run (a process can have one window)."""
import pytest

from kiosk.ui.environment import configure

PORTRAIT = (1080, 1920)


@pytest.fixture(scope="session")
def window(tmp_path_factory: pytest.TempPathFactory):
    configure(headless=True, kivy_home=tmp_path_factory.mktemp("kivy-home"), size=PORTRAIT)
    from kivy.core.window import Window

    return Window


@pytest.fixture(scope="session")
def kiosk_app(window):
    """The kiosk, running offscreen in this process for all UI tests, as the lobby kiosk."""
    from kiosk.paths import BUNDLED_SITE
    from kiosk.site import load_checked
    from kiosk.ui.screenshot import start_app

    app = start_app(load_checked(BUNDLED_SITE), "foyer", PORTRAIT)
    yield app
    app.stop()


@pytest.fixture
def app(kiosk_app):
    """The kiosk app at its first screen with nothing chosen, and the one widgets reach as the running app (a test
    that makes an app of its own, as a cold start does, makes that one the running app)."""
    from kivy.app import App

    from kiosk.ui.screenshot import settle

    App._running_app = kiosk_app
    kiosk_app.reset()

    settle()
    return kiosk_app
