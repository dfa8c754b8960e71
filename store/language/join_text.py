"""The join sheet's texts: the printed page per group, its export flag and its refusal."""

from __future__ import annotations

JOIN_TEXT: dict[str, tuple[str, str]] = {
    "cli.help.export.joinsheet": (
        "arket med gruppenes QR-koder og koden (PDF, A4), mens gruppeplassene er åpne",
        "the sheet of the groups' QR codes and the join code (PDF, A4), while the room is open",
    ),
    "export.joinsheet": ("Ark med QR-koder for gruppene (PDF)", "Join sheet for the groups (PDF)"),
    "err.room_closed": (
        "gruppeplassene for møtet {session} er ikke åpne: åpne dem med Ctrl+R eller "
        "«plansje room {session}» først",
        "the group seats of session {session} are not open: open them with Ctrl+R or "
        "“plansje room {session}” first",
    ),
    "join.group": ("Gruppe {n}", "Group {n}"),
    "join.scan": (
        "Skann QR-koden med mobilkameraet. Eller åpne adressen og skriv koden:",
        "Scan the QR code with the phone's camera. Or open the address and type the code:",
    ),
    "join.valid": (
        "Koden og QR-koden virker bare mens gruppeplassene er åpne og dette møtet pågår. "
        "Når møtet avsluttes, slutter de å virke. Bruk bare arbeidsplassens eget trådløse nett.",
        "The code and the QR code only work while the room is open and this meeting is running. "
        "When the meeting ends, they stop working. Use only the workplace's own Wi-Fi.",
    ),
    "join.privacy": (
        "Notatene lagres på gruppen, ikke på den som skriver: ingen navn, ingen enhet, "
        "ingen IP-adresse.",
        "Notes are stored for the group, not the writer: no name, no device, no IP address.",
    ),
}
