"""The saksliste editor's plain parts: its messages, the item table's cells and problem text."""

from __future__ import annotations

from rich.text import Text
from textual.message import Message

from agendas.model import ItemType
from agendas.saksliste import DraftProblem, Sak, Saksliste
from store.agenda_files import AgendaSaved
from tui.i18n import t

#: The type choices of the Select: (label, value).
TYPE_OPTIONS: list[tuple[str, ItemType]] = [
    (t(f"hora.type.{kind.value}"), kind) for kind in ItemType
]

_FIELD_KEYS = {
    "title": "hora.field.title",
    "minutes": "hora.field.minutes",
    "purpose": "hora.field.purpose",
    "outcome": "hora.field.outcome",
    "id": "hora.field.id",
}


class SakslisteSaved(Message):
    """A save finished: the result, and the saksliste read back from the file when it worked."""

    def __init__(self, result: AgendaSaved, reread: Saksliste | None) -> None:
        super().__init__()
        self.result = result
        self.reread = reread


class SakslisteFailed(Message):
    """A save could not be written (the folder is read-only, the disk full, ...)."""

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


def type_label(kind: ItemType | None) -> str:
    """An item type's word in the current language ('–' for none)."""
    return t(f"hora.type.{kind.value}") if kind is not None else "–"


def item_cells(number: int, item: Sak) -> list[Text]:
    """One row of the item table: number, title, minutes and type, all literal text."""
    return [
        Text(str(number)),
        Text(item.title),
        Text(str(item.minutes) if item.minutes else "?"),
        Text(type_label(item.item_type)),
    ]


def problem_text(problems: list[DraftProblem]) -> Text:
    """Each problem on its own line, naming the item ("Sak 2") or the meeting."""
    text = Text()
    for problem in problems:
        where = (
            t("hora.where_meeting")
            if problem.item is None
            else t("hora.where", number=problem.item + 1)
        )
        field = t(_FIELD_KEYS[problem.field]).split(" – ")[0] if problem.field else ""
        text.append(f"{where}: {t(problem.key, field=field)}\n", style="bold red")
    return text


def file_problem_text(result: AgendaSaved) -> Text:
    """The parser's problems with a saved (or refused) file, `PATH:LINE: message` each."""
    text = Text()
    if not result.ok:
        text.append(f"{t('hora.file_problems')}\n", style="bold red")
    if result.refused is not None:
        text.append(f"{t(f'hora.refused.{result.refused}')}\n", style="red")
        return text
    for problem in result.problems:
        text.append(f"{problem}\n", style="red" if problem.is_error else "yellow")
    return text
