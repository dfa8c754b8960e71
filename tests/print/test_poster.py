"""The poster (plansjen) on A3: every challenge in its factor's segment, the summary inside.

The first page is rendered to PNG with pdftoppm and must not be blank; long texts flow onto a
second page rather than vanish.
"""

from __future__ import annotations

import dataclasses
import functools
import shutil
import subprocess
from pathlib import Path

import pytest

from agendas.model import NoteKind
from store.export.poster import poster_panels, poster_source
from store.model import Note, Session
from store.typst_pdf import compile_pdf
from tests.export.sessions import NOW, statusmote, utc
from tests.export.test_hostile import HOSTILE, build, hostile_texts
from tests.print.pdf import A3, all_text, page_sizes_mm, page_texts, squash

FACTORS = ("Arbeidsmengde", "Samarbeid og rutiner", "Fysiske belastninger", "Opplæring")
_BY_START = {
    "Mye avbrytelser": "Arbeidsmengde",
    "mye": "Arbeidsmengde",
    "Lite tid": "Arbeidsmengde",
    "Uklart": "Samarbeid og rutiner",
    "Mange vikarer": "Samarbeid og rutiner",
    "Stress": "Samarbeid og rutiner",
    "Tunge": "Fysiske belastninger",
    "For lite tid": "Opplæring",
}


def with_factors() -> Session:
    """The Statusmøte with four factors, its challenges written into them (one in none)."""
    session = statusmote()
    notes = tuple(
        dataclasses.replace(
            note,
            factor=next((f for start, f in _BY_START.items() if note.text.startswith(start)), ""),
        )
        for note in session.notes
    )
    return dataclasses.replace(session, factors=FACTORS, notes=notes)


@functools.cache
def poster_pdf() -> bytes:
    return compile_pdf(poster_source(with_factors()), NOW)


def test_the_poster_is_one_a3_page_with_every_challenge_and_summary_item() -> None:
    data = poster_pdf()
    assert page_sizes_mm(data) == [A3]
    text = all_text(data)
    session = with_factors()
    for note in session.live_notes:
        if note.kind is NoteKind.UTFORDRING:
            assert squash(note.text) in text, note.text
    for item in session.summary:
        assert squash(item.text) in text, item.text
    for name in (*FACTORS, "Andre utfordringer", "Oppsummering"):
        assert squash(name) in text
    assert "Slettet" not in text


def test_each_challenge_sits_in_its_factors_segment() -> None:
    panels, inner = poster_panels(with_factors())
    by_title = {panel.title: panel.lines for panel in panels}
    assert list(by_title) == [*FACTORS, "Andre utfordringer"]
    assert by_title["Fysiske belastninger"] == (
        "Tunge løft på nattevakt når vi er alene (Gruppe 2)",
    )
    assert by_title["Andre utfordringer"] == ("Andre utfordringer: støy på vaktrommet (Gruppe 3)",)
    assert inner.lines[0] == "Mange avbrytelser ved medisinutdeling"


def test_one_groups_poster_holds_only_its_challenges(tmp_path: Path) -> None:
    panels, _ = poster_panels(with_factors(), group=2)
    lines = [line for panel in panels for line in panel.lines]
    assert sorted(lines) == [
        "Mange vikarer som ikke kjenner rutinene",
        "Mye avbrytelser ved medisinutdeling",
        "Tunge løft på nattevakt når vi er alene",
    ]


def test_a_factor_the_meeting_does_not_list_keeps_its_challenge() -> None:
    session = with_factors()
    extra = Note(
        "x1", NoteKind.UTFORDRING, "Dårlig lys i gangen", 1, 1, utc(2026, 3, 3, 14), factor="Lys"
    )
    panels, _ = poster_panels(dataclasses.replace(session, notes=(*session.notes, extra)))
    assert panels[-2].title == "Lys" and panels[-2].lines == ("Dårlig lys i gangen (Gruppe 1)",)


def test_long_texts_flow_onto_a_second_page_and_none_vanish() -> None:
    session = with_factors()
    long = "Vi rekker ikke å gjøre ferdig dokumentasjonen før vaktskiftet og må bli igjen"
    extra = tuple(
        Note(f"x{i}", NoteKind.UTFORDRING, f"{long} nr. {i}", 1, 1 + i % 3,
             utc(2026, 3, 3, 14, i % 60), factor="Arbeidsmengde")
        for i in range(40)
    )  # fmt: skip
    data = compile_pdf(poster_source(dataclasses.replace(session, notes=(*session.notes, *extra))))
    assert page_sizes_mm(data) == [A3, A3]
    pages = page_texts(data)
    assert "neste side" in pages[0]
    assert "Tekstene som ikke fikk plass" in pages[1]
    text = all_text(data)
    for i in range(40):
        assert squash(f"{long} nr. {i}") in text, i


def test_hostile_text_reads_literally_on_the_poster() -> None:
    session = build(hostile_texts())
    notes = tuple(dataclasses.replace(note, kind=NoteKind.UTFORDRING) for note in session.notes)
    text = all_text(compile_pdf(poster_source(dataclasses.replace(session, notes=notes))))
    for hostile in HOSTILE:
        assert squash(hostile) in text, hostile


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_first_page_renders_to_a_picture_that_is_not_blank(tmp_path: Path) -> None:
    source = tmp_path / "plansje.pdf"
    source.write_bytes(poster_pdf())
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
    )
    (picture,) = tmp_path.glob("p*.pgm")
    header, pixels = _pgm(picture.read_bytes())
    width, height = header
    assert abs(width - 297 / 25.4 * 30) < 1.5 and abs(height - 420 / 25.4 * 30) < 1.5  # A3
    dark = sum(1 for value in pixels if value < 128)
    tinted = sum(1 for value in pixels if value < 250)
    assert dark > 0.005 * len(pixels)  # lines and text
    assert tinted > 0.3 * len(pixels)  # the coloured segments cover much of the page


def _pgm(data: bytes) -> tuple[tuple[int, int], bytes]:
    """The size and pixels of a binary greyscale PGM (P5) as pdftoppm -gray writes it."""
    fields = data.split(maxsplit=3)
    assert fields[0] == b"P5"
    width, height = int(fields[1]), int(fields[2])
    maxval, _, pixels = fields[3].partition(b"\n")
    assert maxval == b"255"
    return (width, height), pixels[: width * height]


def test_plansje_export_poster_for_one_group(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from agendas.library import resolve_agenda
    from store.sessions import SessionStore
    from tui.cli import main

    root = tmp_path / "store"
    store = SessionStore.open(root)
    session = store.create_session(
        resolve_agenda("statusmote"),
        title="Statusmøte",
        date=NOW.date(),
        groups=2,
        factors=("Arbeidsmengde",),
    )
    for number, (group, text) in enumerate(((1, "Travle morgener"), (2, "Kalde vaktrom"))):
        note = Note(f"n{number}", NoteKind.UTFORDRING, text, 1, group, NOW, factor="Arbeidsmengde")
        store.add_note(session.id, note)
    target = tmp_path / "plansje.pdf"
    argv = ["export", session.id, "--poster", "-o", str(target), "--store", str(root)]
    assert main([*argv, "--group", "3"]) == 1
    assert capsys.readouterr().err == "plansje: møtet har ikke gruppe 3 (det har 2 grupper)\n"
    assert not target.exists()
    assert main([*argv, "--group", "2"]) == 0
    text = all_text(target.read_bytes())
    assert "Kaldevaktrom" in text and "Travle" not in text and "Gruppe2" in text
    assert page_sizes_mm(target.read_bytes()) == [A3]
