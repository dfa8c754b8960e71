"""Plansje's one language table: every text of the UI, CLI, exports and errors, nb and en.

Each key maps to (bokmål, English); the parts live in ui_text, cli_text, export_text and
error_text and are joined into TABLE (a key may appear in only one part). The current
language is process-wide: Norwegian bokmål unless set_language("en") was called.
"""

from __future__ import annotations

from typing import Literal

from agendas.model import NoteKind
from store.language.cli_text import CLI_TEXT
from store.language.error_text import ERROR_TEXT
from store.language.export_text import EXPORT_TEXT
from store.language.guides_text import GUIDES_TEXT
from store.language.hora_text import HORA_TEXT
from store.language.join_text import JOIN_TEXT
from store.language.print_text import PRINT_TEXT
from store.language.room_text import ROOM_TEXT
from store.language.tiltak_text import TILTAK_TEXT
from store.language.ui_text import UI_TEXT
from store.language.vote_text import VOTE_TEXT

#: The languages: "nb" (Norwegian bokmål, the default) and "en".
Lang = Literal["nb", "en"]
LANGUAGES: tuple[Lang, ...] = ("nb", "en")

PARTS: dict[str, dict[str, tuple[str, str]]] = {
    "ui": UI_TEXT,
    "cli": CLI_TEXT,
    "export": EXPORT_TEXT,
    "errors": ERROR_TEXT,
    "tiltak": TILTAK_TEXT,
    "print": PRINT_TEXT,
    "room": ROOM_TEXT,
    "hora": HORA_TEXT,
    "vote": VOTE_TEXT,
    "join": JOIN_TEXT,
    "guides": GUIDES_TEXT,
}


def _join(parts: dict[str, dict[str, tuple[str, str]]]) -> dict[str, tuple[str, str]]:
    """The parts as one table; a key defined in two parts is a mistake and raises."""
    table: dict[str, tuple[str, str]] = {}
    for name, part in parts.items():
        twice = table.keys() & part.keys()
        if twice:
            raise ValueError(f"language keys defined twice (again in {name}): {sorted(twice)}")
        table.update(part)
    return table


TABLE: dict[str, tuple[str, str]] = _join(PARTS)

_CURRENT: list[Lang] = ["nb"]


def normalize_lang(value: str | None) -> Lang:
    """A language code from user input: "en", "en_GB.UTF-8", "EN" -> "en"; anything else nb."""
    return "en" if (value or "").strip().lower().startswith("en") else "nb"


def set_language(lang: str | None) -> Lang:
    """Make `lang` the current language ("en"... -> English, None or other -> bokmål)."""
    _CURRENT[0] = normalize_lang(lang)
    return _CURRENT[0]


def language() -> Lang:
    """The current language code ("nb" or "en")."""
    return _CURRENT[0]


def template(key: str, lang: Lang | None = None) -> str:
    """The unformatted text of `key` in `lang` (default: the current language)."""
    nb, en = TABLE[key]
    return en if (lang or _CURRENT[0]) == "en" else nb


def translate(key: str, lang: Lang | None, values: dict[str, object] | None = None) -> str:
    """The text of `key` in `lang` (None: current), formatted with `values` when given."""
    text = template(key, lang)
    return text.format(**values) if values else text


def t(key: str, **values: object) -> str:
    """The text of `key` in the current language, formatted with `values`."""
    return translate(key, None, values)


def kind_label(kind: NoteKind, lang: Lang | None = None) -> str:
    """A note kind's name for one note ("bevaringspunkt" / "keep point")."""
    return template(f"kind.{kind.name.lower()}", lang)


__all__ = [
    "LANGUAGES",
    "TABLE",
    "Lang",
    "kind_label",
    "language",
    "normalize_lang",
    "set_language",
    "t",
    "template",
    "translate",
]
