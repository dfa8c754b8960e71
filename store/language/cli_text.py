"""The command line's texts (help, messages, listings): key -> (bokmål, English)."""

from __future__ import annotations

CLI_TEXT: dict[str, tuple[str, str]] = {
    # argparse's frame
    "cli.usage": ("bruk: ", "usage: "),
    "cli.positionals": ("argumenter", "positional arguments"),
    "cli.optionals": ("valg", "options"),
    "cli.error": ("{prog}: feil: {message}", "{prog}: error: {message}"),
    "cli.arg.required": (
        "disse argumentene mangler: {args}",
        "the following arguments are required: {args}",
    ),
    "cli.arg.choice": (
        "argument {arg}: {value} er ikke et gyldig valg (velg blant {choices})",
        "argument {arg}: invalid choice: {value} (choose from {choices})",
    ),
    "cli.arg.int": (
        "argument {arg}: {value} er ikke et heltall",
        "argument {arg}: invalid int value: {value}",
    ),
    "cli.arg.one": ("argument {arg}: trenger en verdi", "argument {arg}: expected one argument"),
    "cli.arg.exclusive": (
        "argument {arg}: kan ikke brukes sammen med {other}",
        "argument {arg}: not allowed with argument {other}",
    ),
    "cli.arg.unrecognized": ("ukjente argumenter: {args}", "unrecognized arguments: {args}"),
    "cli.metavar.command": ("KOMMANDO", "COMMAND"),
    "cli.metavar.dir": ("MAPPE", "DIR"),
    "cli.metavar.path": ("FIL", "PATH"),
    "cli.metavar.file": ("FIL", "FILE"),
    "cli.metavar.session": ("ØKT_ID", "SESSION_ID"),
    "cli.metavar.title": ("TITTEL", "TITLE"),
    "cli.metavar.groups": ("ANTALL", "GROUPS"),
    "cli.metavar.place": ("STED", "PLACE"),
    "cli.metavar.host": ("ADRESSE", "HOST"),
    # Help texts
    "cli.description": (
        "Plansje: møteleder i terminalen for HMS- og arbeidsmiljømøter.",
        "Plansje: a terminal meeting runner for HMS / arbeidsmiljø meetings.",
    ),
    "cli.help.help": ("vis denne hjelpen og avslutt", "show this help message and exit"),
    "cli.help.store": (
        "mappe for møtelageret (miljøvariabel PLANSJE_STORE)",
        "session store folder (env PLANSJE_STORE)",
    ),
    "cli.help.lang": (
        "språk: nb eller en (miljøvariabel PLANSJE_LANG)",
        "language: nb or en (env PLANSJE_LANG)",
    ),
    "cli.help.agendas": ("vis innebygde og egne agendaer", "list built-in and user agendas"),
    "cli.help.check": ("kontroller agendafiler", "validate agenda files"),
    "cli.help.sessions": ("vis lagrede møter", "list stored sessions"),
    "cli.help.run": (
        "start et nytt møte med en agenda",
        "start a new session of an agenda on the Run screen",
    ),
    "cli.help.run.agenda": (
        "agendaens id eller sti til en agendafil",
        "agenda id or path to an agenda file",
    ),
    "cli.help.run.title": (
        "møtets tittel (standard: agendaens tittel)",
        "session title (default: the agenda's title)",
    ),
    "cli.help.run.after": ("møtet dette møtet fortsetter", "the session this one continues"),
    "cli.help.run.groups": ("antall grupper", "number of groups"),
    "cli.help.run.place": ("hvor møtet holdes", "where the meeting is held"),
    "cli.help.resume": (
        "åpne et møte igjen (standard: det siste som ikke er avsluttet)",
        "reopen a session (the latest unfinished by default)",
    ),
    "cli.help.join": (
        "bli med i et pågående møte som referent (en ekstra plass)",
        "join a running session as minute-taker (a second seat)",
    ),
    "cli.help.show": (
        "visning av et møte for prosjektor (kun lesing)",
        "read-only room view of a session for a projector",
    ),
    "cli.help.export": (
        "skriv referat, oppsummering, handlingsplan eller fremdriftsplan",
        "write the minutes, summary, action plan or progress plan",
    ),
    "cli.help.export.minutes": ("møtereferat (standard)", "the minutes (default)"),
    "cli.help.export.summary": ("oppsummering til neste møte", "the summary for the next meeting"),
    "cli.help.export.actions": (
        "handlingsplan for hele rekken av møter",
        "the action plan for the whole chain of meetings",
    ),
    "cli.help.export.plan": ("fremdriftsplanen for Oss og vårt", "the Oss og vårt progress plan"),
    "cli.help.export.ics": (
        "fremdriftsplanen som kalenderfil (iCalendar)",
        "the progress plan as an iCalendar file",
    ),
    "cli.help.export.invitation": (
        "invitasjon på e-post med datoene fylt inn",
        "the invitation e-mail with dates filled in",
    ),
    "cli.help.export.output": (
        "skriv til FIL (standard: skjermen)",
        "write to FILE (default: stdout)",
    ),
    "cli.help.serve": (
        "vis appen i en nettleser (textual-serve), på 127.0.0.1",
        "serve the app to a browser (textual-serve), on 127.0.0.1",
    ),
    "cli.help.serve.session": (
        "bli med i dette møtet som referent (standard: startsiden)",
        "join this session as minute-taker (default: Home)",
    ),
    "cli.help.serve.host": (
        "adressen å lytte på (standard 127.0.0.1)",
        "address to bind (default 127.0.0.1)",
    ),
    "cli.help.serve.port": ("port (standard 8000)", "port (default 8000)"),
    # Messages
    "cli.failed": ("plansje: {message}", "plansje: {message}"),
    "cli.groups_range": ("--groups må være mellom 1 og 20", "--groups must be between 1 and 20"),
    "cli.no_unfinished": (
        "ingen møter som ikke er avsluttet; start et med «plansje run AGENDA»",
        "no unfinished session; start one with 'plansje run AGENDA'",
    ),
    "cli.agendas.folder": ("Egne agendaer: {folder}", "Your own agendas: {folder}"),
    "cli.agendas.no_folder": (
        "Egne agendaer: {folder} (mappa finnes ikke ennå; lag den med: {command})",
        "Your own agendas: {folder} (the folder does not exist yet; create it with: {command})",
    ),
    "cli.check.summary": (
        "{valid} av {count} agendafil(er) er gyldige",
        "{valid} of {count} agenda file(s) valid",
    ),
    "cli.sessions.none": (
        "Ingen møter ennå. Start et med: plansje run statusmote",
        "No sessions yet. Start one with: plansje run statusmote",
    ),
    "cli.sessions.broken": ("skadet fil: {error}", "broken file: {error}"),
    "cli.sessions.unreadable": ("(kan ikke leses)", "(cannot be read)"),
    "cli.export.cannot_write": (
        "kan ikke skrive {path}: {reason}",
        "cannot write {path}: {reason}",
    ),
    "cli.export.wrote": ("Skrev {path}", "Wrote {path}"),
    # plansje serve
    "cli.serve.open": (
        "Plansje: åpne {url} i nettleseren (Ctrl+C avslutter)",
        "Plansje: open {url} in a browser (Ctrl+C quits)",
    ),
    "cli.serve.bad_port": (
        "--port må være mellom 1 og 65535, ikke {port}",
        "--port must be between 1 and 65535, not {port}",
    ),
    "cli.serve.unresolved": (
        "finner ikke vertsnavnet {host}: {reason}",
        "cannot resolve host {host}: {reason}",
    ),
    "cli.serve.port_in_use": (
        "port {port} er allerede i bruk på {host}; velg en annen med --port",
        "port {port} is already in use on {host}; choose another with --port",
    ),
    "cli.serve.port_denied": (
        "ingen tilgang til å lytte på port {port}; velg en --port over 1023",
        "no permission to listen on port {port}; choose --port above 1023",
    ),
    "cli.serve.not_here": (
        "{host} er ikke en adresse på denne maskinen",
        "{host} is not an address of this machine",
    ),
    "cli.serve.cannot_listen": (
        "kan ikke lytte på {host}:{port}: {reason}",
        "cannot listen on {host}:{port}: {reason}",
    ),
    "cli.serve.exposed": (
        "ADVARSEL: Plansje lytter på {where}, ikke bare på denne maskinen.\n"
        "  Møtenotater er sensitive. Alle som kan nå denne adressen, kan lese og skrive\n"
        "  notatene — uten passord og uten kryptering (http).\n",
        "WARNING: Plansje is listening on {where}, not only on this machine.\n"
        "  Meeting notes are sensitive. Anyone who can reach this address can read and\n"
        "  write them — with no password and no encryption (plain http).\n",
    ),
}
