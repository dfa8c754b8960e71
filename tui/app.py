"""The Plansje Textual app: owns the store, the agenda library and the clock. Screens other
than Run are imported where they are opened, so `plansje run` starts fast."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.screen import Screen

from store.clock import local_date, local_zone
from store.errors import StoreError
from store.meeting import Meeting
from store.model import Note, Seat, Session, utc_now
from store.opening import Opening, open_meeting
from store.seat_lease import SeatLease
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
from tui.new_session_flow import NewSessionFlow
from tui.round_flow import RoundFlow
from tui.screens.run import RunScreen
from tui.startup import release_gc

Clock = Callable[[], dt.datetime]

if TYPE_CHECKING:
    from agendas.library import Library
    from tui.screens.home import HomeScreen


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
        self.new_sessions = NewSessionFlow(self)
        #: The screen of the session the command line opened, built here so that its
        #: stylesheet is read with the app's: Textual reads the CSS_PATH of a screen it
        #: pushes, not of the default screen.
        self.first_screen = None if opening is None else self._screen_for(opening)
        if self.first_screen is not None:
            self.css_path = [*self.css_path, *self.first_screen.css_path]

    def get_default_screen(self) -> Screen[Any]:
        """The session the command line opened is the first screen (no blank one beneath it
        to lay out and repaint); otherwise Textual's blank screen, until Home or a session."""
        if self.first_screen is None:
            return super().get_default_screen()
        return self.first_screen

    def on_mount(self) -> None:
        """Start the session the command line opened, or open the one asked for, else Home."""
        if self.opening is not None:
            self._opened(self.opening, self.screen)
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

    def on_home_screen_agenda_chosen(self, event: HomeScreen.AgendaChosen) -> None:
        """An agenda was chosen on Home: ask for the new session's details."""
        self.new_sessions.agenda_chosen(event.agenda_id)

    def on_candidates_listed(self, message: CandidatesListed) -> None:
        """Ask for the new session's details, offering sessions it may continue."""
        self.new_sessions.listed(message)

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
        self.load_session(session_id, start)

    def load_session(self, session_id: str, start: bool) -> None:
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
        if type(self.screen) is Screen:  # Textual's blank first screen: nothing else to show
            self.show_home()

    def on_session_opened(self, message: SessionOpened) -> None:
        """A worker opened a session: show it."""
        self.show_opening(message.opening)

    def show_opening(self, opening: Opening, *, replace: bool = False) -> None:
        """Show the session on the Run screen (or the room view), starting the clock if asked;
        `replace`: in place of the current screen (the next round of a meeting)."""
        screen = self._screen_for(opening)
        if replace:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        self._opened(opening, screen)

    def _screen_for(self, opening: Opening) -> Screen[Any]:
        """The Run screen (or the room view) for an opened session, its clock started if asked."""
        meeting = Meeting(self.store, opening.session, self.clock)
        if opening.seat == "show":
            from tui.screens.show import ShowScreen

            return ShowScreen(meeting)
        if opening.start:
            meeting.start()
        seat = Seat.FACILITATOR if opening.seat == "facilitator" else Seat.REFERENT
        screen = RunScreen(meeting, opening.context, seat=seat)
        screen.seat_note = t("seat.header") if opening.seat_taken else ""
        return screen

    def _opened(self, opening: Opening, screen: Screen[Any]) -> None:
        """The session's screen is up: hold its seat, save its start, review open tiltak."""
        if not isinstance(screen, RunScreen):
            return
        if opening.lease is not None:
            self.leases.append(opening.lease)
        if opening.seat_taken:
            text = t("seat.taken", id=opening.session.id)
            self.notify(text, severity="warning", timeout=15, markup=False)
        if screen.meeting.pending:  # the start, unless the session was created started
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
