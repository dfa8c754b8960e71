"""The HØRA field lines of a sak: `**Hensikt:**` and `**Type:**` (informasjon / drøfting /
beslutning). `**Ønsket resultat:**` is the older outcome field (agendas/fields.py)."""

from __future__ import annotations

from agendas.model import ItemType

#: Field labels (lower case) and the field names they give; merged into fields.LABELS.
HORA_LABELS: dict[str, str] = {
    "hensikt": "purpose",
    "purpose": "purpose",
    "type": "item_type",
    "sakstype": "item_type",
    "item type": "item_type",
}

#: Field names handled here (the parser passes these on to apply_hora_field).
HORA_NAMES = frozenset(HORA_LABELS.values())

_TYPE_WORDS: dict[str, ItemType] = {
    "informasjon": ItemType.INFORMASJON,
    "info": ItemType.INFORMASJON,
    "orientering": ItemType.INFORMASJON,
    "information": ItemType.INFORMASJON,
    "drøfting": ItemType.DROFTING,
    "drøftingssak": ItemType.DROFTING,
    "diskusjon": ItemType.DROFTING,
    "discussion": ItemType.DROFTING,
    "beslutning": ItemType.BESLUTNING,
    "beslutningssak": ItemType.BESLUTNING,
    "vedtak": ItemType.BESLUTNING,
    "decision": ItemType.BESLUTNING,
}


class ItemTypeError(ValueError):
    """A `**Type:**` value that names no item type."""


def parse_item_type(value: str) -> ItemType:
    """`informasjon`, `drøfting` or `beslutning` (English and a few synonyms accepted)."""
    word = " ".join(value.split()).rstrip(".").casefold()
    found = _TYPE_WORDS.get(word)
    if found is None:
        raise ItemTypeError(
            f"unknown item type {value.strip()!r}; use informasjon, drøfting or beslutning"
        )
    return found


def apply_hora_field(values: dict[str, object], name: str, plain: str) -> None:
    """Store one HØRA field's plain-text value under its name (ValueError for a bad type)."""
    if name == "item_type":
        values[name] = parse_item_type(plain)
    elif plain:
        earlier = values.get(name)
        values[name] = f"{earlier} {plain}" if isinstance(earlier, str) else plain
