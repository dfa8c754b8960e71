"""Dot voting's texts: the phones' vote, the room's refusals, the Run screen and the minutes."""

from __future__ import annotations

VOTE_TEXT: dict[str, tuple[str, str]] = {
    # The group page
    "page.vote.heading": ("Stem", "Vote"),
    "page.vote.rule": (
        "{n} prikker per deltaker. Fordel prikkene på notatene dere vil prioritere.",
        "{n} dots per participant. Spread the dots over the notes you want to prioritise.",
    ),
    "page.vote.people": (
        "Hvor mange er dere ved denne mobilen?",
        "How many of you share this phone?",
    ),
    "page.vote.left": ("{left} av {total} prikker igjen", "{left} of {total} dots left"),
    "page.vote.save": ("Lagre stemmene", "Save the votes"),
    "page.vote.saved": (
        "Stemmene er lagret. Dere kan flytte prikkene til møtelederen stenger avstemningen.",
        "The votes are saved. You can move the dots until the facilitator closes the vote.",
    ),
    "page.vote.hidden": (
        "Resultatet vises når møtelederen viser det.",
        "The result shows when the facilitator reveals it.",
    ),
    "page.vote.closed": ("Avstemningen er stengt. Resultat:", "The vote is closed. Result:"),
    "page.vote.dots": ("{n} prikker", "{n} dots"),
    "page.vote.none": ("Ingen notater å stemme på ennå.", "No notes to vote on yet."),
    "page.vote.more": ("Én prikk til", "One more dot"),
    "page.vote.fewer": ("Én prikk mindre", "One dot fewer"),
    # The room's refusals
    "room.refused.no_vote": ("Dette steget har ingen avstemning.", "This step takes no votes."),
    "room.refused.vote_closed": (
        "Avstemningen er stengt: møtelederen har vist resultatet.",
        "The vote is closed: the facilitator has revealed the result.",
    ),
    "room.refused.vote_note": (
        "Det stemmes ikke over det notatet i dette steget.",
        "That note is not voted on in this step.",
    ),
    "room.refused.vote_over": (
        "Det er flere prikker enn dere har.",
        "That is more dots than you have.",
    ),
    # The Run screen
    "key.votes": ("Stemmer", "Votes"),
    "key.reveal": ("Vis resultat", "Reveal"),
    "vote.panel": (
        "Avstemning: {n} prikker per deltaker · {cast} prikker avgitt",
        "Vote: {n} dots per participant · {cast} dots cast",
    ),
    "vote.panel_hidden": (
        "Resultatet er skjult til du viser det (Ctrl+L). Stemmer ved håndsopprekning: Ctrl+T.",
        "The result is hidden until you reveal it (Ctrl+L). Votes by show of hands: Ctrl+T.",
    ),
    "vote.panel_result": ("Resultat:", "Result:"),
    "vote.no_vote": ("Dette steget har ingen avstemning.", "This step takes no votes."),
    "vote.no_notes": ("Ingen notater å stemme på ennå.", "No notes to vote on yet."),
    "vote.closed": (
        "Avstemningen er stengt: resultatet er vist.",
        "The vote is closed: the result is revealed.",
    ),
    "vote.revealed": (
        "Resultatet er vist og notatene rangert.",
        "The result is revealed and the notes ranked.",
    ),
    "vote.dialog_title": ("Stemmer ved håndsopprekning", "Votes by show of hands"),
    "vote.dialog_help": (
        "Skriv antall stemmer per notat (tomt = 0). "
        "Gruppenes stemmer fra mobilene kommer i tillegg.",
        "Type the number of votes per note (empty = 0). The groups' votes from phones are added.",
    ),
    "vote.bad_count": (
        "«{value}» er ikke et antall (0–999).",
        "“{value}” is not a count (0–999).",
    ),
    "vote.save": ("Lagre", "Save"),
    "vote.cancel": ("Avbryt", "Cancel"),
    "vote.saved": ("Stemmene er lagret.", "The votes are saved."),
    # The minutes
    "doc.votes": ("Avstemning", "Vote"),
    "doc.vote_count": ("{n} stemmer", "{n} votes"),
}
