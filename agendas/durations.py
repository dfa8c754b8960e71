"""Durations in step headings: `15 min`, `45–60 min`, `1 t 30 min`, `ca. 1,5 timer`."""

from __future__ import annotations

import re

from agendas.model import Duration

_UNITS = {
    "min": 1,
    "min.": 1,
    "minutt": 1,
    "minutter": 1,
    "minute": 1,
    "minutes": 1,
    "t": 60,
    "t.": 60,
    "time": 60,
    "timer": 60,
    "h": 60,
    "hour": 60,
    "hours": 60,
}
_PART = re.compile(r"(\d+(?:[.,]\d+)?)\s*([^\d\s]+\.?)?\s*")
_RANGE = re.compile(r"\s*[–—-]\s*")
_HEADING = re.compile(r"^(?P<title>.*?)\s*\((?P<duration>[^()]*)\)\s*$")
_PREFIX = re.compile(r"^(ca\.?|cirka|about|approx\.?)\s+", re.IGNORECASE)


class DurationSyntaxError(ValueError):
    """A duration that cannot be read; the message says why."""


def split_heading(text: str) -> tuple[str, str | None]:
    """Split `Velkommen (15 min)` into its title and the text in the final parentheses."""
    match = _HEADING.match(text.strip())
    if match is None:
        return text.strip(), None
    return match.group("title").strip(), match.group("duration").strip()


def _minutes(text: str, default_unit: str | None = None) -> tuple[float, str]:
    """Read one duration without a range; returns minutes and the first unit used."""
    pos = 0
    total = 0.0
    first_unit: str | None = None
    text = text.strip()
    if not text:
        raise DurationSyntaxError("empty duration")
    while pos < len(text):
        match = _PART.match(text, pos)
        if match is None:
            raise DurationSyntaxError(f"unreadable duration {text!r}; write e.g. '15 min'")
        number, unit = match.group(1), match.group(2)
        if unit is None:
            if default_unit is None or pos > 0 or match.end() != len(text):
                raise DurationSyntaxError(f"missing unit in {text!r}; write e.g. '15 min'")
            unit = default_unit
        unit = unit.lower()
        if unit not in _UNITS:
            raise DurationSyntaxError(f"unknown unit {unit!r} in {text!r}; use min or t")
        first_unit = first_unit or unit
        total += float(number.replace(",", ".")) * _UNITS[unit]
        pos = match.end()
    assert first_unit is not None
    return total, first_unit


def _whole(minutes: float, text: str) -> int:
    """Check that a duration is a positive whole number of minutes."""
    if minutes <= 0:
        raise DurationSyntaxError(f"duration {text!r} must be more than zero")
    if abs(minutes - round(minutes)) > 1e-9:
        raise DurationSyntaxError(f"duration {text!r} is not a whole number of minutes")
    return round(minutes)


def parse_duration(text: str) -> Duration:
    """Parse a duration or a range; the range's first value is planned, the second the limit."""
    cleaned = _PREFIX.sub("", text.strip())
    if not re.search(r"\d", cleaned):
        raise DurationSyntaxError(f"unreadable duration {text!r}; write minutes in digits")
    parts = _RANGE.split(cleaned, maxsplit=1)
    if len(parts) == 1:
        value, _ = _minutes(parts[0])
        planned = _whole(value, text)
        return Duration(planned, planned)
    high, high_unit = _minutes(parts[1])
    low, _ = _minutes(parts[0], default_unit=_first_unit(parts[1]) or high_unit)
    planned, limit = _whole(low, text), _whole(high, text)
    if limit < planned:
        raise DurationSyntaxError(f"range {text!r} ends before it starts")
    return Duration(planned, limit)


def _first_unit(text: str) -> str | None:
    """The first unit word in a duration, used by a bare first number of a range."""
    match = _PART.match(text.strip())
    return match.group(2) if match else None


def format_minutes(minutes: int) -> str:
    """Format minutes the Norwegian way: `45 min`, `1 t`, `1 t 30 min`."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} t {rest} min"
    if hours:
        return f"{hours} t"
    return f"{rest} min"
