"""The read-aloud button's work: say the screen on show in the visitor's language, stop on a second tap, on any
navigation and on the idle reset.

Sound is made on the speech worker (``kiosk.speech.speaking``) and played through Kivy's ``SoundLoader``: its SDL2
audio provider comes with the Kivy wheel and is carried into the bundle by Kivy's own PyInstaller hooks, so the
kiosk needs no audio library of its own. SDL2's loader reads files, so each sound goes through a file in the
kiosk's temporary folder.
"""
from __future__ import annotations

import logging
import tempfile
from concurrent.futures import Future
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kivy.clock import Clock
from kivy.uix.widget import Widget

from kiosk.speech.engines import PAUSE_SECONDS, Sound

if TYPE_CHECKING:
    from kiosk.speech.screens import Sentence
    from kiosk.speech.speaking import SpeechMaker
    from kiosk.ui.app import WegweiserApp
    from kiosk.views.session import Session

log = logging.getLogger(__name__)


class Player(Protocol):
    def play(self, sound: Sound, volume: float) -> None: ...

    def stop(self) -> None: ...


class KivyPlayer:
    """Plays one sound at a time through Kivy's SDL2 audio."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or Path(tempfile.mkdtemp(prefix="wegweiser-speech-"))
        self._playing = None
        self._count = 0

    def play(self, sound: Sound, volume: float) -> None:
        from kivy.core.audio import SoundLoader  # the audio provider starts with the first sound, not the kiosk

        self.stop()
        self._count += 1
        # A new name each time: SDL2's loader keeps what it loaded under the file's name.
        path = self.folder / f"speech-{self._count % 2}.wav"
        path.write_bytes(sound.wav())
        loaded = SoundLoader.load(str(path))
        if loaded is None:
            log.warning("no audio output: speech cannot be played")
            return
        loaded.volume = volume
        loaded.play()
        self._playing = loaded

    def stop(self) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing.unload()
            self._playing = None


class Speaker:
    """What the read-aloud button does; ``app.speaking`` shows whether it is speaking."""

    def __init__(self, app: WegweiserApp, maker: SpeechMaker, player: Player, volume: float) -> None:
        self.app, self.maker, self.player, self.volume = app, maker, player, volume
        self._generation = 0
        self.pending: Future | None = None  # the sound being made
        self.used = False  # this visitor asked for speech: the idle warning is then said too
        self.warming: Future | None = None  # the fixed sentences being made ahead
        self._queue: list[Sound] = []  # made, waiting for the piece before to end
        self._sounding, self._all_made = False, True

    def toggle(self) -> None:
        """The button: the screen on show read aloud, or, while speaking, silence."""
        if self.app.speaking:
            self.stop()
            return
        from kiosk.speech.speaking import sentences

        self.used = True
        app = self.app
        self.say(sentences(app.presenter, app.session, idle_seconds=int(app.idle.warning_seconds), today=app.today))

    def say_focused(self, control: Widget) -> None:
        """A control that took the keyboard's focus says its name, in its own language on Welcome; a visitor who
        moves by keys is listening, so the idle warning is said to them too."""
        from kiosk.speech.screens import Sentence
        from kiosk.ui.focus import spoken_name

        self.used = True
        locale = getattr(control, "locale", "") or self.app.session.locale or self.app.locale
        self.say([Sentence("focus", locale, spoken_name(control))], locale)

    def say_idle_warning(self) -> None:
        if not self.used:
            return
        from kiosk.speech.speaking import IDLE, sentences

        app = self.app
        self.say(sentences(app.presenter, app.session, IDLE, idle_seconds=int(app.idle.warning_seconds)))

    def say(self, said: list[Sentence], locale: str | None = None) -> None:
        """``said`` in turn, stopping whatever was playing; in a language without a voice (by default the
        visitor's), the visitor is told."""
        self.stop()
        locale = self.app.session.locale if locale is None else locale
        self.app.no_voice = bool(locale) and not self.maker.synthesizer.speaks(locale)
        if self.app.no_voice:
            return
        generation = self._generation
        self.app.speaking = True
        self.pending = self.maker.make(said, lambda sound, last: Clock.schedule_once(
            lambda _dt: self._arrived(generation, sound, last)))

    def _arrived(self, generation: int, sound: Sound | None, last: bool) -> None:
        if generation != self._generation:
            return  # stopped (a tap, a navigation) while the sound was being made
        if sound is not None:
            self._queue.append(sound)
        self._all_made = last
        if not self._sounding:
            self._next(generation)

    def _next(self, generation: int) -> None:
        """The next piece once the one before has ended, with a sentence's pause between them."""
        if generation != self._generation:
            return
        self._sounding = bool(self._queue)
        if self._queue:
            sound = self._queue.pop(0)
            self.player.play(sound, self.volume)
            Clock.schedule_once(lambda _dt: self._next(generation), sound.seconds + PAUSE_SECONDS)
        elif self._all_made:
            self.app.speaking = False

    def stop(self) -> None:
        self._generation += 1
        self._queue.clear()
        self._sounding, self._all_made = False, True
        self.maker.cancel()
        self.player.stop()
        self.app.speaking = False

    def warm_up(self) -> bool:
        """Make the fixed sentences ahead, so a first tap speaks at once; False (done) once under way. A kiosk
        greeting from its remembered Welcome has no content for the first moments: then it waits."""
        if self.warming is not None:
            return False
        if self.app.presenter is None:
            return True
        from kiosk.speech.speaking import fixed_sentences

        presenter = self.app.presenter
        self.warming = self.maker.warm(lambda: fixed_sentences(presenter))
        return False

    def follow(self, session: Session) -> None:
        """The visitor moved on: what was said belonged to the screen they left. After a reset (Start, or the
        idle reset), the next visitor has not asked for speech."""
        self.stop()
        if not session.locale:
            self.used = False
            self.app.no_voice = False


def start_speaker(app: WegweiserApp) -> Speaker:
    """The read-aloud button's speaker, after the first frame; where the machine's settings switch speech off, the
    button is taken out of the bar."""
    from kiosk.speech.speaking import SpeechMaker

    config = app.kiosk_config
    if not config.speech:
        app.chrome_bar.remove_widget(app.chrome_bar.ids.read_aloud)
    maker = SpeechMaker.for_voices(config.speech_voices, config.translations)
    speaker = Speaker(app, maker, KivyPlayer(), config.speech_volume)
    app.idle_warning.bind(on_open=lambda *_: speaker.say_idle_warning())
    if config.speech:
        Clock.schedule_interval(lambda _dt: speaker.warm_up(), 1)
    return speaker
