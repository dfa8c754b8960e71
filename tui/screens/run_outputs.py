"""The Run screen's outputs: the summary for the next meeting, the progress plan, exports.

Saves join the meeting's queue; reading the stored session and writing an export file run
in worker threads that post a message; screens are built on the event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.errors import StoreError
from store.model import PlanEntry, Session, SummaryItem
from store.rounds import whole_meeting
from tui.i18n import t
from tui.messages import ExportFinished, FlushDone, SummaryLoaded

RETRY_SECONDS = 3.0


if TYPE_CHECKING:
    from tui.screens.run import RunScreen


#: The agendas whose meeting captures the progress plan (Ctrl+F).
PLAN_AGENDAS = frozenset({"starte"})


class Outputs:
    """Saving the queue, summary (F9), progress plan (Ctrl+F) and export (F8)."""

    def __init__(self, screen: RunScreen) -> None:
        self.screen = screen
        self.meeting = screen.meeting
        self._retrying = False

    @property
    def has_plan(self) -> bool:
        """True when the meeting makes a progress plan: a Starte meeting, or one that has one."""
        return self.meeting.agenda.id in PLAN_AGENDAS or bool(self.meeting.session.plan)

    def flush(self) -> None:
        """Thread: flush the meeting's queue and post how it went."""
        had_failed = self.meeting.last_error is not None
        try:
            self.meeting.flush()
        except StoreError as error:
            self.screen.post_message(FlushDone(str(error), had_failed))
            return
        self.screen.post_message(FlushDone(None, had_failed))

    def flushed(self, error: str | None, had_failed: bool) -> None:
        """On failure keep the changes, say why and retry; after a retry, say it worked."""
        if error is not None:
            self.screen.notify(
                t("run.saved_pending", reason=error), severity="error", timeout=8, markup=False
            )
            if not self._retrying:
                self._retrying = True
                self.screen.set_timer(RETRY_SECONDS, self._retry)
        elif had_failed:
            self.screen.notify(t("run.retry_ok"), markup=False)
        else:
            return
        self.screen.refresh_notes()

    def _retry(self) -> None:
        """Try the pending writes again."""
        self._retrying = False
        if self.meeting.pending:
            self.screen.persist()

    def summary(self) -> None:
        """F9: consolidate the summary for the next meeting (a draft from the challenges)."""
        self.screen.run_worker(self._load_summary, thread=True, group="summary")

    def _load_summary(self) -> None:
        """Thread: save what is queued, read the stored session and post its summary items."""
        from store.export import draft_summary

        try:
            self.meeting.flush()
            stored = self.meeting.store.load(self.meeting.session.id)
            session = whole_meeting(self.meeting.store, stored, t("round.first"))
        except StoreError as error:
            self.screen.post_message(FlushDone(str(error), False))
            return
        self.screen.post_message(SummaryLoaded(session, session.summary or draft_summary(session)))

    def open_summary(self, items: tuple[SummaryItem, ...], session: Session) -> None:
        """Open the summary screen over `session` (every round of the meeting); each change it
        makes joins the queue."""
        from tui.screens.summary import SummaryScreen

        def save(changed: tuple[SummaryItem, ...]) -> None:
            self.meeting.save_summary(changed)
            self.screen.persist()

        texts = {n.id: n.text for n in session.live_notes}
        self.screen.app.push_screen(SummaryScreen(items, save, texts))

    def plan(self) -> None:
        """Ctrl+F: capture the progress plan (a proposal when there is none yet)."""
        from store.clock import session_zone
        from store.export.progress import default_plan
        from tui.screens.plan import PlanDialog

        session = self.meeting.session
        entries = session.plan or default_plan(session.date, session_zone(session))

        def saved(plan: tuple[PlanEntry, ...] | None) -> None:
            if plan is not None:
                self.meeting.save_plan(plan)
                self.screen.persist()
                self.screen.notify(t("plan.saved"), markup=False)
            self.screen.field.focus()

        self.screen.app.push_screen(PlanDialog(entries), saved)

    def export(self) -> None:
        """F8: choose an export; it is written to the current directory."""

        def chosen(kind: str | None) -> None:
            if kind is not None:
                self.screen.run_worker(lambda: self._export(kind), thread=True, group="export")
            self.screen.field.focus()

        from store.session_factors import asks_for_factors
        from tui.screens.export_dialog import ExportDialog

        session = self.meeting.session
        dialog = ExportDialog(
            bool(session.plan),
            with_poster=asks_for_factors(session.agenda),
            with_join_sheet=getattr(self.screen, "room_thread", None) is not None,
        )
        self.screen.app.push_screen(dialog, chosen)

    def _export(self, choice: str) -> None:
        """Thread: save what is queued, render from the stored session, write the file.

        `choice` is a kind ("minutes") or a kind and format ("minutes.pdf").
        """
        from store.export_file import write_export_bytes
        from store.export_formats import FORMATS
        from tui.export_command import default_filename, render_file

        kind, _, fmt = choice.partition(".")
        try:
            self.meeting.flush()
            session = self.meeting.store.load(self.meeting.session.id)
            data = render_file(
                self.meeting.store, session, kind, fmt or FORMATS[kind][0], self.meeting.clock()
            )
            name = default_filename(session, kind, fmt or None)
            path = write_export_bytes(data, name).resolve()
        except (StoreError, OSError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.screen.post_message(ExportFinished(None, reason))
            return
        self.screen.post_message(ExportFinished(str(path)))

    def exported(self, path: str | None, reason: str | None) -> None:
        """Say where the export went, or why it failed."""
        if path is None:
            self.screen.notify(
                t("export.failed", reason=reason or ""), severity="error", markup=False
            )
        else:
            self.screen.notify(t("export.done", path=path), timeout=10, markup=False)
