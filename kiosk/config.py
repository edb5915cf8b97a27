"""The local kiosk configuration: settings of one machine, kept apart from the content it shows."""
from __future__ import annotations

import configparser
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

DEFAULT_PATH = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "wegweiser" / "kiosk.ini"
PIN_ITERATIONS = 200_000


@dataclass(frozen=True)
class KioskConfig:
    idle_seconds: float = 90.0
    warning_seconds: float = 30.0
    pin_hash: str = ""


def config_path() -> Path:
    return Path(os.environ.get("WEGWEISER_CONFIG", DEFAULT_PATH))


def load_config(path: Path | None = None) -> KioskConfig:
    parser = configparser.ConfigParser()
    parser.read(path or config_path(), encoding="utf-8")
    section = parser["kiosk"] if parser.has_section("kiosk") else {}
    defaults = KioskConfig()
    return KioskConfig(
        idle_seconds=float(section.get("idle_seconds", defaults.idle_seconds)),
        warning_seconds=float(section.get("warning_seconds", defaults.warning_seconds)),
        pin_hash=section.get("pin_hash", ""),
    )


def hash_pin(pin: str, salt: str | None = None) -> str:
    """``pbkdf2_sha256$iterations$salt$digest``: the PIN itself is never stored."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), PIN_ITERATIONS).hex()
    return f"pbkdf2_sha256${PIN_ITERATIONS}${salt}${digest}"


def pin_matches(pin: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", pin.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


def save_config(config: KioskConfig, path: Path | None = None) -> Path:
    target = path or config_path()
    parser = configparser.ConfigParser()
    parser["kiosk"] = {"idle_seconds": f"{config.idle_seconds:g}", "warning_seconds": f"{config.warning_seconds:g}",
                       "pin_hash": config.pin_hash}
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("w", encoding="utf-8") as file:
        file.write("# Wegweiser kiosk settings for this machine; write them with `kiosk config`.\n")
        parser.write(file)
    target.chmod(0o600)  # the PIN hash is for the staff's eyes only
    return target
