"""What each ``kiosk`` command does; output and messages through the staff's ``ui`` catalog."""
from __future__ import annotations

import argparse
import dataclasses
import gettext
import json
import logging
import os
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, NoReturn, TextIO

from kiosk.config import (
    REMEMBERED_WELCOME, ConfigError, KioskConfig, config_path, config_problems, hash_pin, load_config, save_config,
)
from kiosk.content import Problem
from kiosk.content.suggest import did_you_mean
from kiosk.i18n.catalogs import catalog_path
from kiosk.language_codes import EASY_READ_LANGUAGES
from kiosk.messages import S_, Message
from kiosk.paths import SCHEMA_FILE
from kiosk.site import CheckedSite, load_checked
from kiosk.text import strip_isolates
from kiosk.views.remembered import recall

if TYPE_CHECKING:
    from kiosk.content import Content
    from kiosk.routing import Routes
    from kiosk.views.presenter import Presenter

EXIT_OK, EXIT_PROBLEMS = 0, 1
# Staff left through the staff panel: deploy/wegweiser-kiosk.service does not restart the kiosk after this status.
EXIT_STAFF_LEFT = 3
Command = Callable[[argparse.Namespace, gettext.NullTranslations, TextIO], int]


UNKNOWN_TARGET = S_("cli", "There is no service or place with the id \"{value}\".")
UNKNOWN_KIOSK = S_("cli", "There is no kiosk with the id \"{value}\".")
UNKNOWN_LANGUAGE = S_("cli", "The site does not offer the language \"{value}\".")
VALID = S_("cli", "Content of \"{name}\" is valid.")
SUMMARY: list[tuple[Message, Callable[[Content], int]]] = [
    (S_("check summary", "floors"), lambda content: len(content.floors)),
    (S_("check summary", "zones"), lambda content: len(content.zones)),
    (S_("check summary", "places"), lambda content: len(content.places)),
    (S_("check summary", "connections"), lambda content: len(content.connections)),
    (S_("check summary", "kiosks"), lambda content: len(content.site.kiosks)),
    (S_("check summary", "services"), lambda content: len(content.services)),
    (S_("check summary", "documents"), lambda content: len(content.documents)),
    (S_("check summary", "categories"), lambda content: len(content.categories)),
    (S_("check summary", "languages"), lambda content: len(content.site.languages)),
]
WROTE = S_("cli", "Wrote {path}.")
# The count stands alone, so the sentence is right for one error too ("has 1 errors" was not).
CONTENT_HAS_ERRORS = S_("cli", "Errors in the content: {count}. Fix them and check again.")


def _print_problems(problems: Iterable[Problem], translations: gettext.NullTranslations, out: TextIO) -> None:
    for problem in problems:
        print(problem.render(translations), file=out)


def _report_problems(site: CheckedSite, translations: gettext.NullTranslations, out: TextIO) -> None:
    _print_problems(site.problems, translations, out)


def _report_failure(site: CheckedSite, translations: gettext.NullTranslations, out: TextIO) -> None:
    _report_problems(site, translations, out)
    print(CONTENT_HAS_ERRORS(count=len(site.errors)).render(translations), file=out)


