"""Escaping: any user text reads literally in a paragraph, heading, list item and table cell."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.export.escape import escape_cell, escape_inline, flatten_whitespace
from tests.export.markdown import parser, tables, text_content

#: Characters that CommonMark/GFM give meaning to, plus whitespace and digits.
SPECIALS = [*"\\`*_{}[]<>()#+-.!|~&;:=/\"' \n\t\r0123456789ax", "&amp;", "&#35;", "```"]

texts = st.one_of(
    st.text(max_size=60),
    st.lists(st.sampled_from(SPECIALS), max_size=30).map("".join),
)


def rendered_text(markdown: str) -> str:
    """The text content of a rendered document."""
    return text_content(parser().render(markdown))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_paragraph_shows_exactly_the_text(text: str) -> None:
    assert rendered_text(escape_inline(text)) == flatten_whitespace(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_list_item_stays_one_item_with_the_text(text: str) -> None:
    html = parser().render(f"- {escape_inline(text)}\n")
    assert html.count("<li>") == 1
    assert "<ol" not in html and "<ul>" in html and html.count("<ul>") == 1
    assert text_content(html) == flatten_whitespace(text)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_heading_keeps_its_whole_text(text: str) -> None:
    html = parser().render(f"### 1. {escape_inline(text)}\n")
    assert html.startswith("<h3>") and html.count("<h3>") == 1
    assert text_content(html) == f"1. {flatten_whitespace(text)}".strip()


@settings(max_examples=200, deadline=None)
@given(texts, texts)
def test_a_table_keeps_its_columns(first: str, second: str) -> None:
    document = (
        "| A | B | C |\n| --- | --- | --- |\n"
        f"| {escape_cell(first)} | {escape_cell(second)} | z |\n"
    )
    [table] = tables(document)
    assert table[1] == [flatten_whitespace(first), flatten_whitespace(second), "z"]


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# x", "\\# x"),
        ("a|b", "a\\|b"),
        ("*x*", "\\*x\\*"),
        ("_y_", "\\_y\\_"),
        ("1. item", "1\\. item"),
        ("2) item", "2\\) item"),
        ("- item", "\\- item"),
        ("+ item", "\\+ item"),
        ("> sitat", "\\> sitat"),
        ("a\nb", "a b"),
        ("[x](y)", "\\[x\\](y)"),
        ("`kode`", "\\`kode\\`"),
        ("Mat & drikke", "Mat \\& drikke"),
        ("kl. 14.00 - 15.00", "kl. 14.00 - 15.00"),
        ("Mye avbrytelser ved medisinutdeling", "Mye avbrytelser ved medisinutdeling"),
    ],
)
def test_escaping_examples(text: str, escaped: str) -> None:
    assert escape_inline(text) == escaped


def test_script_tags_never_become_html() -> None:
    html = parser().render(escape_inline("<script>alert(1)</script>"))
    assert "<script>" not in html
    assert text_content(html) == "<script>alert(1)</script>"


def test_flatten_whitespace_joins_lines_and_replaces_nul() -> None:
    assert flatten_whitespace("  a\n\n b\t\x00 ") == "a b \ufffd"
