"""Markdown helpers shared by the exports: tables and blocks (times and dates: store.clock)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence


def markdown_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    """The lines of a GFM table; cells must already be escaped (see escape_cell)."""
    lines = [_row(header), _row(["---"] * len(header))]
    for row in rows:
        if len(row) != len(header):
            raise ValueError(f"table row has {len(row)} cells, header has {len(header)}")
        lines.append(_row(row))
    return lines


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def join_blocks(blocks: Iterable[Sequence[str] | str]) -> str:
    """A Markdown document from blocks (a line or a list of lines), one blank line between."""
    parts = ["\n".join(block) if not isinstance(block, str) else block for block in blocks]
    return "\n\n".join(part for part in parts if part) + "\n"
