"""SessionStore: meeting sessions in TinyDB files; every write takes the session's lock,
changes one file through TinyDB (store.json_storage) and saves it durably before returning.
Reads never lock: files are replaced atomically, so a reader always sees whole files."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from agendas.model import Agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict
from store import codec, index, session_codec
from store.clock import local_zone, zone_name
from store.durable import make_private_dir
from store.errors import InvalidInput, NoteNotFound, SessionNotFound
from store.factors import factor_list
from store.json_storage import decoding, file_token, keyed_table, opened
from store.location import resolve_root
from store.model import (
    Event,
    Note,
    PlanEntry,
    Roles,
    Seat,
    Session,
    SessionInfo,
    SummaryItem,
    event_problem,
    note_changes,
    place_problem,
    utc_now,
)
from store.note_files import NOTES, SessionNotes
from store.session_files import (
    SESSION,
    SessionFiles,
    claim_folder,
    new_session_id,
    resolve_id,
    session_ids,
)
from store.tiltak_status import with_follow_up

#: The session file's tables besides meta (and the notes of sessions from version 0).
TABLES = ("events", "summary", "plan")


class SessionStore:
    """Meeting sessions with their notes, events, summaries and plans, durable on every save."""

    def __init__(
        self, root: Path, clock: Callable[[], dt.datetime] = utc_now, lock_timeout: float = 5.0
    ) -> None:
        self.root = root
        self.sessions_dir = root / "sessions"
        self.clock = clock
        self.lock_timeout = lock_timeout
        self._guard = threading.RLock()
        self._agendas: dict[str, Agenda] = {}
        self._notes: dict[str, SessionNotes] = {}
        make_private_dir(self.sessions_dir)

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
        return cls(path, clock, lock_timeout)

    def resolve(self, session_id: str) -> str:
        """The full id of a session given its id or a unique prefix of it (any case)."""
        return resolve_id(self.sessions_dir, session_id)

    def _session(self, sid: str) -> SessionNotes:
        """A session's files and notes (made once per store, so its note map is kept)."""
        if sid not in self._notes:
            self._notes[sid] = SessionNotes(
                SessionFiles(self.sessions_dir / sid, self.lock_timeout)
            )
        return self._notes[sid]

    def _agenda(self, sid: str) -> Agenda:
        """The session's frozen agenda (read once: it never changes)."""
        cached = self._agendas.get(sid)
        if cached is None:
            path = self._session(sid).files.path("agenda")
            with decoding(path), opened(path, "agenda", save=False) as db:
                doc = db.table("agenda").get(doc_id=1)
                if doc is None:
                    raise KeyError("agenda")
                cached = self._agendas[sid] = agenda_from_dict(dict(doc))
        return cached

    def load(self, session_id: str) -> Session:
        """The whole session (accepts a unique id prefix)."""
        with self._guard:
            sid = self.resolve(session_id)
            notes = self._session(sid)
            agenda = self._agenda(sid)
            path = notes.files.path(SESSION)
            token = file_token(path)
            with decoding(path), opened(path, "session", save=False) as db:
                meta = db.table("meta").get(doc_id=1)
                if meta is None:
                    raise KeyError("meta")
                tables = {name: [dict(d) for d in db.table(name).all()] for name in TABLES}
                legacy = [dict(d) for d in keyed_table(db, NOTES).all()]
            docs = notes.read_all(legacy, token)
            with decoding(path):
                return session_codec.session_from_docs(
                    dict(meta), tables["events"], docs, tables["summary"], agenda, tables["plan"]
                )

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, newest first; unreadable ones appear with state "broken"."""
        with self._guard:
            ids = session_ids(self.sessions_dir)  # those whose session file exists
            return index.list_sessions(self.root, ids, self._read_info)

    def _read_info(self, sid: str) -> SessionInfo:
        return index.read_info(self._session(sid).files.path(SESSION))

    def changed_elsewhere(self, session_id: str) -> bool:
        """True when another process (seat) changed the session since this store last read
        it; this store's own writes do not count."""
        with self._guard:
            notes = self._session(self.resolve(session_id))
            return notes.seen.changed(notes.files)

    @contextlib.contextmanager
    def writing(self, session_id: str) -> Iterator[tuple[str, TinyDB]]:
        """Lock the session and open its session file; saved durably when the block succeeds
        (the one locked write of session.json: the store's methods and store.votes use it)."""
        with self._guard:
            sid = self.resolve(session_id)
            files = self._session(sid).files
            path = files.path(SESSION)
            with files.lock():
                before = file_token(path)
                with decoding(path), opened(path, "session") as db:
                    if not db.table("meta").contains(doc_id=1):
                        raise SessionNotFound(sid)
                    yield sid, db
                self._session(sid).seen.wrote(SESSION, before, file_token(path))

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
        zone: str | None = None,
        factors: tuple[str, ...] = (),
        events: Sequence[Event] = (),
    ) -> Session:
        """Start a session (a short id) with a frozen agenda, in `zone` (default: local_zone()),
        its time log beginning with `events` (store.event_replay.start_events: started now)."""
        if groups < 1:
            raise InvalidInput("groups must be at least 1")
        if problem := next(filter(None, (event_problem(e, len(agenda.steps)) for e in events)), ""):
            raise InvalidInput(problem)
        with self._guard:
            sid = new_session_id()
            while not claim_folder(self.sessions_dir / sid):
                sid = new_session_id()
            session = Session(
                id=sid, agenda=agenda, title=title, date=date, place=place, roles=roles,
                groups=groups, follows=follows, events=tuple(events), notes=(), summary=(),
                created=self.clock(), names_recorded=names_recorded,
                zone=zone or zone_name(local_zone()),
                factors=tuple(factor_list(factors)),
            )  # fmt: skip
            files = self._session(sid).files
            with files.lock():
                with opened(files.path("agenda"), "agenda") as db:
                    db.table("agenda").insert(agenda_to_dict(agenda))
                with opened(files.path(SESSION), "session") as db:
                    db.table("meta").insert(session_codec.meta_fields(session))
                    db.table("events").insert_multiple(map(codec.event_to_doc, events))
            self._agendas[sid] = agenda
            return session

    def update_session(self, session_id: str, **changes: Any) -> Session:
        """Change title, date, place, roles, groups, follows, names_recorded, factors or rounds."""
        updates = session_codec.meta_updates(changes)
        with self.writing(session_id) as (sid, db):
            db.table("meta").update(updates, doc_ids=[1])
        return self.load(sid)

    def add_note(self, session_id: str, note: Note) -> Note:
        """Save a new note durably; an id that is already stored is a no-op (safe to retry)."""
        return self.add_notes(session_id, [note])[0]

    def add_notes(self, session_id: str, notes: Sequence[Note]) -> list[Note]:
        """Save new notes durably, one write per notes file touched; each as add_note would."""
        with self._guard:
            sid = self.resolve(session_id)
            self._check_place(sid, *notes)
            with self._session(sid).files.lock():
                return self._session(sid).add_new(list(notes))

    def _change_note(self, session_id: str, note_id: str, edit: Callable[[Note], Note]) -> Note:
        """Replace a stored note by ``edit(note)``; unchanged notes are not written again."""
        with self._guard:
            sid = self.resolve(session_id)
            notes = self._session(sid)
            with notes.files.lock():
                notes.check_session_file()
                old = notes.stored(note_id)
                if old is None:
                    raise NoteNotFound(sid, note_id)
                new = edit(old)
                if new != old:
                    self._check_place(sid, new)
                    notes.replace(new)
                return new

    def update_note(self, session_id: str, note_id: str, **changes: Any) -> Note:
        """Change a note's fields (a change to the same values is a no-op, safe to retry)."""
        fields = note_changes(changes)

        def edit(note: Note) -> Note:
            if all(getattr(note, name) == value for name, value in fields.items()):
                return note
            now = self.clock()
            return dataclasses.replace(note, **with_follow_up(note, fields, now), edited=now)

        return self._change_note(session_id, note_id, edit)

    def delete_note(self, session_id: str, note_id: str) -> Note:
        """Soft-delete a note: it is hidden from live_notes but kept (restore brings it back)."""
        return self._change_note(
            session_id, note_id, lambda note: dataclasses.replace(note, deleted=True)
        )

    def restore_note(self, session_id: str, note_id: str) -> Note:
        """Bring back a soft-deleted note (a no-op when it is not deleted)."""
        return self._change_note(
            session_id, note_id, lambda note: dataclasses.replace(note, deleted=False)
        )

    def record_event(self, session_id: str, event: Event) -> Event:
        """Append an event to the time log; recording the identical event again is a no-op."""
        with self.writing(session_id) as (sid, db):
            if problem := event_problem(event, len(self._agenda(sid).steps)):
                raise InvalidInput(problem)
            doc = codec.event_to_doc(event)
            events = db.table("events")
            if not events.contains(Query().fragment(doc)):
                events.insert(doc)
            return event

    def save_summary(self, session_id: str, items: Sequence[SummaryItem]) -> None:
        """Replace the facilitator's summary with these items."""
        self._replace_table(session_id, "summary", [codec.summary_to_doc(i) for i in items])

    def save_plan(self, session_id: str, entries: Sequence[PlanEntry]) -> None:
        """Replace the session's progress plan (fremdriftsplan) with these entries, in order."""
        if any(not isinstance(entry, PlanEntry) for entry in entries):
            raise InvalidInput(f"a plan holds PlanEntry records, not {entries!r}")
        self._replace_table(
            session_id, "plan", [session_codec.plan_entry_to_doc(e) for e in entries]
        )

    def _replace_table(self, session_id: str, name: str, docs: list[dict[str, Any]]) -> None:
        with self.writing(session_id) as (_, db):
            db.table(name).truncate()
            db.table(name).insert_multiple(docs)

    def save_draft(self, session_id: str, seat: Seat, text: str) -> None:
        """Keep what a seat has typed but not entered yet ("" forgets it), to offer on resume."""
        with self.writing(session_id) as (_, db):
            meta = db.table("meta")
            doc = meta.get(doc_id=1)
            kept: dict[str, str] = dict(doc.get("drafts") or {}) if doc is not None else {}
            kept[seat.value] = text
            meta.update({"drafts": {k: v for k, v in kept.items() if v}}, doc_ids=[1])

    def _check_place(self, sid: str, *notes: Note) -> None:
        steps = len(self._agenda(sid).steps)
        for problem in filter(None, (place_problem(n.step, n.group, steps) for n in notes)):
            raise InvalidInput(problem)
