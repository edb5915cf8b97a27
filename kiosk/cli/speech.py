"""``kiosk speak``: writes what a screen would say to a WAV file, for native speakers to review and for tests.
``kiosk speech status``: per language, the engine, how much of each screen it can say, the clips it lacks and the
recordings that cannot be played; ``kiosk speech script``: the clips to record for a language, as CSV."""
from __future__ import annotations

import argparse
import csv
import gettext
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from kiosk.messages import S_

if TYPE_CHECKING:
    from kiosk.config import KioskConfig
    from kiosk.speech.engines import Synthesizer
    from kiosk.views.presenter import Presenter

NO_SERVICE = S_("cli", "The service screen needs --service ID.")
NO_VOICE_FOR = S_("cli", "There is no voice for \"{lang}\": the kiosk tells visitors that reading aloud is not "
                         "available in this language yet.")
NOTHING_SAID = S_("cli", "Nothing on this screen can be said in \"{lang}\".")
SPEECH_FAILED = S_("cli", "The voice for \"{lang}\" could not speak: {error}. kiosk speech status shows the "
                          "engine of each language; scripts/setup.sh installs espeak-ng and builds its voices.")
SCRIPT_NEEDS_LANGUAGE = S_("speech", "The recording script is for one language: give --lang, e.g. --lang ps.")
STATUS_HEADINGS = (S_("speech", "language"), S_("speech", "engine"), S_("speech", "Welcome"),
                   S_("speech", "concerns"), S_("speech", "topics"), S_("speech", "concern screens"),
                   S_("speech", "information"), S_("speech", "search"), S_("speech", "idle warning"),
                   S_("speech", "clips missing"))
MISSING_CLIPS = S_("speech", "Clips missing for {lang} (record them as WAV or OGG, named by the id):")
MORE_MISSING = S_("speech", "… and {count} more: kiosk speech script --lang {lang} lists them all.")
UNUSABLE_CLIP = S_("speech", "{path}: this recording cannot be played ({reason}).")
NOT_A_CLIP = S_("speech", "{path}: the kiosk plays WAV, OGG Vorbis, FLAC and MP3 recordings, so this file is never "
                          "said.")
UNUSABLE_CLIP_HINT = S_("speech", "Export it again as WAV or OGG Vorbis (mono or stereo, any sample rate).")
# translator: {played} and {path} are two files of one clip id, e.g. "abc.wav" and "abc.ogg".
SHADOWED_CLIP = S_("speech", "{path}: {played} says the same sentence and is the one played; remove one of them.")
UNUSED_CLIPS = S_("speech", "{folder}: {count} recordings say nothing the screens say now (their text changed or "
                            "went): {ids}")
SHOWN_MISSING = 20


def _speech_setup(arguments: argparse.Namespace, translations: gettext.NullTranslations,
                  out: TextIO) -> tuple[KioskConfig, Presenter, Synthesizer] | None:
    """The machine's settings, the presenter of ``--site`` for ``--kiosk``, and the voices with the recordings;
    None once a problem is reported. ``--lang`` is checked where it is given."""
    from kiosk.cli.commands import UNKNOWN_KIOSK, UNKNOWN_LANGUAGE, _known, _read_config, _report_failure
    from kiosk.site import load_checked
    from kiosk.speech.speaking import synthesizer_for
    from kiosk.views.presenter import Presenter

    settings = _read_config(translations, out)
    if settings is None:
        return None
    site = load_checked(Path(arguments.site) if arguments.site else settings.site)
    if site.content is None or site.routes is None:
        _report_failure(site, translations, out)
        return None
    content = site.content
    for value, known, message in ((arguments.lang, content.site.languages, UNKNOWN_LANGUAGE),
                                  (arguments.kiosk, content.kiosks, UNKNOWN_KIOSK)):
        if value is not None and not _known(value, known, message, translations, out):
            return None
    presenter = Presenter(content, site.routes, content.kiosk_id(arguments.kiosk or settings.kiosk or None),
                          settings.translations)
    return settings, presenter, synthesizer_for(settings.speech_voices, settings.translations)


