"""The session records: a meeting's frozen agenda, roles, event log, notes, summary and plan.

All records are frozen dataclasses; timestamps are aware (stored as UTC; a plan entry's start
keeps its zone). Notes belong to a group or the plenum (``group=None``), never to a person.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Literal, get_args

from agendas.model import Agenda, IgloLevel, NoteKind
from store.clock import LEGACY_ZONE
from store.errors import InvalidInput
from store.tiltak_status import Effect as Effect
from store.tiltak_status import FollowUp as FollowUp
from store.tiltak_status import NoteStatus as NoteStatus
from store.tiltak_status import status_from_text

if TYPE_CHECKING:
    from store.timing import MeetingState, MeetingTiming


def require_aware(value: dt.datetime, what: str) -> None:
    """Raise ValueError when a datetime has no timezone (the store only keeps aware times)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got {value!r}")


def utc_now() -> dt.datetime:
    """The current wall-clock time in UTC (the default clock; tests pass their own times)."""
    return dt.datetime.now(dt.UTC)


def new_note_id() -> str:
    """A fresh, globally unique note id, made by the caller so that a retried save is idempotent."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class Roles:
    """The meeting's roles; the names are optional (and only kept when names_recorded)."""

    moteleder: str | None = None
    referent: str | None = None


class Seat(StrEnum):
    """A seat at the meeting that can hold control of the steps and the timer."""

    FACILITATOR = "facilitator"
    REFERENT = "referent"


class EventType(StrEnum):
    """What happened to the meeting's clock (or to who controls it)."""

    STARTED = "started"
    STEP_ENTERED = "step_entered"
    PAUSED = "paused"
    RESUMED = "resumed"
    TIME_ADDED = "time_added"
    ROUND_SWITCHED = "round_switched"
    ENDED = "ended"
    CONTROL_GIVEN = "control_given"
    #: The facilitator re-planned a later step (minutes: the change, negative to shorten it).
    REPLANNED = "replanned"


@dataclass(frozen=True, slots=True)
class Event:
    """One entry of a meeting's append-only time log, with its wall-clock time."""

    type: EventType
    at: dt.datetime
    step: int | None = None
    minutes: int | None = None
    round: int | None = None
    seat: Seat | None = None

    def __post_init__(self) -> None:
        require_aware(self.at, "Event.at")


def event_problem(event: Event, steps: int) -> str | None:
    """Why an event cannot go into the log of an agenda with ``steps`` steps (None: it can)."""
    if event.step is not None and not 0 <= event.step < steps:
        return f"step {event.step} is outside the agenda's {steps} steps"
    if event.type in (EventType.TIME_ADDED, EventType.REPLANNED) and event.minutes is None:
        return f"a {event.type.value} event needs minutes"
    if event.type is EventType.REPLANNED and event.step is None:
        return "a replanned event needs a step"
    if event.type is EventType.ROUND_SWITCHED and event.round is None:
        return "a round_switched event needs a round"
    if (event.type is EventType.CONTROL_GIVEN) != (event.seat is not None):
        return "a seat belongs on a control_given event, and only there"
    return None


@dataclass(frozen=True, slots=True)
class Note:
    """One note of a meeting: its kind, text, step and group (None = plenum), plus tiltak fields."""

    id: str
    kind: NoteKind
    text: str
    step: int
    group: int | None
    created: dt.datetime
    edited: dt.datetime | None = None
    deleted: bool = False
    iglo: IgloLevel | None = None
    ansvarlig: str = ""
    ressurser: str = ""
    frist: dt.date | None = None
    status: NoteStatus = NoteStatus.IKKE_STARTET
    rank: int | None = None
    effect: Effect | None = None
    effect_note: str = ""
    review_on: dt.date | None = None
    history: tuple[FollowUp, ...] = ()
    #: The round it was written in, in a view of several rounds (store.rounds); never stored.
    round_name: str = ""
    #: The poster factor (segment) the note belongs to; "" for none («Andre utfordringer»).
    factor: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            raise ValueError("Note.id must not be empty")
        require_aware(self.created, "Note.created")
        if self.edited is not None:
            require_aware(self.edited, "Note.edited")


#: The note fields ``SessionStore.update_note`` may change.
EDITABLE_NOTE_FIELDS = frozenset(
    {"kind", "text", "step", "group", "iglo", "ansvarlig", "ressurser", "frist", "status", "rank"}
    | {"effect", "effect_note", "review_on", "factor"}
)


@dataclass(frozen=True, slots=True)
class SummaryItem:
    """One entry of the facilitator's consolidated summary; sources are the merged note ids."""

    text: str
    topic: str = ""
    order: int = 0
    sources: tuple[str, ...] = ()


#: The two kinds of plan entry: a workshop with the staff, or the HMS group's planning meeting.
EntryKind = Literal["verksted", "planleggingsmøte"]


