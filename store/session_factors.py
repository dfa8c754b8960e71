"""The factors a new session starts with: typed in, the last ones used, or inherited.

The Statusmøte's factors are those "beskrevet i filmene", which the seeds do not name; so
the new-session dialog asks for them, offering the ones the latest session of the same agenda
used, and a meeting that continues another (Tiltaksmøte after Statusmøte) keeps its factors.
"""

from __future__ import annotations

from collections.abc import Sequence

from agendas.model import Agenda, NoteKind
from store.errors import StoreError
from store.factors import factor_list
from store.model import SessionInfo
from store.sessions import SessionStore

#: How many of an agenda's latest sessions are opened to find the factors last used.
LOOK_BACK = 5


def asks_for_factors(agenda: Agenda) -> bool:
    """True when the agenda has a poster: it names factors or collects challenges."""
    return bool(agenda.factors) or any(
        step.factors or any(target.kind is NoteKind.UTFORDRING for target in step.targets)
        for step in agenda.steps
    )


def split_factors(text: str) -> tuple[str, ...]:
    """Factors as typed: "Arbeidsmengde, Samarbeid; Ledelse" (repeats and blanks dropped)."""
    return tuple(factor_list(text.replace(";", ",").split(",")))


def last_factors(
    store: SessionStore, sessions: Sequence[SessionInfo], agenda_id: str
) -> tuple[str, ...]:
    """The factors of the latest session of this agenda that has any (opens a few at most)."""
    mine = [info for info in sessions if info.agenda_id == agenda_id and not info.broken]
    mine.sort(key=lambda info: info.created.timestamp() if info.created else 0.0, reverse=True)
    for info in mine[:LOOK_BACK]:
        try:
            factors = store.load(info.id).factors
        except StoreError:
            continue
        if factors:
            return factors
    return ()


def inherited_factors(store: SessionStore, follows: str | None) -> tuple[str, ...]:
    """The factors of the meeting a new one continues (none when it continues none)."""
    if follows is None:
        return ()
    try:
        return store.load(follows).factors
    except StoreError:
        return ()
