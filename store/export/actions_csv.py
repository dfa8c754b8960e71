"""The action plan as a spreadsheet (CSV) for Excel: one row per tiltak of the chain (see
store.export.spreadsheet for the separator, the byte order mark and formula safety)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from store.clock import local_date, session_zone
from store.export.actions import collect_actions
from store.export.labels import Lang, labels_for
from store.export.notes import deadline_cell, iglo_cell
from store.export.print_minutes import status_text
from store.export.spreadsheet import csv_text, safe_cell
from store.language import template
from store.model import Session


def action_plan_csv(
    sessions: Session | Sequence[Session], now: dt.datetime, *, lang: Lang = "nb"
) -> str:
    """Every tiltak: text, IGLO level, ansvarlig, ressurser, frist, status, group, meeting."""
    labels = labels_for(lang)
    chain = (sessions,) if isinstance(sessions, Session) else tuple(sessions)
    today = local_date(now, session_zone(chain[-1]) if chain else dt.UTC)
    header = (*labels.action_columns, labels.plan_columns[5], template("doc.meeting_type", lang))
    rows = [
        (
            safe_cell(note.text),
            iglo_cell(note, labels),
            safe_cell(note.ansvarlig),
            safe_cell(note.ressurser),
            deadline_cell(note) if note.frist else "",
            status_text(note, today, lang),
            labels.group_label(note.group),
            safe_cell(f"{session.title.strip() or session.agenda.title} ({session.date})"),
        )
        for session, note in collect_actions(chain)
    ]
    return csv_text(header, rows)
