"""A saksliste in HØRA form: the agenda the editor writes, and its Markdown writer.

A `Saksliste` holds only what the editor shows (title, Hensikt, Ønsket resultat, and per
sak title, minutes, Hensikt, Ønsket resultat and type). `write_saksliste` turns it into an
ordinary agenda file; `saksliste_from_agenda(parse_agenda(write_saksliste(x))) == x` for
every valid, clean `x` (see `check_saksliste`).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field, replace

from agendas.model import Agenda, ItemType

#: Characters refused in a field: control, line and paragraph separators, unassigned.
_REFUSED_CATEGORIES = frozenset({"Cc", "Zl", "Zp", "Cs", "Co", "Cn"})
#: Markdown punctuation that would change how a field reads; written with a backslash.
_MARKUP = re.compile(r"([\\`*_\[\]<>&#])")
MAX_MINUTES = 600


@dataclass(frozen=True, slots=True)
class Sak:
    """One item of a saksliste; `origin` is its step's index in the file it came from."""

    title: str
    minutes: int
    purpose: str = ""
    outcome: str = ""
    item_type: ItemType | None = None
    origin: int | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Saksliste:
    """A meeting's saksliste: id, title, Hensikt, Ønsket resultat and its items."""

    id: str
    title: str
    purpose: str = ""
    outcome: str = ""
    items: tuple[Sak, ...] = ()


@dataclass(frozen=True, slots=True)
class DraftProblem:
    """Why a saksliste cannot be saved: a language key, the item (None: the meeting), field."""

    key: str
    item: int | None = None
    field: str = ""


def clean(text: str) -> str:
    """A field as it is saved: surrounding space dropped, inner runs of space made one."""
    return " ".join(text.split())


def _refused(text: str) -> bool:
    """True when the text holds a character a one-line field cannot keep."""
    return any(unicodedata.category(char) in _REFUSED_CATEGORIES for char in text)


def check_saksliste(draft: Saksliste) -> list[DraftProblem]:
    """Every reason the saksliste cannot be saved (empty: it can be)."""
    problems: list[DraftProblem] = []
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", draft.id):
        problems.append(DraftProblem("hora.problem.id", None, "id"))
    for name in ("title", "purpose", "outcome"):
        if _refused(getattr(draft, name)):
            problems.append(DraftProblem("hora.problem.newline", None, name))
    if not clean(draft.title):
        problems.append(DraftProblem("hora.problem.no_title", None, "title"))
    if not draft.items:
        problems.append(DraftProblem("hora.problem.no_items"))
    seen: set[str] = set()
    for index, item in enumerate(draft.items):
        for name in ("title", "purpose", "outcome"):
            if _refused(getattr(item, name)):
                problems.append(DraftProblem("hora.problem.newline", index, name))
        title = clean(item.title).casefold()
        if not title:
            problems.append(DraftProblem("hora.problem.no_title", index, "title"))
        elif title in seen:
            problems.append(DraftProblem("hora.problem.twice", index, "title"))
        seen.add(title)
        if not 1 <= item.minutes <= MAX_MINUTES:
            problems.append(DraftProblem("hora.problem.minutes", index, "minutes"))
    return problems


def escape(text: str) -> str:
    """A clean field as Markdown inline text that reads back as the same plain text."""
    return _MARKUP.sub(r"\\\1", clean(text))


def heading_line(item: Sak) -> str:
    """The step heading of a sak: `## Title (15 min)`."""
    return f"## {escape(item.title)} ({item.minutes} min)"


def field_line(label: str, value: str) -> str:
    """One bold-label field line, e.g. `**Hensikt:** Hvorfor vi tar opp saken`."""
    return f"**{label}:** {escape(value)}"


def item_field_lines(item: Sak) -> list[str]:
    """The field lines of a sak that has them: Type, Hensikt, Ønsket resultat."""
    lines = []
    if item.item_type is not None:
        lines.append(f"**Type:** {item.item_type.value}")
    if clean(item.purpose):
        lines.append(field_line("Hensikt", item.purpose))
    if clean(item.outcome):
        lines.append(field_line("Ønsket resultat", item.outcome))
    return lines


def front_title_line(title: str) -> str:
    """The front matter's `title:` line, quoted so YAML reads back exactly the title."""
    return f"title: {json.dumps(clean(title), ensure_ascii=False)}"


def write_saksliste(draft: Saksliste) -> str:
    """The saksliste as an agenda Markdown file; ValueError when check_saksliste objects."""
    problems = check_saksliste(draft)
    if problems:
        raise ValueError(f"the saksliste cannot be written: {problems[0].key}")
    lines = ["---", f"id: {draft.id}", front_title_line(draft.title), "---", ""]
    lines += [f"# {escape(draft.title)}", ""]
    meeting = []
    if clean(draft.purpose):
        meeting.append(field_line("Hensikt", draft.purpose))
    if clean(draft.outcome):
        meeting.append(field_line("Ønsket resultat", draft.outcome))
    if meeting:
        lines += [*meeting, ""]
    for item in draft.items:
        lines += [heading_line(item), ""]
        fields = item_field_lines(item)
        if fields:
            lines += [*fields, ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def saksliste_from_agenda(agenda: Agenda) -> Saksliste:
    """What the editor shows of an agenda (its purpose paragraphs joined into one Hensikt)."""
    return Saksliste(
        id=agenda.id,
        title=agenda.title,
        purpose=" ".join(agenda.purpose),
        outcome=agenda.outcome or "",
        items=tuple(
            Sak(
                title=step.title,
                minutes=step.duration.planned,
                purpose=step.purpose or "",
                outcome=step.outcome or "",
                item_type=step.item_type,
                origin=index,
            )
            for index, step in enumerate(agenda.steps)
        ),
    )


def new_from_template(template: Agenda | None, new_id: str) -> Saksliste:
    """A new, untitled saksliste with the template's HØRA items (those with a Hensikt or a
    type) and its meeting Hensikt and Ønsket resultat; empty without a template."""
    if template is None:
        return Saksliste(new_id, "")
    shown = saksliste_from_agenda(template)
    items = tuple(
        replace(item, origin=None)
        for item, step in zip(shown.items, template.steps, strict=True)
        if step.purpose is not None or step.item_type is not None
    )
    return Saksliste(new_id, "", shown.purpose, shown.outcome, items)


def agenda_id_for(title: str, taken: set[str]) -> str:
    """A file id from a title (`Personalmøte mars` -> `personalmote-mars`), not in `taken`."""
    folded = clean(title).casefold()
    for letter, plain in (("æ", "ae"), ("ø", "o"), ("å", "aa")):
        folded = folded.replace(letter, plain)
    ascii_text = unicodedata.normalize("NFKD", folded).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:40].strip("-") or "saksliste"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
