"""Agendas: the agenda model, the Markdown agenda parser and the built-in library."""

from typing import TYPE_CHECKING

from agendas.errors import AgendaError, Problem
from agendas.model import (
    Agenda,
    Duration,
    GroupWork,
    IgloLevel,
    NoteKind,
    Rounds,
    Step,
    Target,
)

if TYPE_CHECKING:  # type checkers see the parser; at run time it loads on first use
    from agendas.parser import parse_agenda


def __getattr__(name: str) -> object:
    """Load the parser (markdown-it, YAML) only when it is used."""
    if name == "parse_agenda":
        from agendas.parser import parse_agenda

        return parse_agenda
    raise AttributeError(name)


__all__ = [
    "Agenda",
    "AgendaError",
    "Duration",
    "GroupWork",
    "IgloLevel",
    "NoteKind",
    "Problem",
    "Rounds",
    "Step",
    "Target",
    "parse_agenda",
]
