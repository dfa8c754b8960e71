"""The join sheet's PDF: each group's QR code (segno's matrix) typeset by store.typst_pdf.

It needs an open room: its record (`room.json`) names the address the phones reach and the
keys; a closed room (or none) is a RoomClosed error, never a sheet with a dead code.
"""

from __future__ import annotations

import datetime as dt

import segno

from store.errors import StoreError
from store.export.join_sheet import GroupCode, join_sheet_source
from store.export.labels import Lang
from store.model import Session
from store.room.qr import QUIET_ZONE
from store.room.room_file import RoomRecord, read_room
from store.sessions import SessionStore
from store.typst_pdf import compile_pdf


class RoomClosed(StoreError):
    """A join sheet was asked for while the session's room is not open."""

    def __init__(self, session_id: str) -> None:
        self._coded("err.room_closed", session=session_id)
        super().__init__(str(self))


def group_url(record: RoomRecord, group: int) -> str:
    """The address group `group`'s QR code holds: the join link with the group picked."""
    return f"{record.join_url}?g={group}"


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` as rows of modules (True: dark), its quiet zone included."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(m) for m in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE + 2)]


def join_sheet_pdf(store: SessionStore, session: Session, now: dt.datetime, lang: Lang) -> bytes:
    """The join sheet of the session's open room: one A4 page per group."""
    record = read_room(store.sessions_dir / session.id)
    if record is None or not record.address:
        raise RoomClosed(session.id)
    groups = [
        GroupCode(n, group_url(record, n), qr_matrix(group_url(record, n)))
        for n in range(1, session.groups + 1)
    ]
    source = join_sheet_source(
        session.title, record.address, record.keys.shown_code, groups, lang=lang
    )
    return compile_pdf(source, now)