@dataclass(frozen=True, slots=True)
class PlanEntry:
    """One dated activity of the progress plan: what, when (aware), who leads, how long."""

    what: str
    start: dt.datetime
    leader: str = ""
    kind: EntryKind = "verksted"
    minutes: int = 60

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError(f"PlanEntry.start must be timezone-aware, got {self.start!r}")
        if self.kind not in get_args(EntryKind):
            raise ValueError(f"PlanEntry.kind must be one of {get_args(EntryKind)}")
        if self.minutes <= 0:
            raise ValueError("PlanEntry.minutes must be positive")

    @property
    def end(self) -> dt.datetime:
        """When the activity ends: start plus its minutes."""
        return self.start + dt.timedelta(minutes=self.minutes)


@dataclass(frozen=True, slots=True)
class Session:
    """One meeting: its frozen agenda, roles, event log, notes, summary and progress plan;
    `zone` is the IANA zone it was held in (store.clock), whose clock times its minutes show."""

    id: str
    agenda: Agenda
    title: str
    date: dt.date
    place: str
    roles: Roles
    groups: int
    follows: str | None
    events: tuple[Event, ...]
    notes: tuple[Note, ...]
    summary: tuple[SummaryItem, ...]
    created: dt.datetime
    names_recorded: bool = False
    plan: tuple[PlanEntry, ...] = ()
    zone: str = LEGACY_ZONE
    #: What each seat had typed but not entered yet, as (seat, text) pairs (see save_draft).
    drafts: tuple[tuple[str, str], ...] = ()
    #: A later round of one meeting (day, evening, night shift) names its first round's id.
    round_of: str | None = None
    round_name: str = ""
    #: In a view of several rounds (store.rounds.merged_rounds): their names, in order.
    rounds: tuple[str, ...] = ()
    #: The poster's factors (segments) for this meeting, as the facilitator named them.
    factors: tuple[str, ...] = ()
    #: The ticked items of the before and after checklists, as keys (store.checklists).
    checked: tuple[str, ...] = ()

    @property
    def live_notes(self) -> tuple[Note, ...]:
        """The notes that are not deleted, in the order they were created."""
        return tuple(note for note in self.notes if not note.deleted)

    def notes_for_step(self, step: int) -> tuple[Note, ...]:
        """The live notes of one step, from every group and the plenum."""
        return tuple(note for note in self.live_notes if note.step == step)

    def notes_for_group(self, step: int, group: int | None) -> tuple[Note, ...]:
        """The live notes of one step from one group (None = plenum)."""
        return tuple(note for note in self.notes_for_step(step) if note.group == group)

    def note(self, note_id: str) -> Note:
        """The note with this id (deleted ones too); raises KeyError when there is none."""
        for note in self.notes:
            if note.id == note_id:
                return note
        raise KeyError(note_id)

    @property
    def state(self) -> MeetingState:
        """ "new", "running", "paused" or "ended", derived from the event log alone."""
        from store.timing import meeting_state

        return meeting_state(self.events, len(self.agenda.steps))

    def timing(self, now: dt.datetime) -> MeetingTiming:
        """The meeting's derived timing at ``now`` (see store.timing.meeting_timing)."""
        from store.timing import meeting_timing

        return meeting_timing(self.agenda, self.events, now)


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """One line of the session list: enough to pick a session without loading it."""

    id: str
    date: dt.date | None
    agenda_id: str
    title: str
    state: str
    follows: str | None = None
    created: dt.datetime | None = None
    error: str | None = field(default=None, compare=False)
    round_of: str | None = None
    round_name: str = ""

    @property
    def broken(self) -> bool:
        """True when the session file could not be read (state is then "broken")."""
        return self.error is not None


def note_changes(changes: dict[str, Any]) -> dict[str, Any]:
    """Checked note-field changes for SessionStore.update_note, strings coerced to enums/dates."""
    unknown = set(changes) - EDITABLE_NOTE_FIELDS
    if unknown:
        raise InvalidInput(f"cannot change note field(s): {', '.join(sorted(unknown))}")
    result = dict(changes)
    try:
        if "kind" in result:
            result["kind"] = NoteKind(result["kind"])
        if result.get("iglo") is not None:
            result["iglo"] = IgloLevel(result["iglo"])
        if "status" in result:
            result["status"] = status_from_text(str(result["status"]))
        if result.get("effect") is not None:
            result["effect"] = Effect(result["effect"])
        for name in ("frist", "review_on"):
            if isinstance(result.get(name), str):
                result[name] = dt.date.fromisoformat(result[name])
    except ValueError as error:
        raise InvalidInput(str(error)) from error
    return result


def place_problem(step: int, group: int | None, steps: int) -> str | None:
    """Why a note cannot sit at this step and group of an agenda of ``steps`` (None: it can)."""
    if not 0 <= step < steps:
        return f"step {step} is outside the agenda's {steps} steps"
    if group is not None and group < 1:
        return f"group must be None (plenum) or at least 1, not {group}"
    return None
