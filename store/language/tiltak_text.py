"""The words of following tiltak up across meetings: the Tiltak screen, the follow-up form and
`plansje tiltak`. Status and effect names themselves are `doc.status.*` and `doc.effect.*`."""

from __future__ import annotations

TILTAK_TEXT: dict[str, tuple[str, str]] = {
    # The follow-up form (from the Tiltak screen and the opening review).
    "followup.title": ("Oppfølging av tiltak", "Follow-up of an action"),
    "followup.status": ("Er det gjennomført?", "Has it been carried out?"),
    "followup.effect": ("Hadde det effekt?", "Did it have an effect?"),
    "followup.effect_unknown": ("ikke vurdert ennå", "not assessed yet"),
    "followup.effect_note": ("Kommentar til effekten", "Comment on the effect"),
    "followup.review_on": ("Neste gjennomgang (ÅÅÅÅ-MM-DD)", "Next review (YYYY-MM-DD)"),
    "followup.save": ("Lagre", "Save"),
    "followup.history": ("Tidligere oppfølging", "Earlier follow-ups"),
    "followup.saved": ("Oppfølgingen er lagret.", "The follow-up is saved."),
    "followup.failed": ("Kunne ikke lagre oppfølgingen: {reason}", "Could not save: {reason}"),
    # The Tiltak screen.
    "tiltak.title": ("Tiltak i alle møter", "Actions from all meetings"),
    "tiltak.empty": ("Ingen tiltak passer til filteret.", "No action matches the filter."),
    "tiltak.count": (
        "{shown} av {total} tiltak · {overdue} forfalt",
        "{shown} of {total} · {overdue} overdue",
    ),
    "tiltak.filter.all": ("alle", "all"),
    "tiltak.filter.open": ("åpne", "open"),
    "tiltak.filter.overdue": ("forfalte", "overdue"),
    "tiltak.filter.shown": ("Viser: {name}", "Showing: {name}"),
    "tiltak.sort.frist": ("sortert etter frist", "sorted by deadline"),
    "tiltak.sort.meeting": ("sortert etter møte", "sorted by meeting"),
    "tiltak.sort.status": ("sortert etter status", "sorted by status"),
    "key.tiltak": ("Tiltak", "Actions"),
    "key.filter": ("Filter", "Filter"),
    "key.sort": ("Sorter", "Sort"),
    "key.follow_up": ("Følg opp", "Follow up"),
    "col.what": ("Tiltak", "Action"),
    "col.iglo": ("IGLO", "IGLO"),
    "col.ansvarlig": ("Ansvarlig", "Responsible"),
    "col.frist": ("Frist", "Deadline"),
    "col.status": ("Status", "Status"),
    "col.effect": ("Effekt", "Effect"),
    "col.review_on": ("Neste gjennomgang", "Next review"),
    "col.meeting": ("Møte", "Meeting"),
    "col.meeting_date": ("Møtedato", "Meeting date"),
    "col.session": ("Økt-id", "Session id"),
    "tiltak.overdue": ("forfalt", "overdue"),
    # The parking lot (parkeringsplass): what became of a parked item in a later meeting.
    "parking.status.ikke_startet": ("parkert", "parked"),
    "parking.status.gjennomfort": ("tatt opp", "taken up"),
    "parking.status.pabegynt": ("flyttet videre", "moved on"),
    "parking.status.forkastet": ("droppet", "dropped"),
    "parking.none": ("Ingenting ble parkert.", "Nothing was parked."),
    # Rounds: one meeting held several times (day, evening, night shift).
    "round.first": ("Første runde", "First round"),
    "round.new": ("Ny runde av møtet", "New round of the meeting"),
    "round.name": ("Navn på runden (f.eks. Kveldsvakt)", "Name of the round (e.g. Evening shift)"),
    "round.start": ("Start runden", "Start the round"),
    "round.no_name": ("Gi runden et navn.", "Give the round a name."),
    "round.started": ("Runden «{name}» er startet.", "The round “{name}” has started."),
    "round.header": ("Runde: {name}", "Round: {name}"),
    "doc.rounds": ("Runder", "Rounds"),
    "key.round": ("Ny runde", "New round"),
    # Holding the planned end time after an overrun.
    "key.hold_end": ("Hold sluttiden", "Hold the end time"),
    "hold.title": ("Møtet ligger {late} min etter planen", "The meeting is {late} min behind"),
    "hold.help": (
        "Velg hvor tiden skal tas fra, så holder møtet planlagt sluttid. Ingen steg kortes ned "
        "under halve planen eller 5 minutter. Esc lukker.",
        "Choose where the time comes from, so the meeting keeps its planned end. No step is "
        "cut below half its plan or 5 minutes. Esc closes.",
    ),
    "hold.spread": (
        "Fordel de {late} minuttene på resten av stegene",
        "Spread the {late} minutes over the remaining steps",
    ),
    "hold.from_step": (
        "Ta tiden fra {step} (opptil {spare} min)",
        "Take it from {step} (up to {spare} min)",
    ),
    "hold.held": (
        "Tok {taken} min fra de neste stegene: møtet holder planlagt sluttid.",
        "Took {taken} min from the next steps: the meeting keeps its planned end.",
    ),
    "hold.partly": (
        "Tok {taken} min; møtet blir likevel {left} min for sent ferdig.",
        "Took {taken} min; the meeting still ends {left} min late.",
    ),
    "hold.on_time": ("Møtet ligger ikke etter planen.", "The meeting is not behind plan."),
    "hold.nothing": (
        "Møtet ligger {late} min etter, men ingen av de neste stegene kan kortes mer.",
        "The meeting is {late} min behind, but no later step can be shortened further.",
    ),
    "hold.no_control": (
        "Bare setet som styrer stegene kan planlegge om.",
        "Only the seat that controls the steps can re-plan.",
    ),
    "doc.col.replanned": ("Omplanlagt", "Re-planned"),
    # `plansje tiltak`.
    "cli.help.tiltak": (
        "alle tiltak i alle møter: hva, IGLO, ansvarlig, frist, status",
        "every action from every meeting: what, IGLO, responsible, deadline, status",
    ),
    "cli.help.tiltak.open": ("bare tiltak som ikke er avsluttet", "only actions not closed"),
    "cli.help.tiltak.overdue": ("bare tiltak med passert frist", "only actions past deadline"),
    "cli.help.tiltak.ansvarlig": ("bare tiltak der ansvarlig inneholder NAVN", "only NAME's"),
    "cli.help.tiltak.iglo": ("bare tiltak på dette IGLO-nivået", "only this IGLO level"),
    "cli.help.tiltak.output": (
        "skriv til FIL: .csv (regneark) eller .ics (fristene som kalenderpåminnelser)",
        "write FILE: .csv (spreadsheet) or .ics (the deadlines as calendar reminders)",
    ),
    "cli.metavar.name": ("NAVN", "NAME"),
    "cli.metavar.level": ("NIVÅ", "LEVEL"),
    "cli.tiltak.none": ("Ingen tiltak passer.", "No action matches."),
    "cli.tiltak.bad_iglo": (
        "ukjent IGLO-nivå «{value}»: velg individ, gruppe, ledelse eller organisasjon",
        "unknown IGLO level “{value}”: choose individ, gruppe, ledelse or organisasjon",
    ),
    "cli.tiltak.bad_format": (
        "kan ikke skrive «{name}»: tiltakslisten skrives som .csv eller .ics",
        "cannot write “{name}”: the action list is written as .csv or .ics",
    ),
    "cli.tiltak.written": ("Skrev {count} tiltak til {path}", "Wrote {count} actions to {path}"),
    "cli.tiltak.skipped": (
        "Hoppet over {count} økt(er) som ikke kunne leses.",
        "Skipped {count} session(s) that could not be read.",
    ),
    "ics.tiltak.summary": ("Frist for tiltak: {what}", "Action deadline: {what}"),
    "ics.tiltak.description": (
        "Fra {meeting}. Ansvarlig: {ansvarlig}. Status: {status}.",
        "From {meeting}. Responsible: {ansvarlig}. Status: {status}.",
    ),
}
