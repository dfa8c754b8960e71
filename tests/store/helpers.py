"""Helpers for the store tests: a rich agenda and a fake clock."""

from __future__ import annotations

import datetime as dt
from typing import Any

from agendas.model import (
    Agenda,
    Duration,
    GroupWork,
    NoteKind,
    Rounds,
    Step,
    Target,
)
from store.model import Note, new_note_id
from store.sessions import SessionStore

T0 = dt.datetime(2026, 3, 10, 9, 0, tzinfo=dt.UTC)


def at(minutes: float) -> dt.datetime:
    """The fake clock: T0 plus this many minutes."""
    return T0 + dt.timedelta(minutes=minutes)


class FakeClock:
    """A clock that starts at T0 and moves only when told to."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, minutes: float) -> dt.datetime:
        """Move the clock forward."""
        self.now += dt.timedelta(minutes=minutes)
        return self.now


def note(step: int = 0, group: int | None = 1, text: str = "Godt samarbeid", **fields: Any) -> Note:
    """A fresh note with a new id (created at T0 unless given)."""
    kind = fields.pop("kind", NoteKind.NOTAT)
    created = fields.pop("created", T0)
    return Note(new_note_id(), kind, text, step, group, created, **fields)


def make_agenda() -> Agenda:
    """An agenda of four steps: 10, 20 (2 × 10 min rounds), 15–25 and 5 minutes."""
    return Agenda(
        id="starte",
        title="Starte HMS-arbeidet",
        steps=(
            Step(
                title="Velkommen",
                duration=Duration(10, 10),
                line=5,
                description=("Hvorfor vi er her.", "Runde rundt bordet."),
                outcome="Alle vet hva møtet skal gi.",
            ),
            Step(
                title="Intervju i par",
                duration=Duration(20, 20),
                line=12,
                questions=("Hva fungerer godt?", "Hva kan bli bedre?"),
                tips=("Bytt etter ti minutter.",),
                targets=(Target(NoteKind.BEVARINGSPUNKT, 3, per_group=True),),
                group_work=GroupWork(2, 2),
                rounds=Rounds(2, 10, "intervju"),
            ),
            Step(
                title="Gruppearbeid",
                duration=Duration(15, 25),
                line=20,
                targets=(
                    Target(NoteKind.UTFORDRING),
                    Target(NoteKind.ONSKE, 5, per_group=False),
                ),
                group_work=GroupWork(3, None),
            ),
            Step(title="Avslutning", duration=Duration(5, 5), line=30),
        ),
        purpose=("Komme i gang.",),
        outcome="En liste over tiltak.",
        next="tiltaksmote",
        participants="Alle ansatte",
        preparation=("Book rom", "Skriv ut arket"),
        path="/tmp/starte.md",
        source="builtin",
        extra=(("versjon", "2"), ("språk", "nb")),
    )


def stored_files(store: SessionStore, session_id: str) -> dict[str, bytes]:
    """The bytes of every file of a session on disk (every save changes at least one)."""
    folder = store.root / "sessions" / store.resolve(session_id)
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.json"))}
