"""The words of the exports: Norwegian (bokmål) by default, English on request."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from agendas.model import IgloLevel, NoteKind
from store.model import NoteStatus

#: The export languages: "nb" (Norwegian bokmål, the default) and "en".
Lang = Literal["nb", "en"]


@dataclass(frozen=True, slots=True)
class Labels:
    """Every fixed word an export uses, in one language; templates use str.format fields."""

    minutes_title: str
    meeting_type: str
    session_title: str
    date: str
    time: str
    place: str
    leader: str
    secretary: str
    groups: str
    follows: str
    not_started: str
    in_progress: str
    paused: str
    steps_heading: str
    clock: str
    planned: str
    used: str
    added: str
    skipped: str
    upcoming: str
    overtime: str
    no_notes: str
    other_notes: str
    listed_elsewhere: str
    decisions_heading: str
    no_decisions: str
    actions_heading: str
    no_actions: str
    action_columns: tuple[str, str, str, str, str, str]
    timing_heading: str
    timing_columns: tuple[str, str, str, str]
    total: str
    questions_heading: str
    no_questions: str
    answered: str
    next_heading: str
    no_next: str
    item: str
    plenum: str
    group: str
    rank: str
    kinds: dict[NoteKind, str]
    iglo: dict[IgloLevel, str]
    no_level: str
    status: dict[NoteStatus, str]
    overdue: str
    summary_title: str
    no_topic: str
    summary_fallback: str
    no_challenges: str
    plan_title: str
    based_on: str
    as_of: str
    plan_counts: str
    plan_columns: tuple[str, str, str, str, str, str]
    progress_title: str
    progress_columns: tuple[str, str, str, str, str]
    entry_kinds: dict[str, str]
    no_entries: str
    no_plan: str

    def group_label(self, group: int | None) -> str:
        """The attribution of a group: "Gruppe 2" for a number, "Plenum" for None."""
        return self.plenum if group is None else self.group.format(n=group)


NB = Labels(
    minutes_title="Møtereferat",
    meeting_type="Møtetype",
    session_title="Tittel",
    date="Dato",
    time="Tid",
    place="Sted",
    leader="Møteleder",
    secretary="Referent",
    groups="Antall grupper",
    follows="Fortsetter",
    not_started="ikke startet",
    in_progress="pågår",
    paused="pause {minutes} min",
    steps_heading="Saker og notater",
    clock="Kl.",
    planned="Planlagt",
    used="Brukt",
    added="inkl. {minutes} min lagt til",
    skipped="Hoppet over",
    upcoming="Ikke startet",
    overtime="⚠ overtid",
    no_notes="Ingen notater.",
    other_notes="Andre notater",
    listed_elsewhere="Ført under egne overskrifter:",
    decisions_heading="Vedtak",
    no_decisions="Ingen vedtak.",
    actions_heading="Tiltak",
    no_actions="Ingen tiltak.",
    action_columns=("Tiltak", "IGLO-nivå", "Ansvarlig", "Ressurser", "Frist", "Status"),
    timing_heading="Tidsbruk",
    timing_columns=("Steg", "Planlagt", "Brukt", "Avvik"),
    total="Totalt",
    questions_heading="Spørsmål",
    no_questions="Ingen spørsmål.",
    answered="besvart",
    next_heading="Neste møte",
    no_next="Agendaen angir ikke noe neste møte.",
    item="sak",
    plenum="Plenum",
    group="Gruppe {n}",
    rank="Nr. {n}",
    kinds={
        NoteKind.NOTAT: "Notater",
        NoteKind.UTFORDRING: "Utfordringer",
        NoteKind.BEVARINGSPUNKT: "Bevaringspunkter",
        NoteKind.FORBEDRINGSPUNKT: "Forbedringspunkter",
        NoteKind.ONSKE: "Ønsker",
        NoteKind.IDE: "Idéer",
        NoteKind.VEDTAK: "Vedtak",
        NoteKind.TILTAK: "Tiltak",
        NoteKind.SPORSMAL: "Spørsmål",
    },
    iglo={
        IgloLevel.INDIVID: "Individ",
        IgloLevel.GRUPPE: "Gruppe",
        IgloLevel.LEDELSE: "Ledelse",
        IgloLevel.ORGANISASJON: "Organisasjon",
    },
    no_level="Uten nivå",
    status={NoteStatus.APEN: "åpen", NoteStatus.PAGAR: "pågår", NoteStatus.FERDIG: "ferdig"},
    overdue="**forfalt**",
    summary_title="Oppsummering til neste møte",
    no_topic="Andre utfordringer",
    summary_fallback=(
        "Oppsummeringen er ikke laget ennå. Her er utfordringene slik gruppene skrev dem, "
        "per sak og gruppe."
    ),
    no_challenges="Ingen utfordringer registrert.",
    plan_title="Handlingsplan",
    based_on="Grunnlag",
    as_of="Status per",
    plan_counts="{total} tiltak, {overdue} forfalt, {done} ferdig.",
    plan_columns=("Tiltak", "Ansvarlig", "Ressurser", "Frist", "Status", "Kilde"),
    progress_title="Fremdriftsplan",
    progress_columns=("Hva", "Type", "Dato", "Tid", "Leder"),
    entry_kinds={"verksted": "Verksted", "planleggingsmøte": "Planleggingsmøte"},
    no_entries="Ingen datoer er satt ennå.",
    no_plan="Økt {session} har ingen fremdriftsplan ennå (lag den med Ctrl+F i møtet).",
)

EN = Labels(
    minutes_title="Minutes",
    meeting_type="Meeting type",
    session_title="Title",
    date="Date",
    time="Time",
    place="Place",
    leader="Chair",
    secretary="Minute taker",
    groups="Number of groups",
    follows="Continues",
    not_started="not started",
    in_progress="in progress",
    paused="paused {minutes} min",
    steps_heading="Items and notes",
    clock="At",
    planned="Planned",
    used="Used",
    added="incl. {minutes} min added",
    skipped="Skipped",
    upcoming="Not started",
    overtime="⚠ overtime",
    no_notes="No notes.",
    other_notes="Other notes",
    listed_elsewhere="Listed under their own headings:",
    decisions_heading="Decisions",
    no_decisions="No decisions.",
    actions_heading="Actions",
    no_actions="No actions.",
    action_columns=("Action", "IGLO level", "Responsible", "Resources", "Deadline", "Status"),
    timing_heading="Time use",
    timing_columns=("Step", "Planned", "Used", "Deviation"),
    total="Total",
    questions_heading="Questions",
    no_questions="No questions.",
    answered="answered",
    next_heading="Next meeting",
    no_next="The agenda names no next meeting.",
    item="item",
    plenum="Plenary",
    group="Group {n}",
    rank="No. {n}",
    kinds={
        NoteKind.NOTAT: "Notes",
        NoteKind.UTFORDRING: "Challenges",
        NoteKind.BEVARINGSPUNKT: "Points to keep",
        NoteKind.FORBEDRINGSPUNKT: "Points to improve",
        NoteKind.ONSKE: "Wishes",
        NoteKind.IDE: "Ideas",
        NoteKind.VEDTAK: "Decisions",
        NoteKind.TILTAK: "Actions",
        NoteKind.SPORSMAL: "Questions",
    },
    iglo={
        IgloLevel.INDIVID: "Individual",
        IgloLevel.GRUPPE: "Group",
        IgloLevel.LEDELSE: "Management",
        IgloLevel.ORGANISASJON: "Organisation",
    },
    no_level="No level",
    status={NoteStatus.APEN: "open", NoteStatus.PAGAR: "in progress", NoteStatus.FERDIG: "done"},
    overdue="**overdue**",
    summary_title="Summary for the next meeting",
    no_topic="Other challenges",
    summary_fallback=(
        "The summary has not been written yet. Here are the challenges as the groups wrote "
        "them, per item and group."
    ),
    no_challenges="No challenges recorded.",
    plan_title="Action plan",
    based_on="Based on",
    as_of="Status as of",
    plan_counts="{total} actions, {overdue} overdue, {done} done.",
    plan_columns=("Action", "Responsible", "Resources", "Deadline", "Status", "Source"),
    progress_title="Progress plan",
    progress_columns=("What", "Kind", "Date", "Time", "Leader"),
    entry_kinds={"verksted": "Workshop", "planleggingsmøte": "Planning meeting"},
    no_entries="No dates set yet.",
    no_plan="Session {session} has no progress plan yet (make one with Ctrl+F in the meeting).",
)


def labels_for(lang: Lang) -> Labels:
    """The labels of one export language ("nb" or "en")."""
    return EN if lang == "en" else NB
