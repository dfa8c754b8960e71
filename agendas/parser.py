"""Parse a Markdown agenda (YAML front matter + `## Step (15 min)` sections) into an Agenda."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from markdown_it import MarkdownIt
from markdown_it.token import Token

from agendas.durations import DurationSyntaxError, parse_duration, split_heading
from agendas.errors import AgendaError, Problem
from agendas.fields import (
    FieldError,
    match_field,
    parse_factors,
    parse_group_work,
    parse_rounds,
    parse_targets,
    rounds_too_long,
)
from agendas.frontmatter import FrontMatter, read_front_matter
from agendas.hora_fields import HORA_NAMES, apply_hora_field
from agendas.inline import inline_plain as _inline_plain
from agendas.inline import plain_text
from agendas.model import Agenda, Duration, GroupWork, ItemType, Rounds, Step, Target, Voting
from agendas.voting import parse_voting

_MD = MarkdownIt("commonmark")


@dataclass
class _StepDraft:
    """A step being collected from the token stream."""

    title: str
    duration: Duration
    line: int
    description: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    outcome: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    group_work: GroupWork | None = None
    rounds: Rounds | None = None
    factors: tuple[str, ...] = ()
    voting: Voting | None = None
    hora: dict[str, object] = field(default_factory=dict)
    proposal: list[str] = field(default_factory=list)

    def freeze(self) -> Step:
        """The finished, immutable step."""
        return Step(
            title=self.title,
            duration=self.duration,
            line=self.line,
            description=tuple(self.description),
            questions=tuple(self.questions),
            tips=tuple(self.tips),
            outcome=" ".join(self.outcome) or None,
            targets=tuple(self.targets),
            group_work=self.group_work,
            rounds=self.rounds,
            factors=self.factors,
            voting=self.voting,
            purpose=cast(str | None, self.hora.get("purpose")),
            item_type=cast(ItemType | None, self.hora.get("item_type")),
            proposal=" ".join(self.proposal) or None,
        )


class _Parser:
    """Walks the markdown-it token stream of an agenda body and collects problems."""

    def __init__(self, path: str, offset: int) -> None:
        self.path = path
        self.offset = offset
        self.problems: list[Problem] = []
        self.title: str | None = None
        self.title_line = 0
        self.purpose: list[str] = []
        self.outcome: list[str] = []
        self.factors: tuple[str, ...] = ()
        self.proposal: list[str] = []
        self.steps: list[_StepDraft] = []

    def error(self, line: int, message: str) -> None:
        """Record an error at a file line."""
        self.problems.append(Problem(self.path, line, message))

    def warn(self, line: int, message: str) -> None:
        """Record a warning at a file line."""
        self.problems.append(Problem(self.path, line, message, "warning"))

    def line_of(self, token: Token, within: int = 0) -> int:
        """The 1-based file line of a token (plus `within` lines into it)."""
        start = token.map[0] if token.map else 0
        return start + within + self.offset + 1

    def run(self, tokens: list[Token]) -> None:
        """Consume all tokens."""
        index = 0
        while index < len(tokens):
            index = self.block(tokens, index)

    def block(self, tokens: list[Token], index: int) -> int:
        """Handle the block starting at `index`; return the index after it."""
        token = tokens[index]
        if token.type == "heading_open":
            self.heading(token, tokens[index + 1])
            return index + 3
        if token.type == "paragraph_open":
            self.paragraph(token, tokens[index + 1])
            return index + 3
        if token.type in ("bullet_list_open", "ordered_list_open", "blockquote_open"):
            close = _closing(tokens, index)
            items = [plain_text(t) for t in tokens[index:close] if t.type == "inline"]
            items = [item for item in items if item]
            self.add(items, "tips" if token.type == "blockquote_open" else "questions")
            return close + 1
        if token.type in ("fence", "code_block"):
            self.add([token.content.rstrip("\n")], "description")
        return index + 1

    def add(self, texts: list[str], where: str) -> None:
        """Add texts to the current step's list `where`, or to the purpose before any step."""
        if not self.steps:
            self.purpose.extend(texts)
            return
        getattr(self.steps[-1], where).extend(texts)

    def heading(self, token: Token, inline: Token) -> None:
        """A `#` title, a `##` step or a `###` sub-heading."""
        line = self.line_of(token)
        text = plain_text(inline)
        if token.tag == "h1":
            if self.title is not None or self.steps:
                self.error(line, "a second '# ' heading; write steps as '## Title (15 min)'")
                return
            self.title, self.title_line = text, line
            return
        if token.tag != "h2":
            self.add([text], "description")
            return
        title, raw = split_heading(text)
        if raw is None:
            self.error(line, f"step {text!r} has no duration; write e.g. '## {text} (15 min)'")
            duration = Duration(1, 1)
        else:
            try:
                duration = parse_duration(raw)
            except DurationSyntaxError as problem:
                self.error(line, f"step {title!r}: {problem}")
                duration = Duration(1, 1)
        if not title:
            self.error(line, "step heading has no title")
        for earlier in self.steps:
            if earlier.title.casefold() == title.casefold():
                self.error(
                    line, f"step title {title!r} is used twice (first at line {earlier.line})"
                )
        self.steps.append(_StepDraft(title, duration, line))

    def paragraph(self, token: Token, inline: Token) -> None:
        """A paragraph: text lines, then field lines; a field continues on the lines below it."""
        lines = inline.content.split("\n")
        if not any(match_field(line) for line in lines):
            self.add([plain_text(inline)], "description")
            return
        loose: list[str] = []
        current: tuple[str, list[str], int] | None = None
        for number, raw in enumerate(lines):
            found = match_field(raw)
            if found is None:
                if current is not None:
                    current[1].append(raw.strip())
                else:
                    loose.append(raw)
                continue
            if current is not None:
                self.field(current[0], " ".join(current[1]), current[2])
            current = (found[0], [found[1]], self.line_of(token, number))
        if loose:
            self.add([_inline_plain("\n".join(loose))], "description")
        if current is not None:
            self.field(current[0], " ".join(current[1]), current[2])

    def field(self, name: str, value: str, line: int) -> None:
        """Apply one field line to the current step (or the agenda, before any step)."""
        if not self.steps:
            if name in ("outcome", "purpose", "proposal"):
                getattr(self, name).append(_inline_plain(value))
            elif name == "factors":
                try:
                    self.factors = parse_factors(value)
                except FieldError as problem:
                    self.error(line, str(problem))
            else:
                self.warn(line, "this field belongs under a '## Step' heading and is ignored here")
            return
        step = self.steps[-1]
        try:
            if name in ("outcome", "proposal"):
                getattr(step, name).append(_inline_plain(value))
            elif name == "targets":
                step.targets.extend(parse_targets(value))
            elif name == "group_work":
                step.group_work = parse_group_work(value)
            elif name == "rounds":
                step.rounds = parse_rounds(value)
            elif name == "factors":
                step.factors = parse_factors(value)
            elif name == "voting":
                step.voting = parse_voting(value)
            elif name in HORA_NAMES:
                apply_hora_field(step.hora, name, _inline_plain(value))
        except ValueError as problem:  # FieldError, or a bad item type
            self.error(line, str(problem))


