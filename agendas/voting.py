"""The `**Stemmer:**` field: dot voting in a step, and its form in the frozen agenda copy.

`**Stemmer:** 3 per deltaker` gives each participant three votes on the notes the step
collects; `på ønsker` (or `on wishes`) names the kinds voted on, and `fra forrige møte`
(`from the previous meeting`) votes on the notes of the meeting this one follows.
"""

from __future__ import annotations

import re
from typing import Any

from agendas.fields import KIND_WORDS, FieldError
from agendas.model import NoteKind, Voting

_VOTING = re.compile(
    r"^(?P<count>\d+)(?:\s+(?:stemmer|stemme|votes?))?"
    r"(?:\s+(?:per|pr\.?|each)\s+(?:deltaker|deltakar|person|participant))?"
    r"(?:\s+(?:på|on)\s+(?P<kinds>.+?))?"
    r"(?:\s+(?P<earlier>fra\s+forrige\s+møte|from\s+the\s+previous\s+meeting))?\.?$",
    re.IGNORECASE,
)


def parse_voting(value: str) -> Voting:
    """Parse `3 per deltaker`, `3 per deltaker på ønsker` or `… på utfordringer fra forrige
    møte` into a Voting."""
    match = _VOTING.match(value.strip())
    if match is None:
        raise FieldError(f"votes {value!r} must be like '3 per deltaker på ønsker'")
    count = int(match.group("count"))
    if not 1 <= count <= 20:
        raise FieldError(f"votes per participant in {value!r} must be between 1 and 20")
    kinds: list[NoteKind] = []
    for word in re.split(r",|\s+og\s+|\s+and\s+", match.group("kinds") or ""):
        if not word.strip():
            continue
        kind = KIND_WORDS.get(word.strip().lower())
        if kind is None:
            raise FieldError(f"unknown note kind {word.strip()!r} in {value!r}")
        kinds.append(kind)
    return Voting(count, tuple(kinds), earlier=match.group("earlier") is not None)


def voting_to_dict(voting: Voting | None) -> dict[str, Any] | None:
    """The voting as stored in the session's frozen agenda (None when the step has none)."""
    if voting is None:
        return None
    kinds = [kind.value for kind in voting.kinds]
    return {"per_person": voting.per_person, "kinds": kinds, "earlier": voting.earlier}


def voting_from_dict(data: Any) -> Voting | None:
    """The inverse of voting_to_dict (agendas frozen before voting existed have none)."""
    if not data:
        return None
    kinds = tuple(NoteKind(kind) for kind in data.get("kinds", ()))
    return Voting(int(data["per_person"]), kinds, bool(data.get("earlier", False)))
