"""The run sheet (kjøreplan) of any agenda as an A4 print document, its Kl. column filled in.

The Starte seed asks the HMS group to "Skriv inn klokkeslettene i kolonnen til venstre på
kjøreplanen": given the planned start, each step's Kl. is that start plus the planned minutes
of the steps before it. Without a start the column is left empty for the pen, and the sheet
says so.
"""

from __future__ import annotations

import datetime as dt

from agendas.model import Agenda, Step
from store.clock import format_clock, format_date, minutes_range
from store.export.hora_block import hora_print_lines
from store.export.print_blocks import Block, Cell, Fields, Heading, Para, PrintDocument, Table
from store.language import Lang, template

#: Kl. of a step whose start is unknown: room for the pen.
BLANK = ""


def print_runsheet(
    agenda: Agenda,
    date: dt.date,
    start: dt.datetime | None,
    tz: dt.tzinfo,
    *,
    place: str = "",
    title: str = "",
    lang: Lang = "nb",
) -> PrintDocument:
    """The run sheet: Kl. | Min | Sak | Innhold per step, then the planned end.

    `start` is the planned start (aware; shown in `tz`), or None to leave Kl. blank.
    """

    def w(key: str) -> str:
        return template(f"print.{key}", lang)

    rows: list[tuple[Cell, ...]] = []
    clock = start
    for number, step in enumerate(agenda.steps, start=1):
        kl = BLANK if clock is None else format_clock(clock, tz)
        minutes = minutes_range(step.duration.planned, step.duration.limit)
        rows.append((kl, minutes, f"{number}. {step.title}", _content(step, lang)))
        if clock is not None:
            clock += dt.timedelta(minutes=step.duration.planned)
    end = BLANK if clock is None else format_clock(clock, tz)
    total = minutes_range(agenda.planned_minutes, agenda.limit_minutes)
    rows.append((end, total, w("runsheet_total"), ""))
    columns = tuple(w(f"runsheet_columns.{name}") for name in ("clock", "minutes", "step", "what"))
    heading = f"{w('runsheet_title')}: {agenda.title}"
    fields = [(template("doc.date", lang), format_date(date))]
    if title.strip() and title.strip() != agenda.title:
        fields.insert(0, (template("doc.session_title", lang), title))
    if place.strip():
        fields.append((template("doc.place", lang), place))
    if start is not None:
        fields.append((w("runsheet_start"), format_clock(start, tz)))
    note = (
        w("runsheet_no_start")
        if start is None
        else w("runsheet_from").format(clock=format_clock(start, tz))
    )
    blocks: list[Block] = [
        Heading(heading, 1),
        Fields(tuple(fields)),
        Para(note, quiet=True),
        Table(columns, tuple(rows), (0.8, 1.1, 3, 6), bold_last=True),
    ]
    return PrintDocument(
        title=heading,
        blocks=tuple(blocks),
        footer=f"{heading} · {format_date(date)}",
        page_word=w("page"),
        of_word=w("of"),
        lang=lang,
    )


def _content(step: Step, lang: Lang) -> tuple[str, ...]:
    """What a step holds: its description, questions, group work and desired outcome."""
    lines = list(step.description)
    lines.extend(f"– {question}" for question in step.questions)
    if step.group_work is not None:
        lines.append(template("print.runsheet_group_work", lang))
    lines.extend(hora_print_lines(step, lang))
    if step.outcome:
        lines.append(f"{template('print.runsheet_outcome', lang)}: {step.outcome}")
    return tuple(lines)
