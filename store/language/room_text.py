"""The room's texts: `plansje room`, the group page on the phones, and the room's refusals."""

from __future__ import annotations

ROOM_TEXT: dict[str, tuple[str, str]] = {
    # The command line
    "cli.help.room": (
        "åpne gruppeplassene: en nettside for gruppenes mobiler og PC-er",
        "open the group seats: a web page for the groups' phones and laptops",
    ),
    "cli.help.room.session": (
        "møtet (standard: siste møte som ikke er avsluttet)",
        "the session (default: the latest unfinished one)",
    ),
    "cli.help.room.host": (
        "adressen det lyttes på (standard 127.0.0.1; for mobiler: maskinens adresse på nettet)",
        "address to listen on (default 127.0.0.1; for phones: this machine's LAN address)",
    ),
    "cli.help.room.port": ("porten det lyttes på (standard 8400)", "port (default 8400)"),
    "cli.help.run.room": (
        "åpne gruppeplassene (plansje room) ved siden av møtet",
        "open the group seats (plansje room) beside the meeting",
    ),
    "room.cli.exposed": (
        "ADVARSEL: Gruppeplassene lytter på {where}, ikke bare på denne maskinen.\n"
        "  Møtenotater er sensitive. Bruk bare arbeidsplassens eget trådløse nett, aldri et\n"
        "  gjestenett eller et åpent nett: trafikken er ikke kryptert (http). Bare den som\n"
        "  har koden eller QR-koden kommer inn, og koden slutter å virke når møtet avsluttes.\n",
        "WARNING: The group seats are listening on {where}, not only on this machine.\n"
        "  Meeting notes are sensitive. Use only the workplace's own Wi-Fi, never a guest or\n"
        "  open network: the traffic is not encrypted (plain http). Only holders of the code\n"
        "  or the QR code get in, and the code stops working when the meeting ends.\n",
    ),
    "room.cli.open": (
        "Gruppeplassene for «{title}» er åpne. Kode: {code}. Adresse med nøkkel:",
        "The group seats of “{title}” are open. Code: {code}. Address with its key:",
    ),
    "room.cli.stop": (
        "Stopp med Ctrl+C; gruppeplassene stenger når møtet avsluttes.",
        "Stop with Ctrl+C; the group seats close when the meeting ends.",
    ),
    "room.cli.closed": (
        "Møtet er avsluttet; gruppeplassene er stengt.",
        "The meeting has ended; the group seats are closed.",
    ),
    "room.cli.none": (
        "fant ikke noe møte som ikke er avsluttet; start et med plansje run",
        "no unfinished session found; start one with plansje run",
    ),
    "room.cli.ended": (
        "møtet {session} er avsluttet; gruppeplassene kan ikke åpnes",
        "session {session} has ended; its group seats cannot be opened",
    ),
    # The Run screen and plansje show
    "key.room": ("Gruppeplasser og QR-kode", "Group seats and QR code"),
    "room.panel.heading": (
        "Gruppeplasser: skann koden, eller åpn adressen og skriv koden",
        "Group seats: scan the code, or open the address and type the code",
    ),
    "room.panel.closed": (
        "Gruppeplassene er ikke åpne (Ctrl+R i møtet, eller plansje room).",
        "The group seats are not open (Ctrl+R in the meeting, or plansje room).",
    ),
    "room.panel.opening": ("Åpner gruppeplassene …", "Opening the group seats …"),
    "room.panel.failed": (
        "Gruppeplassene kunne ikke åpnes: {reason}",
        "The group seats could not be opened: {reason}",
    ),
    "room.panel.exposed": (
        "Gruppeplassene lytter på {where}. Møtenotater er sensitive: bruk bare "
        "arbeidsplassens eget trådløse nett.",
        "The group seats listen on {where}. Meeting notes are sensitive: use only the "
        "workplace's own Wi-Fi.",
    ),
    # The refusals (HTTP answers)
    "room.refused.bad_json": (
        "Forespørselen er ikke et gyldig JSON-objekt.",
        "The request is not a valid JSON object.",
    ),
    "room.refused.bad_field": ("Feltet «{field}» er ugyldig.", "The field “{field}” is invalid."),
    "room.refused.empty": ("Notatet er tomt.", "The note is empty."),
    "room.refused.too_large": (
        "For langt: et notat kan være høyst 2 KB.",
        "Too long: a note can be at most 2 KB.",
    ),
    "room.refused.kind": (
        "Dette steget samler ikke den typen notater.",
        "This step does not collect that kind of note.",
    ),
    "room.refused.factor": (
        "Møtet har ikke den faktoren.",
        "The meeting has no such factor.",
    ),
    "room.refused.group": ("Møtet har ikke den gruppen.", "The meeting has no such group."),
    "room.refused.no_step": ("Møtet er ikke i gang.", "The meeting is not running."),
    "room.refused.ended": (
        "Møtet er avsluttet. Takk for innsatsen!",
        "The meeting has ended. Thank you!",
    ),
    "room.refused.token": (
        "Ingen adgang: åpne lenken fra QR-koden eller skriv inn koden på nytt.",
        "No access: open the link from the QR code or type the code again.",
    ),
    "room.refused.csrf": (
        "Forespørselen kom ikke fra gruppesiden.",
        "The request did not come from the group page.",
    ),
    "room.refused.code": ("Feil kode.", "Wrong code."),
    "room.refused.too_many": (
        "For mange forsøk. Vent litt og prøv igjen.",
        "Too many requests. Wait a moment and try again.",
    ),
    "room.refused.not_found": ("Siden finnes ikke.", "No such page."),
    "room.refused.method": ("Metoden er ikke tillatt her.", "Method not allowed here."),
    "room.refused.broken": (
        "Noe gikk galt på møtemaskinen; notatet ble ikke lagret. Prøv igjen.",
        "Something went wrong on the meeting's machine; the note was not saved. Try again.",
    ),
    # The group page
    "page.title": ("Plansje – gruppeplass", "Plansje – group seat"),
    "page.join": ("Bli med i møtet", "Join the meeting"),
    "page.code": ("Kode fra skjermen", "Code from the screen"),
    "page.join_button": ("Bli med", "Join"),
    "page.pick_group": ("Hvilken gruppe er dere?", "Which group are you?"),
    "page.group": ("Gruppe {n}", "Group {n}"),
    "page.change_group": ("Bytt gruppe", "Change group"),
    "page.waiting": ("Venter på at møtet starter …", "Waiting for the meeting to start …"),
    "page.ended": ("Møtet er avsluttet. Takk!", "The meeting has ended. Thank you!"),
    "page.step": ("Steg {n} av {count}", "Step {n} of {count}"),
    "page.left": ("{time} igjen", "{time} left"),
    "page.over": ("{time} over tiden", "{time} over time"),
    "page.paused": ("pause", "paused"),
    "page.add": ("Legg til", "Add"),
    "page.text": ("Notat", "Note"),
    "page.kind": ("Type", "Kind"),
    "page.factor": ("Faktor", "Factor"),
    "page.factor_other": ("Andre utfordringer", "Other challenges"),
    "page.iglo": ("IGLO-nivå", "IGLO level"),
    "page.iglo_none": ("(velg nivå)", "(choose a level)"),
    "page.ansvarlig": ("Ansvarlig", "Responsible"),
    "page.ressurser": ("Ressurser", "Resources"),
    "page.frist": ("Frist", "Due date"),
    "page.saved": ("Lagret.", "Saved."),
    "page.offline": (
        "Ingen forbindelse – prøver igjen …",
        "No connection – trying again …",
    ),
    "page.own_notes": ("Gruppens notater", "Your group's notes"),
    "page.all_notes": ("Notater fra alle grupper", "Notes from every group"),
    "page.no_notes": ("Ingen notater ennå.", "No notes yet."),
    "page.privacy": (
        "Notatene lagres på gruppen, ikke på deg: ingen navn, ingen enhet, ingen IP-adresse.",
        "Notes are kept for the group, not for you: no name, no device, no IP address.",
    ),
}