def speak(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS, UNKNOWN_TARGET, WROTE, _known
    from kiosk.speech.engines import SpeechFailed
    from kiosk.speech.speaking import sentences, sound_of
    from kiosk.views.session import SERVICE, Session

    setup = _speech_setup(arguments, translations, out)
    if setup is None:
        return EXIT_PROBLEMS
    settings, presenter, synthesizer = setup
    if arguments.service is not None and not _known(arguments.service, presenter.content.services, UNKNOWN_TARGET,
                                                    translations, out):
        return EXIT_PROBLEMS
    screen = arguments.screen or (SERVICE if arguments.service else None)
    if screen == SERVICE and not arguments.service:
        print(NO_SERVICE().render(translations), file=out)
        return EXIT_PROBLEMS
    if not synthesizer.speaks(arguments.lang) and screen != "welcome":
        print(NO_VOICE_FOR(lang=arguments.lang).render(translations), file=out)
        return EXIT_PROBLEMS
    session = Session(locale=arguments.lang, service_id=arguments.service or "", screen=screen or "concerns")
    said = sentences(presenter, session, screen, idle_seconds=int(settings.warning_seconds))
    try:
        sound = sound_of(synthesizer, said)
    except SpeechFailed as failure:
        print(SPEECH_FAILED(lang=arguments.lang, error=failure).render(translations), file=out)
        return EXIT_PROBLEMS
    if sound is None:
        print(NOTHING_SAID(lang=arguments.lang).render(translations), file=out)
        return EXIT_PROBLEMS
    for sentence in said:
        if synthesizer.can_say(sentence.locale, sentence.text, sentence.parts):
            print(f"[{sentence.locale}] {sentence.text}", file=out)
    path = Path(arguments.out)
    path.write_bytes(sound.wav())
    print(WROTE(path=path).render(translations), file=out)
    return EXIT_OK


def speech(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS

    if arguments.action == "script" and not arguments.lang:
        print(SCRIPT_NEEDS_LANGUAGE().render(translations), file=out)
        return EXIT_PROBLEMS
    setup = _speech_setup(arguments, translations, out)
    if setup is None:
        return EXIT_PROBLEMS
    settings, presenter, synthesizer = setup
    if arguments.action == "script":
        return _script(presenter, arguments, int(settings.warning_seconds), translations, out)
    return _status(presenter, synthesizer, settings.translations, arguments.lang, int(settings.warning_seconds),
                   translations, out)


def _script(presenter: Presenter, arguments: argparse.Namespace, idle_seconds: int,
            translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import EXIT_OK, WROTE
    from kiosk.speech.coverage import recording_script

    clips = recording_script(presenter, arguments.lang, idle_seconds)
    path = Path(arguments.out) if arguments.out else None
    with path.open("w", encoding="utf-8", newline="") if path else nullcontext(out) as target:
        writer = csv.writer(target)
        writer.writerow(("id", "text", "context"))
        writer.writerows((clip.id, clip.text, clip.context) for clip in clips)
    if path:
        print(WROTE(path=path).render(translations), file=out)
    return EXIT_OK


def _status(presenter: Presenter, synthesizer: Synthesizer, translations_folder: Path, only: str | None,
            idle_seconds: int, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.cli.commands import EXIT_OK, EXIT_PROBLEMS
    from kiosk.speech.coverage import SCREEN_KINDS, coverage
    from kiosk.speech.recordings import CLIP_SUFFIXES, RECORDINGS_FOLDER, UnusableClip, clip_files, read_clip

    languages = [only] if only else list(presenter.content.site.languages)
    rows = [[heading.render(translations) for heading in STATUS_HEADINGS]]
    reports = [coverage(presenter, synthesizer, locale, idle_seconds) for locale in languages]
    for report in reports:
        shares = [f"{report.shares[kind]:.0%}" if kind in report.shares else "–" for kind in SCREEN_KINDS]
        rows.append([report.locale, report.engine, *shares, str(len(report.missing))])
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip(), file=out)
    for report in reports:
        if report.missing and (only or report.engine != "none"):
            print("", file=out)
            print(MISSING_CLIPS(lang=report.locale).render(translations), file=out)
            for clip in report.missing[:SHOWN_MISSING]:
                print(f"  {clip.id}{CLIP_SUFFIXES[0]}  {clip.text}", file=out)
            if len(report.missing) > SHOWN_MISSING:
                print(MORE_MISSING(count=len(report.missing) - SHOWN_MISSING, lang=report.locale).render(translations),
                      file=out)
    unusable = False
    for report in reports:
        folder = translations_folder / report.locale / RECORDINGS_FOLDER
        if not folder.is_dir():
            continue
        files = sorted(path for path in folder.iterdir() if path.is_file() and not path.name.startswith("."))
        played = clip_files(folder)
        for path in files:
            if path.suffix.lower() not in CLIP_SUFFIXES:
                unusable = True
                print(NOT_A_CLIP(path=path).render(translations), UNUSABLE_CLIP_HINT.render(translations), file=out)
            elif played[path.stem] != path:
                print(SHADOWED_CLIP(path=path, played=played[path.stem].name).render(translations), file=out)
        for path in played.values():
            try:
                read_clip(path)
            except UnusableClip as error:
                unusable = True
                print(UNUSABLE_CLIP(path=path, reason=error.reason.render(translations)).render(translations),
                      UNUSABLE_CLIP_HINT.render(translations), file=out)
        unused = sorted(identifier for identifier in played if identifier not in report.needed)
        if unused:
            print(UNUSED_CLIPS(folder=folder, count=len(unused), ids=", ".join(unused)).render(translations), file=out)
    return EXIT_PROBLEMS if unusable else EXIT_OK
