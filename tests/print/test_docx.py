"""The minutes as a Word file: real headings and tables, read back with python-docx."""

from __future__ import annotations

import dataclasses
import functools
import io
from pathlib import Path

import docx
import pytest
from docx.document import Document

from agendas.library import resolve_agenda
from agendas.model import NoteKind
from store.docx_file import docx_bytes
from store.export.print_minutes import print_minutes
from store.sessions import SessionStore
from tests.export.sessions import NOW, tiltaksmote
from tests.export.test_hostile import HOSTILE, build, hostile_texts
from tui.cli import main


def _read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


@functools.cache
def minutes_docx() -> bytes:
    return docx_bytes(print_minutes(tiltaksmote(), NOW))


def _headings(word: Document) -> list[tuple[str, str]]:
    return [
        (paragraph.style.name, paragraph.text)
        for paragraph in word.paragraphs
        if paragraph.style is not None and paragraph.style.name.startswith(("Title", "Heading"))
    ]


def test_the_minutes_have_word_headings() -> None:
    headings = _headings(_read(minutes_docx()))
    assert headings[0] == ("Title", "Møtereferat: Tiltaksmøte")
    names = [text for _, text in headings]
    for expected in ("Saker og notater", "Vedtak", "Tiltak", "Tidsbruk", "Spørsmål"):
        assert ("Heading 1", expected) in headings, expected
    assert ("Heading 2", "2. Bevare og forbedre per faktor") in headings
    assert names.count("Neste møte") == 1


def test_the_tiltak_and_timing_are_word_tables() -> None:
    word = _read(minutes_docx())
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in word.tables]
    header = ["Tiltak", "IGLO-nivå", "Ansvarlig", "Ressurser", "Frist", "Status"]
    (actions,) = [rows for rows in tables if rows[0] == header]
    expected = [note for note in tiltaksmote().live_notes if note.kind is NoteKind.TILTAK]
    assert len(actions) == 1 + len(expected)
    assert actions[1] == [
        "Rød vest under medisinutdeling, så vi ikke blir avbrutt (Gruppe 1)",
        "Gruppe",
        "Avdelingssykepleier",
        "Fire vester",
        "01.04.2026",
        "ikke startet · forfalt",
    ]
    (timing,) = [rows for rows in tables if rows[0] == ["Steg", "Planlagt", "Brukt", "Avvik"]]
    assert timing[-1][0] == "Totalt"


def test_every_note_is_in_the_word_file() -> None:
    word = _read(minutes_docx())
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    for note in tiltaksmote().live_notes:
        assert note.text in text, note.text


def test_hostile_and_control_characters_are_kept_literally() -> None:
    session = build(hostile_texts())
    weird = dataclasses.replace(session.notes[0], text="bjelle\x07 og nul\x00 # *x*")
    session = dataclasses.replace(session, notes=(weird, *session.notes[1:]))
    word = _read(docx_bytes(print_minutes(session, NOW)))
    text = " ".join(p.text for p in word.paragraphs) + " ".join(
        cell.text for table in word.tables for row in table.rows for cell in row.cells
    )
    for hostile in HOSTILE:
        assert " ".join(hostile.split()) in text, hostile
    assert "bjelle\ufffd og nul\ufffd # *x*" in text


def test_plansje_export_to_a_docx_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = tmp_path / "store"
    session = SessionStore.open(store).create_session(
        resolve_agenda("hora"), title="HØRA", date=NOW.date()
    )
    target = tmp_path / "referat.docx"
    assert main(["export", session.id, "-o", str(target), "--store", str(store)]) == 0
    assert _headings(_read(target.read_bytes()))[0] == ("Title", "Møtereferat: HØRA-møte")
    assert (target.stat().st_mode & 0o777) == 0o600
