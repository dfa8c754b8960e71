"""Reading print exports back: the text of a PDF (pypdf) and its page sizes in millimetres."""

from __future__ import annotations

import io

import pypdf

#: Paper sizes in millimetres (width, height), upright.
A4 = (210, 297)
A3 = (297, 420)


def pdf_reader(data: bytes) -> pypdf.PdfReader:
    """A reader over PDF bytes."""
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    """The extracted text of each page."""
    return [page.extract_text() for page in pdf_reader(data).pages]


def squash(text: str) -> str:
    """Text without any whitespace: line wraps in a PDF's text never fail a comparison."""
    return "".join(text.split())


def all_text(data: bytes) -> str:
    """The whole document's text, squashed (see squash)."""
    return squash("".join(page_texts(data)))


def page_sizes_mm(data: bytes) -> list[tuple[int, int]]:
    """Each page's (width, height), rounded to whole millimetres."""
    sizes = []
    for page in pdf_reader(data).pages:
        box = page.mediabox
        sizes.append((round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)))
    return sizes
