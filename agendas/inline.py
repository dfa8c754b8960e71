"""Markdown inline text as plain text: what the reader sees, without emphasis markers."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

_MD = MarkdownIt("commonmark")


def plain_text(inline: Token) -> str:
    """The visible text of an inline token, without Markdown emphasis markers."""
    parts: list[str] = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline", "html_inline"):
            parts.append(child.content)
        elif child.type == "softbreak":
            parts.append(" ")
        elif child.type == "hardbreak":
            parts.append("\n")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts).strip()


def inline_plain(text: str) -> str:
    """Render a fragment of Markdown inline text as plain text."""
    tokens = _MD.parseInline(text)
    return plain_text(tokens[0]) if tokens else text.strip()
