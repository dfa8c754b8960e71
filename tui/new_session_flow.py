"""A new session from Home: list the meetings it may continue, ask for its details, create it
in a thread and open it on the Run screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from store.clock import local_date, local_zone
from store.errors import StoreError
from store.session_factors import inherited_factors, last_factors
from tui.messages import CandidatesListed, StoreFailed

if TYPE_CHECKING:
    from tui.app import PlansjeApp
    from tui.screens.new_session import NewSessionRequest


class NewSessionFlow:
    """The app's helper for new sessions; its threads post messages the app hands back here."""

    def __init__(self, app: PlansjeApp) -> None:
        self.app = app

    def agenda_chosen(self, agenda_id: str) -> None:
        """An agenda was chosen on Home: list the sessions it may continue, in a thread."""
        self.app.run_worker(lambda: self._list(agenda_id), thread=True, group="load")

    def _list(self, agenda_id: str) -> None:
        app = self.app
        assert app.library is not None
        earlier = {a.id for a in app.library.followers(agenda_id)}
        try:
            sessions = app.store.list_sessions()
        except StoreError:
            sessions = []
        candidates = [s for s in sessions if s.agenda_id in earlier and not s.broken]
        factors = last_factors(app.store, sessions, agenda_id)
        app.post_message(CandidatesListed(agenda_id, candidates, factors))

    def listed(self, message: CandidatesListed) -> None:
        """Ask for the new session's details, offering sessions it may continue."""
        app = self.app
        assert app.library is not None
        agenda = app.library.get(message.agenda_id)
        if agenda is None:
            return
        today = local_date(app.clock(), local_zone())
        from tui.screens.new_session import NewSessionDialog

        dialog = NewSessionDialog(agenda, today, message.candidates, factors=message.factors)
        app.push_screen(dialog, self._create)

    def _create(self, request: NewSessionRequest | None) -> None:
        """The dialog closed: create the session (in a thread) when it was filled in."""
        if request is not None:
            self.app.run_worker(lambda: self._write(request), thread=True, group="load")

    def _write(self, request: NewSessionRequest) -> None:
        """Thread: create the session from the dialog, then open it."""
        app = self.app
        try:
            session = app.store.create_session(
                request.agenda,
                title=request.title,
                date=request.date,
                place=request.place,
                roles=request.roles,
                groups=request.groups,
                follows=request.follows,
                factors=request.factors or inherited_factors(app.store, request.follows),
            )
        except StoreError as error:
            app.post_message(StoreFailed(str(error)))
            return
        app.load_session(session.id, True)
