"""CSV that a spreadsheet opens as it should in Norway, and never runs as formulas.

Norwegian Excel reads `;` as the separator and needs the UTF-8 byte order mark to show ÆØÅ.
A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
or a carriage return) gets a leading apostrophe, so a note can never become a formula.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence

from store.export.print_blocks import printable

#: The byte order mark that tells Excel the file is UTF-8.
BOM = "\ufeff"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


class _Lines:
    """The text a csv.writer writes, collected in memory."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def write(self, text: str) -> int:
        """Keep one written piece."""
        self.parts.append(text)
        return len(text)


def safe_cell(text: str) -> str:
    """User text for a spreadsheet cell: on one line, never a formula."""
    flat = printable(text)
    return f"'{flat}" if flat.startswith(_FORMULA_STARTS) else flat


def csv_text(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """The header and rows as spreadsheet CSV (BOM, `;`, CRLF); cells as given."""
    out = _Lines()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return BOM + "".join(out.parts)
