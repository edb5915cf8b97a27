"""The read-aloud button: it speaks the screen in the visitor's language; a second tap, any navigation and the idle
reset stop it. A recording player stands in for the sound card, a recording engine for espeak-ng."""
import threading

import pytest

from kiosk.speech.engines import Sound
from test_kiosk_screens import choose_service, tap


class RecordingPlayer:
    def __init__(self) -> None:
        self.played: list[Sound] = []
        self.stops = 0

    def play(self, sound: Sound, volume: float) -> None:
        self.played.append(sound)

    def stop(self) -> None:
        self.stops += 1


class RecordingEngine:
    name = "espeak-ng"

    def __init__(self) -> None:
        self.said: list[tuple[str, str]] = []
        self.may_finish = threading.Event()
        self.may_finish.set()

    def speak(self, text: str, voice: str) -> Sound:
        self.may_finish.wait(5)
        self.said.append((text, voice))
        return Sound(b"\x00\x10" * 2000, 8000)  # half a second


@pytest.fixture
def speaker(app):
    """The app's speaker with the recording stand-ins, and nothing cached from earlier tests."""
    from kiosk.speech.engines import Synthesizer

    from kiosk.ui.screenshot import settle

    while app.speaker.warm_up():
        settle(1)
    app.speaker.warming.result(timeout=120)
    synthesizer = app.speaker.maker.synthesizer
    app.speaker.player = RecordingPlayer()
    recording = RecordingEngine()  # for Debian's voices and those compiled from upstream sources (Tigrinya) alike
    app.speaker.maker.synthesizer = Synthesizer(synthesizer.voices,
                                                {"espeak-ng": recording, "espeak-ng-upstream": recording})
    yield app.speaker
    app.speaker.maker.synthesizer = synthesizer


def sound_made(speaker) -> None:
    from kiosk.ui.screenshot import settle

    speaker.pending.result(timeout=10)
    settle(2)


def engine(speaker) -> RecordingEngine:
    return speaker.maker.synthesizer.engines["espeak-ng"]


def test_the_button_says_the_service_screen_in_the_visitors_voice(app, speaker) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    button = app.chrome_bar.ids.read_aloud
    tap(button)
    sound_made(speaker)
    said = [text for text, _voice in engine(speaker).said]
    assert {voice for _text, voice in engine(speaker).said} == {"de"}
    assert any("drei Punkt null drei zwei" in text for text in said)
    assert len(speaker.player.played) == 1 and app.speaking and button.active


def test_the_next_tap_stops_it(app, speaker) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    button = app.chrome_bar.ids.read_aloud
    tap(button)
    sound_made(speaker)
    stops = speaker.player.stops
    tap(button)
    assert speaker.player.stops > stops and not app.speaking and not button.active
    assert len(speaker.player.played) == 1


def test_navigation_stops_it(app, speaker) -> None:
    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    tap(app.chrome_bar.ids.read_aloud)
    sound_made(speaker)
    stops = speaker.player.stops
    tap(app.chrome_bar.ids.back)
    assert app.screens.current == "category"
    assert speaker.player.stops > stops and not app.speaking


def test_a_sound_still_being_made_is_never_played_after_a_stop(app, speaker) -> None:
    from kiosk.ui.screenshot import settle

    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    engine(speaker).may_finish.clear()
    tap(app.chrome_bar.ids.read_aloud)
    tap(app.chrome_bar.ids.home)
    pending = speaker.pending
    engine(speaker).may_finish.set()
    pending.result(timeout=10)
    settle(3)
    assert speaker.player.played == [] and not app.speaking


def test_the_idle_warning_is_said_then_the_reset_stops_it_and_forgets(app, speaker) -> None:
    from kiosk.ui.screenshot import settle

    choose_service(app, "de", "ausweis-karte", "aufenthaltskarte-abholen")
    tap(app.chrome_bar.ids.read_aloud)
    sound_made(speaker)
    app.idle._warn()
    settle(2)
    sound_made(speaker)
    assert len(speaker.player.played) == 2
    assert ("Sind Sie noch da?", "de") in engine(speaker).said
    stops = speaker.player.stops
    app.idle_warning.seconds_left = 1
    app.idle._count_down(1)
    settle(2)
    assert app.screens.current == "welcome" and speaker.player.stops > stops
    assert not app.speaking and not speaker.used


def test_the_button_says_tigrinya_in_the_voice_compiled_from_upstream_sources(app, speaker) -> None:
    choose_service(app, "ti", "ausweis-karte", "aufenthaltskarte-abholen")
    button = app.chrome_bar.ids.read_aloud
    tap(button)
    sound_made(speaker)
    assert not app.no_voice and app.speaking and len(speaker.player.played) == 1
    assert {voice for _text, voice in engine(speaker).said} == {"ti"}
    assert any("ክፍሊ 3 ነጥቢ 0 3 2" in text for text, _voice in engine(speaker).said)


def test_in_a_language_without_a_voice_the_button_says_so_and_nothing_is_said(app, speaker) -> None:
    choose_service(app, "ps", "ausweis-karte", "aufenthaltskarte-abholen")
    button = app.chrome_bar.ids.read_aloud
    tap(button)
    assert app.no_voice and not app.speaking
    assert button.label == app.chrome.no_voice != app.chrome.read_aloud
    assert engine(speaker).said == [] and speaker.player.played == []


def test_a_control_that_takes_the_keyboard_focus_says_its_name_in_its_own_language(app, speaker) -> None:
    from test_keyboard import TAB, press, tab_to

    assert speaker.say_focused in app.keyboard.listeners
    tab_to(app, "العربية")
    sound_made(speaker)
    assert engine(speaker).said[-1] == ("العربية", "ar")
    played, stops = len(speaker.player.played), speaker.player.stops
    press(TAB)
    sound_made(speaker)
    assert len(speaker.player.played) == played + 1 and speaker.player.stops > stops  # the name before is cut


def test_the_fixed_sentences_are_made_ahead_so_concerns_speak_from_the_cache(app, speaker) -> None:
    from kiosk.speech.speaking import fixed_sentences

    speaker.maker.warm(lambda: fixed_sentences(app.presenter)).result(timeout=60)
    voices = {voice for _text, voice in engine(speaker).said}
    assert {"de", "ar", "fa", "uk"} <= voices
    made = len(engine(speaker).said)
    tap_language = next(button for button in app.screens.get_screen("welcome").walk()
                        if getattr(button, "locale", "") == "de")
    tap(tap_language)
    tap(app.chrome_bar.ids.read_aloud)
    sound_made(speaker)
    assert len(engine(speaker).said) == made and len(speaker.player.played) == 1
