"""Problems found in agenda files, each naming its file and line."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Problem:
    """One problem in an agenda file: an error or a warning at a line (1-based)."""

    path: str
    line: int
    message: str
    severity: str = "error"

    @property
    def is_error(self) -> bool:
        """True for errors, False for warnings."""
        return self.severity == "error"

    def __str__(self) -> str:
        prefix = "" if self.is_error else "warning: "
        return f"{self.path}:{self.line}: {prefix}{self.message}"


class AgendaError(Exception):
    """An agenda file could not be read; carries every problem found, errors first."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        ordered = sorted(problems, key=lambda p: (not p.is_error, p.line))
        self.problems: tuple[Problem, ...] = tuple(ordered)
        first = self.problems[0] if self.problems else Problem("?", 0, "unknown problem")
        self.path = first.path
        self.line = first.line
        self.message = first.message
        super().__init__(str(first))

    @classmethod
    def single(cls, path: str, line: int, message: str) -> AgendaError:
        """An error with one problem."""
        return cls([Problem(path, line, message)])
