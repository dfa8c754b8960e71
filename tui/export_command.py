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
#: The exports that are only printed (PDF): the run sheet and the poster.
PRINT_KINDS = ("runsheet", "poster", "joinsheet")
_NAMES = {
    "minutes": "referat",
    "summary": "oppsummering",
    "actions": "handlingsplan",
    "plan": "fremdriftsplan",
    "ics": "fremdriftsplan",
    "invitation": "invitasjon",
    "runsheet": "kjoreplan",
    "poster": "plansje",
    "joinsheet": "gruppekoder",
}
_SUFFIX = {
    "ics": ".ics",
    "invitation": ".txt",
    "runsheet": ".pdf",
    "poster": ".pdf",
    "joinsheet": ".pdf",
}


class NothingToExport(StoreError):
    """The session holds nothing this export could show (a calendar without a plan)."""


def default_filename(session: Session, kind: str, fmt: str | None = None) -> str:
    """A file name like `referat-2026-11-23-k3f9qa.md` (or `.pdf` for `fmt="pdf"`)."""
    suffix = f".{fmt}" if fmt else _SUFFIX.get(kind, ".md")
    return f"{_NAMES[kind]}-{session.date.isoformat()}-{session.id}{suffix}"


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
    from store.export.vote_minutes import markdown_with_votes
    from store.vote_report import minutes_votes

    lang = lang or language()
    chain = meeting_chain(store, session, translate("round.first", lang))  # rounds as one
    session = chain[-1]
    if kind == "minutes":
        previous = chain[-2] if len(chain) > 1 else None
        title = next_meeting_title(session, library)
        text = export.render_minutes(session, now, lang=lang, next_title=title, previous=previous)
        return markdown_with_votes(text, session, minutes_votes(store, session), lang)
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


def render_file(
    store: SessionStore,
    session: Session,
    kind: str,
    fmt: str,
    now: dt.datetime,
    *,
    lang: Lang | None = None,
    library: Library | None = None,
    group: int | None = None,
    start: dt.time | None = None,
) -> bytes:
    """The bytes of one export in one format (text formats as UTF-8)."""
    from store.export_formats import BINARY_FORMATS

    lang = lang or language()
    if fmt not in BINARY_FORMATS and fmt != "csv":
        return render(store, session, kind, now, lang=lang, library=library).encode("utf-8")
    chain = meeting_chain(store, session, translate("round.first", lang))  # rounds as one
    session = chain[-1]
    if fmt == "csv":
        from store.export.actions_csv import action_plan_csv

        return action_plan_csv(chain, now, lang=lang).encode("utf-8")
    from store.print_files import print_bytes

    if kind == "joinsheet":
        from store.join_sheet_file import join_sheet_pdf

        return join_sheet_pdf(store, session, now, lang)
    from store.vote_report import minutes_votes

    if group is not None and not 1 <= group <= session.groups:
        raise NoSuchGroup(group, session.groups)
    chain = chain if kind in ("minutes", "actions") else [session]
    title = next_meeting_title(session, library) if kind == "minutes" else None
    votes = minutes_votes(store, session) if kind == "minutes" else None
    return print_bytes(
        kind, fmt, chain, now, lang=lang, next_title=title, group=group, start=start, votes=votes
    )


class NoSuchGroup(StoreError):
    """`--group N` names a group the meeting does not have."""

    def __init__(self, group: int, groups: int) -> None:
        self._coded("err.export_group", group=group, groups=groups)
        super().__init__(str(self))


def export(
    session_id: str,
    kind: str | None,
    output: str | None,
    *,
    store: Path | None,
    out: TextIO,
    err: TextIO,
    lang: Lang | None = None,
    fmt: str | None = None,
    group: int | None = None,
    start: str | None = None,
) -> int:
    """`plansje export SESSION_ID [--minutes|...] [--format F] [-o FILE]`: stdout without -o.

    The format comes from --format, else from the extension of FILE; PDF and Word need -o.
    """
    from store.export_file import write_export_bytes
    from store.export_formats import BINARY_FORMATS, BinaryToTerminal, choose_format, parse_start

    try:
        kind, fmt = choose_format(kind, output, fmt)
        planned_start = parse_start(start)
        sessions = SessionStore.open(store)
        session = sessions.load(session_id)
        if output is None and fmt in BINARY_FORMATS:
            raise BinaryToTerminal(fmt, default_filename(session, kind, fmt))
        now = dt.datetime.now(dt.UTC)
        if output is None:
            out.write(render_file(sessions, session, kind, fmt, now, lang=lang).decode("utf-8"))
            return 0
        data = render_file(
            sessions, session, kind, fmt, now, lang=lang, group=group, start=planned_start
        )
        path = write_export_bytes(data, output)
    except StoreError as error:
        err.write(t("cli.failed", message=error) + "\n")
        return 1
    err.write(t("cli.export.wrote", path=path) + "\n")
    return 0
