"""The Run screen's outputs: the summary for the next meeting, the progress plan, exports."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from textual.screen import Screen
from textual.widgets import Input

from store.errors import StoreError
from store.model import PlanEntry
from tui.i18n import t
from store.meeting import Meeting


class OutputActions(Screen[None]):
    """Summary (F9), progress plan (Ctrl+F) and export (F8), each written off the event loop."""

    meeting: Meeting

    if TYPE_CHECKING:

        def _save_failed(self, reason: str) -> None: ...

    def action_summary(self) -> None:
        """F9: consolidate the summary for the next meeting (a draft from the challenges)."""
        self.run_worker(self._open_summary, thread=True, group="summary")

    def _open_summary(self) -> None:
        """Thread body: save pending notes, load the session, open the summary screen."""
        from store.export import draft_summary
        from tui.screens.summary import SummaryScreen

        try:
            self.meeting.flush()
            session = self.meeting.store.load(self.meeting.session.id)
        except StoreError as error:
            self.app.call_from_thread(self._save_failed, str(error))
            return
        items = session.summary or draft_summary(session)
        screen = SummaryScreen(self.meeting.store, session.id, items)
        self.app.call_from_thread(self.app.push_screen, screen)

    def action_plan(self) -> None:
        """Ctrl+F: capture the progress plan (a proposal when there is none yet)."""
        from store.export.progress import default_plan
        from tui.screens.plan import PlanDialog

        session = self.meeting.session
        entries = session.plan or default_plan(session.date)

        def saved(plan: tuple[PlanEntry, ...] | None) -> None:
            if plan is not None:
                self.meeting.session = replace(self.meeting.session, plan=plan)
                self.run_worker(lambda: self._save_plan(plan), thread=True, group="store")
            self.query_one("#note-input", Input).focus()

        self.app.push_screen(PlanDialog(entries), saved)

    def _save_plan(self, plan: tuple[PlanEntry, ...]) -> None:
        """Thread body: write the plan; say whether it was saved."""
        try:
            self.meeting.store.save_plan(self.meeting.session.id, plan)
        except StoreError as error:
            self.app.call_from_thread(
                self.notify,
                t("error.store", reason=str(error)),
                severity="error",
                timeout=10,
                markup=False,
            )
            return
        self.app.call_from_thread(self.notify, t("plan.saved"), markup=False)

    def action_export(self) -> None:
        """F8: choose an export; it is written to the current directory."""

        def chosen(kind: str | None) -> None:
            if kind is not None:
                self.run_worker(lambda: self._export(kind), thread=True, group="export")
            self.query_one("#note-input", Input).focus()

        with_plan = bool(self.meeting.session.plan)
        from tui.screens.export_dialog import ExportDialog

        self.app.push_screen(ExportDialog(with_plan), chosen)

    def _export(self, kind: str) -> None:
        """Thread body: save pending notes, render from the stored session, write the file."""
        from store.export import write_export
        from tui.export_command import default_filename, render

        try:
            self.meeting.flush()
            session = self.meeting.store.load(self.meeting.session.id)
            text = render(self.meeting.store, session, kind, self.meeting.clock())
            path = write_export(text, default_filename(session, kind)).resolve()
        except (StoreError, OSError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.app.call_from_thread(
                self.notify,
                t("export.failed", reason=reason),
                severity="error",
                markup=False,
            )
            return
        self.app.call_from_thread(
            self.notify, t("export.done", path=str(path)), timeout=10, markup=False
        )
