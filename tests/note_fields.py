"""The optional fields of a stored Note, typed for test helpers that pass them as keywords."""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from agendas.model import IgloLevel
from store.model import NoteStatus


class TiltakFields(TypedDict, total=False):
    """The fields only a tiltak note fills in."""

    iglo: IgloLevel | None
    ansvarlig: str
    ressurser: str
    frist: dt.date | None


class NoteExtras(TiltakFields, total=False):
    """Every keyword field of `store.model.Note` after the required six (id ... created)."""

    edited: dt.datetime | None
    deleted: bool
    status: NoteStatus
    rank: int | None
