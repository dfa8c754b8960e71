"""The words of the meeting as the guides describe it: the checklists before and after the
meeting, the method's framing, and the marker of Plansje's proposals."""

from __future__ import annotations

GUIDES_TEXT: dict[str, tuple[str, str]] = {
    # The minutes.
    "minutes.after_heading": ("Etter møtet", "After the meeting"),
    "minutes.after_done": ("Utført:", "Done:"),
    "minutes.after_open": ("Gjenstår:", "To do:"),
    # The checklist dialog on the Run screen.
    "key.checklist": ("Sjekkliste", "Checklist"),
    "checklist.before_title": ("Før møtet", "Before the meeting"),
    "checklist.after_title": ("Etter møtet", "After the meeting"),
    "checklist.framing_title": ("Om metoden", "About the method"),
    "checklist.help": (
        "Mellomrom eller Enter krysser av · Esc lukker · Ctrl+L åpner igjen",
        "Space or Enter ticks · Esc closes · Ctrl+L opens it again",
    ),
    "checklist.key": ("Ctrl+L krysser av", "Ctrl+L ticks"),
    "checklist.after_notice": (
        "Møtet er slutt. Etter møtet: se listen over steget; Ctrl+L krysser av.",
        "The meeting has ended. After the meeting: see the list above the step; Ctrl+L ticks.",
    ),
    "checklist.progress": ("{done} av {total} krysset av", "{done} of {total} ticked"),
    "checklist.empty": (
        "Agendaen har ingen sjekkliste her.",
        "The agenda has no checklist here.",
    ),
    "checklist.invitation": (
        "Forslaget til e-post fra veilederen, med datoene fra fremdriftsplanen (Ctrl+F): "
        "F8 → «{entry}», eller plansje export {id} --invitation",
        "The guide's suggested e-mail, with the dates from the progress plan (Ctrl+F): "
        "F8 → “{entry}”, or plansje export {id} --invitation",
    ),
    "checklist.summary_hint": (
        "Oppsummeringen til den indre sirkelen: F9, eller plansje export {id} --summary",
        "The summary for the inner circle: F9, or plansje export {id} --summary",
    ),
    "checklist.actions_hint": (
        "Handlingsplanen fra tiltakene som er skrevet inn: F8 → «{entry}», eller "
        "plansje export {id} --actions",
        "The action plan from the actions entered: F8 → “{entry}”, or "
        "plansje export {id} --actions",
    ),
    # The proposal marker in the step detail.
    "proposal.label": (
        "Plansjes forslag, ikke veilederens:",
        "Plansje's proposal, not the guide's:",
    ),
}