def _closing(tokens: list[Token], index: int) -> int:
    """The index of the token that closes the block opened at `index`."""
    level = tokens[index].level
    closing = tokens[index].type.replace("_open", "_close")
    for position in range(index + 1, len(tokens)):
        if tokens[position].type == closing and tokens[position].level == level:
            return position
    return len(tokens) - 1


def check_agenda(
    text: str, path: str = "<agenda>", *, source: str = "file"
) -> tuple[Agenda | None, list[Problem]]:
    """Parse agenda text; return the agenda (None on errors) and every problem found."""
    front, problems = read_front_matter(text, path)
    if front is None:
        return None, problems
    parser = _Parser(path, front.body_offset)
    try:
        parser.run(_MD.parse(front.body))
    except RecursionError:
        parser.error(front.body_offset + 1, "the Markdown is nested too deeply to read")
    if parser.title is None:
        parser.warn(front.body_offset + 1, "no '# Title' heading")
    elif front.title and parser.title != front.title:
        parser.warn(
            parser.title_line,
            f"heading {parser.title!r} differs from the front matter title {front.title!r}",
        )
    if not parser.steps:
        parser.error(front.body_offset + 1, "no steps; add at least one '## Step (15 min)' heading")
    for step in parser.steps:
        if warning := rounds_too_long(step.title, step.duration, step.rounds):
            parser.warn(step.line, warning)
    problems.extend(parser.problems)
    if any(p.is_error for p in problems):
        return None, problems
    return _build(front, parser, path, source), problems


def _build(front: FrontMatter, parser: _Parser, path: str, source: str) -> Agenda:
    """Assemble the frozen Agenda from the front matter and the parsed body."""
    return Agenda(
        id=front.id,
        title=front.title,
        steps=tuple(step.freeze() for step in parser.steps),
        purpose=tuple(parser.purpose),
        outcome=" ".join(parser.outcome) or None,
        next=front.next,
        participants=front.participants,
        preparation=front.preparation,
        path=path,
        source=source,
        extra=front.extra,
        factors=parser.factors,
        after=front.after,
        framing=front.framing,
        proposal=" ".join(parser.proposal) or None,
    )


def parse_agenda(text: str, path: str = "<agenda>", *, source: str = "file") -> Agenda:
    """Parse agenda text into an Agenda; raise AgendaError naming path and line otherwise."""
    agenda, problems = check_agenda(text, path, source=source)
    if agenda is None:
        raise AgendaError(problems)
    return agenda
