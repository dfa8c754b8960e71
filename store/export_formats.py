"""Which file formats each export can be written as, and the format a file name asks for.

`plansje export ID -o referat.pdf` writes a PDF: the extension picks the format, `--format`
overrides it, and an extension an export cannot be written as is refused (never a Markdown
file called .pdf).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import PurePath

from store.errors import StoreError
from store.language import Lang, template

#: Each export kind's formats, the default first.
FORMATS: dict[str, tuple[str, ...]] = {
    "minutes": ("md", "pdf", "docx"),
    "summary": ("md",),
    "actions": ("md", "pdf", "csv"),
    "plan": ("md",),
    "ics": ("ics",),
    "invitation": ("txt",),
    "runsheet": ("pdf",),
    "poster": ("pdf",),
    "joinsheet": ("pdf",),
}
#: Every format a file can be written as, for --format.
ALL_FORMATS = ("md", "pdf", "docx", "csv", "ics", "txt")
#: Formats that are bytes rather than text: never written to the terminal.
BINARY_FORMATS = frozenset({"pdf", "docx"})
#: File extensions and the format each means.
EXTENSIONS = {
    ".md": "md",
    ".markdown": "md",
    ".pdf": "pdf",
    ".docx": "docx",
    ".ics": "ics",
    ".txt": "txt",
    ".csv": "csv",
}


class UnwritableFormat(StoreError):
    """An export asked for in a format (or file extension) it cannot be written as."""

    def __init__(self, kind: str, extension: str, lang: Lang | None = None) -> None:
        choices = [f".{fmt}" for fmt in FORMATS[kind]]
        listed = (
            choices[0]
            if len(choices) == 1
            else f"{', '.join(choices[:-1])} {template('print.or', lang)} {choices[-1]}"
        )
        self._coded(
            "err.export_format",
            what=template(f"print.what.{kind}", lang),
            extension=extension,
            choices=listed,
        )
        super().__init__(str(self))


class BinaryToTerminal(StoreError):
    """A PDF or Word export asked for without -o: it is not printed to the terminal."""

    def __init__(self, fmt: str, example: str) -> None:
        self._coded("err.export_binary_stdout", format=fmt.upper(), example=example)
        super().__init__(str(self))


def choose_format(kind: str | None, output: str | None, fmt: str | None) -> tuple[str, str]:
    """The (kind, format) to write: `fmt` if given, else the output's extension, else the default.

    Without a kind, a `.ics` file means the calendar and anything else the minutes. Raises
    UnwritableFormat when the kind cannot be written in the format or extension asked for.
    """
    suffix = PurePath(output).suffix.lower() if output else ""
    if kind is None:
        kind = "ics" if fmt is None and suffix == ".ics" else "minutes"
    if fmt is not None:
        if fmt not in FORMATS[kind]:
            raise UnwritableFormat(kind, f".{fmt}")
        return kind, fmt
    if not suffix:
        return kind, FORMATS[kind][0]
    found = EXTENSIONS.get(suffix)
    if found is None or found not in FORMATS[kind]:
        raise UnwritableFormat(kind, suffix)
    return kind, found


class BadStart(StoreError):
    """`--start` is not a clock time such as 13:30."""

    def __init__(self, value: str) -> None:
        self._coded("err.export_start", value=value)
        super().__init__(str(self))


def parse_start(value: str | None) -> dt.time | None:
    """The run sheet's planned start from `--start` ("13:30", "9.15"); BadStart otherwise."""
    if value is None:
        return None
    found = re.fullmatch(r"\s*(\d{1,2})[:.](\d{2})\s*", value)
    if found is None or int(found[1]) > 23 or int(found[2]) > 59:
        raise BadStart(value)
    return dt.time(int(found[1]), int(found[2]))
