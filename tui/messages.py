"""Messages the app's worker threads post back to the event loop: what was loaded or saved.

Every read and write of the store runs in a `@work(thread=True)` method; the screens are
then built on the event loop from the data these messages carry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from store.model import Session, SessionInfo, SummaryItem

if TYPE_CHECKING:
    from agendas.library import Library
    from store.opening import Opening
    from store.tiltak_register import Register


@dataclass
class HomeLoaded(Message):
    """The agenda library and the session list, for the Home screen."""

    library: Library
    sessions: list[SessionInfo]
    error: str | None = None


@dataclass
class CandidatesListed(Message):
    """Sessions a new session of `agenda_id` may continue, for the new-session dialog."""

    agenda_id: str
    candidates: list[SessionInfo]
    #: The poster factors the latest session of this agenda used (offered again).
    factors: tuple[str, ...] = ()


@dataclass
class SessionOpened(Message):
    """A session loaded (or just created), with what its Run screen shows at the start."""

    opening: Opening


@dataclass
class StoreFailed(Message):
    """A load or create failed; `reason` is shown, Home is shown when nothing else is."""

    reason: str


@dataclass
class QuitChecked(Message):
    """The last flush before quitting: `unsaved` writes are left when it failed."""

    unsaved: int
    reason: str | None


@dataclass
class FlushDone(Message):
    """The Run screen's queue was written (`error` None) or stopped at a failure."""

    error: str | None
    had_failed: bool


@dataclass
class SummaryLoaded(Message):
    """The stored session and the summary items to consolidate (a draft when none is saved)."""

    session: Session
    items: tuple[SummaryItem, ...]


@dataclass
class ExportFinished(Message):
    """An export was written to `path`, or failed for `reason`."""

    path: str | None
    reason: str | None = None


@dataclass
class RegisterRead(Message):
    """Every tiltak in the store, for the Tiltak screen."""

    register: Register


@dataclass
class FollowUpsSaved(Message):
    """The Tiltak screen's queued follow-ups were written (`error`: why some are still queued)."""

    saved: int
    error: str | None = None


@dataclass
class RoundsListed(Message):
    """The rounds of the meeting a new round is asked for: the meeting's title and their names."""

    session_id: str
    title: str
    names: list[str]


@dataclass
class RoundStarted(Message):
    """A new round was created and opened for this app's seat."""

    opening: Opening
    name: str
