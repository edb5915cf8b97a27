"""The local kiosk configuration: settings of one machine (which site and kiosk, idle times, orientation, staff PIN
hash, log folder), kept apart from the content it shows and written with ``kiosk config``."""
from __future__ import annotations

import configparser
import hashlib
import hmac
import math
import os
import re
import secrets
from dataclasses import dataclass, fields
from pathlib import Path

from kiosk.content.problems import Location, Problem, sort_key
from kiosk.content.suggest import did_you_mean
from kiosk.messages import S_, Message
from kiosk.paths import BUNDLED_SITE, TRANSLATIONS_DIR

_HOME = Path.home()
DEFAULT_PATH = Path(os.environ.get("XDG_CONFIG_HOME", _HOME / ".config")) / "wegweiser" / "kiosk.ini"
STATE_DIR = Path(os.environ.get("XDG_STATE_HOME", _HOME / ".local" / "state")) / "wegweiser"
DEFAULT_LOG_DIR = STATE_DIR / "logs"
USAGE_DATABASE = STATE_DIR / "usage.sqlite3"  # the usage counts, see kiosk.usage
REMEMBERED_WELCOME = STATE_DIR / "welcome.json"  # see kiosk.views.remembered
LOCAL_CLOSURES = STATE_DIR / "closures.json"  # what staff closed on this kiosk, see kiosk.calendar.local
HEALTH_FILE = STATE_DIR / "health.json"  # the running kiosk's facts for `kiosk metrics`, see kiosk.live.health
SECTION = "kiosk"
ON_OFF = {"on": True, "off": False, "yes": True, "no": False, "true": True, "false": False, "1": True, "0": False}
PIN_ITERATIONS = 200_000
MIN_IDLE_SECONDS, MIN_WARNING_SECONDS = 10.0, 20.0  # WCAG 2.2.1: at least 20 s to ask for more time
# Turns the kiosk's picture for a screen mounted other than the system shows it; "system" leaves it as it is.
ORIENTATIONS = {"system": None, "landscape": 0, "portrait": 90, "landscape-flipped": 180, "portrait-flipped": 270}

UNREADABLE = S_("config", "The settings file cannot be read: {reason}.")
UNREADABLE_HINT = S_("config", "Write it again with `kiosk config`, or fix the line named.")
UNKNOWN_SETTING = S_("config", "There is no setting \"{name}\".")
NOT_A_NUMBER = S_("config", "\"{value}\" is not a number of seconds.")
TOO_SHORT = S_("config", "{name} must be at least {minimum} seconds.")
NUMBER_HINT = S_("config", "Write whole seconds, e.g. {name} = 90.")
BAD_ORIENTATION = S_("config", "\"{value}\" is not an orientation.")
NO_SITE_FOLDER = S_("config", "\"{value}\" is not a site folder: it has no site.yaml.")
NO_TRANSLATIONS_FOLDER = S_("config", "\"{value}\" is not a translations folder.")
TRANSLATIONS_HINT = S_("config", "Give the folder holding templates/ and one folder per language, e.g. "
                                 "/srv/wegweiser/translations.")
UNKNOWN_SECTION = S_("config", "There is no section [{name}]; all settings belong in [kiosk].")
UNKNOWN_SECTION_HINT = S_("config", "Rename the section to [kiosk], in lower case.")
BAD_PIN_HASH = S_("config", "pin_hash is not a PIN hash written by `kiosk config --set-pin`.")
BAD_PIN_HASH_HINT = S_("config", "Set the PIN again with `kiosk config --set-pin`.")
NOT_ON_OFF = S_("config", "\"{value}\" is neither on nor off.")
ON_OFF_HINT = S_("config", "Write {name} = on or {name} = off.")
NOT_DAYS = S_("config", "\"{value}\" is not a whole number of days of at least 1.")
DAYS_HINT = S_("config", "Write whole days, e.g. {name} = 400.")
NOT_A_PORT = S_("config", "\"{value}\" is not a port: write a whole number from 1024 to 65535, or 0 for none.")
PORT_HINT = S_("config", "Write e.g. metrics_port = 9465; the kiosk serves it on 127.0.0.1 only.")
BAD_VOLUME = S_("config", "speech_volume must be a number from 0 to 1, not \"{value}\".")
VOLUME_HINT = S_("config", "Write e.g. speech_volume = 0.8 (0 is silent, 1 the loudest).")
BAD_VOICES = S_("config", "speech_voices has choices that cannot be used: {items}.")
VOICES_HINT = S_("config", "Write language=engine:voice or language=none, separated by commas, e.g. "
                           "speech_voices = de=espeak-ng:de, ps=none.")
