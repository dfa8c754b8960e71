"""The Tiltak screen: every tiltak of every meeting, filtered and sorted, each followed up."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Label

from store.clock import format_date, local_date, local_zone
from store.errors import StoreError
from store.outbox import Outbox, update_note_write
from store.sessions import SessionStore
from store.tiltak_rows import Shown, SortBy, TiltakFilter, TiltakRow, select
from tui.i18n import t
from tui.messages import FollowUpsSaved, RegisterRead
from tui.views import effect_label, iglo_label, status_label
from tui.widgets.key_bar import KeyBar
from tui.widgets.title_bar import TitleBar

SHOWN = tuple(Shown)
SORTS = tuple(SortBy)


def row_cells(row: TiltakRow, today: dt.date) -> list[Text]:
    """A tiltak's table cells: what, IGLO, ansvarlig, frist (marked when overdue), status,
    effect, next review and the meeting; all literal text."""
    note = row.note
    frist = Text(format_date(note.frist) if note.frist else "–")
    if row.overdue(today):
        frist.append(f" {t('tiltak.overdue')}", style="bold red")
    return [
        Text(note.text),
        Text(iglo_label(note.iglo)),
        Text(note.ansvarlig or "–"),
        frist,
        Text(status_label(note.status)),
        Text(effect_label(note.effect) if note.effect else "–"),
        Text(format_date(note.review_on) if note.review_on else "–"),
        Text(f"{row.meeting} {format_date(row.session.date)}"),
    ]


class TiltakScreen(Screen[None]):
    """Every tiltak in the store; Enter follows one up, f filters, s sorts. Each follow-up is
    shown at once and queued in the screen's outbox; a worker writes it."""

    CSS_PATH = "tiltak.tcss"

    BINDINGS = [
        Binding("f", "filter", t("key.filter")),
        Binding("s", "sort", t("key.sort")),
        Binding("escape", "app.pop_screen", t("key.close")),
    ]

    def __init__(self, store: SessionStore, clock: Callable[[], dt.datetime]) -> None:
        super().__init__()
        self.clock = clock
        self.outbox = Outbox(store)
        self.rows: list[TiltakRow] = []
        self.wanted = TiltakFilter()
        self.sort = SortBy.FRIST
        self.unreadable = 0

    def compose(self) -> ComposeResult:
        """The count line and the table."""
        yield TitleBar()
        with Vertical(id="tiltak"):
            yield Label("", id="tiltak-count")
            yield DataTable(id="tiltak-table", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        """Set up the columns and read the register in a thread."""
        self.title = t("tiltak.title")
        table = self.query_one(DataTable)
        keys = ("what", "iglo", "ansvarlig", "frist", "status", "effect", "review_on", "meeting")
        table.add_columns(*[t(f"col.{key}") for key in keys])
        table.focus()
        self.read()

    @work(thread=True, exclusive=True, group="tiltak-read")
    def read(self) -> None:
        """Thread: every tiltak of every session."""
        from store.tiltak_register import read_register

        try:
            self.post_message(RegisterRead(read_register(self.outbox.store)))
        except StoreError as error:
            self.post_message(FollowUpsSaved(0, str(error)))

    def on_register_read(self, message: RegisterRead) -> None:
        """Show what was read."""
        self.rows = list(message.register.rows)
        self.unreadable = message.register.unreadable
        self.redraw()

    def today(self) -> dt.date:
        """Today in the local zone (the clock policy), for overdue marks."""
        return local_date(self.clock(), local_zone())

    def shown(self) -> list[TiltakRow]:
        """The rows that pass the filter, in the chosen order."""
        return select(self.rows, self.wanted, self.today(), self.sort)

    def redraw(self) -> None:
        """Refill the table (keeping the cursor's row) and the count line."""
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear()
        today = self.today()
        shown = self.shown()
        for row in shown:
            table.add_row(*row_cells(row, today), key=f"{row.session.id}:{row.note.id}")
        if shown:
            table.move_cursor(row=min(cursor, len(shown) - 1))
        overdue = sum(1 for row in self.rows if row.overdue(today))
        count = t("tiltak.count", shown=len(shown), total=len(self.rows), overdue=overdue)
        state = t("tiltak.filter.shown", name=t(f"tiltak.filter.{self.wanted.shown.value}"))
        parts = [count, state, t(f"tiltak.sort.{self.sort.value}")]
        if not shown:
            parts.insert(0, t("tiltak.empty"))
        if self.unreadable:
            parts.append(t("cli.tiltak.skipped", count=self.unreadable))
        self.query_one("#tiltak-count", Label).update(Text(" · ".join(parts)))

    def action_filter(self) -> None:
        """f: all → open → overdue → all."""
        following = SHOWN[(SHOWN.index(self.wanted.shown) + 1) % len(SHOWN)]
        self.wanted = dataclasses.replace(self.wanted, shown=following)
        self.redraw()

    def action_sort(self) -> None:
        """s: by frist → by meeting → by status."""
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self.redraw()

    @on(DataTable.RowSelected)
    def follow_up(self, event: DataTable.RowSelected) -> None:
        """Enter: the follow-up form of the tiltak on that row."""
        key = event.row_key.value
        row = next((r for r in self.rows if f"{r.session.id}:{r.note.id}" == key), None)
        if row is None:
            return
        from tui.screens.follow_up import FollowUpDialog

        meeting = f"{row.meeting} ({format_date(row.session.date)})"

        def answered(changes: dict[str, object] | None) -> None:
            if changes:
                self.record(row, changes)

        self.app.push_screen(FollowUpDialog(row.note, meeting), answered)

    def record(self, row: TiltakRow, changes: dict[str, object]) -> None:
        """Show the new answers at once and queue their write."""
        updated = TiltakRow(row.session, dataclasses.replace(row.note, **changes))  # type: ignore[arg-type]
        self.rows[self.rows.index(row)] = updated
        self.outbox.enqueue(update_note_write(row.session.id, row.note.id, **changes))
        self.redraw()
        self.flush()

    @work(thread=True, exclusive=True, group="tiltak-write")
    def flush(self) -> None:
        """Thread: write the queued follow-ups in order."""
        try:
            self.post_message(FollowUpsSaved(self.outbox.flush()))
        except StoreError as error:
            self.post_message(FollowUpsSaved(0, str(error)))

    def on_follow_ups_saved(self, message: FollowUpsSaved) -> None:
        """Say that it was saved, or why not (it stays queued and is tried again)."""
        if message.error is not None:
            text = t("followup.failed", reason=message.error)
            self.notify(text, severity="error", timeout=10, markup=False)
        elif message.saved:
            self.notify(t("followup.saved"), markup=False)
