"""The action plan: IGLO levels, deadlines, overdue marks and chains of sessions."""

from __future__ import annotations

import dataclasses
import datetime as dt

from agendas.model import IgloLevel, NoteKind
from store.export import collect_actions, render_action_plan
from store.model import Note, NoteStatus
from tests.export.markdown import tables
from tests.export.sessions import apu_mote_2, statusmote, tiltaksmote, utc


def tiltak(
    note_id: str, frist: dt.date | None, status: NoteStatus = NoteStatus.IKKE_STARTET
) -> Note:
    return Note(
        note_id,
        NoteKind.TILTAK,
        f"Tiltak {note_id}",
        2,
        1,
        utc(2026, 3, 17, 14),
        iglo=IgloLevel.GRUPPE,
        frist=frist,
        status=status,
    )


def test_overdue_means_frist_before_today_and_neither_carried_out_nor_dropped() -> None:
    session = dataclasses.replace(
        tiltaksmote(),
        notes=(
            tiltak("yesterday", dt.date(2026, 4, 19)),
            tiltak("today", dt.date(2026, 4, 20)),
            tiltak("done", dt.date(2026, 4, 1), NoteStatus.GJENNOMFORT),
            tiltak("dropped", dt.date(2026, 4, 1), NoteStatus.FORKASTET),
            tiltak("ongoing", dt.date(2026, 4, 1), NoteStatus.PABEGYNT),
            tiltak("none", None),
        ),
    )
    # 23:30 UTC on the 19th is already the 20th in Oslo.
    [table] = tables(render_action_plan(session, utc(2026, 4, 19, 23, 30)))
    status = {row[0]: row[4] for row in table[1:]}
    assert status == {
        "Tiltak yesterday": "ikke startet · forfalt",
        "Tiltak today": "ikke startet",
        "Tiltak done": "gjennomført",
        "Tiltak dropped": "forkastet",
        "Tiltak ongoing": "påbegynt · forfalt",
        "Tiltak none": "ikke startet",
    }
    assert [row[0] for row in table[1:]] == [
        "Tiltak done",
        "Tiltak dropped",
        "Tiltak ongoing",
        "Tiltak yesterday",
        "Tiltak today",
        "Tiltak none",
    ]


def test_counts_line() -> None:
    text = render_action_plan([statusmote(), tiltaksmote()], utc(2026, 4, 20, 12))
    assert "5 tiltak, 1 forfalt, 1 ferdig." in text


def test_every_level_is_listed_even_when_empty_but_no_level_only_when_used() -> None:
    text = render_action_plan(apu_mote_2(), utc(2026, 5, 6, 8))
    assert "## Uten nivå" not in text
    empty = render_action_plan(statusmote(), utc(2026, 5, 6, 8))
    assert empty.count("Ingen tiltak.") == 4


def test_a_chain_names_the_meeting_of_each_tiltak() -> None:
    chain = [tiltaksmote(), apu_mote_2()]
    assert len(collect_actions(chain)) == 10
    text = render_action_plan(chain, utc(2026, 5, 6, 8))
    assert "Gruppe 2, Tiltaksmøte (17.03.2026)" in text
    assert "Gruppe 1, APU møte 2, Solsiden sykehjem (05.05.2026)" in text
    single = render_action_plan(tiltaksmote(), utc(2026, 5, 6, 8))
    assert "Tiltaksmøte (17.03.2026) |" not in single


def test_deleted_tiltak_are_left_out() -> None:
    session = tiltaksmote()
    deleted = dataclasses.replace(tiltak("gone", None), deleted=True)
    session = dataclasses.replace(session, notes=(*session.notes, deleted))
    assert "Tiltak gone" not in render_action_plan(session, utc(2026, 5, 6, 8))


def test_english_action_plan() -> None:
    text = render_action_plan(tiltaksmote(), utc(2026, 4, 20, 12), lang="en")
    assert "## Management" in text and "not started · **overdue**" in text
