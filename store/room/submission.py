"""A note from a phone: the checked fields of its JSON, and the Note it becomes.

Everything a phone sends is checked here before anything is stored: the kind must be one the
step collects, the group one the meeting has, the factor (a challenge's poster segment) one of
the meeting's, the text non-empty and at most MAX_TEXT_BYTES.
A refusal names its reason (a language key) and never stores half a note.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

from agendas.model import IgloLevel, NoteKind, Step
from store.factors import meeting_factors
from store.model import Note, Session, new_note_id

MAX_TEXT_BYTES = 2048
"""A note's text at most (UTF-8); longer is refused as too large (413)."""
MAX_FIELD_CHARS = 200
"""The tiltak's ansvarlig and ressurser at most."""
NOTE_ID = re.compile(r"[0-9a-f]{32}")
"""A note id made by the phone (so that a retried post is stored once)."""


class Refusal(StrEnum):
    """Why a request was refused; the value is its language key (`room.refused.*`)."""

    BAD_JSON = "room.refused.bad_json"
    BAD_FIELD = "room.refused.bad_field"
    EMPTY = "room.refused.empty"
    TOO_LARGE = "room.refused.too_large"
    KIND = "room.refused.kind"
    FACTOR = "room.refused.factor"
    GROUP = "room.refused.group"
    NO_STEP = "room.refused.no_step"
    ENDED = "room.refused.ended"
    TOKEN = "room.refused.token"
    CSRF = "room.refused.csrf"
    CODE = "room.refused.code"
    TOO_MANY = "room.refused.too_many"
    NOT_FOUND = "room.refused.not_found"
    METHOD = "room.refused.method"
    NO_VOTE = "room.refused.no_vote"
    VOTE_CLOSED = "room.refused.vote_closed"
    VOTE_NOTE = "room.refused.vote_note"
    VOTE_OVER = "room.refused.vote_over"


class Refused(Exception):
    """A request the room will not carry out, with the reason and the field at fault."""

    def __init__(self, reason: Refusal, field: str = "") -> None:
        super().__init__(reason.value, field)
        self.reason = reason
        self.field = field


def step_kinds(step: Step) -> tuple[NoteKind, ...]:
    """The kinds a phone may add at this step: those it collects, else plain notes."""
    kinds = tuple(dict.fromkeys(target.kind for target in step.targets))
    return kinds or (NoteKind.NOTAT,)


def phone_factors(session: Session, step: Step) -> tuple[str, ...]:
    """The poster factors a phone may file a note under at this step: the meeting's, where
    the step collects challenges (each factor is a segment of the poster); else none."""
    return meeting_factors(session) if NoteKind.UTFORDRING in step_kinds(step) else ()


def read_group(value: object, groups: int) -> int:
    """A group number the meeting has (1..groups), from a query or a JSON field."""
    try:
        number = int(str(value))
    except ValueError:
        raise Refused(Refusal.GROUP, "group") from None
    if not 1 <= number <= groups:
        raise Refused(Refusal.GROUP, "group")
    return number


def _text(data: dict[str, object], name: str, limit: int, *, required: bool = False) -> str:
    value = data.get(name, "")
    if not isinstance(value, str):
        raise Refused(Refusal.BAD_FIELD, name)
    value = " ".join(value.split())
    if required and not value:
        raise Refused(Refusal.EMPTY, name)
    if len(value.encode()) > limit:
        raise Refused(Refusal.TOO_LARGE, name)
    return value


def _frist(value: object) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise Refused(Refusal.BAD_FIELD, "frist") from None


def _iglo(value: object) -> IgloLevel | None:
    if value in (None, ""):
        return None
    try:
        return IgloLevel(str(value))
    except ValueError:
        raise Refused(Refusal.BAD_FIELD, "iglo") from None


@dataclass(frozen=True, slots=True)
class PhoneNote:
    """A phone's note, checked: ready to become a Note of the current step."""

    id: str
    kind: NoteKind
    text: str
    group: int
    iglo: IgloLevel | None = None
    ansvarlig: str = ""
    ressurser: str = ""
    frist: dt.date | None = None
    #: The poster factor of a challenge ("" = «Andre utfordringer»).
    factor: str = ""

    def note(self, step: int, created: dt.datetime) -> Note:
        """The note to store: attributed to the group only (no name, device or address)."""
        return Note(
            self.id, self.kind, self.text, step, self.group, created,
            iglo=self.iglo, ansvarlig=self.ansvarlig, ressurser=self.ressurser, frist=self.frist,
            factor=self.factor,
        )  # fmt: skip


def _factor(value: object, kind: NoteKind, factors: tuple[str, ...]) -> str:
    if value in (None, ""):
        return ""
    if not isinstance(value, str):
        raise Refused(Refusal.BAD_FIELD, "factor")
    if kind is not NoteKind.UTFORDRING or value not in factors:
        raise Refused(Refusal.FACTOR, "factor")
    return value


def read_note(data: object, *, step: Step, groups: int, factors: tuple[str, ...] = ()) -> PhoneNote:
    """A phone's JSON object checked against the step and the meeting (`factors`: those a
    challenge may be filed under, phone_factors); Refused otherwise."""
    if not isinstance(data, dict):
        raise Refused(Refusal.BAD_JSON)
    text = _text(data, "text", MAX_TEXT_BYTES, required=True)
    try:
        kind = NoteKind(str(data.get("kind") or step_kinds(step)[0]))
    except ValueError:
        raise Refused(Refusal.KIND, "kind") from None
    if kind not in step_kinds(step):
        raise Refused(Refusal.KIND, "kind")
    note_id = str(data.get("id") or new_note_id())
    if not NOTE_ID.fullmatch(note_id):
        raise Refused(Refusal.BAD_FIELD, "id")
    group = read_group(data.get("group"), groups)
    if kind is not NoteKind.TILTAK:
        factor = _factor(data.get("factor"), kind, factors)
        return PhoneNote(note_id, kind, text, group, factor=factor)
    return PhoneNote(
        note_id, kind, text, group, _iglo(data.get("iglo")),
        _text(data, "ansvarlig", MAX_FIELD_CHARS), _text(data, "ressurser", MAX_FIELD_CHARS),
        _frist(data.get("frist")),
    )  # fmt: skip
