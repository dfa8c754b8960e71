"""Escaping user text so that it reads literally inside generated CommonMark.

All user text (note texts, titles, places, names) goes through these functions before it
is put into a Markdown document. Whitespace, newlines included, is collapsed to single
spaces: a note never spans lines in an export, so it can never start a new block.
"""

from __future__ import annotations

import re

#: Characters that can start inline markup anywhere in a line: code spans, emphasis,
#: strikethrough, links and images, raw HTML and autolinks, entity references, table
#: pipes, heading closing sequences and (in some renderers) attribute braces.
_ALWAYS_ESCAPED = "\\`*_{}[]<>#|~&"
_ESCAPE_TABLE = {ord(char): "\\" + char for char in _ALWAYS_ESCAPED}

#: Characters that only matter at the start of a line: bullet list markers, and `=`
#: (setext underline); `#`, `>` and `*` are escaped everywhere already.
_LEADING_MARKERS = ("-", "+", "=")

#: An ordered list marker at the start of a line: `1.` or `1)`.
_LEADING_ORDERED = re.compile(r"(\d+)([.)])")


def flatten_whitespace(text: str) -> str:
    """The text on one line: runs of whitespace (newlines too) become one space, ends trimmed.

    NUL characters become U+FFFD, as CommonMark requires of its input.
    """
    return " ".join(text.replace("\x00", "\ufffd").split())


def escape_inline(text: str) -> str:
    """User text as inline CommonMark that renders exactly as the (flattened) text."""
    escaped = flatten_whitespace(text).translate(_ESCAPE_TABLE)
    if escaped.startswith(_LEADING_MARKERS):
        return "\\" + escaped
    ordered = _LEADING_ORDERED.match(escaped)
    if ordered is not None:
        return f"{ordered.group(1)}\\{escaped[ordered.end(1) :]}"
    return escaped


def escape_cell(text: str) -> str:
    """User text for a GFM table cell: inline-escaped, `|` included, never breaking the row."""
    # escape_inline already escapes `|` and flattens newlines; kept separate so that callers
    # say what they mean and a cell-only rule has one place to go.
    return escape_inline(text)
