"""Start the Textual app from the command line: Home, a new session, or a resumed one."""

from __future__ import annotations

import datetime as dt
import sys

from agendas.errors import AgendaError
from agendas.library import resolve_agenda
from agendas.model import Agenda
from store.clock import local_date, local_zone
from store.errors import StoreError
from store.language import t
from store.model import Session
from store.sessions import SessionStore
from store.settings import Settings


def _fail(message: str) -> int:
    """Print an error for the user (never a traceback) and return exit code 1."""
    sys.stderr.write(t("cli.failed", message=message) + "\n")
    return 1


SEATS = {"resume": "facilitator", "join": "referent", "show": "show"}


def _run_app(store: SessionStore, session_id: str | None, seat: str = "facilitator") -> int:
    """Run the app (imported late so the plain commands stay fast)."""
    from tui.app import PlansjeApp

    PlansjeApp(store, session_id=session_id, seat=seat).run()
    return 0


def group_count(agenda: Agenda, asked: int | None, previous: Session | None) -> int:
    """The groups of a new session: as asked; else those of the meeting it follows (the same
    people in the same groups); else 4 for an agenda with group work, 1 without."""
    if asked is not None:
        return asked
    if previous is not None:
        return previous.groups
    return 4 if any(step.group_work for step in agenda.steps) else 1


def home(*, settings: Settings) -> int:
    """`plansje`: open Home."""
    try:
        return _run_app(SessionStore.open(settings.store), None)
    except StoreError as error:
        return _fail(str(error))


def run(
    agenda_spec: str,
    *,
    settings: Settings,
    title: str | None,
    after: str | None,
    groups: int | None,
    place: str,
) -> int:
    """`plansje run AGENDA`: create a session and open it on the Run screen."""
    try:
        agenda = resolve_agenda(agenda_spec)
    except AgendaError as error:
        return _fail("\n".join(str(p) for p in error.problems if p.is_error))
    if groups is not None and not 1 <= groups <= 20:
        return _fail(t("cli.groups_range"))
    try:
        sessions = SessionStore.open(settings.store)
        previous = sessions.load(after) if after else None
        session = sessions.create_session(
            agenda,
            title=title or agenda.title,
            date=local_date(dt.datetime.now(dt.UTC), local_zone()),
            place=place,
            groups=group_count(agenda, groups, previous),
            follows=previous.id if previous else None,
        )
        return _run_app(sessions, session.id)
    except StoreError as error:
        return _fail(str(error))


def resume(session_id: str | None, *, settings: Settings, seat: str = "resume") -> int:
    """`plansje resume|join|show [SESSION_ID]`: open a session (latest unfinished by default)
    as facilitator, as a second minute-taker seat, or as the read-only room view."""
    try:
        sessions = SessionStore.open(settings.store)
        if session_id is None:
            latest = sessions.latest_unfinished()
            if latest is None:
                return _fail(t("cli.no_unfinished"))
            session_id = latest.id
        session_id = sessions.load(session_id).id
        return _run_app(sessions, session_id, SEATS[seat])
    except StoreError as error:
        return _fail(str(error))
