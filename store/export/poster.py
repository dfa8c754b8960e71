"""The poster (plansjen) as Typst source: the factors' challenges around the summary, on A3.

A circle in segments, one per factor and one for «Andre utfordringer»; each segment holds
that factor's utfordring notes (from every group, or from one with `group`), and the inner
circle holds the consolidated summary. Text shrinks to fit its segment down to a smallest
size; what still does not fit flows onto a second page, so nothing overlaps or vanishes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from agendas.model import NoteKind
from store.clock import format_date
from store.export.escape import flatten_whitespace
from store.export.labels import Lang, labels_for
from store.export.notes import group_order
from store.export.poster_layout import (
    CENTRE_X,
    CENTRE_Y,
    HEIGHT,
    INNER,
    MIN_SIZE_PT,
    OUTER,
    Box,
    inner_box,
    lines_needed,
    lines_that_fit,
    segments,
)
from store.export.print_blocks import Bullets, Heading, Item, Para
from store.export.typst_source import block_source, preamble, typst_string
from store.factors import meeting_factors
from store.language import template
from store.model import Session

#: Pale fills of the segments, in turn (the poster prints well in greyscale too).
FILLS = ("#e8f1fa", "#fdf1e3", "#e9f6ec", "#f6e9f3", "#fbf7dc", "#e6f4f4", "#f1ecfa")
#: The segments' outline.
LINE = "1pt + luma(60)"
#: The type sizes a segment's text tries, largest first: the text is split so that it fits at
#: MIN_SIZE_PT (the rest flows on); the smaller ones only catch an estimate that was too kind.
SIZES = (14, 13, 12, 11, 10, 9, 8.5, 8, 7.5, MIN_SIZE_PT, 6.5, 6, 5.5, 5)

_FIT = f"""#let fit(w, h, body) = context {{
  let sizes = ({", ".join(f"{size}pt" for size in SIZES)},)
  let chosen = sizes.last()
  for s in sizes {{
    if measure(block(width: w, body(s))).height <= h {{
      chosen = s
      break
    }}
  }}
  block(width: w, height: h, body(chosen))
}}
"""


@dataclass(frozen=True, slots=True)
class Panel:
    """One segment's or the inner circle's content: a title and its lines of text."""

    title: str
    lines: tuple[str, ...]


def poster_panels(
    session: Session, *, lang: Lang = "nb", group: int | None = None
) -> tuple[list[Panel], Panel]:
    """The segments' panels (each factor, then «Andre utfordringer») and the inner circle's.

    A note naming a factor the meeting does not list gets a segment of its own, so that no
    challenge is lost.
    """
    labels = labels_for(lang)
    factors = list(meeting_factors(session))
    by_key: dict[str, list[str]] = {factor.casefold(): [] for factor in factors}
    other: list[str] = []
    notes = [
        note
        for note in session.live_notes
        if note.kind is NoteKind.UTFORDRING and (group is None or note.group == group)
    ]
    notes.sort(key=lambda note: group_order(note.group))
    for note in notes:
        text = flatten_whitespace(note.text)
        if not text:
            continue
        if group is None:
            text = f"{text} ({labels.group_label(note.group)})"
        factor = flatten_whitespace(note.factor)
        if not factor:
            other.append(text)
            continue
        if factor.casefold() not in by_key:
            factors.append(factor)
            by_key[factor.casefold()] = []
        by_key[factor.casefold()].append(text)
    panels = [Panel(factor, tuple(by_key[factor.casefold()])) for factor in factors]
    panels.append(Panel(template("print.poster_other", lang), tuple(other)))
    ordered = sorted(enumerate(session.summary), key=lambda pair: (pair[1].order, pair[0]))
    inner = Panel(
        template("print.poster_inner", lang),
        tuple(flatten_whitespace(item.text) for _, item in ordered if item.text.strip()),
    )
    return panels, inner


def split_to_fit(panel: Panel, box: Box) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lines that fit the box at the smallest size, and the rest (for the next page)."""
    room = lines_that_fit(box) - 2  # the title, and the "more on the next page" line
    shown: list[str] = []
    for index, line in enumerate(panel.lines):
        room -= lines_needed(line, box)
        if room < 0:
            return tuple(shown), panel.lines[index:]
        shown.append(line)
    return tuple(shown), ()


