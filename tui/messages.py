"""Messages the app's worker threads post back to the event loop: what was loaded or saved.

Every read and write of the store runs in a `@work(thread=True)` method; the screens are
then built on the event loop from the data these messages carry. Messages are plain Message
subclasses with an `__init__`, as Textual writes its own (a dataclass costs 20 times as much
to define, paid at every start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from store.model import Session, SessionInfo, SummaryItem

if TYPE_CHECKING:
    from agendas.library import Library
    from store.opening import Opening
    from store.tiltak_register import Register


class HomeLoaded(Message):
    """The agenda library and the session list, for the Home screen."""

    def __init__(
        self, library: Library, sessions: list[SessionInfo], error: str | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.sessions = sessions
        self.error = error


class CandidatesListed(Message):
    """Sessions a new session of `agenda_id` may continue, for the new-session dialog."""

    def __init__(
        self, agenda_id: str, candidates: list[SessionInfo], factors: tuple[str, ...] = ()
    ) -> None:
        super().__init__()
        self.agenda_id = agenda_id
        self.candidates = candidates
        #: The poster factors the latest session of this agenda used (offered again).
        self.factors = factors


class SessionOpened(Message):
    """A session loaded (or just created), with what its Run screen shows at the start."""

    def __init__(self, opening: Opening) -> None:
        super().__init__()
        self.opening = opening


class StoreFailed(Message):
    """A load or create failed; `reason` is shown, Home is shown when nothing else is."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


class QuitChecked(Message):
    """The last flush before quitting: `unsaved` writes are left when it failed."""

    def __init__(self, unsaved: int, reason: str | None) -> None:
        super().__init__()
        self.unsaved = unsaved
        self.reason = reason


class FlushDone(Message):
    """The Run screen's queue was written (`error` None) or stopped at a failure."""

    def __init__(self, error: str | None, had_failed: bool) -> None:
        super().__init__()
        self.error = error
        self.had_failed = had_failed


class SummaryLoaded(Message):
    """The stored session and the summary items to consolidate (a draft when none is saved)."""

    def __init__(self, session: Session, items: tuple[SummaryItem, ...]) -> None:
        super().__init__()
        self.session = session
        self.items = items


class ExportFinished(Message):
    """An export was written to `path`, or failed for `reason`."""

    def __init__(self, path: str | None, reason: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.reason = reason


class RegisterRead(Message):
    """Every tiltak in the store, for the Tiltak screen."""

    def __init__(self, register: Register) -> None:
        super().__init__()
        self.register = register


class FollowUpsSaved(Message):
    """The Tiltak screen's queued follow-ups were written (`error`: why some are still queued)."""

    def __init__(self, saved: int, error: str | None = None) -> None:
        super().__init__()
        self.saved = saved
        self.error = error


class RoundsListed(Message):
    """The rounds of the meeting a new round is asked for: the meeting's title and their names."""

    def __init__(self, session_id: str, title: str, names: list[str]) -> None:
        super().__init__()
        self.session_id = session_id
        self.title = title
        self.names = names


class RoundStarted(Message):
    """A new round was created and opened for this app's seat."""

    def __init__(self, opening: Opening, name: str) -> None:
        super().__init__()
        self.opening = opening
        self.name = name
