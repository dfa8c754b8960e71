"""The binary exports (PDF, Word): from a loaded session to the bytes of the file.

The print renderers in store.export build documents and Typst source without touching the
disk; this module typesets them (store.typst_pdf) or builds the Word file (store.docx_file).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from store.clock import session_zone
from store.export.labels import Lang
from store.export.print_actions import print_action_plan
from store.export.print_minutes import print_minutes
from store.export.typst_source import render_typst
from store.export.vote_minutes import VoteCounts, document_with_votes
from store.model import Session
from store.typst_pdf import compile_pdf


def print_bytes(
    kind: str,
    fmt: str,
    chain: Sequence[Session],
    now: dt.datetime,
    *,
    lang: Lang = "nb",
    next_title: str | None = None,
    group: int | None = None,
    start: dt.time | None = None,
    votes: VoteCounts | None = None,
) -> bytes:
    """The file of one export in a binary format; `chain` ends with the session exported.

    `group` limits the poster to one group's challenges; `start` is the run sheet's planned
    start on the meeting's date (default: when the meeting started, if it has); `votes` are
    the revealed votes' counts the minutes list under their steps.
    """
    session = chain[-1]
    previous = chain[-2] if len(chain) > 1 else None
    if kind == "minutes":
        document = print_minutes(session, now, lang=lang, next_title=next_title, previous=previous)
        document = document_with_votes(document, session, votes or {}, lang)
        if fmt == "docx":
            from store.docx_file import docx_bytes

            return docx_bytes(document)
        return compile_pdf(render_typst(document), now)
    if kind == "actions":
        return compile_pdf(render_typst(print_action_plan(chain, now, lang=lang)), now)
    if kind == "runsheet":
        from store.export.runsheet import print_runsheet

        zone = session_zone(session)
        planned = session.timing(now).started_at
        if start is not None:
            planned = dt.datetime.combine(session.date, start, tzinfo=zone)
        sheet = print_runsheet(
            session.agenda,
            session.date,
            planned,
            zone,
            place=session.place,
            title=session.title,
            lang=lang,
        )
        return compile_pdf(render_typst(sheet), now)
    if kind == "poster":
        from store.export.poster import poster_source

        return compile_pdf(poster_source(session, lang=lang, group=group), now)
    raise ValueError(f"no binary format {fmt!r} for {kind!r}")
