"""Typst source for the print exports: user text as string literals, blocks as function calls.

Every piece of text, user text and labels alike, goes into the source as a Typst string
literal (`typst_string`), never as markup: `#`, `*`, `_`, `$`, `@`, `<`, `>`, backticks,
brackets and backslashes then read literally, and a newline can never start a new block.
"""

from __future__ import annotations

from collections.abc import Iterable

from store.export.print_blocks import (
    Block,
    Bullets,
    Cell,
    Fields,
    Heading,
    Item,
    PageSize,
    Para,
    PrintDocument,
    Table,
    printable,
)

#: The serif face Typst embeds in itself (no system fonts are read): it has ÆØÅ, «», –.
FONT = "Libertinus Serif"
#: The colour of warnings (overdue tiltak) and of quiet text.
WARN = 'rgb("#a4161a")'
QUIET = "luma(90)"

_PAPER = {
    "a4": '"a4"',
    "a4-landscape": '"a4", flipped: true',
    "a3": '"a3"',
}


def typst_string(text: str) -> str:
    """User text as a Typst string literal that renders exactly as the (flattened) text.

    Whitespace runs (newlines too) become one space; control characters become U+FFFD.
    """
    flat = printable(text)
    return '"' + flat.replace("\\", "\\\\").replace('"', '\\"') + '"'


def preamble(
    title: str, footer: str, page_word: str, of_word: str, lang: str, page: PageSize
) -> str:
    """The document's set rules: paper, margins, font, and the footer with date and page x/y."""
    footer_body = (
        f"#{typst_string(footer)} #h(1fr) #{typst_string(page_word)} "
        f"#counter(page).display() #{typst_string(of_word)} "
        "#str(counter(page).final().first())"
    )
    return "\n".join(
        [
            f"#set document(title: {typst_string(title)})",
            f"#set page(paper: {_PAPER[page]}, margin: (x: 1.8cm, top: 1.8cm, bottom: 2.2cm),",
            f"  footer: context {{ set text(size: 8pt, fill: {QUIET}); [{footer_body}] }})",
            f'#set text(font: "{FONT}", size: 10.5pt, lang: "{lang}", hyphenate: false)',
            "#set par(justify: false)",
            "#show heading.where(level: 1): set text(size: 17pt)",
            "#show heading.where(level: 2): set text(size: 13pt)",
            "#show heading: set block(above: 1.2em, below: 0.6em)",
            "#set table(stroke: 0.5pt + luma(150), inset: 4pt)",
            # No hyphenation (it would make Typst map "-" to a soft hyphen, so that a search
            # for "HMS-gruppen" fails): cells are a size smaller, columns wide enough for
            # long compounds such as "Fagutviklingssykepleier".
            "#show table: set text(size: 9pt)",
            "",
        ]
    )


def render_typst(document: PrintDocument) -> str:
    """The Typst source of a whole print document."""
    head = preamble(
        document.title,
        document.footer,
        document.page_word,
        document.of_word,
        document.lang,
        document.page,
    )
    return head + "\n\n".join(block_source(block) for block in document.blocks) + "\n"


def block_source(block: Block) -> str:
    """One block as a Typst markup line (a function call)."""
    if isinstance(block, Heading):
        return f"#heading(level: {block.level}, {typst_string(block.text)})"
    if isinstance(block, Fields):
        cells = ", ".join(
            f"strong({typst_string(name + ':')}), {typst_string(value)}"
            for name, value in block.pairs
        )
        return f"#grid(columns: (auto, 1fr), column-gutter: 1em, row-gutter: 0.5em, {cells})"
    if isinstance(block, Para):
        return f"#{_styled(block.text, bold=block.bold, quiet=block.quiet)}"
    if isinstance(block, Bullets):
        return f"#{_list(block.items)}"
    return f"#{table_source(block)}"


def _styled(text: str, *, bold: bool = False, quiet: bool = False, warn: bool = False) -> str:
    """A text call for plain text with weight and colour."""
    options = []
    if bold:
        options.append('weight: "bold"')
    if quiet:
        options.append(f"fill: {QUIET}")
    if warn:
        options.append(f"fill: {WARN}")
    return f"text({', '.join([*options, typst_string(text)])})"


def _list(items: Iterable[Item]) -> str:
    return "list(" + ", ".join(_item(item) for item in items) + ")"


def _item(item: Item) -> str:
    parts = []
    if item.lead:
        parts.append(f"#strong({typst_string(item.lead)})")
    parts.append(f"#{_styled(item.text, warn=item.marked)}")
    if item.children:
        parts.append(f"#{_list(item.children)}")
    return "[" + " ".join(parts) + "]"


def _cell(cell: Cell, *, bold: bool, warn: bool) -> str:
    """A table cell: one text, or its lines with a line break between them."""
    if isinstance(cell, str):
        return _styled(cell, bold=bold, warn=warn)
    lines = " #linebreak() ".join(f"#{_styled(line, bold=bold, warn=warn)}" for line in cell)
    return f"[{lines}]"


def table_source(table: Table) -> str:
    """A table call: bold header repeated on each page, marked rows in the warning colour."""
    widths = table.widths or (1.0,) * len(table.columns)
    columns = ", ".join(f"{width:g}fr" for width in widths)
    header = ", ".join(f"strong({typst_string(name)})" for name in table.columns)
    last = len(table.rows) - 1
    cells = [
        _cell(cell, bold=table.bold_last and index == last, warn=index in table.marked)
        for index, row in enumerate(table.rows)
        for cell in row
    ]
    body = "".join(f", {cell}" for cell in cells)
    return f"table(columns: ({columns},), table.header({header}){body})"
