"""Pure formatting of agenda, timing and notes into plain strings and rich Text for widgets."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from rich.text import Text

from agendas.model import IgloLevel, NoteKind, Step, Target
from store.clock import format_clock, local_zone
from store.language import kind_label as table_kind_label
from store.model import Effect, Note, NoteStatus
from tui.i18n import t

KIND_ORDER = tuple(NoteKind)


def kind_label(kind: NoteKind) -> str:
    """The note kind's name in the UI language."""
    return table_kind_label(kind)


def status_label(status: NoteStatus) -> str:
    """A tiltak's status in the UI language ("påbegynt" / "started")."""
    return t(f"doc.status.{status.name.lower()}")


def iglo_label(level: IgloLevel | None, none: str = "–") -> str:
    """A tiltak's IGLO level in the UI language ("Ledelse" / "Management"), `none` if unset."""
    return none if level is None else t(f"doc.iglo.{level.name.lower()}")


def effect_label(effect: Effect | None) -> str:
    """Whether a tiltak had an effect, in the UI language; "not assessed yet" for None."""
    return (
        t("followup.effect_unknown") if effect is None else t(f"doc.effect.{effect.name.lower()}")
    )


def group_label(group: int | None) -> str:
    """`gruppe 2` or `plenum`."""
    return t("run.plenum") if group is None else t("run.group", n=group)


def local_clock(moment: dt.datetime | None, zone: dt.tzinfo | None = None) -> str:
    """A wall-clock time as HH:MM in `zone` (default: store.clock.local_zone()), or a dash."""
    if moment is None:
        return "--:--"
    return format_clock(moment, zone or local_zone())


def target_progress(step: Step, notes: list[Note], groups: int) -> list[str]:
    """Progress toward a step's targets, e.g. `bevaringspunkt 2/3 · gruppe 1`."""
    lines: list[str] = []
    counts = Counter((note.kind, note.group) for note in notes)
    for target in step.targets:
        lines.extend(_target_lines(target, counts, groups))
    return lines


def _target_lines(
    target: Target, counts: Counter[tuple[NoteKind, int | None]], groups: int
) -> list[str]:
    """The progress lines of one target."""
    label = kind_label(target.kind)
    if target.per_group and groups > 1:
        parts = []
        for group in range(1, groups + 1):
            have = counts[(target.kind, group)]
            wanted = f"/{target.count}" if target.count else ""
            mark = " ✓" if target.count and have >= target.count else ""
            parts.append(f"{group_label(group)}: {have}{wanted}{mark}")
        return [f"{label} – " + ", ".join(parts)]
    have = sum(n for (kind, _), n in counts.items() if kind == target.kind)
    goal = target.count * (groups if target.per_group else 1) if target.count else None
    mark = " ✓" if goal and have >= goal else ""
    return [f"{label} {have}/{goal}{mark}" if goal else f"{label}: {have}"]


def note_text(note: Note, pending: bool = False) -> Text:
    """One note as a list line: `[bevaringspunkt · gruppe 2] text`, literal, never markup."""
    line = Text()
    line.append(f"{kind_label(note.kind)} · {group_label(note.group)}", style="bold")
    if note.rank is not None:
        line.append(f" #{note.rank}", style="bold")
    if note.kind is NoteKind.TILTAK and note.iglo is not None:
        line.append(f" [{note.iglo.value}]", style="italic")
    if note.factor:
        line.append(f" @{note.factor}", style="italic")
    if pending:
        line.append(" ⏳", style="yellow")
    line.append("  ")
    line.append(note.text)
    if note.kind is NoteKind.TILTAK and (note.ansvarlig or note.frist):
        extra = ", ".join(
            x for x in (note.ansvarlig, note.frist.isoformat() if note.frist else "") if x
        )
        line.append(f"  ({extra})", style="dim")
    return line
