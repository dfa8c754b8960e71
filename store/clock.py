"""The one clock policy: the zone wall-clock times are shown in, and how times and spans read.

Times are shown in the machine's own zone, or in PLANSJE_TZ (an IANA name such as
Europe/Oslo) when that is set. A session keeps the zone it was created in (Session.zone), so
its minutes show the Kl. times its screen showed; sessions from before the zone was stored read
as Europe/Oslo, the zone their minutes always used. The screen and the exports format with
the helpers below, so a time or a duration reads the same wherever it is shown.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from store.errors import StoreError

if TYPE_CHECKING:
    from store.model import Session

ZONE_ENV = "PLANSJE_TZ"
"""Environment variable: the IANA zone to show times in, instead of the machine's."""

LEGACY_ZONE = "Europe/Oslo"
"""The zone of a session stored without one (its minutes were always written in Oslo time)."""

_ZONEINFO_DIR = "zoneinfo/"
_OFFSET_NAME = re.compile(r"UTC([+-])(\d\d):(\d\d)")


class UnknownZone(StoreError):
    """PLANSJE_TZ names no time zone this machine knows."""

    def __init__(self, name: str) -> None:
        self.name = name
        super().__init__(
            f"{ZONE_ENV}={name!r} er ikke en kjent tidssone; "
            "bruk et IANA-navn som Europe/Oslo, eller fjern variabelen."
        )


@functools.cache
def _named(name: str) -> dt.tzinfo | None:
    """The zone called `name` (IANA, or "UTC+02:00" for a fixed offset), or None if unknown."""
    offset = _OFFSET_NAME.fullmatch(name)
    if offset is not None:
        sign = -1 if offset[1] == "-" else 1
        delta = dt.timedelta(hours=int(offset[2]), minutes=int(offset[3]))
        return dt.timezone(sign * delta, name) if delta < dt.timedelta(hours=24) else None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def _fixed_offset() -> dt.tzinfo:
    """The machine's current UTC offset as a zone named like "UTC+02:00" (the last resort)."""
    offset = dt.datetime.now().astimezone().utcoffset() or dt.timedelta(0)
    if not offset:
        return ZoneInfo("UTC")
    minutes = int(abs(offset).total_seconds() // 60)
    sign = "-" if offset < dt.timedelta(0) else "+"
    return dt.timezone(offset, f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}")


def _zone_from_path(path: str) -> dt.tzinfo | None:
    """The zone a zoneinfo file path names (…/zoneinfo/Europe/Oslo → Europe/Oslo)."""
    _, found, name = path.rpartition(_ZONEINFO_DIR)
    return _named(name) if found and name else None


@functools.cache
def _machine_zone(tz_env: str | None) -> dt.tzinfo:
    """The machine's zone: TZ when it is an IANA name, else /etc/localtime or /etc/timezone."""
    if tz_env:
        name = tz_env.removeprefix(":")
        found = _zone_from_path(name) if name.startswith("/") else _named(name)
        return found or _fixed_offset()
    try:
        found = _zone_from_path(os.path.realpath("/etc/localtime"))
        if found is not None:
            return found
        with open("/etc/timezone", encoding="utf-8") as file:
            found = _named(file.read().strip())
    except (OSError, ValueError):
        found = None
    return found or _fixed_offset()


def local_zone() -> dt.tzinfo:
    """The zone to show times in: PLANSJE_TZ, else the machine's; UnknownZone for a bad name."""
    name = os.environ.get(ZONE_ENV, "").strip()
    if name:
        zone = _named(name)
        if zone is None:
            raise UnknownZone(name)
        return zone
    return _machine_zone(os.environ.get("TZ"))


def zone_name(zone: dt.tzinfo) -> str:
    """The name a zone is stored under: its IANA key, or "UTC+02:00" for a fixed offset."""
    key = getattr(zone, "key", None)
    if isinstance(key, str) and key:
        return key
    name = zone.tzname(None)
    return name if name and _named(name) is not None else "UTC"


def session_zone(session: Session) -> dt.tzinfo:
    """The zone a session was held in (UTC when this machine does not know its name)."""
    return _named(session.zone) or ZoneInfo("UTC")


# -- formatting: the screen and the exports both use these ---------------------------------


def format_date(day: dt.date) -> str:
    """A date the Norwegian way: dd.mm.yyyy."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def format_clock(moment: dt.datetime, zone: dt.tzinfo) -> str:
    """A wall-clock time as HH:MM in the given zone (the Kl. of the screen and the minutes)."""
    local = moment.astimezone(zone)
    return f"{local.hour:02d}:{local.minute:02d}"


def local_date(moment: dt.datetime, zone: dt.tzinfo) -> dt.date:
    """The calendar date of an instant in the given zone."""
    return moment.astimezone(zone).date()


def whole_minutes(delta: dt.timedelta) -> int:
    """A duration in whole minutes, rounded half up (negative durations symmetrically)."""
    seconds = delta.total_seconds()
    sign = -1 if seconds < 0 else 1
    return sign * int((abs(seconds) + 30) // 60)


def duration_text(minutes: int, lang: str | None = None) -> str:
    """Minutes for people: "45 min", "1 t 5 min" ("1 h 5 min" in English); never negative."""
    from store.language import normalize_lang, template

    hours, rest = divmod(max(0, minutes), 60)
    hour = template("unit.hour", None if lang is None else normalize_lang(lang))
    if hours and rest:
        return f"{hours} {hour} {rest} min"
    return f"{hours} {hour}" if hours else f"{rest} min"


def span_text(span: dt.timedelta, lang: str | None = None) -> str:
    """A span rounded to whole minutes for people: "45 min", "1 t 5 min" (default: the
    current language)."""
    return duration_text(whole_minutes(span), lang)


def countdown_text(span: dt.timedelta) -> str:
    """A countdown as mm:ss (h:mm:ss past an hour); negative spans become +mm:ss overtime."""
    seconds = int(span.total_seconds())
    sign = "+" if seconds < 0 else ""
    hours, rest = divmod(abs(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"


def minutes_range(planned: int, limit: int) -> str:
    """A planned duration: "15 min", or "15–20 min" when the limit is above the plan."""
    return f"{planned} min" if limit <= planned else f"{planned}–{limit} min"


def signed_minutes(minutes: int) -> str:
    """A deviation in minutes with its sign: "+3 min", "−2 min", "±0 min"."""
    if minutes > 0:
        return f"+{minutes} min"
    if minutes < 0:
        return f"−{-minutes} min"
    return "±0 min"
