"""The poster's factors: which a meeting uses, and the `@` prefix that puts a note in one.

`@2 u: Mye avbrytelser` writes a challenge into the meeting's second factor, `@arbeid u: …`
into the factor whose name (or one of its words) starts with "arbeid"; `@0` or `@andre` into
«Andre utfordringer» (no factor). The prefix mixes with the kind and group prefixes of
store.note_entry, in any order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from store.errors import InvalidInput
from store.model import Session
from store.note_entry import NoteEntry, parse_entry

_FACTOR = re.compile(r"^@(?P<token>[^\s:]+):?(?:\s+|$)")
#: Tokens that mean «Andre utfordringer» (the segment for challenges with no factor).
_OTHER = ("0", "andre", "other")


def meeting_factors(session: Session) -> tuple[str, ...]:
    """The meeting's factors: the session's, else the agenda's, else those its steps name."""
    if session.factors:
        return session.factors
    if session.agenda.factors:
        return session.agenda.factors
    named: list[str] = []
    for step in session.agenda.steps:
        named.extend(factor for factor in step.factors if factor not in named)
    return tuple(named)


@dataclass(frozen=True, slots=True)
class FactorPick:
    """What an `@` prefix named: a factor ("" = «Andre utfordringer»), or an unknown token."""

    factor: str | None = None
    unknown: str | None = None


def pick_factor(token: str, factors: tuple[str, ...]) -> FactorPick:
    """The factor an `@` token names: a number (1 = the first), or the start of a name."""
    if token.isdigit():
        number = int(token)
        if number == 0:
            return FactorPick("")
        return (
            FactorPick(factors[number - 1]) if number <= len(factors) else FactorPick(None, token)
        )
    wanted = token.casefold()
    if wanted in _OTHER:
        return FactorPick("")
    exact = [name for name in factors if name.casefold() == wanted]
    starts = [name for name in factors if name.casefold().startswith(wanted)]
    words = [name for name in factors if any(w.startswith(wanted) for w in name.casefold().split())]
    for found in (exact, starts, words):
        if len(found) == 1:
            return FactorPick(found[0])
        if found:
            break
    return FactorPick(None, token)


def _take(text: str, factors: tuple[str, ...]) -> tuple[FactorPick | None, str]:
    match = _FACTOR.match(text)
    if match is None:
        return None, text
    return pick_factor(match.group("token"), factors), text[match.end() :]


def parse_note_line(
    raw: str, groups: int, factors: tuple[str, ...]
) -> tuple[NoteEntry, FactorPick | None]:
    """A typed line's kind, group and text (store.note_entry) and the factor it names.

    Without factors an `@` is ordinary text. The pick is None when the line names no factor.
    """
    if not factors:
        return parse_entry(raw, groups), None
    pick, rest = _take(raw.strip(), factors)
    entry = parse_entry(rest, groups)
    if pick is None and entry.valid:
        pick, rest = _take(entry.text, factors)
        if pick is not None:
            after = parse_entry(rest, groups)
            entry = NoteEntry(
                after.text,
                after.kind or entry.kind,
                after.group if after.group is not None else entry.group,
                after.unknown_group,
            )
    return entry, pick


def factor_choices(factors: tuple[str, ...]) -> str:
    """The factors as the refusal lists them: "@1 Arbeidsmengde, @2 Samarbeid"."""
    return ", ".join(f"@{number} {name}" for number, name in enumerate(factors, start=1))


def factor_list(value: object) -> list[str]:
    """Factors as a session stores them: names trimmed, empty and repeated ones dropped."""
    if isinstance(value, str) or not isinstance(value, list | tuple):
        raise InvalidInput(f"factors must be a list of names, not {value!r}")
    names: list[str] = []
    for name in value:
        text = " ".join(str(name).split())
        if text and text.casefold() not in {known.casefold() for known in names}:
            names.append(text)
    return names
