"""The Plansje Textual app: owns the store, the agenda library and the clock. Screens other
than Run are imported where they are opened, so `plansje run` starts fast."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.binding import Binding

from store.clock import local_date, local_zone
from store.errors import StoreError
from store.meeting import Meeting
from store.model import Note, Seat, Session, utc_now
from store.opening import Opening, open_meeting
from store.seat_lease import SeatLease
from store.session_factors import inherited_factors, last_factors
from store.sessions import SessionStore
from tui.command_provider import MeetingCommands
from tui.i18n import t
from tui.library_host import LibraryHost
from tui.messages import (
    CandidatesListed,
    HomeLoaded,
    QuitChecked,
    RoundsListed,
    RoundStarted,
    SessionOpened,
    StoreFailed,
)
from tui.round_flow import RoundFlow
from tui.screens.run import RunScreen
from tui.startup import release_gc

Clock = Callable[[], dt.datetime]

if TYPE_CHECKING:
    from agendas.library import Library
    from tui.screens.home import HomeScreen
    from tui.screens.new_session import NewSessionRequest


class PlansjeApp(LibraryHost, App[None]):
    """Home, the new-session dialog and the Run screen over one session store."""

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
        opening: Opening | None = None,
        room_host: str | None = None,
    ) -> None:
        super().__init__()
        #: Open the group seats on this address when the Run screen starts (`run --room`).
        self.room_host = room_host
        self.store = store
        self.library = library
        self.clock = clock
        self.initial_session = session_id
        self.seat = seat
        #: A session the command line has opened already, shown first (no loading step).
        self.opening = opening
        #: The facilitator's seats this app holds (the Run screen closes only with the app).
        self.leases: list[SeatLease] = []
        self.rounds = RoundFlow(self)

    def on_mount(self) -> None:
        """Show the session the command line opened, or open the one asked for, else Home."""
        if self.opening is not None:
            self.show_opening(self.opening)
        elif self.initial_session:
            self.open_session(self.initial_session, start=self.seat == "facilitator")
        else:
            self.show_home()

    def on_ready(self) -> None:
        """The first frame is on screen: resume garbage collection paused at start-up."""
        release_gc()

    # -- Home and the new-session dialog --------------------------------------------------
    @work(thread=True, group="load")
    def show_home(self) -> None:
        """Thread: read the agenda library and the session list, then show Home."""
        if self.library is None:
            from agendas.library import load_library

            self.library = load_library()
        try:
            self.post_message(HomeLoaded(self.library, self.store.list_sessions()))
        except StoreError as error:
            self.post_message(HomeLoaded(self.library, [], str(error)))

    def on_home_loaded(self, message: HomeLoaded) -> None:
        """Push the Home screen with the agenda library and the session list."""
        if message.error is not None:
            self.notify(t("error.store", reason=message.error), severity="error", markup=False)
        from tui.screens.home import HomeScreen

        self.push_screen(HomeScreen(message.library, message.sessions))

    @work(thread=True, group="load")
    def on_home_screen_agenda_chosen(self, event: HomeScreen.AgendaChosen) -> None:
        """Thread: list the sessions a new session of this agenda may continue."""
        assert self.library is not None
        earlier = {a.id for a in self.library.followers(event.agenda_id)}
        try:
            sessions = self.store.list_sessions()
        except StoreError:
            sessions = []
        candidates = [s for s in sessions if s.agenda_id in earlier and not s.broken]
        factors = last_factors(self.store, sessions, event.agenda_id)
        self.post_message(CandidatesListed(event.agenda_id, candidates, factors))

    def on_candidates_listed(self, message: CandidatesListed) -> None:
        """Ask for the new session's details, offering sessions it may continue."""
        assert self.library is not None
        agenda = self.library.get(message.agenda_id)
        if agenda is None:
            return
        today = local_date(self.clock(), local_zone())
        from tui.screens.new_session import NewSessionDialog

        dialog = NewSessionDialog(agenda, today, message.candidates, factors=message.factors)
        self.push_screen(dialog, self._create)

    def _create(self, request: NewSessionRequest | None) -> None:
        """The dialog closed: create the session (in a thread) when it was filled in."""
        if request is not None:
            self._create_session(request)

    @work(thread=True, group="load")
    def _create_session(self, request: NewSessionRequest) -> None:
        """Thread: create the session from the dialog, then open it."""
        try:
            session = self.store.create_session(
                request.agenda,
                title=request.title,
                date=request.date,
                place=request.place,
                roles=request.roles,
                groups=request.groups,
                follows=request.follows,
                factors=request.factors or inherited_factors(self.store, request.follows),
            )
        except StoreError as error:
            self.post_message(StoreFailed(str(error)))
            return
        self._load(session.id, True)

    def action_new_round(self) -> None:
        """A new round of the meeting on the Run screen, or of the session chosen on Home."""
        self.rounds.ask_for(self.screen)

    def on_rounds_listed(self, message: RoundsListed) -> None:
        """Ask for the new round's name."""
        self.rounds.listed(message)

    def on_round_started(self, message: RoundStarted) -> None:
        """Open the new round."""
        self.rounds.started(message)

    def action_tiltak(self) -> None:
        """t on Home: every tiltak of every meeting, to follow up."""
        from tui.screens.tiltak import TiltakScreen

        self.push_screen(TiltakScreen(self.store, self.clock))

    def on_home_screen_session_chosen(self, event: HomeScreen.SessionChosen) -> None:
        """Reopen a session from Home."""
        self.open_session(event.session_id)

    # -- opening a session -----------------------------------------------------------------
    @work(thread=True, group="load")
    def open_session(self, session_id: str, *, start: bool = False) -> None:
        """Thread: load a session; the Run screen is built when SessionOpened arrives."""
        self._load(session_id, start)

    def _load(self, session_id: str, start: bool) -> None:
        """Thread body: open the session for this app's seat and post it (or why it failed)."""
        try:
            opening = open_meeting(self.store, session_id, self.seat, start)
        except StoreError as error:
            self.post_message(StoreFailed(str(error)))
            return
        self.post_message(SessionOpened(opening))

    def on_store_failed(self, message: StoreFailed) -> None:
        """Say why; show Home when there is nothing else to show."""
        self.notify(
            t("error.store", reason=message.reason), severity="error", timeout=10, markup=False
        )
        if len(self.screen_stack) <= 1:
            self.show_home()

    def on_session_opened(self, message: SessionOpened) -> None:
        """A worker opened a session: show it."""
        self.show_opening(message.opening)

    def show_opening(self, opening: Opening) -> None:
        """Show the session on the Run screen (or the room view), starting the clock if asked."""
        meeting = Meeting(self.store, opening.session, self.clock)
        if opening.seat == "show":
            from tui.screens.show import ShowScreen

            self.push_screen(ShowScreen(meeting))
            return
        if opening.start:
            meeting.start()
        seat = Seat.FACILITATOR if opening.seat == "facilitator" else Seat.REFERENT
        screen = RunScreen(meeting, opening.context, seat=seat)
        screen.seat_note = t("seat.header") if opening.seat_taken else ""
        if opening.lease is not None:
            self.leases.append(opening.lease)
        self.push_screen(screen)
        if opening.seat_taken:
            text = t("seat.taken", id=opening.session.id)
            self.notify(text, severity="warning", timeout=15, markup=False)
        if opening.start:
            screen.persist()
        if opening.actions:
            self.review_open_actions(screen, opening.actions)

    def review_open_actions(self, screen: RunScreen, actions: list[tuple[Session, Note]]) -> None:
        """Open the review of earlier meetings' open tiltak; their follow-ups join the queue."""
        from tui.screens.review import FollowUps, ReviewDialog

        def save(changes: FollowUps | None) -> None:
            if changes:
                for note_id, (session_id, fields) in changes.items():
                    screen.meeting.follow_up(session_id, note_id, fields)
                screen.persist()
                self.notify(t("review.saved", count=len(changes)), markup=False)

        today = local_date(self.clock(), local_zone())
        self.push_screen(ReviewDialog(actions, today), save)

    # -- quitting --------------------------------------------------------------------------
    def on_unmount(self) -> None:
        """The app closes: free every facilitator seat it holds (a crash frees them too)."""
        for lease in self.leases:
            lease.release()
        self.leases.clear()

    async def action_quit(self) -> None:
        """Quit, but first write what is still queued; ask before dropping unsaved notes."""
        self._flush_before_quit()

    @work(thread=True, group="quit", exclusive=True)
    def _flush_before_quit(self) -> None:
        """Thread: write every Run screen's queue; report what is left."""
        for screen in self.screen_stack:
            if isinstance(screen, RunScreen) and screen.meeting.pending:
                try:
                    screen.meeting.flush()
                except StoreError as error:
                    self.post_message(QuitChecked(screen.meeting.pending, str(error)))
                    return
        self.post_message(QuitChecked(0, None))

    def on_quit_checked(self, message: QuitChecked) -> None:
        """Exit when everything is saved; otherwise ask before dropping it."""
        if message.reason is None:
            self.exit()
            return

        def decide(yes: bool | None) -> None:
            if yes:
                self.exit()

        from tui.screens.dialogs import ConfirmDialog

        question = t("quit.unsaved", count=message.unsaved, reason=message.reason)
        self.push_screen(ConfirmDialog(question, t("quit.anyway")), decide)

    def action_help(self) -> None:
        """F1: every binding of the current screen and the app."""
        from tui.screens.help import help_for

        shown = help_for(self.screen, list(self.BINDINGS))
        if shown is not None:
            self.push_screen(shown)

    def action_hold_end(self) -> None:
        """Ctrl+O on the Run screen: hold the planned end after an overrun."""
        if isinstance(self.screen, RunScreen):
            self.screen.steps.hold_end()
