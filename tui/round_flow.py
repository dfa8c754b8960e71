"""Starting a new round of a meeting (evening, night shift) from Home or the Run screen: ask
its name, create it in a thread, then open it in place of the round before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.clock import local_date, local_zone
from store.errors import StoreError
from store.opening import open_meeting
from store.rounds import round_label, rounds_of, start_round
from tui.i18n import t
from tui.messages import RoundsListed, RoundStarted, StoreFailed

if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.app import PlansjeApp


class RoundFlow:
    """The app's helper for new rounds; its threads post messages the app hands back here."""

    def __init__(self, app: PlansjeApp) -> None:
        self.app = app

    def ask_for(self, screen: Screen[object]) -> None:
        """Ask for a new round of the Run screen's meeting, or of the session chosen on Home."""
        from tui.screens.home import HomeScreen
        from tui.screens.run import RunScreen

        session_id = None
        if isinstance(screen, RunScreen):
            session_id = screen.meeting.session.id
        elif isinstance(screen, HomeScreen):
            session_id = screen.highlighted_session()
        if session_id:
            self.ask(session_id)

    def ask(self, session_id: str) -> None:
        """Read the meeting's rounds in a thread, then ask for the new round's name."""
        self.app.run_worker(lambda: self._list(session_id), thread=True, group="round")

    def _list(self, session_id: str) -> None:
        store = self.app.store
        try:
            session = store.load(session_id)
            names = [round_label(r, t("round.first")) for r in rounds_of(store, session)]
        except StoreError as error:
            self.app.post_message(StoreFailed(str(error)))
            return
        self.app.post_message(RoundsListed(session.id, session.title, names))

    def listed(self, message: RoundsListed) -> None:
        """Ask for the name; a name starts the round."""
        from tui.screens.round_dialog import RoundDialog

        def named(name: str | None) -> None:
            if name:
                work = lambda: self._start(message.session_id, name)  # noqa: E731
                self.app.run_worker(work, thread=True, group="round")

        self.app.push_screen(RoundDialog(message.title, message.names), named)

    def _start(self, session_id: str, name: str) -> None:
        """Thread: save what the open round still has queued, create the round and open it."""
        from tui.screens.run import RunScreen

        app = self.app
        try:
            if isinstance(app.screen, RunScreen):
                app.screen.meeting.flush()
            today = local_date(app.clock(), local_zone())
            new = start_round(app.store, session_id, name, today)
            opening = open_meeting(app.store, new.id, app.seat, start=app.seat == "facilitator")
        except StoreError as error:
            app.post_message(StoreFailed(str(error)))
            return
        app.post_message(RoundStarted(opening, name))

    def started(self, message: RoundStarted) -> None:
        """Show the new round in place of the round before it."""
        from tui.screens.run import RunScreen

        self.app.show_opening(message.opening, replace=isinstance(self.app.screen, RunScreen))
        self.app.notify(t("round.started", name=message.name), markup=False)
