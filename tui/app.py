"""The Plansje Textual app: owns the store, the agenda library and the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.app import App
from textual.binding import Binding

from store.chain import open_actions, session_chain
from store.errors import StoreError
from store.model import NoteStatus, Seat, Session, utc_now
from store.sessions import SessionStore
from tui.command_provider import MeetingCommands
from tui.i18n import t
from store.meeting import Meeting
from tui.screens.run import RunScreen
from tui.startup import release_gc

Clock = Callable[[], dt.datetime]

if TYPE_CHECKING:
    from agendas.library import Library
    from tui.screens.home import HomeScreen
    from tui.screens.new_session import NewSessionRequest

# Screens other than Run are imported where they are opened, so `plansje run` starts fast.


def previous_context(store: SessionStore, session: Session) -> list[str]:
    """The summary of the session this one follows, shown as context on every step."""
    if not session.follows:
        return []
    try:
        previous = store.load(session.follows)
    except StoreError:
        return []
    if previous.summary:
        items = sorted(previous.summary, key=lambda item: item.order)
        return [f"{item.topic}: {item.text}" if item.topic else item.text for item in items]
    return [note.text for note in previous.live_notes if note.kind.value == "utfordring"]


class PlansjeApp(App[None]):
    """Home, the new-session dialog and the Run screen over one session store."""

    CSS_PATH = "plansje.tcss"
    TITLE = "Plansje"
    COMMANDS = App.COMMANDS | {MeetingCommands}
    BINDINGS = [
        Binding("f1", "help", t("key.help")),
        Binding("ctrl+q", "quit", t("key.quit"), priority=True),
    ]

    def __init__(
        self,
        store: SessionStore,
        *,
        library: Library | None = None,
        clock: Clock = utc_now,
        session_id: str | None = None,
        seat: str = "facilitator",
    ) -> None:
        super().__init__()
        self.store = store
        self.library = library
        self.clock = clock
        self.initial_session = session_id
        self.seat = seat

    def on_mount(self) -> None:
        """Open the session asked for on the command line, else Home."""
        if self.initial_session:
            self.open_session(self.initial_session, start=self.seat == "facilitator")
        else:
            self.show_home()

    def on_ready(self) -> None:
        """The first frame is on screen: resume garbage collection paused at start-up."""
        release_gc()

    def show_home(self) -> None:
        """Push the Home screen with the agenda library and the session list."""
        if self.library is None:
            from agendas.library import load_library

            self.library = load_library()
        try:
            sessions = self.store.list_sessions()
        except StoreError as error:
            self.notify(t("error.store", reason=str(error)), severity="error", markup=False)
            sessions = []
        from tui.screens.home import HomeScreen

        self.push_screen(HomeScreen(self.library, sessions))

    def on_home_screen_agenda_chosen(self, event: HomeScreen.AgendaChosen) -> None:
        """Ask for the new session's details, offering sessions it may continue."""
        assert self.library is not None
        agenda = self.library.get(event.agenda_id)
        if agenda is None:
            return
        earlier = {a.id for a in self.library.followers(agenda.id)}
        try:
            candidates = [
                s for s in self.store.list_sessions() if s.agenda_id in earlier and not s.broken
            ]
        except StoreError:
            candidates = []
        today = self.clock().astimezone().date()
        from tui.screens.new_session import NewSessionDialog

        self.push_screen(NewSessionDialog(agenda, today, candidates), self._create)

    def _create(self, request: NewSessionRequest | None) -> None:
        """Create the session from the dialog and open it."""
        if request is None:
            return
        try:
            session = self.store.create_session(
                request.agenda,
                title=request.title,
                date=request.date,
                place=request.place,
                roles=request.roles,
                groups=request.groups,
                follows=request.follows,
            )
        except StoreError as error:
            self.notify(
                t("error.store", reason=str(error)), severity="error", timeout=10, markup=False
            )
            return
        self.open_session(session.id, start=True)

    def on_home_screen_session_chosen(self, event: HomeScreen.SessionChosen) -> None:
        """Reopen a session from Home."""
        self.open_session(event.session_id)

    def open_session(self, session_id: str, *, start: bool = False) -> None:
        """Load a session and show it on the Run screen (starting the clock when asked)."""
        try:
            session = self.store.load(session_id)
        except StoreError as error:
            self.notify(
                t("error.store", reason=str(error)), severity="error", timeout=10, markup=False
            )
            if not self.screen_stack or len(self.screen_stack) <= 1:
                self.show_home()
            return
        meeting = Meeting(self.store, session, self.clock)
        if self.seat == "show":
            from tui.screens.show import ShowScreen

            self.push_screen(ShowScreen(meeting))
            return
        if start:
            meeting.start()
        context = previous_context(self.store, session)
        seat = Seat.FACILITATOR if self.seat == "facilitator" else Seat.REFERENT
        screen = RunScreen(meeting, context, seat=seat)
        self.push_screen(screen)
        if start:
            screen.persist()
        if self.seat == "facilitator" and session.follows:
            self.review_open_actions(session)

    def review_open_actions(self, session: Session) -> None:
        """Open the review of earlier meetings' open tiltak, and store status changes."""
        actions = open_actions(session_chain(self.store, session))
        if not actions:
            return

        def save(changes: dict[str, tuple[str, NoteStatus]] | None) -> None:
            if changes:
                self.run_worker(lambda: self._save_statuses(changes), thread=True)

        from tui.screens.review import ReviewDialog

        self.push_screen(ReviewDialog(actions), save)

    def _save_statuses(self, changes: dict[str, tuple[str, NoteStatus]]) -> None:
        """Thread body: write each changed status to the session that owns the tiltak."""
        try:
            for note_id, (session_id, status) in changes.items():
                self.store.update_note(session_id, note_id, status=status)
        except StoreError as error:
            self.call_from_thread(
                self.notify, t("error.store", reason=str(error)), severity="error", markup=False
            )
            return
        self.call_from_thread(self.notify, t("review.saved", count=len(changes)), markup=False)

    async def action_quit(self) -> None:
        """Quit, but first write what is still queued; ask before dropping unsaved notes."""
        for screen in self.screen_stack:
            if isinstance(screen, RunScreen) and screen.meeting.pending:
                try:
                    screen.meeting.flush()
                except StoreError as error:
                    question = t("quit.unsaved", count=screen.meeting.pending, reason=str(error))

                    def decide(yes: bool | None) -> None:
                        if yes:
                            self.exit()

                    from tui.screens.dialogs import ConfirmDialog

                    self.push_screen(ConfirmDialog(question, t("quit.anyway")), decide)
                    return
        self.exit()

    def action_help(self) -> None:
        """F1: every binding of the current screen and the app."""
        from tui.screens.help import HelpScreen
        from tui.widgets.note_list import NoteList

        if isinstance(self.screen, HelpScreen):
            return
        groups = [(self.screen.title or "Plansje", list(self.screen.BINDINGS))]
        if isinstance(self.screen, RunScreen):
            groups.append((t("run.notes"), list(NoteList.BINDINGS)))
        groups.append(("Plansje", list(self.BINDINGS)))
        self.push_screen(HelpScreen(groups))
