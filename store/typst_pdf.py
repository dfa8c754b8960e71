"""Typesetting a print export's Typst source into PDF bytes (PDF/A-2b, fonts embedded).

The renderers in store.export produce Typst source and never touch the disk; this module
runs the Typst compiler in memory with only the fonts Typst carries inside itself (no system
fonts, no packages, nothing fetched), so a PDF looks the same on every machine.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from store.errors import StoreError

#: Arkivverket accepts PDF/A for archiving; PDF/A-2b keeps the text extractable.
PDF_STANDARD: Final = "a-2b"


class PrintFailed(StoreError):
    """Typst could not typeset a document (a bug in a renderer: user text cannot cause it)."""

    def __init__(self, detail: str) -> None:
        self._coded("err.print_failed", detail=detail)
        super().__init__(detail)


def compile_pdf(source: str, now: dt.datetime | None = None) -> bytes:
    """The PDF of a Typst document; `now` stamps its creation date (reproducible output)."""
    import typst

    stamp = None if now is None else int(now.timestamp())
    try:
        result = typst.compile(
            source.encode("utf-8"),
            ignore_system_fonts=True,
            pdf_standards=PDF_STANDARD,
            timestamp=stamp,
        )
    except typst.TypstError as error:
        raise PrintFailed(error.message) from error
    return result
