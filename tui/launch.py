"""Start the Textual app from the command line: Home, a new session, or a resumed one."""

from __future__ import annotations

import sys

from agendas.errors import AgendaError
from agendas.library import resolve_agenda
from agendas.model import Agenda
from store.clock import local_date, local_zone
from store.errors import StoreError
from store.event_replay import start_events
from store.index import latest_unfinished
from store.language import t
from store.model import Session, utc_now
from store.opening import Opening, open_meeting
from store.session_factors import split_factors
from store.sessions import SessionStore
from store.settings import Settings


def _fail(message: str) -> int:
    """Print an error for the user (never a traceback) and return exit code 1."""
    sys.stderr.write(t("cli.failed", message=message) + "\n")
    return 1


SEATS = {"resume": "facilitator", "join": "referent", "show": "show"}


def _run_app(
    store: SessionStore, opening: Opening | None = None, room_host: str | None = None
) -> int:
    """Run the app (imported late so the plain commands stay fast) on Home, or on the session
    the command line has opened: it is read before the UI starts, so the Run screen is the
    first screen and a session that cannot be read is reported here, not inside the app."""
    from tui.app import PlansjeApp

    PlansjeApp(store, opening=opening, room_host=room_host).run()
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
        return _run_app(SessionStore.open(settings.store))
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
    factors: str | None = None,
    room: str | None = None,
) -> int:
    """`plansje run AGENDA`: create a session and open it on the Run screen (`room`: with
    the group seats open on that address).

    `factors` ("Arbeidsmengde; Samarbeid") names the poster's factors; by default a meeting
    that continues another keeps its factors.
    """
    try:
        agenda = resolve_agenda(agenda_spec)
    except AgendaError as error:
        return _fail("\n".join(str(p) for p in error.problems if p.is_error))
    if groups is not None and not 1 <= groups <= 20:
        return _fail(t("cli.groups_range"))
    try:
        sessions = SessionStore.open(settings.store)
        previous = sessions.load(after) if after else None
        now = utc_now()  # the default clock, as the app's
        session = sessions.create_session(  # already started: one write, none at start-up
            agenda,
            title=title or agenda.title,
            date=local_date(now, local_zone()),
            place=place,
            groups=group_count(agenda, groups, previous),
            follows=previous.id if previous else None,
            factors=split_factors(factors) if factors else (previous.factors if previous else ()),
            events=start_events(now),
        )
        opening = open_meeting(sessions, session.id, "facilitator", start=True)
        return _run_app(sessions, opening, room_host=room)
    except StoreError as error:
        return _fail(str(error))


def resume(session_id: str | None, *, settings: Settings, seat: str = "resume") -> int:
    """`plansje resume|join|show [SESSION_ID]`: open a session (latest unfinished by default)
    as facilitator, as a second minute-taker seat, or as the read-only room view."""
    try:
        sessions = SessionStore.open(settings.store)
        if session_id is None:
            latest = latest_unfinished(sessions.list_sessions())
            if latest is None:
                return _fail(t("cli.no_unfinished"))
            session_id = latest.id
        seat_name = SEATS[seat]
        opening = open_meeting(sessions, session_id, seat_name, start=seat_name == "facilitator")
        return _run_app(sessions, opening)
    except StoreError as error:
        return _fail(str(error))
