"""SessionStore: the one small access layer over the TinyDB session files.

Every write takes the session's file lock, re-reads its files inside it (a cheap check when
they are unchanged), applies the change with short-lived TinyDB objects and saves durably
before returning. Reads never lock: each file is replaced atomically, so a reader sees whole
files (during a write that touches two files it may see the older one for a moment).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from agendas.model import Agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict
from store import index, note_ops
from store.codec import (
    event_to_doc,
    meta_fields,
    meta_updates,
    plan_entry_to_doc,
    session_from_docs,
    summary_to_doc,
)
from store.durable import make_private_dir
from store.errors import (
    AmbiguousSessionId,
    CorruptSessionFile,
    InvalidInput,
    NoteNotFound,
    SessionNotFound,
)
from store.listing import format_session_lines
from store.location import resolve_root
from store.model import (
    Event,
    EventType,
    Note,
    PlanEntry,
    Roles,
    Seat,
    Session,
    SessionInfo,
    SummaryItem,
    utc_now,
)
from store.notebook import NoteBook
from store.tinyfile import open_file
from store.vault import DiskVault, FileKey, MemoryVault, Vault

ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no i, l, o, 0, 1: easy to read and type
ID_LENGTH = 6
_ID_SHAPE = re.compile(r"[a-z0-9]{1,32}")  # what a typed id (or prefix) may look like


def new_session_id() -> str:
    """A random six-character id such as ``k3x9qa``."""
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


@contextlib.contextmanager
def _decoding(vault: Vault, key: FileKey) -> Iterator[None]:
    """Report malformed documents as a corrupt file that names the file."""
    try:
        yield
    except InvalidInput:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        vault.forget(key)
        raise CorruptSessionFile(vault.describe(key), f"ugyldig innhold: {error!r}") from error


class SessionStore:
    """Meeting sessions with their notes, events, summaries and plans, durable on every save."""

    def __init__(self, vault: Vault, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self.vault = vault
        self.clock = clock
        self._guard = threading.RLock()
        self._agendas: dict[str, Agenda] = {}

    @classmethod
    def open(
        cls,
        root: Path | str | None = None,
        *,
        clock: Callable[[], dt.datetime] = utc_now,
        lock_timeout: float = 5.0,
    ) -> SessionStore:
        """The store in ``root``, else $PLANSJE_STORE, else the platform data dir (made 0700)."""
        path = resolve_root(root)
        make_private_dir(path)
        return cls(DiskVault(path, lock_timeout), clock)

    @classmethod
    def in_memory(cls, *, clock: Callable[[], dt.datetime] = utc_now) -> SessionStore:
        """A store on TinyDB MemoryStorage with the same behaviour (for tests)."""
        return cls(MemoryVault(), clock)

    @property
    def root(self) -> Path | None:
        """The store directory (None for an in-memory store)."""
        return self.vault.root if isinstance(self.vault, DiskVault) else None

    # -- ids --------------------------------------------------------------------------------

    def resolve(self, session_id: str) -> str:
        """The full id of a session given its id or a unique prefix of it (any case)."""
        session_id = session_id.strip().lower()
        if not _ID_SHAPE.fullmatch(session_id):
            raise SessionNotFound(session_id, str(self.root or ""))
        if self.vault.token((session_id, "session")) is not None:
            return session_id
        matches = [sid for sid in self.vault.session_ids() if sid.startswith(session_id)]
        if not matches:
            raise SessionNotFound(session_id, str(self.root or ""))
        if len(matches) > 1:
            raise AmbiguousSessionId(session_id, matches)
        return matches[0]

    # -- reading ----------------------------------------------------------------------------

    def _agenda(self, session_id: str) -> Agenda:
        cached = self._agendas.get(session_id)
        if cached is not None:
            return cached
        key: FileKey = (session_id, "agenda")
        with _decoding(self.vault, key), open_file(self.vault, key, commit=False) as db:
            doc = db.table("agenda").get(doc_id=1)
            if doc is None:
                raise KeyError("agenda")
            agenda = agenda_from_dict(dict(doc))
        self._agendas[session_id] = agenda
        return agenda

    def load(self, session_id: str) -> Session:
        """The whole session (accepts a unique id prefix)."""
        with self._guard:
            sid = self.resolve(session_id)
            agenda = self._agenda(sid)
            key: FileKey = (sid, "session")
            with _decoding(self.vault, key), open_file(self.vault, key, commit=False) as db:
                meta = db.table("meta").get(doc_id=1)
                if meta is None:
                    raise KeyError("meta")
                return session_from_docs(
                    dict(meta),
                    [dict(d) for d in db.table("events").all()],
                    NoteBook(self.vault, sid, db).docs(),
                    [dict(d) for d in db.table("summary").all()],
                    agenda,
                    [dict(d) for d in sorted(db.table("plan").all(), key=lambda d: d.doc_id)],
                )

    def _info(self, session_id: str) -> SessionInfo:
        key: FileKey = (session_id, "session")
        with _decoding(self.vault, key), open_file(self.vault, key, commit=False) as db:
            meta = db.table("meta").get(doc_id=1)
            if meta is None:
                raise KeyError("meta")
            return index.info_from_meta(dict(meta), [dict(d) for d in db.table("events").all()])

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, newest first; unreadable ones appear with state "broken"."""
        with self._guard:
            return index.list_sessions(self.vault, self._info)

    def latest_unfinished(self) -> SessionInfo | None:
        """The newest session that is new, running or paused."""
        return next(
            (i for i in self.list_sessions() if i.state in ("new", "running", "paused")), None
        )

    def latest_for_agenda(self, agenda_id: str) -> SessionInfo | None:
        """The newest readable session of this agenda (to link a tiltaksmøte to its statusmøte)."""
        return next(
            (i for i in self.list_sessions() if i.agenda_id == agenda_id and not i.broken), None
        )

    def change_token(self, session_id: str) -> tuple[object, ...]:
        """A cheap value (stat + header peeks, no parse) that changes whenever the session does.

        Adds go to the last notes segment; every other change writes the session file.
        """
        sid = session_id if _ID_SHAPE.fullmatch(session_id) else self.resolve(session_id)
        token = self.vault.token((sid, "session"))
        if token is None:
            sid = self.resolve(session_id)
            token = self.vault.token((sid, "session"))
        if token is None:
            raise SessionNotFound(session_id)
        segments = self.vault.segment_names(sid)
        last = self.vault.token((sid, segments[-1])) if segments else None
        return (token, len(segments), last)

    # -- writing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, session_id: str) -> Iterator[tuple[str, TinyDB]]:
        """Lock the session, open its file fresh and save it durably when the block succeeds."""
        with self._guard:
            sid = self.resolve(session_id)
            key: FileKey = (sid, "session")
            with self.vault.lock(sid), _decoding(self.vault, key), open_file(self.vault, key) as db:
                if not db.table("meta").contains(doc_id=1):
                    raise SessionNotFound(sid)
                yield sid, db

    def create_session(
        self,
        agenda: Agenda,
        *,
        title: str,
        date: dt.date,
        place: str = "",
        roles: Roles = Roles(),  # noqa: B008 - Roles is frozen
        groups: int = 1,
        follows: str | None = None,
        names_recorded: bool = False,
    ) -> Session:
        """Start a new session with a frozen copy of the agenda; its id is short enough to type."""
        if groups < 1:
            raise InvalidInput("groups must be at least 1")
        with self._guard:
            sid = new_session_id()
            while not self.vault.claim_session_id(sid):
                sid = new_session_id()
            session = Session(
                id=sid, agenda=agenda, title=title, date=date, place=place, roles=roles,
                groups=groups, follows=follows, events=(), notes=(), summary=(),
                created=self.clock(), names_recorded=names_recorded,
            )  # fmt: skip
            with self.vault.lock(sid):
                with open_file(self.vault, (sid, "agenda")) as db:
                    db.table("agenda").insert(agenda_to_dict(agenda))
                with open_file(self.vault, (sid, "session")) as db:
                    db.table("meta").insert(meta_fields(session))
            self._agendas[sid] = agenda
            return session

    def update_session(self, session_id: str, **changes: Any) -> Session:
        """Change title, date, place, roles, groups, follows or names_recorded."""
        updates = meta_updates(changes)
        with self._guard:
            with self._writing(session_id) as (sid, db):
                db.table("meta").update(updates, doc_ids=[1])
            return self.load(sid)

    def add_note(self, session_id: str, note: Note) -> Note:
        """Save a new note durably; an id that is already stored is a no-op (safe to retry)."""
        with self._writing(session_id) as (sid, db):
            self._check_place(sid, note.step, note.group)
            return note_ops.insert_note(NoteBook(self.vault, sid, db), note)

    def update_note(self, session_id: str, note_id: str, **changes: Any) -> Note:
        """Change a note's fields; the previous version is kept for undo."""
        normalized = note_ops.normalize_changes(changes)
        with self._writing(session_id) as (sid, db):
            book = NoteBook(self.vault, sid, db)
            if "step" in normalized or "group" in normalized:
                current = note_ops.find_note(book, note_id)
                if current is not None:
                    step = normalized.get("step", current.step)
                    self._check_place(sid, step, normalized.get("group", current.group))
            note = note_ops.edit_note(book, note_id, normalized, self.clock())
            if note is None:
                raise NoteNotFound(sid, note_id)
            return note

    def delete_note(self, session_id: str, note_id: str) -> Note:
        """Soft-delete a note: it is hidden from live_notes but kept, and undo brings it back."""
        with self._writing(session_id) as (sid, db):
            note = note_ops.soft_delete(NoteBook(self.vault, sid, db), note_id, self.clock())
            if note is None:
                raise NoteNotFound(sid, note_id)
            return note

    def restore_note(self, session_id: str, note_id: str) -> Note:
        """Bring back a soft-deleted note (a no-op when it is not deleted)."""
        with self._writing(session_id) as (sid, db):
            note = note_ops.restore(NoteBook(self.vault, sid, db), note_id, self.clock())
            if note is None:
                raise NoteNotFound(sid, note_id)
            return note

    def undo(self, session_id: str) -> Note | None:
        """Undo the session's latest add, edit or delete; None when there is nothing left."""
        with self._writing(session_id) as (sid, db):
            return note_ops.undo_last(NoteBook(self.vault, sid, db), self.clock())

    def record_event(self, session_id: str, event: Event) -> Event:
        """Append an event to the time log; recording the identical event again is a no-op."""
        with self._writing(session_id) as (sid, db):
            steps = len(self._agenda(sid).steps)
            if event.step is not None and not 0 <= event.step < steps:
                raise InvalidInput(f"step {event.step} is outside the agenda's {steps} steps")
            if event.type is EventType.TIME_ADDED and event.minutes is None:
                raise InvalidInput("a time_added event needs minutes")
            if event.type is EventType.ROUND_SWITCHED and event.round is None:
                raise InvalidInput("a round_switched event needs a round")
            if (event.type is EventType.CONTROL_GIVEN) != (event.seat is not None):
                raise InvalidInput("a seat belongs on a control_given event, and only there")
            doc = event_to_doc(event)
            events = db.table("events")
            if not events.contains(Query().fragment(doc)):
                events.insert(doc)
            return event

    def save_summary(self, session_id: str, items: Sequence[SummaryItem]) -> None:
        """Replace the facilitator's summary with these items."""
        with self._writing(session_id) as (_, db):
            table = db.table("summary")
            table.truncate()
            table.insert_multiple(summary_to_doc(item) for item in items)

    def save_plan(self, session_id: str, entries: Sequence[PlanEntry]) -> None:
        """Replace the session's progress plan (fremdriftsplan) with these entries, in order."""
        entries = tuple(entries)
        for entry in entries:
            if not isinstance(entry, PlanEntry):
                raise InvalidInput(f"a plan holds PlanEntry records, not {entry!r}")
        docs = [plan_entry_to_doc(entry) for entry in entries]
        with self._writing(session_id) as (_, db):
            table = db.table("plan")
            table.truncate()
            table.insert_multiple(docs)

    def save_draft(self, session_id: str, seat: Seat, text: str) -> None:
        """Keep what a seat has typed but not entered yet ("" forgets it), to offer on resume."""
        with self._writing(session_id) as (_, db):
            meta = db.table("meta")
            doc = meta.get(doc_id=1)
            kept: dict[str, str] = dict(doc.get("drafts") or {}) if doc is not None else {}
            kept[seat.value] = text
            meta.update({"drafts": {k: v for k, v in kept.items() if v}}, doc_ids=[1])

    def _check_place(self, sid: str, step: int, group: int | None) -> None:
        steps = len(self._agenda(sid).steps)
        if not 0 <= step < steps:
            raise InvalidInput(f"step {step} is outside the agenda's {steps} steps")
        if group is not None and group < 1:
            raise InvalidInput(f"group must be None (plenum) or at least 1, not {group}")


__all__ = ["SessionStore", "format_session_lines", "new_session_id"]
