"""The minutes and the action plan as PDF: every note and tiltak can be read back from them."""

from __future__ import annotations

import dataclasses
import functools

import pytest

from agendas.model import NoteKind
from store.export.print_actions import print_action_plan
from store.export.print_minutes import print_minutes
from store.export.typst_source import render_typst, typst_string
from store.typst_pdf import compile_pdf
from tests.export.sessions import NOW, apu_mote_2, builtin_library, statusmote, tiltaksmote
from tests.export.test_hostile import HOSTILE, build, hostile_texts
from tests.print.pdf import A4, all_text, page_sizes_mm, page_texts, pdf_reader, squash


def _minutes_pdf(session_name: str, lang: str = "nb") -> bytes:
    session = {"status": statusmote, "tiltak": tiltaksmote, "apu": apu_mote_2}[session_name]()
    found = builtin_library().get(session.agenda.next or "")
    document = print_minutes(
        session,
        NOW,
        lang="en" if lang == "en" else "nb",
        next_title=found.title if found else None,
    )
    return compile_pdf(render_typst(document), NOW)


#: Compiled once per test module: a compile is cheap, but there is no need to repeat it.
minutes_pdf = functools.cache(_minutes_pdf)


@functools.cache
def hostile_pdf() -> bytes:
    return compile_pdf(render_typst(print_minutes(build(hostile_texts()), NOW)), NOW)


@pytest.mark.parametrize("name", ["status", "tiltak", "apu"])
def test_every_live_note_appears_in_the_minutes(name: str) -> None:
    session = {"status": statusmote, "tiltak": tiltaksmote, "apu": apu_mote_2}[name]()
    text = all_text(minutes_pdf(name))
    for note in session.notes:
        assert (squash(note.text) in text) is (not note.deleted), note.text


def test_the_minutes_are_a4_with_the_date_and_page_number_on_every_page() -> None:
    data = minutes_pdf("tiltak")
    sizes = page_sizes_mm(data)
    assert len(sizes) >= 2 and set(sizes) == {A4}
    pages = page_texts(data)
    for number, page in enumerate(pages, start=1):
        assert "17.03.2026" in page
        assert f"Side {number} av {len(pages)}" in page


def test_the_minutes_have_the_header_tiltak_timing_and_questions() -> None:
    text = all_text(minutes_pdf("tiltak"))
    for expected in (
        "Møtetype:Tiltaksmøte",
        "Dato:17.03.2026",
        "Tid:14:00–15:50",
        "Sted:Personalrommet,2.etasje",
        "Tiltak",
        "IGLO-nivåAnsvarligRessurserFristStatus",
        squash("Rød vest under medisinutdeling, så vi ikke blir avbrutt"),
        "Tidsbruk",
        "Åpnespørsmål",
        "Hvembetalerfornyehjelpemidler?(Gruppe2,sak3)",
        "Besvartespørsmål",
        "Ervesteneb",
    ):
        assert expected in text, expected


def test_an_overdue_tiltak_is_marked() -> None:
    text = all_text(minutes_pdf("tiltak"))
    assert text.count("forfalt") == 1
    assert "01.04.2026ikkestartet·forfalt" in text


def test_english_minutes() -> None:
    text = all_text(minutes_pdf("tiltak", "en"))
    assert "Minutes:" in text and "Page1of" in text and "Openquestions" in text


def test_hostile_text_reads_literally_in_the_pdf() -> None:
    text = all_text(hostile_pdf())
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile


def test_the_pdf_is_pdf_a_2b() -> None:
    reader = pdf_reader(minutes_pdf("status"))
    metadata = reader.xmp_metadata
    assert metadata is not None
    xml = metadata.stream.get_data().decode("utf-8")
    assert "<pdfaid:part>2</pdfaid:part>" in xml and "<pdfaid:conformance>B" in xml


def test_a_typst_string_keeps_backslashes_quotes_and_flattens_newlines() -> None:
    assert typst_string('a\\b "c"\n#d') == '"a\\\\b \\"c\\" #d"'
    assert typst_string("x\x00\x07y") == '"x\ufffd\ufffdy"'


def test_hostile_text_reads_literally_in_the_action_plan_and_run_sheet() -> None:
    from store.export.runsheet import print_runsheet
    from tests.export.sessions import OSLO

    session = build(hostile_texts())
    text = all_text(compile_pdf(render_typst(print_action_plan(session, NOW))))
    for note in session.live_notes:
        if note.kind is NoteKind.TILTAK:
            for field in (note.text, note.ansvarlig, note.ressurser):
                assert squash(field) in text, field
    sheet = print_runsheet(session.agenda, NOW.date(), NOW, OSLO, place=session.place)
    text = all_text(compile_pdf(render_typst(sheet)))
    for step in session.agenda.steps:
        assert squash(step.title) in text, step.title


@functools.cache
def action_plan_pdf() -> bytes:
    chain = [statusmote(), tiltaksmote()]
    return compile_pdf(render_typst(print_action_plan(chain, NOW)), NOW)


def test_the_action_plan_is_a4_landscape_with_every_tiltak() -> None:
    data = action_plan_pdf()
    assert set(page_sizes_mm(data)) == {(A4[1], A4[0])}
    text = all_text(data)
    for note in tiltaksmote().live_notes:
        if note.kind is NoteKind.TILTAK:
            for field in (note.text, note.ansvarlig, note.ressurser):
                assert squash(field) in text, field
    for level in ("Individ", "Gruppe", "Ledelse", "Organisasjon"):
        assert level in text
    assert "Statusper20.04.2026" in text


def test_the_action_plan_marks_overdue_tiltak_relative_to_today() -> None:
    text = all_text(action_plan_pdf())
    assert "5tiltak,1forfalt,1ferdig." in text
    assert text.count("ikkestartet·forfalt") == 1
    session = tiltaksmote()
    notes = tuple(
        dataclasses.replace(note, frist=None) if note.kind is NoteKind.TILTAK else note
        for note in session.notes
    )
    undated = dataclasses.replace(session, notes=notes)
    text = all_text(compile_pdf(render_typst(print_action_plan(undated, NOW)), NOW))
    assert "forfalt·" not in text and "·forfalt" not in text
