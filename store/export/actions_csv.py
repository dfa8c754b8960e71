"""The action plan as a spreadsheet (CSV) for Excel: one row per tiltak of the chain.

Norwegian Excel reads `;` as the separator and needs the UTF-8 byte order mark to show ÆØÅ.
A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
or a carriage return) gets a leading apostrophe, so a note can never become a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Sequence

from store.clock import local_date, session_zone
from store.export.actions import collect_actions
from store.export.labels import Lang, labels_for
from store.export.notes import deadline_cell, iglo_cell
from store.export.print_blocks import printable
from store.export.print_minutes import status_text
from store.language import template
from store.model import Session

#: The byte order mark that tells Excel the file is UTF-8.
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Lines:
    """The text a csv.writer writes, collected in memory."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        """Keep one written piece."""
        self.parts.append(text)
        return len(text)


def safe_cell(text: str) -> str:
    """User text for a spreadsheet cell: on one line, never a formula."""
    flat = printable(text)
    return f"'{flat}" if flat.startswith(_FORMULA_STARTS) else flat


def action_plan_csv(
    sessions: Session | Sequence[Session], now: dt.datetime, *, lang: Lang = "nb"
) -> str:
    """Every tiltak: text, IGLO level, ansvarlig, ressurser, frist, status, group, meeting."""
    labels = labels_for(lang)
    chain = (sessions,) if isinstance(sessions, Session) else tuple(sessions)
    today = local_date(now, session_zone(chain[-1]) if chain else dt.UTC)
    out = _Lines()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    header = (*labels.action_columns, labels.plan_columns[5], template("doc.meeting_type", lang))
    writer.writerow(header)
    for session, note in collect_actions(chain):
        writer.writerow(
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
        )
    return BOM + "".join(out.parts)
