"""The parking lot: items that do not belong in this meeting, parked for a later one."""

from __future__ import annotations

import dataclasses

from agendas.model import NoteKind
from store.chain import open_actions
from store.model import Note, NoteStatus, new_note_id
from store.note_entry import parse_entry
from tests.export.sessions import minutes, statusmote, tiltaksmote, utc

AT = utc(2026, 3, 17, 13, 30)


def _parked(text: str, status: NoteStatus = NoteStatus.IKKE_STARTET) -> Note:
    return Note(new_note_id(), NoteKind.PARKERING, text, 1, None, AT, status=status)


def test_a_parking_prefix_parks_the_note() -> None:
    for line in (
        "pk: Bemanning i julen",
        "park: Bemanning i julen",
        "g2 parkering: Bemanning i julen",
    ):
        entry = parse_entry(line, groups=3)
        assert (entry.kind, entry.text) == (NoteKind.PARKERING, "Bemanning i julen")
    assert parse_entry("p Bemanning i julen", groups=3).kind is None  # p alone is still plenum


def test_the_minutes_list_the_parking_lot_under_its_own_heading() -> None:
    session = tiltaksmote()
    notes = (
        *session.notes,
        _parked("Bemanning i julen"),
        _parked("Ny kaffemaskin", NoteStatus.FORKASTET),
    )
    text = minutes(dataclasses.replace(session, notes=notes), utc(2026, 3, 18, 12))
    section = text.split("## Parkeringsplass", 1)[1]
    assert "Bemanning i julen" in section and "*droppet*" in section
    assert text.count("Bemanning i julen") == 1  # not again inside its step
    english = minutes(dataclasses.replace(session, notes=notes), utc(2026, 3, 18, 12), lang="en")
    assert "## Parking lot" in english and "*dropped*" in english


def test_minutes_without_parked_items_have_no_parking_lot() -> None:
    assert "Parkeringsplass" not in minutes(tiltaksmote(), utc(2026, 3, 18, 12))


def test_the_next_meeting_reviews_what_is_still_parked_after_the_open_tiltak() -> None:
    first = dataclasses.replace(
        statusmote(),
        notes=(
            _parked("Bemanning i julen"),
            _parked("Flyttes", NoteStatus.PABEGYNT),
            _parked("Tatt opp", NoteStatus.GJENNOMFORT),
        ),
    )
    second = tiltaksmote()
    reviewed = [(s.id, n.kind, n.text) for s, n in open_actions([first, second, statusmote()])]
    tiltak = [entry for entry in reviewed if entry[1] is NoteKind.TILTAK]
    parked = [entry for entry in reviewed if entry[1] is NoteKind.PARKERING]
    assert reviewed == tiltak + parked  # tiltak first
    assert [text for _, _, text in parked] == ["Bemanning i julen", "Flyttes"]
