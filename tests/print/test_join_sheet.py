"""The join sheet: one A4 page per group with its QR code (vector shapes) and the join code,
saying the code works only while the room is open and the meeting runs."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from agendas.library import resolve_agenda
from store.export.join_sheet import QR_SIDE_CM
from store.join_sheet_file import RoomClosed, group_url, join_sheet_pdf, qr_matrix
from store.room.keys import new_keys
from store.room.room_file import RoomRecord, write_room
from store.sessions import SessionStore
from tests.print.test_poster import _pgm
from tui.cli import main

NOW = dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC)
ADDRESS = "http://192.168.1.20:8400"


def _open_room(tmp_path: Path, groups: int = 3) -> tuple[SessionStore, str, RoomRecord]:
    store = SessionStore.open(tmp_path / "store")
    session = store.create_session(
        resolve_agenda("apu-1"), title="APU <b>#1</b>", date=NOW.date(), groups=groups
    )
    record = RoomRecord(new_keys(session.id), ADDRESS)
    write_room(store.sessions_dir / session.id, record)
    return store, session.id, record


def test_every_group_gets_a_page_with_the_code_and_the_notice(tmp_path: Path) -> None:
    store, sid, record = _open_room(tmp_path)
    pdf = pypdf.PdfReader(io.BytesIO(join_sheet_pdf(store, store.load(sid), NOW, "nb")))
    assert len(pdf.pages) == 3
    for number, page in enumerate(pdf.pages, start=1):
        text = " ".join(page.extract_text().split())
        assert f"Gruppe {number}" in text
        assert record.keys.shown_code in text
        assert ADDRESS in text
        assert "APU <b>#1</b>" in text  # the title reads literally
        assert "virker bare mens gruppeplassene er åpne og dette møtet pågår" in text
        width, height = (float(v) for v in page.mediabox.upper_right)
        assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1  # A4
    english = pypdf.PdfReader(io.BytesIO(join_sheet_pdf(store, store.load(sid), NOW, "en")))
    assert "only work while the room is open" in " ".join(english.pages[0].extract_text().split())


def test_a_closed_room_gives_no_sheet_and_the_cli_says_why(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store, sid, record = _open_room(tmp_path)
    write_room(store.sessions_dir / sid, RoomRecord(record.keys, ""))  # the room has closed
    with pytest.raises(RoomClosed):
        join_sheet_pdf(store, store.load(sid), NOW, "nb")
    out = tmp_path / "ark.pdf"
    argv = ["--store", str(tmp_path / "store"), "export", sid, "--join-sheet", "-o", str(out)]
    assert main(argv) == 1
    assert "er ikke åpne" in capsys.readouterr().err
    assert not out.exists()


def test_the_cli_writes_the_sheet(tmp_path: Path) -> None:
    _, sid, _ = _open_room(tmp_path, groups=2)
    out = tmp_path / "ark.pdf"
    argv = ["--store", str(tmp_path / "store"), "export", sid, "--join-sheet", "-o", str(out)]
    assert main(argv) == 0
    assert len(pypdf.PdfReader(out).pages) == 2


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_the_printed_qr_code_is_the_group_links_code(tmp_path: Path) -> None:
    store, sid, record = _open_room(tmp_path)
    source = tmp_path / "ark.pdf"
    source.write_bytes(join_sheet_pdf(store, store.load(sid), NOW, "nb"))
    subprocess.run(
        ["pdftoppm", "-r", "100", "-gray", "-f", "1", "-l", "1", str(source), str(tmp_path / "p")],
        check=True,
    )
    (picture,) = tmp_path.glob("p*.pgm")
    (width, height), pixels = _pgm(picture.read_bytes())
    dark = [[pixels[y * width + x] < 128 for x in range(width)] for y in range(height)]
    assert 0.05 < sum(map(sum, dark)) / (width * height) < 0.5  # not blank, not a black page
    matrix = qr_matrix(group_url(record, 1))
    module = QR_SIDE_CM / 2.54 * 100 / len(matrix)  # at 100 dpi
    # the top edge of the upper-left finder pattern: the first run of 7 dark modules
    y0, x0 = next(
        (y, row.index(True))
        for y, row in enumerate(dark)
        if any(all(row[x : x + int(module * 6.5)]) for x in range(width - int(module * 7)))
    )
    row = dark[y0]
    x0 = next(x for x in range(width) if all(row[x : x + int(module * 6.5)]))
    border = next(i for i, r in enumerate(matrix) if any(r))
    size = len(matrix) - 2 * border
    same = sum(
        dark[int(y0 + (r + 0.5) * module)][int(x0 + (c + 0.5) * module)]
        == matrix[border + r][border + c]
        for r in range(size)
        for c in range(size)
    )
    assert same == size * size  # every module printed as segno made it
