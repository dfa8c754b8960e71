"""Field lines in a step: `**Ønsket resultat:**`, `**Gruppearbeid:**`, `**Samle:**`, etc."""

from __future__ import annotations

import re

from agendas.durations import DurationSyntaxError, parse_duration
from agendas.hora_fields import HORA_LABELS
from agendas.model import Duration, GroupWork, NoteKind, Rounds, Target

FIELD_LINE = re.compile(
    r"^\*\*(?P<label>[^*]+?)\s*:\s*\*\*\s*(?P<value>.*)$|"
    r"^\*\*(?P<label2>[^*]+?)\*\*\s*:\s*(?P<value2>.*)$"
)

LABELS = {
    "ønsket resultat": "outcome",
    "outcome": "outcome",
    "desired outcome": "outcome",
    "gruppearbeid": "group_work",
    "group work": "group_work",
    "samle": "targets",
    "collect": "targets",
    "runder": "rounds",
    "rounds": "rounds",
    "faktorer": "factors",
    "factors": "factors",
    "stemmer": "voting",
    "votes": "voting",
    **HORA_LABELS,
    "forslag": "proposal",
    "proposal": "proposal",
}

KIND_WORDS: dict[str, NoteKind] = {
    "notat": NoteKind.NOTAT,
    "notater": NoteKind.NOTAT,
    "utfordring": NoteKind.UTFORDRING,
    "utfordringer": NoteKind.UTFORDRING,
    "bevaringspunkt": NoteKind.BEVARINGSPUNKT,
    "bevaringspunkter": NoteKind.BEVARINGSPUNKT,
    "forbedringspunkt": NoteKind.FORBEDRINGSPUNKT,
    "forbedringspunkter": NoteKind.FORBEDRINGSPUNKT,
    "ønske": NoteKind.ONSKE,
    "ønsker": NoteKind.ONSKE,
    "idé": NoteKind.IDE,
    "ide": NoteKind.IDE,
    "idéer": NoteKind.IDE,
    "ideer": NoteKind.IDE,
    "vedtak": NoteKind.VEDTAK,
    "tiltak": NoteKind.TILTAK,
    "spørsmål": NoteKind.SPORSMAL,
    "parkering": NoteKind.PARKERING,
    "parkeringer": NoteKind.PARKERING,
}

_TARGET = re.compile(
    r"^(?:(?P<count>\d+)\s+)?(?P<kind>[^\s(]+)(?:\s*\([^)]*\))?"
    r"(?:\s+(?P<scope>per\s+gruppe|totalt|i\s+alt|per\s+group|in\s+total))?$",
    re.IGNORECASE,
)
_ROUNDS = re.compile(r"^(?P<count>\d+)\s*[×xX*]\s*(?P<rest>.+)$")
_ROUND_DURATION = re.compile(
    r"^(?P<dur>\d+(?:[.,]\d+)?\s*(?:min\.?|minutter|minutt|t\.?|timer|time)"
    r"(?:\s+\d+\s*min\.?)?)(?:\s+(?P<label>.*))?$",
    re.IGNORECASE,
)


class FieldError(ValueError):
    """A field line whose value cannot be read."""


def match_field(line: str) -> tuple[str, str] | None:
    """Return (field name, value) when the line is a known field line, else None."""
    match = FIELD_LINE.match(line.strip())
    if match is None:
        return None
    label = (match.group("label") or match.group("label2") or "").strip().lower()
    value = match.group("value") if match.group("label") else match.group("value2")
    name = LABELS.get(label)
    if name is None:
        return None
    return name, (value or "").strip()


def parse_targets(value: str) -> tuple[Target, ...]:
    """Parse `3 bevaringspunkter per gruppe, 3 forbedringspunkter per gruppe`."""
    targets: list[Target] = []
    for item in re.split(r"[,;]|\s+og\s+", value):
        item = item.strip().rstrip(".")
        if not item:
            continue
        match = _TARGET.match(item)
        kind = KIND_WORDS.get(match.group("kind").lower()) if match else None
        if match is None or kind is None:
            known = ", ".join(sorted({k.value for k in NoteKind}))
            raise FieldError(f"unknown note kind in {item!r}; use one of: {known}")
        count = int(match.group("count")) if match.group("count") else None
        if count == 0:
            raise FieldError(f"target count in {item!r} must be more than zero")
        scope = (match.group("scope") or "").lower()
        targets.append(Target(kind, count, per_group=scope.startswith("per")))
    if not targets:
        raise FieldError("empty Samle field; name at least one note kind")
    return tuple(targets)


def parse_group_work(value: str) -> GroupWork:
    """Parse `grupper på 4–6 personer`, `4` or `ja` into a GroupWork marker."""
    numbers = [int(n) for n in re.findall(r"\d+", value)]
    if not numbers:
        return GroupWork()
    low, high = numbers[0], numbers[1] if len(numbers) > 1 else numbers[0]
    if low <= 0 or high < low:
        raise FieldError(f"group size {value!r} must be like 4–6")
    return GroupWork(low, high)


def parse_rounds(value: str) -> Rounds:
    """Parse `2 × 10 min intervju` into timed rounds."""
    match = _ROUNDS.match(value.strip())
    if match is None:
        raise FieldError(f"rounds {value!r} must be like '2 × 10 min'")
    count = int(match.group("count"))
    rest = _ROUND_DURATION.match(match.group("rest").strip())
    if count < 1 or rest is None:
        raise FieldError(f"rounds {value!r} must be like '2 × 10 min'")
    try:
        duration = parse_duration(rest.group("dur"))
    except DurationSyntaxError as error:
        raise FieldError(str(error)) from None
    return Rounds(count, duration.planned, (rest.group("label") or "").strip())


def parse_factors(value: str) -> tuple[str, ...]:
    """The poster factors of a `**Faktorer:**` line: names split at `;` or `,`, repeats dropped."""
    names: list[str] = []
    for part in value.replace(";", ",").split(","):
        name = " ".join(part.split())
        if name and name.casefold() not in {known.casefold() for known in names}:
            names.append(name)
    if not names:
        raise FieldError(
            "'Faktorer' needs at least one name, e.g. '**Faktorer:** Arbeidsmengde; Samarbeid'"
        )
    return tuple(names)


def rounds_too_long(title: str, duration: Duration, rounds: Rounds | None) -> str | None:
    """The warning when a step's rounds do not fit inside its planned time (None when they do)."""
    if rounds and rounds.count * rounds.minutes > duration.limit:
        return f"step {title!r}: its rounds take longer than the step"
    return None
