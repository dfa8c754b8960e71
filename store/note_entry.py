"""How a typed line becomes a note: `g2 b: God tone` is a bevaringspunkt from group 2, and
`g4 b: …` in a meeting of three groups is refused (there is no group 4)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from agendas.model import NoteKind

KIND_PREFIXES: dict[str, NoteKind] = {
    "n": NoteKind.NOTAT,
    "notat": NoteKind.NOTAT,
    "u": NoteKind.UTFORDRING,
    "utfordring": NoteKind.UTFORDRING,
    "b": NoteKind.BEVARINGSPUNKT,
    "bevaringspunkt": NoteKind.BEVARINGSPUNKT,
    "f": NoteKind.FORBEDRINGSPUNKT,
    "forbedringspunkt": NoteKind.FORBEDRINGSPUNKT,
    "ø": NoteKind.ONSKE,
    "o": NoteKind.ONSKE,
    "ønske": NoteKind.ONSKE,
    "i": NoteKind.IDE,
    "idé": NoteKind.IDE,
    "ide": NoteKind.IDE,
    "v": NoteKind.VEDTAK,
    "vedtak": NoteKind.VEDTAK,
    "t": NoteKind.TILTAK,
    "tiltak": NoteKind.TILTAK,
    "s": NoteKind.SPORSMAL,
    "?": NoteKind.SPORSMAL,
    "spørsmål": NoteKind.SPORSMAL,
    "pk": NoteKind.PARKERING,
    "park": NoteKind.PARKERING,
    "parkering": NoteKind.PARKERING,
}
_KIND = re.compile(r"^(?P<word>[^\s:]+):\s*")
_GROUP = re.compile(r"^(?:g|gruppe\s*)(?P<n>\d{1,2}):?\s+", re.IGNORECASE)
_PLENUM = re.compile(r"^(?:p|plenum):?\s+", re.IGNORECASE)

PLENUM = 0


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """A typed line split into its text and the kind and group it names (None: keep current)."""

    text: str
    kind: NoteKind | None = None
    group: int | None = None
    unknown_group: int | None = None

    @property
    def valid(self) -> bool:
        """False when the line names a group the meeting does not have (nothing is stored)."""
        return self.unknown_group is None


def parse_entry(raw: str, groups: int) -> NoteEntry:
    """Read leading kind and group prefixes, in any order; the rest is the note's text."""
    text = raw.strip()
    kind: NoteKind | None = None
    group: int | None = None
    while text:
        if kind is None and (match := _KIND.match(text)):
            found = KIND_PREFIXES.get(match.group("word").lower())
            if found is not None:
                kind, text = found, text[match.end() :]
                continue
        if group is None and (match := _GROUP.match(text)):
            number = int(match.group("n"))
            if not 1 <= number <= groups:
                return NoteEntry(text.strip(), kind, None, unknown_group=number)
            group, text = number, text[match.end() :]
            continue
        if group is None and (match := _PLENUM.match(text)):
            group, text = PLENUM, text[match.end() :]
            continue
        break
    return NoteEntry(text.strip(), kind, group)
