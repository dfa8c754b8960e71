"""The agenda model: frozen, typed records that the parser produces and the store copies."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class NoteKind(StrEnum):
    """The kinds of notes a meeting collects (Norwegian identifiers, as written in agendas)."""

    NOTAT = "notat"
    UTFORDRING = "utfordring"
    BEVARINGSPUNKT = "bevaringspunkt"
    FORBEDRINGSPUNKT = "forbedringspunkt"
    ONSKE = "ønske"
    IDE = "idé"
    VEDTAK = "vedtak"
    TILTAK = "tiltak"
    SPORSMAL = "spørsmål"
    PARKERING = "parkering"


class ItemType(StrEnum):
    """What a sak (agenda item) is for, HØRA style: to inform, to discuss or to decide."""

    INFORMASJON = "informasjon"
    DROFTING = "drøfting"
    BESLUTNING = "beslutning"


class IgloLevel(StrEnum):
    """The IGLO levels a tiltak belongs to: Individ, Gruppe, Ledelse, Organisasjon."""

    INDIVID = "individ"
    GRUPPE = "gruppe"
    LEDELSE = "ledelse"
    ORGANISASJON = "organisasjon"


@dataclass(frozen=True, slots=True)
class Duration:
    """A planned duration in minutes; a range plans `planned` and warns at `limit`."""

    planned: int
    limit: int

    @property
    def is_range(self) -> bool:
        """True when the agenda gave a range such as 45–60 min."""
        return self.limit != self.planned


@dataclass(frozen=True, slots=True)
class Target:
    """A kind of note a step collects, with an optional target count (per group or in total)."""

    kind: NoteKind
    count: int | None = None
    per_group: bool = False


@dataclass(frozen=True, slots=True)
class GroupWork:
    """Marks a step as group work, with the suggested group size."""

    min_size: int | None = None
    max_size: int | None = None


@dataclass(frozen=True, slots=True)
class Rounds:
    """Timed rounds inside a step, such as paired interviews of 2 × 10 min."""

    count: int
    minutes: int
    label: str = ""


@dataclass(frozen=True, slots=True)
class Voting:
    """Dot voting in a step: votes per participant, on notes of these kinds (empty: the
    kinds the step collects), of this meeting or (`earlier`) the one it follows."""

    per_person: int
    kinds: tuple[NoteKind, ...] = ()
    earlier: bool = False


@dataclass(frozen=True, slots=True)
class Step:
    """One timed step of an agenda (a `## Title (15 min)` section)."""

    title: str
    duration: Duration
    line: int = 0
    description: tuple[str, ...] = ()
    questions: tuple[str, ...] = ()
    tips: tuple[str, ...] = ()
    outcome: str | None = None
    targets: tuple[Target, ...] = ()
    group_work: GroupWork | None = None
    rounds: Rounds | None = None
    #: The poster factors (segments) this step's notes are written into (`**Faktorer:**`).
    factors: tuple[str, ...] = ()
    voting: Voting | None = None
    #: The step's own Hensikt (`**Hensikt:**`): why the item is on the agenda.
    purpose: str | None = None
    #: The item's type (`**Type:**`): informasjon, drøfting or beslutning.
    item_type: ItemType | None = None
    #: What in this step is Plansje's proposal rather than the guide's (`**Forslag:**`).
    proposal: str | None = None


@dataclass(frozen=True, slots=True)
class Agenda:
    """A whole meeting plan: front matter, purpose and its timed steps."""

    id: str
    title: str
    steps: tuple[Step, ...]
    purpose: tuple[str, ...] = ()
    outcome: str | None = None
    next: str | None = None
    participants: str | None = None
    preparation: tuple[str, ...] = ()
    path: str | None = None
    source: str = "file"
    extra: tuple[tuple[str, str], ...] = field(default=())
    #: The poster factors of the whole agenda (`**Faktorer:**` before the first step).
    factors: tuple[str, ...] = ()
    #: Tasks for after the meeting (front matter `after:`), a checklist shown when it ends.
    after: tuple[str, ...] = ()
    #: The method's framing from its guide (front matter `framing:`), shown before it starts.
    framing: tuple[str, ...] = ()
    #: What in the whole agenda is Plansje's proposal (`**Forslag:**` before the first step).
    proposal: str | None = None

    @property
    def planned_minutes(self) -> int:
        """The sum of the steps' planned minutes."""
        return sum(step.duration.planned for step in self.steps)

    @property
    def limit_minutes(self) -> int:
        """The sum of the steps' upper limits (equal to planned when no step has a range)."""
        return sum(step.duration.limit for step in self.steps)

    def step_index(self, title: str) -> int:
        """The index of the step with this title; raises KeyError when there is none."""
        for index, step in enumerate(self.steps):
            if step.title == title:
                return index
        raise KeyError(title)
