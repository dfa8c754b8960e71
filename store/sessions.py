"""SessionStore: meeting sessions in TinyDB files, durable on every save.

Every write takes the session's file lock, opens the one file it changes through TinyDB
(``store.json_storage.opened``), and saves it durably before returning. Reads never lock:
files are replaced atomically, so a reader always sees whole files.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import re
import secrets
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, cast

from tinydb import Query, TinyDB
from tinydb.table import Document

from agendas.model import Agenda
from agendas.serialize import agenda_from_dict, agenda_to_dict
from store import index
from store.codec import (
    event_to_doc,
    meta_fields,
    meta_updates,
    note_changes,
    note_from_doc,
    note_to_doc,
    plan_entry_to_doc,
    session_from_docs,
    summary_to_doc,
)
from store.durable import make_private_dir, unavailable
from store.errors import (
    AmbiguousSessionId,
    CorruptSessionFile,
    InvalidInput,
    NoteNotFound,
    SessionNotFound,
)
from store.json_storage import file_token, keyed_table, opened
from store.location import resolve_root
from store.model import (
    Event,
    EventType,
    Note,
    PlanEntry,
    Roles,
    Session,
    SessionInfo,
    SummaryItem,
    utc_now,
)
from store.session_files import NOTES, SESSION, NoteLocator, SessionFiles

ID_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no i, l, o, 0, 1: easy to read and type
ID_LENGTH = 6
_ID_SHAPE = re.compile(r"[a-z0-9]{1,32}")  # what a typed id (or prefix) may look like

Doc = dict[str, Any]


def new_session_id() -> str:
    """A random six-character id such as ``k3x9qa``."""
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


@contextlib.contextmanager
def _decoding(path: Path) -> Iterator[None]:
    """Report malformed documents as a corrupt file that names the file."""
    try:
        yield
    except InvalidInput:
        raise
    except (KeyError, ValueError, TypeError, AttributeError) as error:
        raise CorruptSessionFile(path, f"ugyldig innhold: {error!r}") from error


def _kind(name: str) -> str:
    """The kind of a notes file for migrations: the session file or a notes file."""
    return "session" if name == SESSION else "notes"


def _replace_with(doc: Doc) -> Callable[[dict[str, Any]], None]:
    """A TinyDB update that replaces a document whole (fields left out are gone)."""

    def transform(stored: dict[str, Any]) -> None:
        stored.clear()
        stored.update(doc)

    return transform


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
        self._files: dict[str, tuple[SessionFiles, NoteLocator]] = {}
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

    # -- ids --------------------------------------------------------------------------------

    def session_ids(self) -> list[str]:
        """Ids of every session whose session file exists (half-created ones are skipped)."""
        try:
            names = sorted(p.name for p in self.sessions_dir.iterdir() if p.name[0] != ".")
        except OSError as error:
            raise unavailable(self.sessions_dir, error, "lese") from error
        return [name for name in names if (self.sessions_dir / name / "session.json").exists()]

    def resolve(self, session_id: str) -> str:
        """The full id of a session given its id or a unique prefix of it (any case)."""
        session_id = session_id.strip().lower()
        if not _ID_SHAPE.fullmatch(session_id):
            raise SessionNotFound(session_id, str(self.root))
        if (self.sessions_dir / session_id / "session.json").exists():
            return session_id
        matches = [sid for sid in self.session_ids() if sid.startswith(session_id)]
        if not matches:
            raise SessionNotFound(session_id, str(self.root))
        if len(matches) > 1:
            raise AmbiguousSessionId(session_id, matches)
        return matches[0]

    def _session(self, sid: str) -> tuple[SessionFiles, NoteLocator]:
        """The files and the note map of a session (made once per store)."""
        if sid not in self._files:
            files = SessionFiles(self.sessions_dir / sid, self.lock_timeout)
            self._files[sid] = (files, NoteLocator(files))
        return self._files[sid]

    # -- reading ----------------------------------------------------------------------------

    def _agenda(self, sid: str) -> Agenda:
        cached = self._agendas.get(sid)
        if cached is None:
            path = self._session(sid)[0].path("agenda")
            with _decoding(path), opened(path, "agenda", save=False) as db:
                doc = db.table("agenda").get(doc_id=1)
                if doc is None:
                    raise KeyError("agenda")
                cached = self._agendas[sid] = agenda_from_dict(dict(doc))
        return cached

    def load(self, session_id: str) -> Session:
        """The whole session (accepts a unique id prefix)."""
        with self._guard:
            sid = self.resolve(session_id)
            files, locator = self._session(sid)
            agenda = self._agenda(sid)
            notes: list[Doc] = []
            path = files.path(SESSION)
            token = file_token(path)
            with _decoding(path), opened(path, "session", save=False) as db:
                meta = db.table("meta").get(doc_id=1)
                if meta is None:
                    raise KeyError("meta")
                tables = {name: [dict(d) for d in db.table(name).all()]
                          for name in ("events", "summary", "plan")}  # fmt: skip
                legacy = [dict(d) for d in keyed_table(db, NOTES).all()]
            locator.learn(SESSION, token, [str(d["id"]) for d in legacy])
            notes.extend(legacy)
            for name in files.segments():
                path = files.path(name)
                token = file_token(path)
                with _decoding(path), opened(path, "notes", save=False) as notes_db:
                    docs = [dict(d) for d in keyed_table(notes_db, NOTES).all()]
                locator.learn(name, token, [str(d["id"]) for d in docs])
                notes.extend(docs)
            with _decoding(files.path(SESSION)):
                return session_from_docs(
                    dict(meta), tables["events"], notes, tables["summary"], agenda, tables["plan"]
                )

    def _info(self, sid: str) -> SessionInfo:
        path = self._session(sid)[0].path(SESSION)
        with _decoding(path), opened(path, "session", save=False) as db:
            meta = db.table("meta").get(doc_id=1)
            if meta is None:
                raise KeyError("meta")
            return index.info_from_meta(dict(meta), [dict(d) for d in db.table("events").all()])

    def list_sessions(self) -> list[SessionInfo]:
        """Every session, newest first; unreadable ones appear with state "broken"."""
        with self._guard:
            return index.list_sessions(self.root, self.sessions_dir, self.session_ids(), self._info)

    def latest_unfinished(self) -> SessionInfo | None:
        """The newest session that is new, running or paused."""
        return next(
            (i for i in self.list_sessions() if i.state in ("new", "running", "paused")), None
        )

    def change_token(self, session_id: str) -> tuple[object, ...]:
        """A cheap value (stat and header peeks, no parse) that changes whenever the session does.

        Adds go to the last notes file; every other change writes the session file or a notes
        file in place.
        """
        sid = self.resolve(session_id)
        files = self._session(sid)[0]
        return tuple(file_token(files.path(name)) for name in [SESSION, *files.segments()])

    # -- writing ----------------------------------------------------------------------------

    @contextlib.contextmanager
    def _writing(self, session_id: str) -> Iterator[tuple[str, TinyDB]]:
        """Lock the session and open its session file; saved durably when the block succeeds."""
        with self._guard:
            sid = self.resolve(session_id)
            files = self._session(sid)[0]
            path = files.path(SESSION)
            with files.lock(), _decoding(path), opened(path, "session") as db:
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
            while not self._claim(sid):
                sid = new_session_id()
            session = Session(
                id=sid, agenda=agenda, title=title, date=date, place=place, roles=roles,
                groups=groups, follows=follows, events=(), notes=(), summary=(),
                created=self.clock(), names_recorded=names_recorded,
            )  # fmt: skip
            files = self._session(sid)[0]
            with files.lock():
                with opened(files.path("agenda"), "agenda") as db:
                    db.table("agenda").insert(agenda_to_dict(agenda))
                with opened(files.path(SESSION), "session") as db:
                    db.table("meta").insert(meta_fields(session))
            self._agendas[sid] = agenda
            return session

    def _claim(self, sid: str) -> bool:
        """Create a new session's folder (0700); False when the id is taken."""
        path = self.sessions_dir / sid
        try:
            path.mkdir(mode=0o700)
        except FileExistsError:
            return False
        except OSError as error:
            raise unavailable(path, error, "opprette") from error
        path.chmod(0o700)
        return True

    def update_session(self, session_id: str, **changes: Any) -> Session:
        """Change title, date, place, roles, groups, follows or names_recorded."""
        updates = meta_updates(changes)
        with self._guard:
            with self._writing(session_id) as (sid, db):
                db.table("meta").update(updates, doc_ids=[1])
            return self.load(sid)

    def add_note(self, session_id: str, note: Note) -> Note:
        """Save a new note durably; an id that is already stored is a no-op (safe to retry)."""
        with self._guard:
            sid = self.resolve(session_id)
            self._check_place(sid, note.step, note.group)
            files, locator = self._session(sid)
            with files.lock():
                if locator.where(note.id) is not None:
                    return self._stored(sid, note.id)
                name = locator.target()
                self._save_notes(sid, name, lambda table: table.insert(
                    Document(note_to_doc(note), doc_id=cast(Any, note.id))))  # fmt: skip
            return note

    def _stored(self, sid: str, note_id: str) -> Note:
        """The stored version of a note (call inside the lock)."""
        files, locator = self._session(sid)
        name = locator.where(note_id)
        if name is None:
            raise NoteNotFound(sid, note_id)
        path = files.path(name)
        with _decoding(path), opened(path, _kind(name), save=False) as db:
            doc = keyed_table(db, NOTES).get(doc_id=cast(Any, note_id))
            if not isinstance(doc, dict):
                raise NoteNotFound(sid, note_id)
            return note_from_doc(dict(doc))

    def _save_notes(self, sid: str, name: str, change: Callable[[Any], object]) -> None:
        """Apply ``change`` to the notes table of file ``name`` and save it durably."""
        files, locator = self._session(sid)
        path = files.path(name)
        try:
            with _decoding(path), opened(path, _kind(name)) as db:
                table = keyed_table(db, NOTES)
                change(table)
                ids = [str(doc.doc_id) for doc in table.all()]
        except BaseException:
            locator.forget()
            raise
        locator.learn(name, file_token(path), ids)

    def _change_note(self, session_id: str, note_id: str, edit: Callable[[Note], Note]) -> Note:
        """Replace a stored note by ``edit(note)``; unchanged notes are not written again."""
        with self._guard:
            sid = self.resolve(session_id)
            files, locator = self._session(sid)
            with files.lock():
                old = self._stored(sid, note_id)
                new = edit(old)
                if new != old:
                    self._check_place(sid, new.step, new.group)
                    doc = note_to_doc(new)
                    name = locator.where(note_id)
                    assert name is not None
                    self._save_notes(sid, name, lambda table: table.update(
                        _replace_with(doc), doc_ids=[cast(Any, note_id)]))  # fmt: skip
                return new

    def update_note(self, session_id: str, note_id: str, **changes: Any) -> Note:
        """Change a note's fields (a change to the same values is a no-op, safe to retry)."""
        fields = note_changes(changes)

        def edit(note: Note) -> Note:
            if all(getattr(note, name) == value for name, value in fields.items()):
                return note
            return dataclasses.replace(note, **fields, edited=self.clock())

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

    def _check_place(self, sid: str, step: int, group: int | None) -> None:
        steps = len(self._agenda(sid).steps)
        if not 0 <= step < steps:
            raise InvalidInput(f"step {step} is outside the agenda's {steps} steps")
        if group is not None and group < 1:
            raise InvalidInput(f"group must be None (plenum) or at least 1, not {group}")
