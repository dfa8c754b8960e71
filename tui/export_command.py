"""`plansje export` and the app's export key: render a session and write or print it.

The renderers (store.export) read no disk; this module loads what they need (the chain of
meetings, the agenda library for the next meeting's title) and passes it in.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from store.errors import StoreError
from store.language import Lang, language, t, translate
from store.model import Session
from store.rounds import meeting_chain
from store.sessions import SessionStore

if TYPE_CHECKING:
    from agendas.library import Library

KINDS = ("minutes", "summary", "actions", "plan", "ics", "invitation")
_NAMES = {
    "minutes": "referat",
    "summary": "oppsummering",
    "actions": "handlingsplan",
    "plan": "fremdriftsplan",
    "ics": "fremdriftsplan",
    "invitation": "invitasjon",
}
_SUFFIX = {"ics": ".ics", "invitation": ".txt"}


class NothingToExport(StoreError):
    """The session holds nothing this export could show (a calendar without a plan)."""


def default_filename(session: Session, kind: str) -> str:
    """A file name like `referat-2026-11-23-k3f9qa.md` in the current directory."""
    return f"{_NAMES[kind]}-{session.date.isoformat()}-{session.id}{_SUFFIX.get(kind, '.md')}"


def next_meeting_title(session: Session, library: Library | None = None) -> str | None:
    """The title of the agenda's next meeting from the library (loaded when not given)."""
    next_id = session.agenda.next
    if not next_id:
        return None
    if library is None:
        from agendas.library import load_library

        library = load_library()
    found = library.get(next_id)
    return found.title if found is not None else None


def render(
    store: SessionStore,
    session: Session,
    kind: str,
    now: dt.datetime,
    *,
    lang: Lang | None = None,
    library: Library | None = None,
) -> str:
    """The text of one export of a session (in the UI language unless `lang` is given).

    Raises NothingToExport for a calendar of a session without a progress plan.
    """
    from store import export
    from store.clock import session_zone
    from store.export.labels import labels_for

    lang = lang or language()
    chain = meeting_chain(store, session, translate("round.first", lang))  # rounds as one
    session = chain[-1]
    if kind == "minutes":
        previous = chain[-2] if len(chain) > 1 else None
        title = next_meeting_title(session, library)
        return export.render_minutes(session, now, lang=lang, next_title=title, previous=previous)
    if kind == "summary":
        return export.render_summary(session, lang=lang)
    if kind == "actions":
        return export.render_action_plan(chain, now, lang=lang)
    plan, zone = session.plan, session_zone(session)
    if kind == "plan":
        return export.render_progress_plan(plan, tz=zone, lang=lang)
    if kind == "ics":
        if not plan:
            raise NothingToExport(labels_for(lang).no_plan.format(session=session.id))
        return export.progress_plan_ics(plan, session_id=session.id, now=now, place=session.place)
    return export.invitation_email(plan, tz=zone, place=session.place)


def export(
    session_id: str,
    kind: str,
    output: str | None,
    *,
    store: Path | None,
    out: TextIO,
    err: TextIO,
    lang: Lang | None = None,
) -> int:
    """`plansje export SESSION_ID [--minutes|...] [-o FILE]`: stdout without -o."""
    from store.export_file import write_export

    try:
        sessions = SessionStore.open(store)
        session = sessions.load(session_id)
        text = render(sessions, session, kind, dt.datetime.now(dt.UTC), lang=lang)
        if output is None:
            out.write(text)
            return 0
        path = write_export(text, output)
    except StoreError as error:
        err.write(t("cli.failed", message=error) + "\n")
        return 1
    err.write(t("cli.export.wrote", path=path) + "\n")
    return 0