def check(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    result = load_checked(Path(arguments.site))
    if result.content is None:
        _report_failure(result, translations, out)
        return EXIT_PROBLEMS
    _report_problems(result, translations, out)
    content = result.content
    print(VALID(name=content.site.name).render(translations), file=out)
    counts = [(label.render(translations), count(content)) for label, count in SUMMARY]
    width = max(len(name) for name, _ in counts)
    for name, count in counts:
        print(f"  {name:<{width}}  {count:>5}", file=out)
    return EXIT_OK


LISTINGS: dict[str, Callable[[Content], list[tuple[str, str]]]] = {
    "services": lambda content: [(service.id, service.name) for service in content.services.values()],
    "places": lambda content: [(place.id, place.room or place.name or place.kind.value)
                               for place in content.places.values()],
    "kiosks": lambda content: [(kiosk.id, kiosk.name) for kiosk in content.site.kiosks],
    "languages": lambda content: [(code, "") for code in content.site.languages],
}


def list_ids(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    for entry_id, description in LISTINGS[arguments.what](site.content):
        print(f"{entry_id}\t{description}".rstrip(), file=out)
    return EXIT_OK


def schema(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.content.schema import site_file_schema

    target = Path(arguments.out) if arguments.out else SCHEMA_FILE
    target.write_text(json.dumps(site_file_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(WROTE(path=target).render(translations), file=out)
    return EXIT_OK


def route(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.i18n.steps import sentences
    from kiosk.i18n.visitor import visitor_translations
    from kiosk.routing import Profile

    site = load_checked(Path(arguments.site))
    if site.content is None or site.routes is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    content, say = site.content, translations.pgettext
    target = content.services[arguments.to].destination if arguments.to in content.services else arguments.to
    kiosk_id = content.kiosk_id(arguments.kiosk)
    language = arguments.lang or content.site.source_language
    for value, known, message in (
        (target, [*content.services, *content.places], UNKNOWN_TARGET),
        (kiosk_id, content.kiosks, UNKNOWN_KIOSK),
        (language, content.site.languages, UNKNOWN_LANGUAGE),
    ):
        if not _known(value, known, message, translations, out):
            return EXIT_PROBLEMS
    profile = Profile.STEP_FREE if arguments.step_free else Profile.DEFAULT
    found = _routes_at(site, arguments.at).route(kiosk_id, target, profile)
    if found is None:
        print(say("cli", "There is no step-free route from this kiosk; the screen sends visitors to the service "
                         "point."), file=out)
        return EXIT_OK
    visitor = visitor_translations(content.site, language)
    for number, sentence in enumerate(sentences(found.steps, content, visitor.ui, visitor.content), start=1):
        print(f"{number}. {strip_isolates(sentence)}", file=out)
    return EXIT_OK


def _routes_at(site: CheckedSite, moment: datetime | None) -> Routes:
    """The ways with what the notices close at ``moment`` (now by default), as the kiosk walks them then."""
    from kiosk.calendar import closed_at, local_now
    from kiosk.routing import Routes

    assert site.content is not None and site.routes is not None
    closed = closed_at(site.content, moment or local_now())
    return Routes(site.content, closed) if closed else site.routes


I18N_WROTE = S_("cli", "Updated {path}.")
I18N_UNCHANGED = S_("cli", "All catalogs were already up to date.")
I18N_COLUMNS = [S_("i18n status", "language"), S_("i18n status", "domain"), S_("i18n status", "translated"),
                S_("i18n status", "fuzzy"), S_("i18n status", "untranslated"), S_("i18n status", "coverage"),
                S_("i18n status", "review")]
I18N_REVIEWED = S_("cli", "reviewed")
I18N_NOT_REVIEWED = S_("cli", "not reviewed by a native speaker")
I18N_NOT_CHECKED_BY_READERS = S_("cli", "not checked by a reading group")
I18N_NO_GATE = S_("cli", "{locale} {domain}: not checked for readability, since this installation has no textstat; "
                  "check the catalogs where scripts/setup.sh installed the project.")
I18N_UNREADABLE_ROW = S_("cli", "cannot be read (see below)")
I18N_BELOW = S_("cli", "{locale} {domain}: {percent:.0f} % translated, the site requires {required} %.")
I18N_NUMBER = S_("cli", "{locale} {domain}: a number of the source is missing in the translation of \"{source}\".")
I18N_UNREADABLE = S_("cli", "{locale}: the font cannot draw {characters} in \"{text}\".")
I18N_CONTENT_INVALID = S_("cli", "Fix the content first: catalogs are extracted from valid content only.")
I18N_NOT_COMPILED = S_("cli", "Catalogs not compiled: {count}; the kiosk keeps using their last compiled version.")


def i18n(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.i18n import tooling

    root = Path(arguments.translations)
    if arguments.action == "compile":  # needs only the PO files, so setup can run it whatever the content says
        written, problems = tooling.compile_all(root)
        _report_changed(written, translations, out)
        if problems:
            _print_problems(problems, translations, out)
            print(I18N_NOT_COMPILED(count=len({problem.location.file for problem in problems})).render(translations),
                  file=out)
            return EXIT_PROBLEMS
        return EXIT_OK
    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        print(I18N_CONTENT_INVALID().render(translations), file=out)
        return EXIT_PROBLEMS
    if arguments.action == "status":
        return _i18n_status(site, root, translations, out)
    changed = tooling.extract_templates(Path(arguments.site), site.content.site.id, root)
    if arguments.action == "update":
        changed += tooling.update_all(site.content.site, root)
    return _report_changed(changed, translations, out)


def _report_changed(changed: list[Path], translations: gettext.NullTranslations, out: TextIO) -> int:
    for path in changed:
        print(I18N_WROTE(path=path).render(translations), file=out)
    if not changed:
        print(I18N_UNCHANGED().render(translations), file=out)
    return EXIT_OK


def _i18n_status(site: CheckedSite, root: Path, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.i18n import tooling
    from kiosk.i18n.readability import gate_available, readability_problems  # textstat
    from kiosk.text.coverage import unreadable_strings  # fontTools

    content, routes = site.content, site.routes
    assert content is not None and routes is not None
    required = content.site.required_translation_percent
    templates = tooling.site_templates(content, root)
    rows = [[column.render(translations) for column in I18N_COLUMNS]]
    located: list[Problem] = []
    problems: list[Message] = []
    for status in tooling.site_status(content, root, templates=templates):
        located += status.problems
        if not status.readable:
            rows.append([status.locale, status.domain, "", "", "", "", I18N_UNREADABLE_ROW().render(translations)])
            continue
        where = {"locale": status.locale, "domain": status.domain}
        easy_read = status.locale in EASY_READ_LANGUAGES
        if easy_read and gate_available():  # staff catalogs are German, never easy-to-read
            located += readability_problems(catalog_path(status.locale, status.domain, root), status.locale)
        elif easy_read:
            problems.append(I18N_NO_GATE(**where))
        unreviewed = I18N_NOT_CHECKED_BY_READERS if easy_read else I18N_NOT_REVIEWED
        review = (I18N_REVIEWED if status.reviewed else unreviewed)().render(translations)
        rows.append([status.locale, status.domain, str(status.translated), str(status.fuzzy),
                     str(status.untranslated), f"{status.percent:.0f} %", review])
        if status.percent < required:
            problems.append(I18N_BELOW(percent=status.percent, required=required, **where))
        problems += [I18N_NUMBER(source=source, **where) for source in status.number_mismatches]
    entries = {domain: [(message.context, message.id) for message in messages]
               for domain, messages in templates.items()}
    for locale in content.site.languages:
        problems += [I18N_UNREADABLE(locale=locale, text=strip_isolates(text),
                                     characters=", ".join(f"\"{char}\" (U+{ord(char):04X})" for char in missing))
                     for text, missing in unreadable_strings(content, routes, locale, entries, root)]
    widths = [max(len(row[column]) for row in rows) for column in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) if column < 2 or column == 6 else cell.rjust(width)
                        for column, (cell, width) in enumerate(zip(row, widths))).rstrip(), file=out)
    _print_problems(located, translations, out)
    for problem in problems:
        print(problem.render(translations), file=out)
    return EXIT_PROBLEMS if problems or located else EXIT_OK


RUN_NEEDS_VALID_CONTENT = S_("cli", "The kiosk starts only with valid content.")
NO_DISPLAY = S_("cli", "The kiosk cannot reach the display {display}: is the X server running, and are DISPLAY and "
                "XAUTHORITY set for this user (docs/deployment.md)? To look at the screens without a display, "
                "render them to pictures with scripts/screenshots.sh.")
NO_DISPLAY_SET = S_("cli", "(DISPLAY is not set)")
BAD_SIZE = S_("cli", "\"{value}\" is not a screen size; write it like 1080x1920.")


def visitor_presenter(arguments: argparse.Namespace, translations: gettext.NullTranslations,
                      out: TextIO) -> tuple[Presenter, str] | None:
    """The presenter of ``--site`` and the language of ``--lang`` (default: the site's source language), as a
    visitor's screen has them; ``None`` once the problems or the unknown language are reported."""
    from kiosk.views.presenter import Presenter

    site = load_checked(Path(arguments.site))
    if site.content is None or site.routes is None:
        _report_failure(site, translations, out)
        return None
    content = site.content
    language = arguments.lang or content.site.source_language
    if not _known(language, content.site.languages, UNKNOWN_LANGUAGE, translations, out):
        return None
    return Presenter(content, site.routes, content.kiosk_id(None)), language


def _known(value: str, known: Iterable[str], message: Message, translations: gettext.NullTranslations,
           out: TextIO) -> bool:
    """Whether ``value`` is one of ``known``; if not, say so with the close matches."""
    known = list(known)
    if value in known:
        return True
    hint = did_you_mean(value, known)
    print(" ".join([message(value=value).render(translations), hint.render(translations) if hint else ""]).strip(),
          file=out)
    return False


def run(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    settings = _read_config(translations, out)
    if settings is None:
        return EXIT_PROBLEMS
    folder = Path(arguments.site) if arguments.site else settings.site
    kiosk = arguments.kiosk or settings.kiosk or None
    # The Welcome screen of the last run, if there was one: the kiosk then greets at once and checks its content
    # after that first frame; otherwise (a first start) it checks first and opens no window for invalid content.
    remembered = recall(REMEMBERED_WELCOME, folder, kiosk or "")
    site = None
    if remembered is None:
        site = load_checked(folder)
        if not can_start_with(site, kiosk, translations, out):
            return EXIT_PROBLEMS
    from kiosk.ui.environment import configure
    from kiosk.ui.xscreen import display_name, open_screen, shows_on_x

    screen = open_screen() if shows_on_x() else None
    if screen is None and shows_on_x():
        print(NO_DISPLAY(display=display_name() or NO_DISPLAY_SET().render(translations)).render(translations),
              file=out)
        return EXIT_PROBLEMS
    kiosk_mode = not arguments.windowed
    from kiosk.ui.layout_rules import screen_density

    configure(headless=False, size=screen.size() if kiosk_mode else None, borderless=kiosk_mode,
              density=screen_density(screen.size(), settings.screen_inches) if kiosk_mode and screen else 1.0)
    from kiosk.ui.run import run_kiosk

    end = run_kiosk(site, kiosk, settings, kiosk_mode=kiosk_mode, live_from=folder, remembered=remembered,
                    screen=screen)
    if end.refused is not None:
        can_start_with(end.refused, kiosk, translations, out)
    _leave_at_once(out, EXIT_PROBLEMS if end.refused is not None else EXIT_STAFF_LEFT if end.staff_left else EXIT_OK)


def _leave_at_once(out: TextIO, status: int) -> NoReturn:
    """End the process with ``status`` once the kiosk has stopped. What must be kept was written as it stopped (the
    last minute's counts, the remembered Welcome); the interpreter's teardown of the kiosk's heap and Kivy's
    modules would add most of a second (measured: 0.8 s of 1.6 s on a loaded machine) to a stop that systemd's
    TimeoutStopSec and SIGTERM's 2 s allow."""
    out.flush()
    sys.stdout.flush()
    sys.stderr.flush()
    logging.shutdown()  # the log's last lines, "Signal SIGTERM received" among them
    os._exit(status)


def can_start_with(site: CheckedSite, kiosk: str | None, translations: gettext.NullTranslations,
                    out: TextIO) -> bool:
    """Whether the kiosk can run on ``site``; if not, say why."""
    if site.serves(kiosk):
        return True
    if site.content is None:
        _report_failure(site, translations, out)
        print(RUN_NEEDS_VALID_CONTENT().render(translations), file=out)
    else:
        _known(kiosk, site.content.kiosks, UNKNOWN_KIOSK, translations, out)
    return False


def parse_size(text: str) -> tuple[int, int] | None:
    """A screen size written like 1080x1920, or None."""
    try:
        width, height = (int(part) for part in text.strip().lower().split("x"))
    except ValueError:
        return None
    return (width, height) if width > 0 and height > 0 else None


def screenshot(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    size = parse_size(arguments.size)
    if size is None:
        print(BAD_SIZE(value=arguments.size).render(translations), file=out)
        return EXIT_PROBLEMS
    width, height = size
    site = load_checked(Path(arguments.site))
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    content = site.content
    for value, known, message in ((arguments.lang, content.site.languages, UNKNOWN_LANGUAGE),
                                  (arguments.service, content.services, UNKNOWN_TARGET),
                                  (arguments.kiosk, content.kiosks, UNKNOWN_KIOSK)):
        if value is not None and not _known(value, known, message, translations, out):
            return EXIT_PROBLEMS

    from kiosk.ui.environment import configure_offscreen
    from kiosk.ui.layout_rules import screen_density

    configure_offscreen((width, height), density=screen_density((width, height)))  # as a kiosk of that size
    from kiosk.ui.capture import save_window
    from kiosk.ui.screenshot import ScreenRequest, show, start_app

    app = start_app(site, arguments.kiosk, (width, height))
    show(app, ScreenRequest(locale=arguments.lang, service=arguments.service, step_free=arguments.step_free,
                            screen=arguments.screen, query=arguments.query, large_text=arguments.large_text))
    path = save_window(Path(arguments.out))
    print(WROTE(path=path).render(translations), file=out)
    return EXIT_OK


EXPORT_NOT_OURS = S_("cli", "{path} is a file, or a folder export-web did not write; choose an empty or new folder, "
                           "or an earlier export.")
EXPORTED = S_("cli", "Wrote {pages} pages to {path}.")


def _print_hinted(problems: list[tuple[Message, Message | None]], translations: gettext.NullTranslations,
                  out: TextIO) -> None:
    for message, hint in problems:
        print(" ".join(part.render(translations) for part in (message, hint) if part), file=out)


def export_web(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    from kiosk.live.catalog_checks import translation_problems
    from kiosk.web.export import NotAnExportFolder, export_site  # Jinja2 only for this command

    settings = KioskConfig()
    if arguments.site is None or arguments.translations is None:  # the kiosk's own, so phone and kiosk agree
        settings = _read_config(translations, out)
        if settings is None:
            return EXIT_PROBLEMS
    catalogs = Path(arguments.translations) if arguments.translations else settings.translations
    wanted = dataclasses.replace(settings, site=Path(arguments.site) if arguments.site else settings.site,
                                 translations=catalogs)
    folder_problems = [(message, hint) for name, message, hint in config_problems(wanted)
                       if name in ("site", "translations")]
    if folder_problems:
        _print_hinted(folder_problems, translations, out)
        return EXIT_PROBLEMS
    site = load_checked(wanted.site)
    if site.content is None:
        _report_failure(site, translations, out)
        return EXIT_PROBLEMS
    problems = translation_problems(site, catalogs)
    if problems:
        _print_problems(problems, translations, out)
        return EXIT_PROBLEMS
    try:
        summary = export_site(site.content, site.routes, Path(arguments.out), date.today(), catalogs)
    except NotAnExportFolder as error:
        print(EXPORT_NOT_OURS(path=error).render(translations), file=out)
        return EXIT_PROBLEMS
    print(EXPORTED(pages=summary.pages, path=summary.folder).render(translations), file=out)
    return EXIT_OK


CONFIG_BAD_PIN = S_("cli", "The PIN must be 4 to 12 digits, entered the same way twice.")
CONFIG_PIN_PROMPT = S_("cli", "New staff PIN: ")
CONFIG_PIN_AGAIN = S_("cli", "The same PIN again: ")
CONFIG_SHOW = S_("cli", "Settings in {path}:")
CONFIG_FIX_FILE = S_("cli", "Fix these lines or delete the file, then run the command again.")
PIN_SET = S_("cli", "set")
PIN_NOT_SET = S_("cli", "not set: staff cannot leave kiosk mode")
FIRST_KIOSK = S_("cli", "the site's first")


def _read_config(translations: gettext.NullTranslations, out: TextIO) -> KioskConfig | None:
    """This machine's settings, or None after printing every located problem of its file."""
    try:
        return load_config()
    except ConfigError as error:
        _print_problems(error.problems, translations, out)
        print(CONFIG_FIX_FILE().render(translations), file=out)
        return None


def _folder(given: str | None) -> Path | None:
    return Path(given).expanduser().resolve() if given is not None else None


def config(arguments: argparse.Namespace, translations: gettext.NullTranslations, out: TextIO) -> int:
    import getpass
    import sys

    changes = {name: value for name, value in (
        ("site", _folder(arguments.site)), ("translations", _folder(arguments.translations)),
        ("kiosk", arguments.kiosk),
        ("idle_seconds", arguments.idle_seconds), ("warning_seconds", arguments.warning_seconds),
        ("orientation", arguments.orientation),
        ("log_dir", _folder(arguments.log_dir)), ("usage_days", arguments.usage_days),
        ("count_usage", None if arguments.count_usage is None else arguments.count_usage == "on"),
        ("metrics_file", arguments.metrics_file), ("metrics_port", arguments.metrics_port),
        ("speech", None if arguments.speech is None else arguments.speech == "on"),
        ("speech_volume", arguments.speech_volume), ("speech_voices", arguments.speech_voices),
        ("screen_inches", arguments.screen_inches)) if value is not None}
    if arguments.set_pin:
        ask = getpass.getpass if sys.stdin.isatty() else (lambda _prompt: sys.stdin.readline().strip())
        first = ask(CONFIG_PIN_PROMPT().render(translations))
        second = ask(CONFIG_PIN_AGAIN().render(translations))
        if first != second or not first.isdigit() or not 4 <= len(first) <= 12:
            print(CONFIG_BAD_PIN().render(translations), file=out)
            return EXIT_PROBLEMS
        changes["pin_hash"] = hash_pin(first)
    if changes:  # a file with mistakes is repaired by writing what is wanted over what could be read
        current = load_config(strict=False)
    else:
        current = _read_config(translations, out)
        if current is None:
            return EXIT_PROBLEMS
    wanted = dataclasses.replace(current, **changes)
    problems = [(message, hint) for _name, message, hint in config_problems(wanted)]
    if problems:
        _print_hinted(problems, translations, out)
        return EXIT_PROBLEMS
    if wanted.kiosk and "kiosk" in changes:
        site = load_checked(wanted.site)
        if site.content is not None and not _known(wanted.kiosk, site.content.kiosks, UNKNOWN_KIOSK, translations,
                                                   out):
            return EXIT_PROBLEMS
    if changes:
        save_config(wanted)
    print(CONFIG_SHOW(path=config_path()).render(translations), file=out)
    shown = dataclasses.asdict(wanted) | {
        "kiosk": wanted.kiosk or FIRST_KIOSK().render(translations),
        "pin_hash": (PIN_SET if wanted.pin_hash else PIN_NOT_SET)().render(translations),
        "count_usage": "on" if wanted.count_usage else "off", "speech": "on" if wanted.speech else "off"}
    for name, value in shown.items():
        print(f"  {name} = {value:g}" if isinstance(value, float) else f"  {name} = {value}", file=out)
    return EXIT_OK
