"""Hanging indents: wrap a bullet line so its continuation lines start under the text."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.text import Text

_WORDS = re.compile(r"\s*\S+")
MIN_TEXT = 12


def hang(line: Text, width: int, indent: int) -> Text:
    """`line` wrapped at word breaks to `width` cells, later lines indented by `indent` spaces.

    A line that fits, or a width too narrow to be worth it, comes back unchanged (the widget
    then wraps it as usual); a single word longer than a line is left for the widget to fold.
    """
    plain = line.plain
    if width - indent < MIN_TEXT or cell_len(plain) <= width:
        return line
    starts: list[int] = []
    column, limit = 0, width
    for match in _WORDS.finditer(plain):
        token = match.group()
        if column and column + cell_len(token) > limit:
            word = token.lstrip()
            starts.append(match.end() - len(word))
            column, limit = cell_len(word), width - indent
        else:
            column += cell_len(token)
    parts = line.divide(starts)
    result = parts[0]
    result.rstrip()
    for part in parts[1:]:
        part.rstrip()
        result.append("\n" + " " * indent)
        result.append_text(part)
    return result
