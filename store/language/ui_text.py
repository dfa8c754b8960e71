"""The app's screen texts (Home, Run, dialogs, key bar): key -> (bokmål, English)."""

from __future__ import annotations

UI_TEXT: dict[str, tuple[str, str]] = {
    # Home
    "home.title": ("Plansje – møteleder for HMS-arbeid", "Plansje – HMS meeting runner"),
    "home.agendas": ("Agendaer", "Agendas"),
    "home.sessions": ("Siste møter", "Recent sessions"),
    "home.no_sessions": ("Ingen møter ennå.", "No sessions yet."),
    "col.id": ("Id", "Id"),
    "col.title": ("Tittel", "Title"),
    "col.time": ("Tid", "Time"),
    "col.steps": ("Steg", "Steps"),
    "col.source": ("Kilde", "Source"),
    "col.date": ("Dato", "Date"),
    "col.agenda": ("Agenda", "Agenda"),
    "col.state": ("Status", "State"),
    "source.builtin": ("innebygd", "built-in"),
    "source.user": ("egen", "user"),
    "state.new": ("ikke startet", "not started"),
    "state.running": ("pågår", "running"),
    "state.paused": ("pause", "paused"),
    "state.ended": ("avsluttet", "ended"),
    "state.broken": ("skadet fil", "broken file"),
    # New session dialog
    "new.heading": ("Nytt møte: {agenda}", "New session: {agenda}"),
    "new.title": ("Tittel", "Title"),
    "new.date": ("Dato (ÅÅÅÅ-MM-DD)", "Date (YYYY-MM-DD)"),
    "new.place": ("Sted", "Place"),
    "new.leader": ("Møteleder (valgfritt)", "Facilitator (optional)"),
    "new.referent": ("Referent (valgfritt)", "Minute-taker (optional)"),
    "new.groups": ("Antall grupper", "Number of groups"),
    "new.follows": ("Fortsetter møtet", "Continues session"),
    "new.follows_none": ("(ikke koblet)", "(not linked)"),
    "new.start": ("Start møtet", "Start meeting"),
    "new.cancel": ("Avbryt", "Cancel"),
    "new.bad_date": ("Datoen må skrives ÅÅÅÅ-MM-DD.", "Write the date as YYYY-MM-DD."),
    "new.bad_groups": ("Antall grupper må være 1–20.", "Number of groups must be 1–20."),
    "new.no_title": ("Skriv en tittel.", "Enter a title."),
    # Run screen
    "run.not_started": ("Ikke startet", "Not started"),
    "run.paused": ("PAUSE", "PAUSED"),
    "run.ended": ("Møtet er avsluttet", "The meeting has ended"),
    "run.overtime": ("Overtid", "Overtime"),
    "run.remaining": ("igjen av steget", "left in step"),
    "run.meeting_left": (
        "Møtet: {left} igjen · slutt ca. kl. {end}",
        "Meeting: {left} left · ends about {end}",
    ),
    "run.meeting_over": (
        "Møtet blir {late} for sent ferdig (kl. {end})",
        "The meeting will end {late} late ({end})",
    ),
    "run.meeting_ahead": (
        "Møtet: {ahead} foran planen · slutt ca. kl. {end}",
        "Meeting: {ahead} ahead of plan · ends about {end}",
    ),
    "run.round": ("Runde {n} av {count}", "Round {n} of {count}"),
    "run.round_switch": ("Bytt! Runde {n} av {count}", "Switch! Round {n} of {count}"),
    "run.purpose": ("Hensikt", "Purpose"),
    "run.outcome": ("Ønsket resultat", "Desired outcome"),
    "run.questions": ("Diskuter", "Discuss"),
    "run.tips": ("Tips til prosesslederen", "Facilitator tips"),
    "run.group_work": ("Gruppearbeid", "Group work"),
    "run.group_size": ("grupper på {size} personer", "groups of {size}"),
    "run.progress": ("Fremdrift", "Progress"),
    "run.previous_summary": ("Fra forrige møte", "From the previous meeting"),
    "run.notes": ("Notater i steget", "Notes in this step"),
    "run.no_notes": (
        "Ingen notater ennå – skriv og trykk Enter.",
        "No notes yet – type and press Enter.",
    ),
    "run.input_placeholder": (
        "Skriv et notat … (b: bevaringspunkt, g2 gruppe 2)",
        "Type a note … (b: keep point, g2 group 2)",
    ),
    "run.saved_pending": (
        "Lagring feilet: {reason}. Notatet er beholdt og prøves igjen.",
        "Save failed: {reason}. The note is kept and will be retried.",
    ),
    "run.retry_ok": ("Lagret notatene som ventet.", "Saved the pending notes."),
    "run.older_notes": (
        "… og {count} eldre notater i steget (alle kommer med i referatet)",
        "… and {count} older notes in this step (all are in the minutes)",
    ),
    "run.undone": ("Angret.", "Undone."),
    "run.nothing_to_undo": ("Ingenting å angre.", "Nothing to undo."),
    "run.deleted": ("Notat slettet (Ctrl+Z angrer).", "Note deleted (Ctrl+Z undoes)."),
    "run.editing": (
        "Redigerer notat – Enter lagrer, Esc avbryter",
        "Editing – Enter saves, Esc cancels",
    ),
    "run.ended_notice": (
        "Møtet er avsluttet. Eksporter referat med F8.",
        "Meeting ended. Export the minutes with F8.",
    ),
    "run.group": ("gruppe {n}", "group {n}"),
    "run.plenum": ("plenum", "plenary"),
    "run.time_added": ("La til {minutes} min på steget.", "Added {minutes} min to the step."),
    "run.step_of": ("Steg {n} av {count}", "Step {n} of {count}"),
    "run.too_small": ("Vinduet er for lite – gjør det større.", "The window is too small."),
    "unit.hour": ("t", "h"),
    # Bindings
    "key.next": ("Neste steg", "Next step"),
    "key.prev": ("Forrige steg", "Previous step"),
    "key.pause": ("Pause", "Pause"),
    "key.add_time": ("+5 min", "+5 min"),
    "key.jump": ("Gå til steg", "Jump to step"),
    "key.kind": ("Notattype", "Note kind"),
    "key.group": ("Gruppe", "Group"),
    "key.end": ("Avslutt møtet", "End meeting"),
    "key.help": ("Hjelp", "Help"),
    "key.undo": ("Angre", "Undo"),
    "key.export": ("Eksporter", "Export"),
    "key.quit": ("Avslutt", "Quit"),
    "key.notes": ("Notatliste", "Note list"),
    "key.delete": ("Slett notat", "Delete note"),
    "key.edit": ("Rediger notat", "Edit note"),
    "key.details": ("Tiltak/rang", "Action/rank"),
    "key.new": ("Nytt møte", "New session"),
    "key.resume": ("Fortsett", "Resume"),
    "key.close": ("Lukk", "Close"),
    # Help / dialogs
    "help.title": ("Hjelp – taster", "Help – keys"),
    "help.entry": (
        "Skriv notater rett i feltet nederst. Prefiks velger type: n: notat, u: utfordring, "
        "b: bevaringspunkt, f: forbedringspunkt, ø: ønske, i: idé, v: vedtak, t: tiltak, "
        "s: spørsmål. g2 gir gruppe 2, p plenum. Eksempel: «g2 b: God tone i teamet».",
        "Type notes straight into the field at the bottom. A prefix picks the kind: n: note, "
        "u: challenge, b: keep point, f: improvement point, ø: wish, i: idea, v: decision, "
        "t: action, s: question. g2 sets group 2, p plenary. Example: «g2 b: Good team spirit».",
    ),
    "jump.title": ("Gå til steg", "Jump to step"),
    "end.confirm": ("Avslutte møtet nå?", "End the meeting now?"),
    "end.yes": ("Avslutt møtet", "End meeting"),
    "details.title": ("Tiltak og rangering", "Action and rank"),
    "details.iglo": ("IGLO-nivå", "IGLO level"),
    "details.ansvarlig": ("Ansvarlig", "Responsible"),
    "details.ressurser": ("Ressurser", "Resources"),
    "details.frist": ("Frist (ÅÅÅÅ-MM-DD)", "Deadline (YYYY-MM-DD)"),
    "details.status": ("Status", "Status"),
    "details.rank": ("Rangering (1 = viktigst)", "Rank (1 = most important)"),
    "details.save": ("Lagre", "Save"),
    "summary.title": ("Oppsummering til neste møte", "Summary for the next meeting"),
    "summary.help": (
        "Slå sammen like utfordringer (m) eller del dem opp igjen (s), omformuler (Enter), "
        "sett tema (t), sorter etter viktighet (Shift+↑/↓), fjern (Delete). Ctrl+Z angrer, "
        "Ctrl+Y gjør om. Alt lagres med en gang.",
        "Merge duplicates (m) or split them again (s), reword (Enter), set topic (t), order "
        "by importance (Shift+↑/↓), remove (Delete). Ctrl+Z undoes, Ctrl+Y redoes. Every "
        "change is saved at once.",
    ),
    "summary.placeholder": ("Ny tekst – Enter lagrer, Esc avbryter", "New text – Enter saves"),
    "summary.reword": ("Omformuler", "Reword"),
    "summary.topic": ("Tema", "Topic"),
    "summary.merge": ("Slå sammen med neste", "Merge with next"),
    "summary.up": ("Flytt opp", "Move up"),
    "summary.down": ("Flytt ned", "Move down"),
    "summary.remove": ("Fjern", "Remove"),
    "key.summary": ("Oppsummering", "Summary"),
    "review.title": (
        "Åpne tiltak og parkerte saker fra tidligere møter",
        "Open actions and parked items from earlier meetings",
    ),
    "review.help": (
        "Mellomrom endrer status (ikke startet → påbegynt → gjennomført → forkastet). "
        "Enter følger opp: ble det gjennomført, hadde det effekt, og når ses det på igjen? "
        "En parkert sak: tatt opp → flyttet videre → droppet. Esc lukker.",
        "Space changes the status (not started → started → carried out → dropped). "
        "Enter follows up: was it carried out, did it have an effect, and when is the next "
        "review? A parked item: taken up → moved on → dropped. Esc closes.",
    ),
    "review.cycle": ("Endre status", "Change status"),
    "review.saved": ("Oppfølging lagret for {count} saker.", "Follow-up saved for {count} items."),
    "plan.title": ("Fremdriftsplan for Oss og vårt", "Progress plan for Oss og vårt"),
    "plan.help": (
        "Dato (ÅÅÅÅ-MM-DD), klokkeslett (TT:MM) og hvem som leder. Ctrl+S lagrer.",
        "Date (YYYY-MM-DD), time (HH:MM) and who leads. Ctrl+S saves.",
    ),
    "plan.workshop": ("Verksted", "Workshop"),
    "plan.planning": ("Planleggingsmøte", "Planning meeting"),
    "plan.leader": ("Hvem skal lede?", "Who leads?"),
    "plan.bad_time": (
        "{what}: klokkeslettet må skrives TT:MM.",
        "{what}: write the time as HH:MM.",
    ),
    "plan.saved": (
        "Fremdriftsplanen er lagret. Eksporter kalender og e-post med F8.",
        "Progress plan saved. Export calendar and e-mail with F8.",
    ),
    "key.plan": ("Fremdriftsplan", "Progress plan"),
    "key.control": ("Gi/ta styring", "Give/take control"),
    "control.you": ("Du styrer steg og tid", "You control steps and time"),
    "control.referent": (
        "Referenten styrer steg og tid",
        "The minute-taker controls steps and time",
    ),
    "control.yours": (
        "Du styrer nå steg og tid (PgDn, F2, F3 …).",
        "You now control the steps and the timer (PgDn, F2, F3 …).",
    ),
    "control.given": (
        "Referenten styrer nå steg og tid. Ctrl+G tar styringen tilbake.",
        "The minute-taker now controls steps and time. Ctrl+G takes it back.",
    ),
    "control.back": (
        "Møtelederen styrer steg og tid igjen.",
        "The facilitator controls steps and time again.",
    ),
    "quit.unsaved": (
        "{count} endring(er) er ikke lagret ({reason}). Avslutter du nå, går de tapt.",
        "{count} change(s) are not saved ({reason}). Quitting now loses them.",
    ),
    "quit.anyway": ("Avslutt likevel", "Quit anyway"),
    "export.done": ("Eksportert til {path}", "Exported to {path}"),
    "export.failed": ("Kunne ikke eksportere: {reason}", "Could not export: {reason}"),
    "export.title": ("Eksporter", "Export"),
    "export.minutes": ("Møtereferat (Markdown)", "Minutes (Markdown)"),
    "export.summary": ("Oppsummering til neste møte", "Summary for the next meeting"),
    "export.actions": ("Handlingsplan", "Action plan"),
    "export.plan": ("Fremdriftsplan", "Progress plan"),
    "export.ics": ("Fremdriftsplan som kalender (.ics)", "Progress plan as calendar (.ics)"),
    "export.invitation": ("Invitasjon på e-post (tekst)", "Invitation e-mail (text)"),
    "error.store": ("Lagringsfeil: {reason}", "Store error: {reason}"),
    "home.broken": ("Agendafiler med feil", "Agenda files with errors"),
    "home.broken_row": ("skadet fil – se feilen under", "broken file – see the error below"),
    "new.no_such_date": ("Datoen {date} finnes ikke.", "There is no date {date}."),
    "run.more": ("↓ mer ", "↓ more "),
    "key.all_keys": ("alle taster", "all keys"),
    # The key bar's shorter words, by action, when the keys do not fit on two lines.
    "key.short.next_step": ("Neste", "Next"),
    "key.short.previous_step": ("Forrige", "Prev"),
    "key.short.jump": ("Gå til", "Go to"),
    "key.short.cycle_kind": ("Type", "Kind"),
    "key.short.toggle_notes": ("Liste", "List"),
    "key.short.export": ("Eksport", "Export"),
    "key.short.summary": ("Oppsum.", "Summary"),
    "key.short.end_meeting": ("Avslutt", "End"),
    "key.short.control": ("Styring", "Control"),
    "details.rank_title": ("Rangering av {kind}", "Rank of the {kind}"),
    "details.iglo_none": ("(velg nivå)", "(choose a level)"),
    "details.bad_rank": (
        "Rangeringen må være 1 eller mer (1 = viktigst).",
        "The rank must be 1 or more (1 = most important).",
    ),
    "summary.split": ("Del opp", "Split"),
    "summary.cannot_split": (
        "Bare sammenslåtte punkter kan deles opp.",
        "Only merged items can be split.",
    ),
    "summary.nothing_to_redo": ("Ingenting å gjøre om.", "Nothing to redo."),
    "key.redo": ("Gjør om", "Redo"),
    "run.undone_note": ("Angret: «{text}» (Ctrl+Y gjør om).", "Undone: “{text}” (Ctrl+Y redoes)."),
    "run.redone_note": ("Gjort om: «{text}».", "Redone: “{text}”."),
    "run.nothing_to_redo": ("Ingenting å gjøre om.", "Nothing to redo."),
    "run.no_group": (
        "Det finnes ingen gruppe {n} (møtet har {count}). Teksten er beholdt: rett og trykk Enter.",
        "There is no group {n} (the meeting has {count}). The text is kept: fix it, press Enter.",
    ),
    "run.draft_back": (
        "Hentet tilbake notatet du holdt på med.",
        "Brought back the note you were typing.",
    ),
    "control.facilitator": (
        "Møtelederen styrer steg og tid",
        "The facilitator controls steps and time",
    ),
    "control.hint_referent": (
        "Møtelederen styrer steg og tid. Møtelederen kan gi deg styringen med Ctrl+G.",
        "The facilitator controls steps and time, and can hand them to you with Ctrl+G.",
    ),
    "control.hint_facilitator": (
        "Referenten styrer steg og tid nå. Ctrl+G tar styringen tilbake.",
        "The minute-taker controls steps and time now. Ctrl+G takes it back.",
    ),
    "seat.header": (
        "Referentplass (møteleder-plassen er i bruk)",
        "Minute-taker's seat (facilitator's seat in use)",
    ),
    "seat.taken": (
        "Møtet {id} er allerede åpent med møteleder-plassen i et annet vindu. Du er med som "
        "referent (som «plansje join {id}»): du kan skrive notater, men ikke bytte steg. "
        "Lukk det andre vinduet og åpne møtet igjen for å ta over som møteleder.",
        "Meeting {id} is already open in the facilitator's seat in another window. You have "
        "joined as the minute-taker (like “plansje join {id}”): you can take notes but not "
        "change steps. Close the other window and open the meeting again to take over.",
    ),
}
