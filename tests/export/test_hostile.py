"""User text that looks like Markdown or HTML is shown literally in every export."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterator

import pytest

from agendas.model import IgloLevel, NoteKind
from store.export import (
    PlanEntry,
    render_action_plan,
    render_progress_plan,
    render_summary,
)
from store.model import Note, NoteStatus, Roles, Session, SummaryItem
from tests.export.markdown import parser, text_content
from tests.export.sessions import NOW, OSLO, agenda, minutes, starte_plan, utc
from tests.note_fields import TiltakFields

HOSTILE = (
    "# x",
    "a|b",
    "*x*",
    "_y_",
    "<script>alert(1)</script>",
    "`kode` og ```blokk```",
    "1. item",
    "første linje\nandre linje",
    "[x](y)",
    "---",
    "> sitat",
    "&amp; &#35;",
    "![bilde](z.png)",
    "<https://example.no>",
    "~~borte~~",
    "- punkt",
    "\\",
    "| --- |",
    "    innrykk",
)


def build(texts: Iterator[str]) -> Session:
    """A tiltaksmøte-like session whose every piece of user text comes from `texts`."""
    base = agenda("tiltaksmote")
    steps = tuple(dataclasses.replace(step, title=next(texts)) for step in base.steps)
    hostile_agenda = dataclasses.replace(base, title=next(texts), steps=steps, next=next(texts))
    notes = []
    kinds = itertools.cycle(NoteKind)
    levels = itertools.cycle([*IgloLevel, None])
    for index in range(2 * len(HOSTILE)):
        kind = next(kinds)
        extra: TiltakFields = {}
        if kind is NoteKind.TILTAK:
            extra = {"iglo": next(levels), "ansvarlig": next(texts), "ressurser": next(texts)}
        notes.append(
            Note(
                f"n{index}",
                kind,
                next(texts),
                index % 3,
                index % 3 or None,
                utc(2026, 3, 17, 13, index % 60),
                status=NoteStatus.IKKE_STARTET,
                **extra,
            )
        )
    summary = tuple(
        SummaryItem(next(texts), next(texts), order, (f"n{order}",)) for order in range(6)
    )
    return Session(
        id="s-hostile",
        agenda=hostile_agenda,
        title=next(texts),
        date=NOW.date(),
        place=next(texts),
        roles=Roles(moteleder=next(texts), referent=next(texts)),
        groups=2,
        follows="s-prev",
        events=(),
        notes=tuple(notes),
        summary=summary,
        created=NOW,
    )


def hostile_texts() -> Iterator[str]:
    return itertools.cycle(HOSTILE)


def benign_texts() -> Iterator[str]:
    return (f"tekst{number}" for number in itertools.count())


def hostile_plan(texts: Iterator[str]) -> list[PlanEntry]:
    return [dataclasses.replace(e, what=next(texts), leader=next(texts)) for e in starte_plan()]


def shown_in_minutes(session: Session) -> list[str]:
    return list(HOSTILE)


def shown_in_summary(session: Session) -> list[str]:
    return [text for item in session.summary for text in (item.text, item.topic)]


def shown_in_fallback(session: Session) -> list[str]:
    return [note.text for note in session.live_notes if note.kind is NoteKind.UTFORDRING]


def shown_in_action_plan(session: Session) -> list[str]:
    return [
        text
        for note in session.live_notes
        if note.kind is NoteKind.TILTAK
        for text in (note.text, note.ansvarlig, note.ressurser)
    ]


def no_fallback(session: Session) -> Session:
    return dataclasses.replace(session, summary=())


#: name: (render a session, the user texts that export must show)
SESSION_EXPORTS: dict[str, tuple[Callable[[Session], str], Callable[[Session], list[str]]]] = {
    "minutes": (
        lambda session: minutes(session, NOW),
        shown_in_minutes,
    ),
    "summary": (render_summary, shown_in_summary),
    "fallback summary": (lambda session: render_summary(no_fallback(session)), shown_in_fallback),
    "action plan": (lambda session: render_action_plan(session, NOW), shown_in_action_plan),
}


def skeleton(html: str) -> list[str]:
    """The HTML's tags in order: the document's structure without its text."""
    return re.findall(r"<[^>]*>", html)


def plain(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("name", SESSION_EXPORTS)
def test_hostile_text_adds_no_structure(name: str) -> None:
    render, _ = SESSION_EXPORTS[name]
    hostile_html = parser().render(render(build(hostile_texts())))
    benign_html = parser().render(render(build(benign_texts())))
    assert skeleton(hostile_html) == skeleton(benign_html)
    assert "<script" not in hostile_html


@pytest.mark.parametrize("name", SESSION_EXPORTS)
def test_hostile_text_reads_literally(name: str) -> None:
    render, shown = SESSION_EXPORTS[name]
    session = build(hostile_texts())
    content = text_content(parser().render(render(session)))
    expected = shown(session)
    assert expected
    for text in expected:
        assert plain(text) in content, text


def test_hostile_progress_plan() -> None:
    hostile = hostile_plan(hostile_texts())
    html = parser().render(render_progress_plan(hostile, tz=OSLO))
    benign_html = parser().render(render_progress_plan(hostile_plan(benign_texts()), tz=OSLO))
    assert skeleton(html) == skeleton(benign_html)
    content = text_content(html)
    for entry in hostile:
        assert plain(entry.what) in content and plain(entry.leader) in content