def poster_source(session: Session, *, lang: Lang = "nb", group: int | None = None) -> str:
    """The Typst source of the poster: page 1 the circle, then what did not fit (if anything)."""
    panels, inner = poster_panels(session, lang=lang, group=group)
    scope = template("print.poster_all_groups", lang)
    if group is not None:
        scope = template("print.poster_group", lang).format(n=group)
    title = f"{template('print.poster_title', lang)}: {session.agenda.title}"
    footer = f"{title} · {scope} · {format_date(session.date)}"
    parts = [
        preamble(
            title, footer, template("print.page", lang), template("print.of", lang), lang, "a3"
        ),
        _FIT,
        f'#text(size: 22pt, weight: "bold", {typst_string(title)})',
        f"#h(1fr) #text(size: 13pt, {typst_string(f'{scope} · {format_date(session.date)}')})",
    ]
    overflow: list[tuple[str, tuple[str, ...]]] = []
    for index, (panel, segment) in enumerate(zip(panels, segments(len(panels)), strict=True)):
        points = ", ".join(f"({x}mm, {y}mm)" for x, y in segment.outline)
        fill = FILLS[index % len(FILLS)]
        if len(panels) == 1:  # one segment: the whole ring, with no seam
            parts.append(
                f"#place(top + left, dx: {CENTRE_X - OUTER:.2f}mm, dy: {CENTRE_Y - OUTER:.2f}mm, "
                f'circle(radius: {OUTER}mm, fill: rgb("{fill}"), stroke: {LINE}))'
            )
        else:
            parts.append(
                f'#place(top + left, polygon(fill: rgb("{fill}"), stroke: {LINE}, {points}))'
            )
        shown, rest = split_to_fit(panel, segment.box)
        parts.append(_panel_source(panel.title, shown, len(rest), segment.box, lang))
        if rest:
            overflow.append((panel.title, rest))
    parts.append(_inner_source(inner, lang, overflow, empty=not session.summary))
    if not meeting_factors(session):
        note = template("print.poster_no_factors", lang)
        parts.append(
            f"#place(top + left, dy: {HEIGHT - 8}mm, text(size: 9pt, fill: luma(80), "
            f"{typst_string(note)}))"
        )
    if overflow:
        parts.append("#pagebreak()")
        parts.append(block_source(Heading(template("print.poster_continued", lang), 1)))
        for name, rest in overflow:
            parts.append(block_source(Para(name, bold=True)))
            parts.append(block_source(Bullets(tuple(Item(line) for line in rest))))
    return "\n".join(parts) + "\n"


def _panel_source(
    title: str, shown: Sequence[str], more: int, box: Box, lang: Lang, *, numbered: bool = False
) -> str:
    items = ", ".join(typst_string(line) for line in shown)
    listing = "" if not shown else f" #{'enum' if numbered else 'list'}(tight: true, {items})"
    tail = ""
    if more:
        more_text = template("print.poster_more", lang).format(n=more)
        tail = f' #text(style: "italic", {typst_string(more_text)})'
    body = (
        f"s => [#set text(size: s); #set par(leading: 0.45em); "
        f'#text(weight: "bold", size: s * 1.15, {typst_string(title)}){listing}{tail}]'
    )
    return (
        f"#place(top + left, dx: {box.x:.2f}mm, dy: {box.y:.2f}mm, "
        f"fit({box.width:.2f}mm, {box.height:.2f}mm, {body}))"
    )


def _inner_source(
    inner: Panel, lang: Lang, overflow: list[tuple[str, tuple[str, ...]]], *, empty: bool
) -> str:
    circle = (
        f"#place(top + left, dx: {CENTRE_X - INNER:.2f}mm, dy: {CENTRE_Y - INNER:.2f}mm, "
        f"circle(radius: {INNER}mm, fill: white, stroke: 1.5pt + luma(40)))"
    )
    box = inner_box()
    if empty:
        shown: tuple[str, ...] = ()
        title = f"{inner.title}: {template('print.poster_no_summary', lang)}"
        return circle + "\n" + _panel_source(title, shown, 0, box, lang)
    shown, rest = split_to_fit(inner, box)
    if rest:
        overflow.append((inner.title, rest))
    return circle + "\n" + _panel_source(inner.title, shown, len(rest), box, lang, numbered=True)
