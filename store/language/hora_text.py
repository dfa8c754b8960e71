"""The words of the saksliste editor (HØRA: Hensikt, Ønsket resultat, Agenda), its problems,
and the HØRA fields on the Run screen and in the minutes."""

from __future__ import annotations

HORA_TEXT: dict[str, tuple[str, str]] = {
    # Home.
    "key.new_saksliste": ("Ny saksliste", "New agenda"),
    "key.edit_agenda": ("Rediger", "Edit"),
    "key.duplicate": ("Kopier", "Duplicate"),
    "hora.builtin_readonly": (
        "Innebygde agendaer kan ikke redigeres. Kopier den (k) og rediger kopien.",
        "Built-in agendas cannot be edited. Duplicate it (k) and edit the copy.",
    ),
    "hora.duplicated": ("Kopiert til {path}", "Duplicated to {path}"),
    "hora.saved": ("Lagret: {path}", "Saved: {path}"),
    "hora.failed": ("Kunne ikke lagre: {reason}", "Could not save: {reason}"),
    "hora.file_problems": (
        "Filen ble ikke lagret; ingenting er tapt:",
        "The file was not saved; nothing is lost:",
    ),
    # Why a file could not be edited in place (SakslisteEditError codes).
    "hora.refused.problems": ("Sakslisten har feil.", "The agenda has problems."),
    "hora.refused.broken": (
        "Filen har feil og kan ikke redigeres her; rett den i en teksteditor (plansje check).",
        "The file has errors and cannot be edited here; fix it in a text editor (plansje check).",
    ),
    "hora.refused.paragraph_purpose": (
        "Møtets hensikt står som vanlige avsnitt i filen og kan ikke endres her; endre den i en "
        "teksteditor. Alt annet kan lagres: sett hensikten tilbake slik den var.",
        "The meeting's purpose is written as paragraphs in the file and cannot be changed "
        "here; change it in a text editor. Everything else can be saved: put it back as it was.",
    ),
    "hora.refused.changed_elsewhere": (
        "Filen er endret et annet sted siden du åpnet den. Lukk editoren (Esc to ganger) og "
        "åpne den igjen; endringene her er ikke lagret.",
        "The file was changed elsewhere since you opened it. Close the editor (Esc twice) and "
        "open it again; the changes here are not saved.",
    ),
    "hora.refused.not_faithful": (
        "Endringen ville ikke bli lest tilbake slik den er skrevet; filen er ikke endret.",
        "The edit would not read back as written; the file is not changed.",
    ),
    # The editor.
    "hora.title": ("Saksliste (HØRA)", "Agenda (HØRA)"),
    "hora.meeting": ("Møtet", "The meeting"),
    "hora.items": ("Saker", "Items"),
    "hora.item": ("Valgt sak", "Selected item"),
    "hora.field.title": ("Tittel", "Title"),
    "hora.field.minutes": ("Minutter", "Minutes"),
    "hora.field.purpose": ("Hensikt – hvorfor tar vi opp dette?", "Purpose – why is this here?"),
    "hora.field.outcome": (
        "Ønsket resultat – hva vil vi med det?",
        "Desired outcome – what do we want from it?",
    ),
    "hora.field.type": ("Type", "Type"),
    "hora.field.id": ("fil-id", "file id"),
    "hora.no_type": ("(ingen type)", "(no type)"),
    "hora.new_item": ("Ny sak", "New item"),
    "hora.col.nr": ("Nr.", "No."),
    "key.save": ("Lagre", "Save"),
    "key.add_item": ("Ny sak", "Add item"),
    "key.remove_item": ("Fjern sak", "Remove item"),
    "key.item_up": ("Flytt opp", "Move up"),
    "key.item_down": ("Flytt ned", "Move down"),
    "key.back": ("Tilbake", "Back"),
    "hora.unsaved": (
        "Endringene er ikke lagret. Trykk Esc igjen for å forkaste dem, Ctrl+S for å lagre.",
        "The changes are not saved. Press Esc again to discard them, Ctrl+S to save.",
    ),
    "hora.where": ("Sak {number}", "Item {number}"),
    "hora.where_meeting": ("Møtet", "The meeting"),
    # Problems (DraftProblem keys).
    "hora.problem.id": (
        "fil-id kan bare ha små bokstaver, tall og bindestrek",
        "the file id may hold only lower-case letters, digits and hyphens",
    ),
    "hora.problem.newline": (
        "{field}: linjeskift og kontrolltegn kan ikke lagres",
        "{field}: line breaks and control characters cannot be saved",
    ),
    "hora.problem.no_title": ("{field} mangler", "{field} is missing"),
    "hora.problem.no_items": ("sakslisten har ingen saker", "the agenda has no items"),
    "hora.problem.twice": ("to saker har samme tittel", "two items have the same title"),
    "hora.problem.minutes": (
        "minutter må være et helt tall fra 1 til 600",
        "minutes must be a whole number from 1 to 600",
    ),
    # The Run screen and the minutes.
    "hora.purpose": ("Hensikt", "Purpose"),
    "hora.outcome": ("Ønsket resultat", "Desired outcome"),
    "hora.type": ("Type", "Type"),
    "hora.type.informasjon": ("informasjon", "information"),
    "hora.type.drøfting": ("drøfting", "discussion"),
    "hora.type.beslutning": ("beslutning", "decision"),
}
