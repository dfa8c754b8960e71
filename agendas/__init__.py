"""Agendas: the agenda model, the Markdown agenda parser and the built-in library."""

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
from agendas.parser import parse_agenda

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
