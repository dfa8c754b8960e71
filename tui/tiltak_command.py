"""`plansje tiltak`: every tiltak in the store as a table, a spreadsheet or calendar reminders."""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from store.clock import format_date, local_date, local_zone
from store.errors import InvalidInput, StoreError
from store.export.labels import labels_for
from store.language import language, t
from store.model import utc_now
from store.tiltak_rows import Shown, TiltakFilter, TiltakRow, parse_iglo, select
from tui.commands import print_table

#: The widest a tiltak's text gets in the terminal table (the CSV keeps it whole).
TEXT_WIDTH = 48


def list_tiltak(
    args: argparse.Namespace,
    store_dir: Path,
    out: TextIO,
    err: TextIO,
    clock: Callable[[], dt.datetime] = utc_now,
) -> int:
    """Print (or with -o write) the tiltak that pass the filters; 1 with a message on bad input."""
    from store.export.tiltak_list import render_tiltak_csv, render_tiltak_ics
    from store.export_file import write_export
    from store.sessions import SessionStore
    from store.tiltak_register import read_register

    try:
        wanted = TiltakFilter(Shown(args.shown or "all"), args.ansvarlig, parse_iglo(args.iglo))
    except InvalidInput:
        return _fail(err, t("cli.tiltak.bad_iglo", value=args.iglo))
    output = Path(args.output) if args.output else None
    if output is not None and output.suffix.lower() not in (".csv", ".ics"):
        return _fail(err, t("cli.tiltak.bad_format", name=output.name))
    try:
        now = clock()
        today = local_date(now, local_zone())
        register = read_register(SessionStore.open(store_dir))
        rows = select(register.rows, wanted, today)
        if output is None:
            _print_table(rows, today, out)
        else:
            lang = language()
            if output.suffix.lower() == ".csv":
                text = render_tiltak_csv(rows, today, lang)
            else:
                text = render_tiltak_ics(rows, now, lang).decode("utf-8")
            write_export(text, output)
            out.write(t("cli.tiltak.written", count=len(rows), path=output) + "\n")
    except StoreError as error:
        return _fail(err, str(error))
    if register.unreadable:
        err.write(t("cli.tiltak.skipped", count=register.unreadable) + "\n")
    return 0


def _fail(err: TextIO, message: str) -> int:
    err.write(t("cli.failed", message=message) + "\n")
    return 1


def _print_table(rows: list[TiltakRow], today: dt.date, out: TextIO) -> None:
    """Columns: what, IGLO, ansvarlig, frist (marked when overdue), status, meeting."""
    if not rows:
        out.write(t("cli.tiltak.none") + "\n")
        return
    labels = labels_for(language())
    keys = ("col.what", "col.iglo", "col.ansvarlig", "col.frist", "col.status", "col.meeting")
    table = [[t(key).upper() for key in keys]]
    for row in rows:
        note = row.note
        frist = format_date(note.frist) if note.frist else "–"
        if row.overdue(today):
            frist += f" ({t('tiltak.overdue')})"
        text = note.text if len(note.text) <= TEXT_WIDTH else note.text[: TEXT_WIDTH - 1] + "…"
        meeting = f"{row.meeting} {format_date(row.session.date)}"
        iglo = labels.iglo[note.iglo] if note.iglo else "–"
        status = labels.status[note.status]
        table.append([text, iglo, note.ansvarlig or "–", frist, status, meeting])
    print_table(table, out)
