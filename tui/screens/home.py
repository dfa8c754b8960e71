"""Home: the agenda library and recent sessions; start a new meeting or resume one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import DataTable, Label, Static

from store.clock import duration_text
from store.model import SessionInfo
from tui.i18n import t
from tui.screens.home_agendas import HomeAgendaActions
from tui.widgets.key_bar import KeyBar
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from agendas.library import Library

#: Row keys of broken user agenda files start with this (the rest is the file's path).
BROKEN = "broken:"


class HomeScreen(HomeAgendaActions):
    """Lists agendas (Enter starts a new session) and sessions (Enter resumes); writes and
    edits sakslister (HomeAgendaActions)."""

    CSS_PATH = "home.tcss"

    BINDINGS = [
        Binding("n", "new_session", t("key.new")),
        Binding("r", "resume", t("key.resume")),
        Binding("u", "app.new_round", t("key.round")),
        Binding("t", "app.tiltak", t("key.tiltak")),
        Binding("s", "new_saksliste", t("key.new_saksliste")),
        Binding("e", "edit_agenda", t("key.edit_agenda")),
        Binding("k", "duplicate_agenda", t("key.duplicate")),
        Binding("tab", "app.focus_next", show=False),
    ]

    class AgendaChosen(Message):
        """The user wants a new session of this agenda."""

        def __init__(self, agenda_id: str) -> None:
            self.agenda_id = agenda_id
            super().__init__()

    class SessionChosen(Message):
        """The user wants to resume this session."""

        def __init__(self, session_id: str) -> None:
            self.session_id = session_id
            super().__init__()

    def __init__(self, library: Library, sessions: list[SessionInfo]) -> None:
        super().__init__()
        self.library = library
        self.sessions = sessions

    def compose(self) -> ComposeResult:
        """Two tables with headings."""
        yield TitleBar()
        with Vertical(id="home"):
            yield Label(t("home.agendas"), classes="section")
            yield DataTable(id="agendas", cursor_type="row", zebra_stripes=True)
            if self.library.broken:
                yield Static(self._broken_text(), id="broken-agendas")
            yield Label(t("home.sessions"), classes="section")
            yield DataTable(id="sessions", cursor_type="row", zebra_stripes=True)
        yield KeyBar()

    def on_mount(self) -> None:
        """Fill the tables and focus the agendas."""
        self.title = t("home.title")
        agendas = self.query_one("#agendas", DataTable)
        agendas.add_columns(
            t("col.id"), t("col.title"), t("col.time"), t("col.steps"), t("col.source")
        )
        self.fill_agendas()
        self.show_sessions(self.sessions)
        agendas.focus()

    def fill_agendas(self) -> None:
        """One row per agenda, then one per broken user agenda file."""
        agendas = self.query_one("#agendas", DataTable)
        for agenda in self.library.agendas.values():
            source = t("source.builtin") if agenda.source == "builtin" else t("source.user")
            agendas.add_row(
                Text(agenda.id),
                Text(agenda.title),
                Text(duration_text(agenda.planned_minutes)),
                Text(str(len(agenda.steps))),
                Text(source),
                key=agenda.id,
            )
        for broken in self.library.broken:
            agendas.add_row(
                Text(broken.id),
                Text(t("home.broken_row"), style="bold red"),
                Text(""),
                Text(""),
                Text(t("source.user")),
                key=f"{BROKEN}{broken.path}",
            )

    def _broken_text(self) -> Text:
        """`Agendafiler med feil:` and one `PATH:LINE: message` per broken user agenda file."""
        text = Text(f"{t('home.broken')}:", style="bold red")
        for broken in self.library.broken:
            text.append(f"\n  {broken.problem}")
        return text

    def _choose_agenda(self, key: str) -> None:
        """Start a new session of the agenda, or say why a broken file cannot be used."""
        if key.startswith(BROKEN):
            path = key.removeprefix(BROKEN)
            problem = next(b.problem for b in self.library.broken if b.path == path)
            self.notify(str(problem), title=t("state.broken"), severity="error", markup=False)
            return
        self.post_message(self.AgendaChosen(key))

    def show_sessions(self, sessions: list[SessionInfo]) -> None:
        """Refill the session table."""
        self.sessions = sessions
        table = self.query_one("#sessions", DataTable)
        table.clear(columns=True)
        table.add_columns(
            t("col.id"), t("col.date"), t("col.agenda"), t("col.title"), t("col.state")
        )
        if not sessions:
            table.add_row(Text(t("home.no_sessions"), style="dim"), "", "", "", "")
        for info in sessions:
            state = t(f"state.{info.state}") if not info.broken else t("state.broken")
            table.add_row(
                Text(info.id),
                Text(str(info.date or "")),
                Text(info.agenda_id),
                Text(info.title),
                Text(state),
                key=info.id,
            )

    @on(DataTable.RowSelected, "#agendas")
    def agenda_chosen(self, event: DataTable.RowSelected) -> None:
        """Enter on an agenda: open the new-session dialog."""
        if event.row_key.value:
            self._choose_agenda(event.row_key.value)

    @on(DataTable.RowSelected, "#sessions")
    def session_chosen(self, event: DataTable.RowSelected) -> None:
        """Enter on a session: resume it."""
        if event.row_key.value:
            self.post_message(self.SessionChosen(event.row_key.value))

    def action_new_session(self) -> None:
        """n: new session for the highlighted agenda."""
        table = self.query_one("#agendas", DataTable)
        if table.row_count:
            key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
            if key:
                self._choose_agenda(key)

    def highlighted_session(self) -> str | None:
        """The id of the session under the cursor of the session table (None when empty)."""
        table = self.query_one("#sessions", DataTable)
        if not self.sessions:
            return None
        return table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value

    def action_resume(self) -> None:
        """r: resume the highlighted session."""
        key = self.highlighted_session()
        if key:
            self.post_message(self.SessionChosen(key))
