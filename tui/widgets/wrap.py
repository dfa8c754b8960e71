"""Hanging indents: wrap a bullet line so its continuation lines start under the text."""

from __future__ import annotations

import re
from collections.abc import Callable

from rich.cells import cell_len
from rich.text import Text
from textual.content import Content
from textual.css.styles import RulesMap
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual

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


class HangingText(Visual):
    """Text built for the width Textual lays it out at, so bullets hang at any width with no
    second layout pass: `build(width)` gives the text (0: unwrapped, for measuring)."""

    def __init__(self, build: Callable[[int], Text]) -> None:
        self._build = build
        self._by_width: dict[int, Content] = {}

    def at(self, width: int) -> Content:
        """The text wrapped for `width` cells (the last few widths are kept)."""
        content = self._by_width.get(width)
        if content is None:
            if len(self._by_width) > 3:
                self._by_width.clear()
            content = self._by_width[width] = Content.from_rich_text(self._build(width))
        return content

    def __str__(self) -> str:
        return self.at(0).plain

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        """The width of the longest unwrapped line."""
        return self.at(0).get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        """The longest word."""
        return self.at(0).get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        """Lines at `width`, hanging indents included."""
        return self.at(width).get_height(rules, width)

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        """The lines at `width`."""
        return self.at(width).render_strips(width, height, style, options)
