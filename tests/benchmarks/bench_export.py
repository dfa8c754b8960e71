"""Benchmark: rendering the exports of a 1,000-note session (target: minutes in <= 100 ms).

The print exports are timed end to end (render and typeset with Typst): the PDF minutes of the
1,000-note session and the A3 poster of a Statusmøte with 200 challenges in six factors
(target: each <= 1 s).

Run from the repository root: `python tests/benchmarks/bench_export.py`. The last line
printed is one JSON object with the figures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from agendas.library import Library, builtin_agendas
from agendas.model import IgloLevel, NoteKind
from store.export import (
    draft_summary,
    render_action_plan,
    render_minutes,
    render_summary,
)
from store.model import Event, EventType, Note, NoteStatus, Roles, Session
from store.print_files import print_bytes

TARGET_MS = 100
PRINT_TARGET_MS = 1000
PRINT_RUNS = 5
RUNS = 20
NOTES = 1_000
TILTAK = 100
START = dt.datetime(2026, 3, 17, 13, 0, tzinfo=dt.UTC)
NOW = dt.datetime(2026, 4, 20, 12, 0, tzinfo=dt.UTC)


def big_session(library: Library) -> Session:
    """A Tiltaksmøte with 1,000 notes over its steps, 4 groups and plenum, all kinds."""
    agenda = library.agendas["tiltaksmote"]
    steps = len(agenda.steps)
    other_kinds = itertools.cycle([kind for kind in NoteKind if kind is not NoteKind.TILTAK])
    levels = itertools.cycle([*IgloLevel, None])
    statuses = itertools.cycle(NoteStatus)
    notes: list[Note] = []
    for index in range(NOTES):
        group = index % 5 or None
        created = START + dt.timedelta(seconds=5 * index)
        text = f"Notat {index}: mye avbrytelser ved medisinutdeling *på* kveldsvakt | uke {index}"
        if index % (NOTES // TILTAK) == 0:
            notes.append(
                Note(
                    f"n{index}",
                    NoteKind.TILTAK,
                    text,
                    index % steps,
                    group,
                    created,
                    iglo=next(levels),
                    ansvarlig="Avdelingsleder",
                    ressurser="2 timer i uka",
                    frist=dt.date(2026, 3, 1) + dt.timedelta(days=index % 90),
                    status=next(statuses),
                )
            )
        else:
            kind = next(other_kinds)
            rank = index % 7 if kind is NoteKind.ONSKE else None
            notes.append(Note(f"n{index}", kind, text, index % steps, group, created, rank=rank))
    events = (
        Event(EventType.STARTED, START, step=0),
        Event(EventType.STEP_ENTERED, START + dt.timedelta(minutes=18), step=1),
        Event(EventType.STEP_ENTERED, START + dt.timedelta(minutes=76), step=2),
        Event(EventType.ENDED, START + dt.timedelta(minutes=110)),
    )
    return Session(
        id="bench",
        agenda=agenda,
        title="Tiltaksmøte",
        date=START.date(),
        place="Personalrommet",
        roles=Roles(),
        groups=4,
        follows=None,
        events=events,
        notes=tuple(notes),
        summary=(),
        created=START,
    )


def poster_session(library: Library) -> Session:
    """A Statusmøte of 4 groups: 200 challenges spread over 5 factors and «Andre utfordringer»."""
    agenda = library.agendas["statusmote"]
    factors = ("Arbeidsmengde", "Samarbeid", "Ledelse", "Fysiske belastninger", "Opplæring")
    notes = tuple(
        Note(
            f"u{index}",
            NoteKind.UTFORDRING,
            f"Utfordring {index}: avbrytelser ved medisinutdeling på kveldsvakt",
            1,
            1 + index % 4,
            START + dt.timedelta(seconds=index),
            factor=(*factors, "")[index % 6],
        )
        for index in range(200)
    )
    session = Session(
        id="poster",
        agenda=agenda,
        title="Statusmøte",
        date=START.date(),
        place="Personalrommet",
        roles=Roles(),
        groups=4,
        follows=None,
        events=(),
        notes=notes,
        summary=(),
        created=START,
        factors=factors,
    )
    return dataclasses.replace(session, summary=draft_summary(session)[:12])


def timed(render: Callable[[], str | bytes], runs: int = RUNS) -> tuple[float, float, int]:
    """Median and max milliseconds of `runs` renders (after one warm-up), and the length."""
    size = len(render())
    samples = []
    for _ in range(runs):
        begin = time.perf_counter()
        render()
        samples.append((time.perf_counter() - begin) * 1000)
    return statistics.median(samples), max(samples), size


def main() -> None:
    """Print the figures, then one JSON line."""
    library = Library({agenda.id: agenda for agenda in builtin_agendas()}, ())
    session = big_session(library)
    minutes_median, minutes_max, minutes_size = timed(
        lambda: render_minutes(session, NOW, next_title="Neste møte")
    )
    summary_median, _, _ = timed(lambda: render_summary(session))
    plan_median, _, _ = timed(lambda: render_action_plan(session, NOW))
    draft_median, _, _ = timed(lambda: str(draft_summary(session)))
    summarised = dataclasses.replace(session, summary=draft_summary(session))
    stored_median, _, _ = timed(lambda: render_summary(summarised))
    pdf_median, pdf_max, pdf_size = timed(
        lambda: print_bytes("minutes", "pdf", [session], NOW, next_title="Neste møte"), PRINT_RUNS
    )
    docx_median, _, _ = timed(lambda: print_bytes("minutes", "docx", [session], NOW), PRINT_RUNS)
    poster = poster_session(library)
    poster_median, poster_max, poster_size = timed(
        lambda: print_bytes("poster", "pdf", [poster], NOW), PRINT_RUNS
    )
    print(
        f"session: {len(session.notes)} notes, {TILTAK} tiltak, {len(session.agenda.steps)} steps"
    )
    print(
        f"minutes:     median {minutes_median:7.2f} ms, max {minutes_max:7.2f} ms "
        f"({minutes_size} chars, target <= {TARGET_MS} ms)"
    )
    print(f"summary:     median {summary_median:7.2f} ms")
    print(f"action plan: median {plan_median:7.2f} ms")
    print(f"draft:       median {draft_median:7.2f} ms")
    print(f"stored summary: median {stored_median:7.2f} ms")
    print(
        f"minutes PDF: median {pdf_median:7.2f} ms, max {pdf_max:7.2f} ms "
        f"({pdf_size} bytes, target <= {PRINT_TARGET_MS} ms)"
    )
    print(f"minutes Word: median {docx_median:7.2f} ms")
    print(
        f"poster PDF:  median {poster_median:7.2f} ms, max {poster_max:7.2f} ms "
        f"({poster_size} bytes, 200 challenges, target <= {PRINT_TARGET_MS} ms)"
    )
    print(
        json.dumps(
            {
                "minutes_ms_median": round(minutes_median, 2),
                "minutes_ms_max": round(minutes_max, 2),
                "summary_ms_median": round(summary_median, 2),
                "action_plan_ms_median": round(plan_median, 2),
                "draft_summary_ms_median": round(draft_median, 2),
                "stored_summary_ms_median": round(stored_median, 2),
                "minutes_pdf_ms_median": round(pdf_median, 2),
                "minutes_pdf_ms_max": round(pdf_max, 2),
                "minutes_docx_ms_median": round(docx_median, 2),
                "poster_pdf_ms_median": round(poster_median, 2),
                "poster_pdf_ms_max": round(poster_max, 2),
                "notes": len(session.notes),
                "target_ms": TARGET_MS,
                "print_target_ms": PRINT_TARGET_MS,
                "ok": minutes_max <= TARGET_MS
                and pdf_max <= PRINT_TARGET_MS
                and poster_max <= PRINT_TARGET_MS,
            }
        )
    )


if __name__ == "__main__":
    main()
