"""`plansje export` and the app's export key: render a session and write or print it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TextIO

from store.chain import session_chain
from store.errors import StoreError
from store.language import Lang, language, t
from store.model import Session
from store.sessions import SessionStore

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


def default_filename(session: Session, kind: str) -> str:
    """A file name like `referat-2026-11-23-k3f9qa.md` in the current directory."""
    return f"{_NAMES[kind]}-{session.date.isoformat()}-{session.id}{_SUFFIX.get(kind, '.md')}"


def render(
    store: SessionStore, session: Session, kind: str, now: dt.datetime, lang: Lang | None = None
) -> str:
    """The text of one export of a session, in `lang` (default: the current language)."""
    from store import export

    words: Lang = lang or language()
    if kind == "minutes":
        chain = session_chain(store, session)
        previous = chain[-2] if len(chain) > 1 else None
        return export.render_minutes(session, now, previous=previous, lang=words)
    if kind == "summary":
        return export.render_summary(session, lang=words)
    if kind == "actions":
        return export.render_action_plan(session_chain(store, session), now, lang=words)
    plan = session.plan
    if kind == "plan":
        return export.render_progress_plan(plan, lang=words)
    if kind == "ics":
        return export.progress_plan_ics(plan, session_id=session.id, now=now, place=session.place)
    return export.invitation_email(plan, place=session.place)


def export(
    session_id: str, kind: str, output: str | None, *, store: Path | None, out: TextIO, err: TextIO
) -> int:
    """`plansje export SESSION_ID [--minutes|...] [-o FILE]`: stdout without -o."""
    from store.export import write_export

    try:
        sessions = SessionStore.open(store)
        session = sessions.load(session_id)
        text = render(sessions, session, kind, dt.datetime.now(dt.UTC))
        if output is None:
            out.write(text)
            return 0
        path = write_export(text, output)
    except StoreError as error:
        err.write(t("cli.failed", message=error) + "\n")
        return 1
    except OSError as error:
        message = t("cli.export.cannot_write", path=output, reason=error.strerror or error)
        err.write(t("cli.failed", message=message) + "\n")
        return 1
    err.write(t("cli.export.wrote", path=path) + "\n")
    return 0