BAD_INCHES = S_("config", "screen_inches must be the screen's diagonal in inches, from {minimum} to {maximum}, or 0 "
                          "to take it from the display; not \"{value}\".")
INCHES_HINT = S_("config", "Write e.g. screen_inches = 43 (the diagonal of the picture, as on the data sheet).")
SCREEN_INCHES = (10.0, 120.0)  # a tablet to a video wall: outside that, a typo
SITE_HINT = S_("config", "Give the folder holding site.yaml, e.g. /srv/wegweiser/content/chemnitz-buergerhaus.")


@dataclass(frozen=True)
class KioskConfig:
    site: Path = BUNDLED_SITE
    translations: Path = TRANSLATIONS_DIR  # a synced folder lets translators update a running kiosk
    kiosk: str = ""  # empty: the site's first kiosk
    idle_seconds: float = 90.0
    warning_seconds: float = 30.0
    orientation: str = "system"
    pin_hash: str = ""
    log_dir: Path = DEFAULT_LOG_DIR
    count_usage: bool = True  # anonymous hourly counts, see the README's "Usage figures and data protection"
    usage_days: int = 400  # how long the counts are kept
    metrics_file: str = ""  # the Prometheus textfile the kiosk rewrites each minute; empty: none
    metrics_port: int = 0  # serves the same text on 127.0.0.1 at this port (/metrics); 0: no port is opened
    speech: bool = True  # whether the speaker button is there; visitors switch it on per visit
    speech_volume: float = 0.8
    speech_voices: str = ""  # over kiosk.speech.engines.DEFAULT_VOICES: "de=espeak-ng:de, ps=none"
    screen_inches: float = 0.0  # the picture's diagonal, for the sizes on screen (kiosk.ui.layout_rules); 0: none

    @property
    def rotation(self) -> int | None:
        return ORIENTATIONS[self.orientation]


SETTINGS = [field.name for field in fields(KioskConfig)]


class ConfigError(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(problem.render() for problem in problems))
        self.problems = problems


def config_path() -> Path:
    return Path(os.environ.get("WEGWEISER_CONFIG", DEFAULT_PATH))


