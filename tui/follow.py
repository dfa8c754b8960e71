"""Follow a session another seat writes to: a cheap change check, then a fresh load."""

from __future__ import annotations

from collections.abc import Callable

from textual.widget import Widget

from store.errors import StoreError
from store.meeting import Meeting
from store.model import Session


class SessionFollower:
    """Polls the store's change token (a stat, no parse) and loads the session when it moved."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self._seen: object = self._token()
        self._busy = False

    def _token(self) -> object:
        """The session's current change token, or None when the store cannot be read."""
        try:
            return self.meeting.store.change_token(self.meeting.session.id)
        except StoreError:
            return None

    def changed(self) -> bool:
        """True when the session changed since the last load (our own saves included)."""
        return self._token() != self._seen

    def load(self) -> Session | None:
        """Load the session; remember the token read before loading so no change is missed."""
        token = self._token()
        try:
            session = self.meeting.store.load(self.meeting.session.id)
        except StoreError:
            return None
        self._seen = token
        return session

    def poll(self, widget: Widget, apply: Callable[[Session], None]) -> None:
        """Check for changes in a worker thread (a slow disk never stalls the event loop);
        `apply` then gets the fresh session on the event loop. One check at a time."""
        if self._busy:
            return
        self._busy = True

        def check() -> None:
            try:
                session = self.load() if self.changed() else None
            finally:
                self._busy = False
            if session is not None:
                widget.app.call_from_thread(apply, session)

        widget.run_worker(check, thread=True, group="follow")
