"""The print exports' document model: headings, fields, paragraphs, lists and tables.

The PDF (Typst) and Word renderers draw the same blocks, so the minutes read the same in
both. Every text here is plain user or label text, not markup: each renderer escapes it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Literal

from store.export.escape import flatten_whitespace


def printable(text: str) -> str:
    """User text on one line for print: whitespace runs (newlines too) become one space and
    control characters U+FFFD, so no text can break a PDF's source or a Word file's XML."""
    return "".join(
        "\ufffd" if unicodedata.category(char) in ("Cc", "Cs") else char
        for char in flatten_whitespace(text)
    )


#: A page's size and orientation: A4 upright, A4 on its side, A3 upright.
PageSize = Literal["a4", "a4-landscape", "a3"]


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of level 1 (the document's title) to 3."""

    text: str
    level: int = 1


@dataclass(frozen=True, slots=True)
class Fields:
    """Labelled values, such as the minutes' header (Møtetype: Statusmøte)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class Para:
    """A paragraph of plain text; `quiet` ones (no notes, listed elsewhere) are drawn dimmer."""

    text: str
    quiet: bool = False
    bold: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    """A list entry: optional bold lead-in (a rank, a group), its text, nested entries."""

    text: str
    lead: str = ""
    children: tuple[Item, ...] = ()
    marked: bool = False


@dataclass(frozen=True, slots=True)
class Bullets:
    """A bulleted list of items (nested one level for notes under their group)."""

    items: tuple[Item, ...]


#: A table cell: one text, or lines stacked in the cell (a step and its content).
Cell = str | tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Table:
    """A table with a header row; `widths` are relative column widths (1 = one share).

    `marked` holds the indexes of rows to draw as a warning (overdue tiltak); `bold_last`
    makes the last row a total.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()
    marked: frozenset[int] = field(default_factory=frozenset)
    bold_last: bool = False

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.columns):
                raise ValueError(f"table row has {len(row)} cells, header has {len(self.columns)}")


Block = Heading | Fields | Para | Bullets | Table


@dataclass(frozen=True, slots=True)
class PrintDocument:
    """A whole print document: its blocks, page size and the footer's words.

    The footer shows `footer` (the meeting and its date) and the page number on every page;
    `page_word` and `of_word` read "Side 2 av 5".
    """

    title: str
    blocks: tuple[Block, ...]
    footer: str
    page_word: str
    of_word: str
    lang: str = "nb"
    page: PageSize = "a4"