def _line_of(text: str, name: str) -> int:
    """The line setting ``name`` (configparser reads names in any case), or 0."""
    match = re.search(rf"^[ \t]*{re.escape(name)}[ \t]*[=:]", text, re.MULTILINE | re.IGNORECASE)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def _section_line(text: str, name: str) -> int:
    match = re.search(rf"^[ \t]*\[{re.escape(name)}\]", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 0


def config_problems(config: KioskConfig) -> list[tuple[str, Message, Message | None]]:
    """What is wrong with ``config``'s values: (setting, problem, hint); the same rules for the file and the CLI."""
    problems: list[tuple[str, Message, Message | None]] = []
    for name, minimum in (("idle_seconds", MIN_IDLE_SECONDS), ("warning_seconds", MIN_WARNING_SECONDS)):
        if not math.isfinite(getattr(config, name)):
            problems.append((name, NOT_A_NUMBER(value=getattr(config, name)), NUMBER_HINT(name=name)))
        elif getattr(config, name) < minimum:
            problems.append((name, TOO_SHORT(name=name, minimum=f"{minimum:g}"), NUMBER_HINT(name=name)))
    if config.pin_hash and not _is_pin_hash(config.pin_hash):
        problems.append(("pin_hash", BAD_PIN_HASH(), BAD_PIN_HASH_HINT))
    if config.usage_days < 1:
        problems.append(("usage_days", NOT_DAYS(value=config.usage_days), DAYS_HINT(name="usage_days")))
    low, high = SCREEN_INCHES
    if not (config.screen_inches == 0 or (math.isfinite(config.screen_inches) and low <= config.screen_inches <= high)):
        problems.append(("screen_inches", BAD_INCHES(value=config.screen_inches, minimum=f"{low:g}",
                                                     maximum=f"{high:g}"), INCHES_HINT))
    if config.metrics_port != 0 and not 1024 <= config.metrics_port <= 65535:
        problems.append(("metrics_port", NOT_A_PORT(value=config.metrics_port), PORT_HINT))
    if not (math.isfinite(config.speech_volume) and 0 <= config.speech_volume <= 1):
        problems.append(("speech_volume", BAD_VOLUME(value=config.speech_volume), VOLUME_HINT))
    # Imported here: only this check needs the engines' table, and the kiosk's start reads the config first.
    from kiosk.speech.engines import parse_voices

    wrong_voices = parse_voices(config.speech_voices)[1]
    if wrong_voices:
        problems.append(("speech_voices", BAD_VOICES(items=", ".join(wrong_voices)), VOICES_HINT))
    if config.orientation not in ORIENTATIONS:
        problems.append(("orientation", BAD_ORIENTATION(value=config.orientation),
                         did_you_mean(config.orientation, ORIENTATIONS)))
    if not (config.site / "site.yaml").is_file():
        problems.append(("site", NO_SITE_FOLDER(value=config.site), SITE_HINT))
    if not (config.translations / "templates").is_dir():
        problems.append(("translations", NO_TRANSLATIONS_FOLDER(value=config.translations), TRANSLATIONS_HINT))
    return problems


def load_config(path: Path | None = None, *, strict: bool = True) -> KioskConfig:
    """This machine's settings (defaults where the file or a setting is missing); ``ConfigError`` lists every
    problem, each at its line. Not ``strict``: whatever can be read, for `kiosk config` to repair the file with."""
    path = path or config_path()
    if not path.is_file():
        return KioskConfig()
    text = path.read_text(encoding="utf-8", errors="replace")
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        if not strict:
            return KioskConfig()
        line = getattr(error, "lineno", 0) or 0
        raise ConfigError([Problem(Location(str(path), line, 1 if line else 0),
                                   UNREADABLE(reason=error.message.splitlines()[0]), UNREADABLE_HINT)]) from None
    section = parser[SECTION] if parser.has_section(SECTION) else {}

    def at(name: str) -> Location:
        line = _line_of(text, name)
        return Location(str(path), line, 1 if line else 0)

    problems = [Problem(at(name), UNKNOWN_SETTING(name=name), did_you_mean(name, SETTINGS))
                for name in section if name not in SETTINGS]
    problems += [Problem(Location(str(path), _section_line(text, name), 1), UNKNOWN_SECTION(name=name),
                         UNKNOWN_SECTION_HINT) for name in parser.sections() if name != SECTION]
    values: dict[str, object] = {name: section[name].strip() for name in ("kiosk", "orientation", "pin_hash",
                                                                          "metrics_file", "speech_voices")
                                                       if name in section}
    values |= {name: Path(section[name]).expanduser() for name in ("site", "translations", "log_dir")
               if name in section}
    for name in ("idle_seconds", "warning_seconds"):
        if name in section:
            try:
                values[name] = float(section[name].replace(",", "."))
            except ValueError:
                problems.append(Problem(at(name), NOT_A_NUMBER(value=section[name]), NUMBER_HINT(name=name)))
    for name in ("count_usage", "speech"):
        if name in section:
            if section[name].strip().lower() in ON_OFF:
                values[name] = ON_OFF[section[name].strip().lower()]
            else:
                problems.append(Problem(at(name), NOT_ON_OFF(value=section[name]), ON_OFF_HINT(name=name)))
    if "usage_days" in section:
        try:
            values["usage_days"] = int(section["usage_days"])
        except ValueError:
            problems.append(Problem(at("usage_days"), NOT_DAYS(value=section["usage_days"]),
                                    DAYS_HINT(name="usage_days")))
    if "metrics_port" in section:
        try:
            values["metrics_port"] = int(section["metrics_port"])
        except ValueError:
            problems.append(Problem(at("metrics_port"), NOT_A_PORT(value=section["metrics_port"]), PORT_HINT))
    if "speech_volume" in section:
        try:
            values["speech_volume"] = float(section["speech_volume"].replace(",", "."))
        except ValueError:
            problems.append(Problem(at("speech_volume"), BAD_VOLUME(value=section["speech_volume"]), VOLUME_HINT))
    if "screen_inches" in section:
        try:
            values["screen_inches"] = float(section["screen_inches"].replace(",", "."))
        except ValueError:
            low, high = SCREEN_INCHES
            problems.append(Problem(at("screen_inches"), BAD_INCHES(value=section["screen_inches"], minimum=f"{low:g}",
                                                                    maximum=f"{high:g}"), INCHES_HINT))
    config = KioskConfig(**values)  # type: ignore[arg-type]
    problems += [Problem(at(name), message, hint) for name, message, hint in config_problems(config)]
    if problems and strict:
        raise ConfigError(sorted(problems, key=sort_key))
    return config


def hash_pin(pin: str, salt: str | None = None) -> str:
    """``pbkdf2_sha256$iterations$salt$digest``: the PIN itself is never stored."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), PIN_ITERATIONS).hex()
    return f"pbkdf2_sha256${PIN_ITERATIONS}${salt}${digest}"


_PIN_HASH = re.compile(r"pbkdf2_sha256\$([1-9]\d{0,6})\$([0-9a-f]+)\$([0-9a-f]{64})")


def _is_pin_hash(stored: str) -> bool:
    return _PIN_HASH.fullmatch(stored) is not None


def pin_matches(pin: str, stored: str) -> bool:
    match = _PIN_HASH.fullmatch(stored)
    if match is None:
        return False
    iterations, salt, digest = match.groups()
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


def save_config(config: KioskConfig, path: Path | None = None) -> Path:
    target = path or config_path()
    parser = configparser.ConfigParser(interpolation=None)
    parser[SECTION] = {
        "site": str(config.site), "translations": str(config.translations), "kiosk": config.kiosk,
        "idle_seconds": f"{config.idle_seconds:g}",
        "warning_seconds": f"{config.warning_seconds:g}", "orientation": config.orientation,
        "pin_hash": config.pin_hash, "log_dir": str(config.log_dir),
        "count_usage": "on" if config.count_usage else "off", "usage_days": str(config.usage_days),
        "metrics_file": config.metrics_file, "metrics_port": str(config.metrics_port),
        "speech": "on" if config.speech else "off",
        "speech_volume": f"{config.speech_volume:g}", "speech_voices": config.speech_voices,
        "screen_inches": f"{config.screen_inches:g}"}
    target.parent.mkdir(parents=True, exist_ok=True)
    written = target.with_name(f".{target.name}.new")
    # Created private (the PIN hash is for the staff's eyes only), then swapped in whole: never half a file.
    with os.fdopen(os.open(written, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w", encoding="utf-8") as file:
        file.write("# Wegweiser kiosk settings for this machine; write them with `kiosk config`.\n")
        parser.write(file)
    os.replace(written, target)
    return target
