"""The join sheet as Typst source: one A4 page per group with its QR code and the join code.

The QR code is drawn as vector shapes (one filled rectangle per run of dark modules), so it
prints sharp at any size. Each group's code opens the page with that group picked; the short
code on the sheet is the room's, typed on the start page. The page says plainly that both
work only while the room is open and the meeting runs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from store.export.labels import Lang
from store.export.typst_source import FONT, QUIET, typst_string
from store.language import translate

QR_SIDE_CM = 12.5
"""The QR code's side on paper: a phone reads it from across a table."""
MONO = "DejaVu Sans Mono"

Matrix = Sequence[Sequence[bool]]
"""A QR code's modules, row by row, quiet zone included (True: dark)."""


@dataclass(frozen=True, slots=True)
class GroupCode:
    """One group's entry: its number, the address its QR code holds and that code's modules."""

    group: int
    url: str
    matrix: Matrix


def qr_shapes(matrix: Matrix, side_cm: float = QR_SIDE_CM) -> str:
    """Typst code drawing the matrix as black rectangles in a white square of `side_cm`."""
    size = len(matrix)
    module = side_cm / size
    shapes: list[str] = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            if not row[x]:
                x += 1
                continue
            start = x
            while x < len(row) and row[x]:
                x += 1
            shapes.append(
                f"place(dx: {start * module:.4f}cm, dy: {y * module:.4f}cm, "
                f"rect(width: {(x - start) * module + 0.002:.4f}cm, "
                f"height: {module + 0.002:.4f}cm, fill: black, stroke: none))"
            )
    body = "\n  ".join(shapes)
    return f"box(width: {side_cm}cm, height: {side_cm}cm, fill: white, {{\n  {body}\n}})"


def join_sheet_source(
    title: str, address: str, code: str, groups: Sequence[GroupCode], *, lang: Lang = "nb"
) -> str:
    """The sheet's Typst source: a page per group (title, group, QR, address, code, notice)."""

    def w(key: str, **values: object) -> str:
        return typst_string(translate(key, lang, values or None))

    lines = [
        f"#set document(title: {typst_string(title)})",
        '#set page(paper: "a4", margin: (x: 2cm, y: 1.8cm))',
        f'#set text(font: "{FONT}", size: 14pt, lang: "{lang}", hyphenate: false)',
        "#set par(justify: false)",
    ]
    for index, entry in enumerate(groups):
        if index:
            lines.append("#pagebreak()")
        group = w("join.group", n=entry.group)
        mono = f'font: "{MONO}"'
        lines += [
            "#align(center)[",
            f"  #text(size: 14pt, fill: {QUIET})[#{typst_string(title)}]",
            f'  #block(above: 0.2cm, below: 0.5cm, text(size: 36pt, weight: "bold")[#{group}])',
            f"  #block(below: 0.5cm, {qr_shapes(entry.matrix)})",
            f"  #text(size: 13pt)[#{w('join.scan')}]",
            f"  #block(above: 0.3cm, below: 0.3cm, text({mono}, size: 14pt)"
            f"[#{typst_string(address)}])",
            f'  #text({mono}, size: 40pt, weight: "bold")[#{typst_string(code)}]',
            "]",
            "#v(1fr)",
            "#block(width: 100%, inset: 10pt, stroke: 1.5pt + black, radius: 4pt, "
            "breakable: false)[",
            f'  #text(size: 13pt, weight: "bold")[#{w("join.valid")}]',
            "  #v(0.2cm)",
            f"  #text(size: 11pt, fill: {QUIET})[#{w('join.privacy')}]",
            "]",
        ]
    return "\n".join(lines) + "\n"
