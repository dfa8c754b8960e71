"""Tiltak rows and how a view picks them: the filter and the sort order, as plain data, so
`plansje tiltak`, the Tiltak screen and the exports ask the same questions the same way."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from agendas.model import IgloLevel
from store.errors import InvalidInput
from store.model import Note, Session
from store.tiltak_status import NoteStatus, is_overdue


@dataclass(frozen=True)
class TiltakRow:
    """One tiltak and the meeting it came from."""

    session: Session
    note: Note

    @property
    def meeting(self) -> str:
        """The meeting's title, with its round when it was one ("Tiltak 2. etg · Kveldsvakt")."""
        name = self.session.round_name
        return f"{self.session.title} · {name}" if name else self.session.title

    def overdue(self, today: dt.date) -> bool:
        """True when its frist has passed and it is neither carried out nor dropped."""
        return is_overdue(self.note, today)


class Shown(StrEnum):
    """Which tiltak a view shows: all, the open ones (not closed), or the overdue ones."""

    ALL = "all"
    OPEN = "open"
    OVERDUE = "overdue"


class SortBy(StrEnum):
    """The order of a view: by frist (none last), by meeting date, or by status."""

    FRIST = "frist"
    MEETING = "meeting"
    STATUS = "status"


@dataclass(frozen=True)
class TiltakFilter:
    """What to show: open or overdue only, one ansvarlig (part of the name, any case), one level."""

    shown: Shown = Shown.ALL
    ansvarlig: str = ""
    iglo: IgloLevel | None = None

    def matches(self, row: TiltakRow, today: dt.date) -> bool:
        """True when the row passes every part of the filter."""
        note = row.note
        if self.shown is Shown.OPEN and note.status.closed:
            return False
        if self.shown is Shown.OVERDUE and not row.overdue(today):
            return False
        if self.ansvarlig and self.ansvarlig.casefold() not in note.ansvarlig.casefold():
            return False
        return self.iglo is None or note.iglo is self.iglo


def parse_iglo(value: str | None) -> IgloLevel | None:
    """An IGLO level as typed ("ledelse", "L", "Ledelse"); InvalidInput names an unknown one."""
    if value is None or not value.strip():
        return None
    typed = value.strip().casefold()
    for level in IgloLevel:
        if level.value == typed or level.value[0] == typed:
            return level
    raise InvalidInput(f"unknown IGLO level {value!r}")


def _frist_key(row: TiltakRow) -> tuple[bool, dt.date, dt.date]:
    frist = row.note.frist
    return (frist is None, frist or dt.date.max, row.session.date)


def select(
    rows: Sequence[TiltakRow], wanted: TiltakFilter, today: dt.date, sort: SortBy = SortBy.FRIST
) -> list[TiltakRow]:
    """The rows that pass `wanted`, in `sort` order (ties by frist, then meeting)."""
    picked = sorted((r for r in rows if wanted.matches(r, today)), key=_frist_key)
    if sort is SortBy.MEETING:
        picked.sort(key=lambda r: (r.session.date, r.session.title))
    elif sort is SortBy.STATUS:
        order = list(NoteStatus)
        picked.sort(key=lambda r: order.index(r.note.status))
    return picked
