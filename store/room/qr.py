"""The join address as a QR code made of text, for a terminal on a projector (segno).

Each line of text holds two rows of modules drawn with half blocks, so a module is square
in an ordinary terminal cell (about twice as high as wide). `scale=2` doubles it for a
projector far from the phones. Draw it dark on light (black on white): the quiet zone is
part of the code.
"""

from __future__ import annotations

import segno

QUIET_ZONE = 2
"""Light modules around the code (the standard asks 4; 2 reads well and saves room)."""
_BLOCKS = {(True, True): "█", (True, False): "▀", (False, True): "▄", (False, False): " "}


def qr_lines(text: str, scale: int = 1) -> list[str]:
    """The QR code of `text` as lines of half blocks (a block is a dark module)."""
    code = segno.make(text, error="m", micro=False)
    rows = [[bool(m) for m in row] for row in code.matrix_iter(scale=1, border=QUIET_ZONE)]
    rows = [[m for m in row for _ in range(scale)] for row in rows for _ in range(scale)]
    if len(rows) % 2:
        rows.append([False] * len(rows[0]))
    return [
        "".join(_BLOCKS[top, bottom] for top, bottom in zip(upper, lower, strict=True))
        for upper, lower in zip(rows[::2], rows[1::2], strict=True)
    ]


def qr_size(text: str, scale: int = 1) -> tuple[int, int]:
    """The (columns, lines) the code of `text` takes at `scale`."""
    lines = qr_lines(text, scale)
    return len(lines[0]), len(lines)
