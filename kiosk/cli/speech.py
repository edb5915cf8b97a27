"""``kiosk speak``: writes what a screen would say to a WAV file, for native speakers to review and for tests."""
from __future__ import annotations

import argparse
import gettext
from pathlib import Path
from typing import TextIO

from kiosk.messages import S_

NO_SERVICE = S_("cli", "The service screen needs --service ID.")
NO_VOICE_FOR = S_("cli", "There is no voice for \"{lang}\": the kiosk tells visitors that reading aloud is not "
                         "available in this language yet.")
NOTHING_SAID = S_("cli", "Nothing on this screen can be said in \"{lang}\".")


def speak(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import (
        EXIT_OK, EXIT_PROBLEMS, UNKNOWN_KIOSK, UNKNOWN_LANGUAGE, UNKNOWN_TARGET, WROTE, _known, _read_config,
        _report_failure,
    )
    from kiosk.site import load_checked
    from kiosk.speech.engines import Synthesizer, voice_table
    from kiosk.speech.speaking import sentences, sound_of
    from kiosk.views.presenter import Presenter
    from kiosk.views.session import SERVICE, Session

    settings = _read_config(translations, out)
    if settings is None:
        return EXIT_PROBLEMS
    site = load_checked(Path(arguments.site) if arguments.site else settings.site)
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    content = site.content
    for value, known, message in ((arguments.lang, content.site.languages, UNKNOWN_LANGUAGE),
                                  (arguments.service, content.services, UNKNOWN_TARGET),
                                  (arguments.kiosk, content.kiosks, UNKNOWN_KIOSK)):
        if value is not None and not _known(value, known, message, translations, out):
            return EXIT_PROBLEMS
    screen = arguments.screen or (SERVICE if arguments.service else None)
    if screen == SERVICE and not arguments.service:
        print(NO_SERVICE().render(translations), file=out)
        return EXIT_PROBLEMS
    synthesizer = Synthesizer(voice_table(settings.speech_voices))
    if not synthesizer.speaks(arguments.lang) and screen != "welcome":
        print(NO_VOICE_FOR(lang=arguments.lang).render(translations), file=out)
        return EXIT_PROBLEMS
    presenter = Presenter(content, site.routes, content.kiosk_id(arguments.kiosk or settings.kiosk or None),
                          settings.translations)
    session = Session(locale=arguments.lang, service_id=arguments.service or "", screen=screen or "concerns")
    said = sentences(presenter, session, screen, idle_seconds=int(settings.warning_seconds))
    sound = sound_of(synthesizer, said)
    if sound is None:
        print(NOTHING_SAID(lang=arguments.lang).render(translations), file=out)
        return EXIT_PROBLEMS
    for sentence in said:
        if synthesizer.speaks(sentence.locale):
            print(f"[{sentence.locale}] {sentence.text}", file=out)
    path = Path(arguments.out)
    path.write_bytes(sound.wav())
    print(WROTE(path=path).render(translations), file=out)
    return EXIT_OK
