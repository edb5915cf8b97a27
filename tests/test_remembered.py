"""The Welcome screen a kiosk keeps for its next start, and `kiosk run` with it."""
import json
import os
import subprocess
import sys
from pathlib import Path

import babel
import pytest

from kiosk.i18n.locales import LocaleFacts
from kiosk.paths import BUNDLED_SITE
from kiosk.site import load_checked
from kiosk.views.presenter import Presenter
from kiosk.views.remembered import FORMAT, recall, remember
from kiosk.views.welcome import LanguageChoice, WelcomeView

from editing import edit

ARABIC = LocaleFacts("ar", "العربية", True, "Arab")
VIEW = WelcomeView((("de", "Willkommen!"), ("ar", "أهلاً وسهلاً!")),
                   (LanguageChoice("de", "Deutsch", False), LanguageChoice("ar", "العربية", True)))
FACTS = {"de": LocaleFacts("de", "Deutsch", False, "Latn"), "ar": ARABIC}
KIOSK = ""  # as configured: the site's first


def keep(path: Path, view: WelcomeView = VIEW, facts: dict[str, LocaleFacts] = FACTS) -> None:
    remember(path, BUNDLED_SITE, KIOSK, view, facts)


def back(path: Path):
    return recall(path, BUNDLED_SITE, KIOSK)


def test_what_is_remembered_comes_back_whole(tmp_path: Path) -> None:
    path = tmp_path / "state" / "welcome.json"
    keep(path)
    recalled = back(path)
    assert recalled is not None and recalled.view == VIEW and recalled.facts == FACTS


def test_it_belongs_to_one_site_folder_and_kiosk(tmp_path: Path, mini_site: Path) -> None:
    """A trial `kiosk run --site other` or `--kiosk other` does not greet with the production kiosk's Welcome."""
    keep(tmp_path / "welcome.json")
    assert recall(tmp_path / "welcome.json", mini_site, KIOSK) is None
    assert recall(tmp_path / "welcome.json", BUNDLED_SITE, "wartebereich-3og") is None
    assert recall(tmp_path / "welcome.json", BUNDLED_SITE / ".." / BUNDLED_SITE.name, KIOSK) is not None


def test_the_bundled_sites_welcome_comes_back_as_the_presenter_made_it(tmp_path: Path) -> None:
    site = load_checked(BUNDLED_SITE)
    presenter = Presenter(site.content, site.routes, "foyer")
    view = presenter.welcome()
    from kiosk.i18n.locales import locale_facts

    keep(tmp_path / "welcome.json", view, {choice.locale: locale_facts(choice.locale) for choice in view.languages})
    recalled = back(tmp_path / "welcome.json")
    assert recalled is not None and recalled.view == view and len(recalled.facts) == len(view.languages)


def test_an_unchanged_welcome_is_not_written_again(tmp_path: Path) -> None:
    path = tmp_path / "welcome.json"
    keep(path)
    os.utime(path, (1, 1))
    keep(path)
    assert path.stat().st_mtime == 1
    keep(path, WelcomeView(VIEW.greetings[:1], VIEW.languages[:1]), {"de": FACTS["de"]})
    assert path.stat().st_mtime != 1


@pytest.mark.parametrize("spoil", [
    lambda saved: saved.update(babel="0.1"),  # facts read from another CLDR
    lambda saved: saved.update(format=FORMAT + 1),
    lambda saved: saved["facts"].pop("ar"),  # a language without its script and direction
    lambda saved: saved.update(languages=[]),
    lambda saved: saved["languages"][0].update(colour="red"),
    lambda saved: saved["languages"][0].update(right_to_left="no"),  # wrong types would break the first frame
    lambda saved: saved["facts"]["ar"].update(script=None),
    lambda saved: saved["greetings"][0].__setitem__(1, 42),
    lambda saved: saved["greetings"].append(["ps", "ښه راغلاست"]),  # a greeting in a language without its facts
])
def test_a_file_it_cannot_trust_is_no_memory(tmp_path: Path, spoil) -> None:
    path = tmp_path / "welcome.json"
    keep(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    spoil(saved)
    path.write_text(json.dumps(saved), encoding="utf-8")
    assert back(path) is None


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe", b"[]", b'{"format": 1}'])
def test_a_damaged_or_missing_file_is_no_memory(tmp_path: Path, content: bytes) -> None:
    assert back(tmp_path / "nothing.json") is None
    (tmp_path / "welcome.json").write_bytes(content)
    assert back(tmp_path / "welcome.json") is None


def test_it_records_the_babel_whose_cldr_it_read(tmp_path: Path) -> None:
    keep(tmp_path / "welcome.json")
    assert json.loads((tmp_path / "welcome.json").read_text(encoding="utf-8"))["babel"] == babel.__version__


@pytest.mark.parametrize("from_memory", [True, False])
def test_kiosk_run_refuses_content_with_errors_whether_it_greets_from_memory_or_not(
        mini_site: Path, tmp_path: Path, from_memory: bool) -> None:
    """From memory, the window opens with the remembered Welcome and the content is checked after it; on a first
    start it is checked before any window. Both end alike: every problem at its line, exit status 1."""
    state = tmp_path / "state"
    if from_memory:
        remember(state / "wegweiser" / "welcome.json", mini_site, KIOSK, VIEW, FACTS)
    edit(mini_site / "site.yaml", "name:", "nme:")
    environment = {**os.environ, "SDL_VIDEODRIVER": "offscreen", "XDG_STATE_HOME": str(state),
                   "WEGWEISER_CONFIG": str(tmp_path / "kiosk.ini"), "KIVY_HOME": str(tmp_path / "kivy"),
                   "LANGUAGE": "en"}
    result = subprocess.run([sys.executable, "-m", "kiosk", "run", "--windowed", "--site", str(mini_site)],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{mini_site / 'site.yaml'}:3:") and "error" in line for line in lines), lines
    assert lines[-1] == "The kiosk starts only with valid content."
    logs = list((state / "wegweiser" / "logs").glob("wegweiser-*.log"))
    if from_memory:  # the window was open: its log says why it closed, and the next start checks first
        assert "The kiosk stops: it has no content it can show" in logs[0].read_text(encoding="utf-8")
        assert not (state / "wegweiser" / "welcome.json").exists()
    else:
        assert not logs
