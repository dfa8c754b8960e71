"""Exports of a session: minutes, summary, action plan, progress plan, calendar, invitation.

Every renderer is a pure function of what it is given (a session or a chain, the next
meeting's title, `now` where time matters, the language) that returns text: nothing here
reads or writes the disk (an import-linter contract keeps it so). store.export_file writes.
"""

from __future__ import annotations

from store.export.actions import collect_actions, render_action_plan
from store.export.escape import escape_cell, escape_inline, flatten_whitespace
from store.export.ics import progress_plan_ics
from store.export.invitation import (
    INVITATION_SUBJECT,
    invitation_body,
    invitation_email,
)
from store.export.labels import Lang
from store.export.minutes import render_minutes
from store.export.progress import WORKSHOPS, EntryKind, PlanEntry, render_progress_plan
from store.export.summary import draft_summary, render_summary

__all__ = [
    "INVITATION_SUBJECT",
    "WORKSHOPS",
    "EntryKind",
    "Lang",
    "PlanEntry",
    "collect_actions",
    "draft_summary",
    "escape_cell",
    "escape_inline",
    "flatten_whitespace",
    "invitation_body",
    "invitation_email",
    "progress_plan_ics",
    "render_action_plan",
    "render_minutes",
    "render_progress_plan",
    "render_summary",
]
