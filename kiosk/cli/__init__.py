"""``kiosk``: the staff command line, a thin layer over the content, routing and i18n packages."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from kiosk.cli import calendar, commands, layout, search, simulate, speech, usage
from kiosk.i18n import staff_translator
from kiosk.i18n.fields import fits
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def build_parser(_: callable) -> argparse.ArgumentParser:  # type: ignore[valid-type]
    parser = argparse.ArgumentParser(prog="kiosk", description=_("Wegweiser visitor guidance kiosk."))
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def site_option(command: argparse.ArgumentParser) -> None:
        command.add_argument("--site", default=str(BUNDLED_SITE), metavar="SITE",
                             help=_("site content folder (default: the bundled Chemnitz site)"))

    def configured_site_option(command: argparse.ArgumentParser) -> None:
        """For commands about this machine's kiosk: its configured site unless told otherwise."""
        command.add_argument("--site", default=None, metavar="SITE",
                             help=_("site content folder (default: the configured one)"))

    check = sub.add_parser("check", help=_("validate a site's content and report every problem"))
    check.add_argument("site", nargs="?", default=str(BUNDLED_SITE), metavar="SITE",
                       help=_("site content folder (default: the bundled Chemnitz site)"))
    check.set_defaults(run=commands.check)

    listing = sub.add_parser("list", help=_("print the ids of a site's services, places, kiosks or languages"))
    listing.add_argument("what", choices=list(commands.LISTINGS), metavar="WHAT",
                         help=_("one of: services, places, kiosks, languages"))
    site_option(listing)
    listing.set_defaults(run=commands.list_ids)

    schema = sub.add_parser("schema", help=_("write the JSON Schema that editors use to complete content files"))
    schema.add_argument("--out", default=None, metavar="FILE",
                        help=_("where to write it (default: content/wegweiser.schema.json)"))
    schema.set_defaults(run=commands.schema)

    route = sub.add_parser("route", help=_("print the directions from a kiosk to a service or place"))
    route.add_argument("--to", required=True, metavar="TARGET", help=_("a service id or place id"))
    route.add_argument("--kiosk", default=None, metavar="ID", help=_("kiosk to start from (default: the first)"))
    route.add_argument("--step-free", action="store_true", help=_("avoid stairs and escalators"))
    route.add_argument("--lang", default=None, metavar="LANG",
                       help=_("language of the directions (default: the site's source language)"))
    route.add_argument("--at", type=calendar.moment_argument, default=None, metavar="DATETIME",
                       help=_("route with what the notices close at this moment, e.g. 2027-01-12 10:00 "
                              "(default: now)"))
    site_option(route)
    route.set_defaults(run=commands.route)

    notices = sub.add_parser("notices", help=_("list the notices that hold at a moment and what they close"))
    notices.add_argument("--at", type=calendar.moment_argument, default=None, metavar="DATETIME",
                         help=_("the moment, e.g. 2026-12-24 or 2026-12-24 08:00 (default: now)"))
    site_option(notices)
    notices.set_defaults(run=calendar.notices)

    hours = sub.add_parser("hours", help=_("print a day's opening hours, or that the office is closed and why"))
    hours.add_argument("--on", type=calendar.day_argument, default=None, metavar="DATE",
                       help=_("the day, e.g. 2026-11-18 (default: today)"))
    hours.add_argument("--service", default=None, metavar="ID", help=_("a service with hours of its own"))
    hours.add_argument("--lang", default=None, metavar="LANG",
                       help=_("language (default: the site's source language)"))
    site_option(hours)
    hours.set_defaults(run=calendar.hours)

    finder = sub.add_parser("search", help=_("print what a visitor typing QUERY finds, best first"))
    finder.add_argument("query", metavar="QUERY", help=_("the words, as a visitor would type them"))
    finder.add_argument("--lang", default=None, metavar="LANG",
                        help=_("the visitor's language (default: the site's source language)"))
    finder.add_argument("--limit", type=int, default=8, metavar="N", help=_("at most N results (default: 8)"))
    site_option(finder)
    finder.set_defaults(run=search.search)

    run = sub.add_parser("run", help=_("start the kiosk (full screen, locked down; --windowed for staff)"))
    run.add_argument("--kiosk", default=None, metavar="ID",
                     help=_("which kiosk this is (default: from kiosk config, else the first)"))
    run.add_argument("--windowed", action="store_true", help=_("in a window, without kiosk lock-down"))
    run.add_argument("--site", default=None, metavar="SITE",
                     help=_("site content folder (default: from kiosk config, else the bundled Chemnitz site)"))
    run.set_defaults(run=commands.run)

    shot = sub.add_parser("screenshot", help=_("render a screen offscreen to a PNG file"))
    shot.add_argument("--out", required=True, metavar="FILE", help=_("the PNG file to write"))
    shot.add_argument("--lang", default=None, metavar="LANG", help=_("language (default: the welcome screen)"))
    shot.add_argument("--service", default=None, metavar="ID", help=_("show this service's screen"))
    shot.add_argument("--screen", choices=["information", "search"], default=None, metavar="SCREEN",
                      help=_("show another screen: information, search"))
    shot.add_argument("--query", default="", metavar="TEXT", help=_("on the search screen: the words typed"))
    shot.add_argument("--kiosk", default=None, metavar="ID", help=_("kiosk to show the way from"))
    shot.add_argument("--size", default="1080x1920", metavar="WxH", help=_("screen size (default: 1080x1920)"))
    shot.add_argument("--step-free", action="store_true", help=_("show the way without stairs"))
    shot.add_argument("--large-text", action="store_true", help=_("with larger text, as after the visitor's tap on "
                                                                  "\"Larger text\""))
    site_option(shot)
    shot.set_defaults(run=commands.screenshot)

    simulation = sub.add_parser("simulate", help=_("drive the kiosk offscreen through simulated visits and print "
                                                    "what happened (for soaks and demos)"))
    simulation.add_argument("--visits", type=int, required=True, metavar="N", help=_("how many visits"))
    simulation.add_argument("--seed", type=int, default=0, metavar="S",
                            help=_("the same seed makes the same visits (default: 0)"))
    simulation.add_argument("--kiosk", default=None, metavar="ID", help=_("which kiosk (default: the first)"))
    simulation.add_argument("--json", default=None, metavar="FILE", help=_("also write the summary as JSON"))
    simulation.add_argument("--usage-db", default=None, metavar="FILE",
                            help=_("count the visits into this usage database (never the kiosk's own)"))
    site_option(simulation)
    simulation.set_defaults(run=simulate.simulate)

    check_layout = sub.add_parser("layout-check", help=_("render every visitor screen offscreen and list what is "
                                                         "clipped, overlaps, too small to tap or too faint"))
    check_layout.add_argument("--langs", default=None, metavar="L,L",
                              help=_("languages, e.g. ar,de,ti (default: every language the site offers)"))
    check_layout.add_argument("--sizes", default=None, metavar="WxH,WxH",
                              help=_("screen sizes (default: 1080x1920, 1920x1080, 1280x1024, 1366x768, 768x1366, "
                                     "2160x3840)"))
    check_layout.add_argument("--kiosk", default=None, metavar="ID", help=_("kiosk the ways start from (default: "
                                                                            "the first)"))
    check_layout.add_argument("--json-lines", action="store_true", help=argparse.SUPPRESS)  # between its processes
    site_option(check_layout)
    check_layout.set_defaults(run=layout.layout_check)

    web = sub.add_parser("export-web", help=_("write the phone pages (the QR codes' links) as a static web site"))
    web.add_argument("--out", required=True, metavar="DIR",
                     help=_("folder to write; an earlier export there is replaced once the new one is complete"))
    web.add_argument("--translations", default=None, metavar="DIR",
                     help=_("translations folder (default: from kiosk config, else the bundled translations)"))
    web.add_argument("--site", default=None, metavar="SITE",
                     help=_("site content folder (default: from kiosk config, else the bundled Chemnitz site)"))
    web.set_defaults(run=commands.export_web)

    settings = sub.add_parser("config", help=_("show or change this machine's kiosk settings"))
    settings.add_argument("--site", default=None, metavar="SITE", help=_("the site content folder this kiosk shows"))
    settings.add_argument("--translations", default=None, metavar="DIR",
                          help=_("the translations folder (default: the one shipped with the kiosk)"))
    settings.add_argument("--kiosk", default=None, metavar="ID", help=_("which of the site's kiosks this machine is"))
    settings.add_argument("--idle-seconds", type=float, default=None, metavar="N",
                          help=_("seconds untouched before the warning"))
    settings.add_argument("--warning-seconds", type=float, default=None, metavar="N",
                          help=_("seconds the warning counts down (at least 20)"))
    settings.add_argument("--orientation", default=None, metavar="ORIENTATION",
                          help=_("turn the picture: system, landscape, portrait, landscape-flipped, portrait-flipped"))
    settings.add_argument("--log-dir", default=None, metavar="DIR", help=_("folder for the kiosk's log files"))
    settings.add_argument("--count-usage", choices=["on", "off"], default=None, metavar="on|off",
                          help=_("count anonymously, per hour, what visitors choose (see kiosk stats)"))
    settings.add_argument("--usage-days", type=int, default=None, metavar="N",
                          help=_("days the usage counts are kept (default: 400)"))
    settings.add_argument("--metrics-file", default=None, metavar="FILE",
                          help=_("Prometheus textfile the running kiosk rewrites each minute (\"\": none)"))
    settings.add_argument("--metrics-port", type=int, default=None, metavar="N",
                          help=_("serve the same metrics on 127.0.0.1:N/metrics, for a Prometheus on this machine "
                                 "(0: no port, the default)"))
    settings.add_argument("--speech", choices=["on", "off"], default=None, metavar="on|off",
                          help=_("whether the kiosk shows its read-aloud button"))
    settings.add_argument("--speech-volume", type=float, default=None, metavar="N",
                          help=_("loudness of speech, from 0 (silent) to 1"))
    settings.add_argument("--speech-voices", default=None, metavar="TABLE",
                          help=_("voices over the defaults, e.g. \"de=espeak-ng:de, ps=none\""))
    settings.add_argument("--screen-inches", type=float, default=None, metavar="N",
                          help=_("the screen's diagonal in inches, so that text and buttons keep their size on "
                                 "screens of any resolution (0: from the display's pixels)"))
    settings.add_argument("--set-pin", action="store_true", help=_("set the staff PIN (asked twice, stored hashed)"))
    settings.set_defaults(run=commands.config)

    stats = sub.add_parser("stats", help=_("print the anonymous usage counts: per hour, day or week; small counts "
                                            "hidden"))
    stats.add_argument("--since", type=calendar.day_argument, default=None, metavar="DATE",
                       help=_("from this day on, e.g. 2026-12-01"))
    stats.add_argument("--until", type=calendar.day_argument, default=None, metavar="DATE",
                       help=_("up to and including this day"))
    stats.add_argument("--by", choices=["hour", "day", "week"], default="hour", help=_("sum per hour, day or week"))
    stats.add_argument("--kiosk", default=None, metavar="ID", help=_("only this kiosk (default: all)"))
    stats.add_argument("--format", choices=["table", "csv", "json"], default="table",
                       help=_("table (to read), csv or json"))
    stats.add_argument("--min-count", type=int, default=10, metavar="N",
                       help=_("counts below N are shown as <N, never as the number (default: 10)"))
    stats.add_argument("--from", dest="from_", default=None, metavar="DIR",
                       help=_("merge copies of several kiosks' databases (*.sqlite3) in this folder"))
    stats.add_argument("--plot", default=None, metavar="FILE.png",
                       help=_("draw visits per hour of the week, languages, concerns and give-ups to a PNG file "
                              "(needs the extra 'plot': matplotlib)"))
    stats.set_defaults(run=usage.stats)

    metrics = sub.add_parser("metrics", help=_("print this kiosk's health and usage in the Prometheus text format"))
    metrics.set_defaults(run=usage.metrics)

    speak = sub.add_parser("speak", help=_("write what a screen would say to a WAV file"))
    speak.add_argument("--lang", required=True, metavar="LANG", help=_("the visitor's language"))
    target = speak.add_mutually_exclusive_group()
    target.add_argument("--service", default=None, metavar="ID", help=_("a service: its screen"))
    target.add_argument("--screen", default=None, choices=["welcome", "concerns", "service", "information", "idle"],
                        metavar="NAME", help=_("welcome, concerns, information or idle (default: concerns)"))
    speak.add_argument("--kiosk", default=None, metavar="ID", help=_("kiosk to start from (default: the first)"))
    speak.add_argument("--out", required=True, metavar="FILE", help=_("the WAV file to write"))
    configured_site_option(speak)
    speak.set_defaults(run=speech.speak)

    spoken = sub.add_parser("speech", help=_("what the kiosk can say per language, and the clips to record"))
    spoken.add_argument("action", choices=["status", "script"], metavar="ACTION",
                        help=_("status: per language the engine, the share of each screen it can say and the "
                               "clips missing; script: the clips to record for --lang, as CSV (id, text, context)"))
    spoken.add_argument("--lang", default=None, metavar="LANG", help=_("one language (script needs it)"))
    spoken.add_argument("--kiosk", default=None, metavar="ID", help=_("kiosk the ways start from (default: the first)"))
    spoken.add_argument("--out", default=None, metavar="FILE", help=_("write the script here (default: the screen)"))
    configured_site_option(spoken)
    spoken.set_defaults(run=speech.speech)

    i18n = sub.add_parser("i18n", help=_("keep the translation catalogs in step with code and content"))
    i18n.add_argument("action", choices=["extract", "update", "compile", "status"], metavar="ACTION",
                      help=_("extract: write the templates (the site's entries beside other sites'); update: also "
                             "merge them into the site's languages' catalogs; compile: write .mo files; status: "
                             "the site's coverage and catalog problems per language"))
    site_option(i18n)
    i18n.add_argument("--translations", default=str(TRANSLATIONS_DIR), metavar="DIR",
                      help=_("translations folder, shared by every site (default: the bundled translations)"))
    i18n.set_defaults(run=commands.i18n)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    translations = staff_translator()

    def _(text: str) -> str:  # argparse formats help with %: a translation with a stray %s must not break it
        translated = translations.gettext(text)
        return translated if fits(text, translated) else text

    parser = build_parser(_)
    try:
        arguments = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0) and EXIT_USAGE
    try:
        return arguments.run(arguments, translations, sys.stdout)
    except BrokenPipeError:  # the reader (head, less) stopped early: nothing more to say
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
