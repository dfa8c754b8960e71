"""Helpers for checking exports with markdown-it-py: headings, tables and plain text."""

from __future__ import annotations

import html
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

_TAG = re.compile(r"<[^>]*>")


_PARSER = MarkdownIt("commonmark").enable("table")


def parser() -> MarkdownIt:
    """CommonMark plus GFM tables (the "commonmark" preset has no tables)."""
    return _PARSER


def text_content(rendered: str) -> str:
    """The text of rendered HTML: tags dropped, entities decoded, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", rendered)).split())


def inline_text(token: Token) -> str:
    """The rendered text of an inline token."""
    return text_content(_PARSER.renderer.render(token.children or [], _PARSER.options, {}))


def headings(document: str) -> list[tuple[int, str]]:
    """Every heading as (level, text), in document order."""
    tokens = parser().parse(document)
    found: list[tuple[int, str]] = []
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            found.append((int(token.tag[1:]), inline_text(tokens[index + 1])))
    return found


def tables(document: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts (the header row first)."""
    tokens = parser().parse(document)
    result: list[list[list[str]]] = []
    row: list[str] = []
    for index, token in enumerate(tokens):
        if token.type == "table_open":
            result.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[index + 1]))
        elif token.type == "tr_close":
            result[-1].append(row)
    return result


def assert_tables_rectangular(document: str) -> None:
    """Fail unless every table row has as many cells as its header row (source and parse)."""
    for table in tables(document):
        assert all(len(row) == len(table[0]) for row in table), table
    source_rows: list[int] = []
    for line in document.splitlines():
        if line.startswith("|"):
            cells = len(re.findall(r"(?<!\\)\|", line)) - 1
            source_rows.append(cells)
        elif source_rows:
            assert len(set(source_rows)) == 1, source_rows
            source_rows = []
