"""The store's error messages and the reasons inside them: code -> (bokmål, English).

Each StoreError subclass renders one `err.*` template with its params; `reason.*` are the
`Reason` values a caller passes as the `reason` of CorruptSessionFile / StoreUnavailable,
and `input.*` the messages of InvalidInput.
"""

from __future__ import annotations

ERROR_TEXT: dict[str, tuple[str, str]] = {
    # StoreError subclasses
    "err.session_not_found": (
        "Fant ingen økt med id «{session_id}».",
        "No session has the id «{session_id}».",
    ),
    "err.session_not_found_in": (
        "Fant ingen økt med id «{session_id}» i {where}.",
        "No session has the id «{session_id}» in {where}.",
    ),
    "err.ambiguous_id": (
        "«{prefix}» passer med flere økter ({matches}); skriv mer av id-en.",
        "«{prefix}» matches several sessions ({matches}); type more of the id.",
    ),
    "err.note_not_found": (
        "Økt {session_id} har ikke noe notat med id {note_id}.",
        "Session {session_id} has no note with the id {note_id}.",
    ),
    "err.corrupt_file": (
        "Fila {path} er skadet og kan ikke leses ({reason}). "
        "Fila er ikke endret, og de andre øktene kan brukes som før.",
        "The file {path} is damaged and cannot be read ({reason}). "
        "The file has not been changed, and the other sessions can be used as before.",
    ),
    "err.unsupported_schema": (
        "Fila {path} har skjemaversjon {found}, men denne Plansje kan bare lese "
        "opp til {supported}. Oppdater Plansje; fila er ikke endret.",
        "The file {path} has schema version {found}, but this Plansje can only read "
        "up to {supported}. Update Plansje; the file has not been changed.",
    ),
    "err.unavailable": ("Kan ikke {action} {path}: {reason}.", "Cannot {action} {path}: {reason}."),
    "err.action.save": ("lagre i", "save in"),
    "err.action.create": ("opprette", "create"),
    "err.action.read": ("lese", "read"),
    "err.action.delete": ("slette", "delete"),
    "err.action.lock": ("låse", "lock"),
    "err.lock_timeout": (
        "Fikk ikke låst {path} innen {seconds:g} s; en annen Plansje holder den. Prøv igjen.",
        "Could not lock {path} within {seconds:g} s; another Plansje holds it. Try again.",
    ),
    "err.invalid_input": ("Ugyldig verdi: {detail}", "Invalid input: {detail}"),
    # Reasons inside CorruptSessionFile and StoreUnavailable
    "reason.disk_full": ("disken er full ({detail})", "the disk is full ({detail})"),
    "reason.quota": ("diskkvoten er brukt opp ({detail})", "the disk quota is used up ({detail})"),
    "reason.read_only": (
        "lagringsstedet er skrivebeskyttet ({detail})",
        "the storage place is read-only ({detail})",
    ),
    "reason.no_access": ("mangler tilgang ({detail})", "no permission ({detail})"),
    "reason.os": ("{detail}", "{detail}"),
    "reason.not_a_folder": ("finnes, men er ikke en mappe", "exists, but is not a folder"),
    "reason.invalid_utf8": ("ugyldig UTF-8 ved byte {byte}", "invalid UTF-8 at byte {byte}"),
    "reason.invalid_json": (
        "ugyldig JSON på linje {line}, kolonne {column}: {detail}",
        "invalid JSON at line {line}, column {column}: {detail}",
    ),
    "reason.unexpected_structure": (
        "uventet struktur (ikke en TinyDB-fil)",
        "unexpected structure (not a TinyDB file)",
    ),
    "reason.cannot_upgrade": (
        "kan ikke oppgradere fra skjema {schema}: {detail}",
        "cannot upgrade from schema {schema}: {detail}",
    ),
    "reason.invalid_content": ("ugyldig innhold: {detail}", "invalid content: {detail}"),
    # InvalidInput messages (pass Reason(code, params) as the message)
    "input.step_outside": (
        "steg {step} finnes ikke; agendaen har {steps} steg",
        "step {step} is outside the agenda's {steps} steps",
    ),
    "input.groups_min": ("antall grupper må være minst 1", "groups must be at least 1"),
    "input.bad_group": (
        "gruppe må være plenum eller minst 1, ikke {group}",
        "group must be None (plenum) or at least 1, not {group}",
    ),
    "input.unknown_fields": (
        "kan ikke endre feltet/feltene {fields}",
        "cannot change field(s): {fields}",
    ),
}
