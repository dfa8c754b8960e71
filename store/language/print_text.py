"""The words of the print exports (PDF, Word, poster, run sheet) and of export formats."""

from __future__ import annotations

PRINT_TEXT: dict[str, tuple[str, str]] = {
    # Footer and page numbers
    "print.page": ("Side", "Page"),
    "print.of": ("av", "of"),
    "print.overdue": ("forfalt", "overdue"),
    "print.open_questions": ("Åpne spørsmål", "Open questions"),
    "print.answered_questions": ("Besvarte spørsmål", "Answered questions"),
    # Run sheet
    "print.runsheet_title": ("Kjøreplan", "Run sheet"),
    "print.runsheet_start": ("Planlagt start", "Planned start"),
    "print.runsheet_no_start": (
        "Møtet har ikke noe planlagt starttidspunkt: skriv inn klokkeslettene i kolonnen til "
        "venstre, eller skriv ut kjøreplanen med --start TT:MM.",
        "The meeting has no planned start: write the times into the column on the left, or "
        "print the run sheet with --start HH:MM.",
    ),
    "print.runsheet_from": (
        "Klokkeslettene regner fra planlagt start kl. {clock} med de planlagte minuttene.",
        "The times count from the planned start at {clock} with the planned minutes.",
    ),
    "cli.help.export.start": (
        "planlagt start for kjøreplanen, TT:MM (standard: når møtet startet)",
        "planned start for the run sheet, HH:MM (default: when the meeting started)",
    ),
    "err.export_start": (
        "--start må være et klokkeslett som 13:30, ikke «{value}»",
        "--start must be a time such as 13:30, not '{value}'",
    ),
    "print.runsheet_columns.clock": ("Kl.", "At"),
    "print.runsheet_columns.step": ("Sak", "Item"),
    "print.runsheet_columns.minutes": ("Min", "Min"),
    "print.runsheet_columns.what": ("Innhold", "Content"),
    "print.runsheet_outcome": ("Ønsket resultat", "Desired outcome"),
    "print.runsheet_group_work": ("Gruppearbeid", "Group work"),
    "print.runsheet_total": ("Ferdig", "Done"),
    # Poster
    "print.poster_title": ("Plansje", "Poster"),
    "print.poster_inner": ("Oppsummering", "Summary"),
    "print.poster_other": ("Andre utfordringer", "Other challenges"),
    "print.poster_group": ("Gruppe {n}", "Group {n}"),
    "print.poster_all_groups": ("Alle grupper", "All groups"),
    "print.poster_no_summary": (
        "Oppsummeringen er ikke laget ennå (F9 i møtet).",
        "The summary has not been made yet (F9 in the meeting).",
    ),
    "print.poster_continued": (
        "Tekstene som ikke fikk plass på plansjen",
        "The texts that did not fit on the poster",
    ),
    "print.poster_more": ("… og {n} til på neste side", "… and {n} more on the next page"),
    "print.poster_no_factors": (
        "Møtet har ingen faktorer: alle utfordringer står under «Andre utfordringer».",
        "The meeting has no factors: every challenge is under «Other challenges».",
    ),
    # Factors on the Run screen and in the new-session dialog
    "run.no_factor": (
        "Møtet har ingen faktor «@{token}»; velg {factors} (eller @0 for andre utfordringer)",
        "The meeting has no factor '@{token}'; choose {factors} (or @0 for other challenges)",
    ),
    "new.factors": (
        "Faktorer på plansjen (skill med komma)",
        "Factors on the poster (separate with commas)",
    ),
    "new.factors_hint": (
        "Agendaen navngir ikke faktorene («beskrevet i filmene»): skriv dem inn selv. "
        "«Andre utfordringer» kommer alltid med.",
        "The agenda does not name the factors ('described in the films'): type them in. "
        "«Other challenges» is always included.",
    ),
    # Formats and their errors
    "print.format.md": ("Markdown (.md)", "Markdown (.md)"),
    "print.format.pdf": ("PDF (.pdf)", "PDF (.pdf)"),
    "print.format.docx": ("Word (.docx)", "Word (.docx)"),
    "print.format.ics": ("kalender (.ics)", "calendar (.ics)"),
    "print.format.txt": ("tekst (.txt)", "text (.txt)"),
    "print.format.csv": ("regneark (.csv)", "spreadsheet (.csv)"),
    "err.export_format": (
        "{what} kan ikke skrives som «{extension}»; velg {choices}",
        "{what} cannot be written as '{extension}'; choose {choices}",
    ),
    "err.export_binary_stdout": (
        "{format} skrives ikke til skjermen; oppgi en fil med -o (for eksempel -o {example})",
        "{format} is not written to the terminal; give a file with -o (for example -o {example})",
    ),
    "err.export_group": (
        "møtet har ikke gruppe {group} (det har {groups} grupper)",
        "the meeting has no group {group} (it has {groups} groups)",
    ),
    "err.print_failed": (
        "kunne ikke sette PDF-en: {detail}",
        "could not typeset the PDF: {detail}",
    ),
    "print.what.minutes": ("Referatet", "The minutes"),
    "print.what.summary": ("Oppsummeringen", "The summary"),
    "print.what.actions": ("Handlingsplanen", "The action plan"),
    "print.what.plan": ("Fremdriftsplanen", "The progress plan"),
    "print.what.ics": ("Kalenderen", "The calendar"),
    "print.what.invitation": ("Invitasjonen", "The invitation"),
    "print.what.runsheet": ("Kjøreplanen", "The run sheet"),
    "print.what.poster": ("Plansjen", "The poster"),
    "print.or": ("eller", "or"),
    # CLI help
    "cli.help.export.runsheet": (
        "kjøreplanen som PDF (A4), med Kl.-kolonnen fylt ut",
        "the run sheet as a PDF (A4), with the At column filled in",
    ),
    "cli.help.export.poster": (
        "plansjen som PDF (A3): faktorene med utfordringene, oppsummeringen i midten",
        "the poster as a PDF (A3): the factors with their challenges, the summary inside",
    ),
    "cli.help.export.format": (
        "filformat (md, pdf, docx, csv, ics, txt); standard: etter filendelsen til -o",
        "file format (md, pdf, docx, csv, ics, txt); default: from the extension of -o",
    ),
    "cli.help.export.group": (
        "plansjen for bare én gruppe",
        "the poster of one group only",
    ),
    "cli.metavar.format": ("FORMAT", "FORMAT"),
    "cli.metavar.factors": ("FAKTORER", "FACTORS"),
    "cli.help.run.factors": (
        "plansjens faktorer, skilt med komma eller semikolon (standard: møtet det fortsetter)",
        "the poster's factors, separated by commas or semicolons (default: those of --after)",
    ),
    "cli.metavar.group": ("N", "N"),
    # The F8 dialog
    "export.runsheet": ("Kjøreplan (PDF)", "Run sheet (PDF)"),
    "export.poster": ("Plansje (PDF, A3)", "Poster (PDF, A3)"),
    "export.minutes_pdf": ("Møtereferat (PDF)", "Minutes (PDF)"),
    "export.minutes_docx": ("Møtereferat (Word)", "Minutes (Word)"),
    "export.actions_pdf": ("Handlingsplan (PDF)", "Action plan (PDF)"),
    "export.actions_csv": ("Handlingsplan (regneark, .csv)", "Action plan (spreadsheet, .csv)"),
}
