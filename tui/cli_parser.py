"""The `plansje` argument parser, with help and argparse's own messages in the UI language.

Global options (--store, --lang) are accepted before and after the command: the top-level
parser and every subparser get their own copies of them (separate argparse actions, so a
subparser's default never overwrites a value given before the command).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn

from store.language import normalize_lang, t
from store.settings import LANG_ENV

#: argparse's English messages we translate: a pattern and the language table key.
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (?P<args>.+)", "cli.arg.required"),
    (
        r"argument (?P<arg>\S+): invalid choice: (?P<value>.+?) \(choose from (?P<choices>.+)\)",
        "cli.arg.choice",
    ),
    (r"argument (?P<arg>\S+): invalid int value: (?P<value>.+)", "cli.arg.int"),
    (r"argument (?P<arg>\S+): expected one argument", "cli.arg.one"),
    (r"argument (?P<arg>\S+): not allowed with argument (?P<other>\S+)", "cli.arg.exclusive"),
    (r"unrecognized arguments: (?P<args>.+)", "cli.arg.unrecognized"),
)


def argv_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    """The language asked for before parsing: the last --lang in argv, else PLANSJE_LANG."""
    chosen = environ.get(LANG_ENV)
    for i, arg in enumerate(argv):
        name, _, value = arg.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            if value:
                chosen = value
            elif i + 1 < len(argv):
                chosen = argv[i + 1]
    return normalize_lang(chosen)


def translate_argparse(message: str) -> str:
    """One of argparse's error messages in the current language (unknown ones as they are)."""
    for pattern, key in _ARGPARSE_MESSAGES:
        found = re.fullmatch(pattern, message)
        if found:
            return t(key, **found.groupdict())
    return message


class _Formatter(argparse.HelpFormatter):
    """Help with the translated `usage:` prefix."""

    def add_usage(
        self,
        usage: str | None,
        actions: Any,
        groups: Any,
        prefix: str | None = None,
    ) -> None:
        """The usage line, prefixed with "bruk: " / "usage: "."""
        super().add_usage(usage, actions, groups, t("cli.usage") if prefix is None else prefix)


class PlansjeParser(argparse.ArgumentParser):
    """An ArgumentParser whose headings, -h and error messages follow the UI language."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        """As ArgumentParser, with the translated formatter and -h/--help."""
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = t("cli.positionals")
        self._optionals.title = t("cli.optionals")
        self.add_argument("-h", "--help", action="help", help=t("cli.help.help"))

    def error(self, message: str) -> NoReturn:
        """Print the usage and the problem in the UI language, then exit with code 2."""
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.error", prog=self.prog, message=translate_argparse(message)) + "\n")


def add_global_options(parser: argparse.ArgumentParser, default: object) -> None:
    """--store and --lang on `parser` (each parser gets actions of its own)."""
    parser.add_argument(
        "--store", metavar=t("cli.metavar.dir"), default=default, help=t("cli.help.store")
    )
    parser.add_argument("--lang", choices=["nb", "en"], default=default, help=t("cli.help.lang"))


class _Command(PlansjeParser):
    """A subcommand's parser whose options are added the first time it parses or prints help
    (argparse would otherwise build every command's options on each start)."""

    define: Callable[[argparse.ArgumentParser], None] | None = None

    def _defined(self) -> None:
        if self.define is not None:
            define, self.define = self.define, None
            add_global_options(self, argparse.SUPPRESS)
            define(self)

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        """As ArgumentParser's, with this command's options defined."""
        self._defined()
        return super().parse_known_args(*args, **kwargs)

    def format_usage(self) -> str:
        """As ArgumentParser's, with this command's options defined."""
        self._defined()
        return super().format_usage()

    def format_help(self) -> str:
        """As ArgumentParser's, with this command's options defined."""
        self._defined()
        return super().format_help()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand, its texts in the current language."""
    parser = PlansjeParser(prog="plansje", description=t("cli.description"))
    add_global_options(parser, None)
    sub = parser.add_subparsers(
        dest="command", metavar=t("cli.metavar.command"), parser_class=_Command
    )

    def add(name: str, define: Callable[[argparse.ArgumentParser], None] = lambda _: None) -> None:
        command = sub.add_parser(
            name, help=t(f"cli.help.{name}"), description=t(f"cli.help.{name}")
        )
        command.define = define

    add("agendas")
    add("check", _define_check)
    add("sessions")
    add("run", _define_run)
    for name in ("resume", "join", "show"):
        add(name, _define_session_argument)
    add("export", _define_export)
    add("tiltak", add_tiltak_command)
    add("serve", _define_serve)
    add("room", _define_room)
    return parser


def _define_check(check: argparse.ArgumentParser) -> None:
    """`plansje check PATH...`."""
    check.add_argument("paths", nargs="+", metavar=t("cli.metavar.path"))


def _define_run(run: argparse.ArgumentParser) -> None:
    """`plansje run AGENDA`'s options."""
    run.add_argument("agenda", metavar="AGENDA", help=t("cli.help.run.agenda"))
    run.add_argument("--title", metavar=t("cli.metavar.title"), help=t("cli.help.run.title"))
    run.add_argument("--after", metavar=t("cli.metavar.session"), help=t("cli.help.run.after"))
    run.add_argument(
        "--groups", type=int, metavar=t("cli.metavar.groups"), help=t("cli.help.run.groups")
    )
    run.add_argument(
        "--place", default="", metavar=t("cli.metavar.place"), help=t("cli.help.run.place")
    )
    run.add_argument("--factors", metavar=t("cli.metavar.factors"), help=t("cli.help.run.factors"))
    run.add_argument(
        "--room", nargs="?", const="127.0.0.1", metavar=t("cli.metavar.host"),
        help=t("cli.help.run.room"),
    )  # fmt: skip


def _define_session_argument(command: argparse.ArgumentParser) -> None:
    """`plansje resume|join|show [SESSION_ID]`."""
    command.add_argument("session", nargs="?", metavar=t("cli.metavar.session"))


def _define_export(export: argparse.ArgumentParser) -> None:
    """`plansje export SESSION_ID` and what to export."""
    export.add_argument("session", metavar=t("cli.metavar.session"))
    what = export.add_mutually_exclusive_group()
    for kind in ("minutes", "summary", "actions", "plan", "ics", "invitation"):
        what.add_argument(
            f"--{kind}",
            dest="kind",
            action="store_const",
            const=kind,
            help=t(f"cli.help.export.{kind}"),
        )
    export.add_argument(
        "-o", "--output", metavar=t("cli.metavar.file"), help=t("cli.help.export.output")
    )
    _add_print_options(export, what)


def _define_serve(serve: argparse.ArgumentParser) -> None:
    """`plansje serve [SESSION_ID] [--host ADDR] [--port N]`."""
    serve.add_argument(
        "session", nargs="?", metavar=t("cli.metavar.session"), help=t("cli.help.serve.session")
    )
    serve.add_argument(
        "--host", default="127.0.0.1", metavar=t("cli.metavar.host"), help=t("cli.help.serve.host")
    )
    serve.add_argument(
        "--port", type=int, default=8000, metavar="PORT", help=t("cli.help.serve.port")
    )


def add_tiltak_command(tiltak: argparse.ArgumentParser) -> None:
    """`plansje tiltak`'s filters and output file."""
    shown = tiltak.add_mutually_exclusive_group()
    for name in ("open", "overdue"):
        help_text = t(f"cli.help.tiltak.{name}")
        shown.add_argument(
            f"--{name}", dest="shown", action="store_const", const=name, help=help_text
        )
    name = t("cli.metavar.name")
    tiltak.add_argument(
        "--ansvarlig", default="", metavar=name, help=t("cli.help.tiltak.ansvarlig")
    )
    level = t("cli.metavar.level")
    tiltak.add_argument("--iglo", metavar=level, help=t("cli.help.tiltak.iglo"))
    file = t("cli.metavar.file")
    tiltak.add_argument("-o", "--output", metavar=file, help=t("cli.help.tiltak.output"))


def _add_print_options(
    export: argparse.ArgumentParser, what: argparse._MutuallyExclusiveGroup
) -> None:
    """Printing (issue 13): --runsheet, --poster, --format and --group of `plansje export`."""
    from store.export_formats import ALL_FORMATS

    for kind in ("runsheet", "poster"):
        what.add_argument(
            f"--{kind}",
            dest="kind",
            action="store_const",
            const=kind,
            help=t(f"cli.help.export.{kind}"),
        )
    what.add_argument(
        "--join-sheet",
        dest="kind",
        action="store_const",
        const="joinsheet",
        help=t("cli.help.export.joinsheet"),
    )
    export.add_argument(
        "--format",
        choices=ALL_FORMATS,
        metavar=t("cli.metavar.format"),
        help=t("cli.help.export.format"),
    )
    export.add_argument(
        "--group", type=int, metavar=t("cli.metavar.group"), help=t("cli.help.export.group")
    )
    export.add_argument("--start", metavar="HH:MM", help=t("cli.help.export.start"))


def _define_room(room: argparse.ArgumentParser) -> None:
    """`plansje room [SESSION_ID] [--host ADDR] [--port N]`: the group seats' web page."""
    room.add_argument(
        "session", nargs="?", metavar=t("cli.metavar.session"), help=t("cli.help.room.session")
    )
    room.add_argument(
        "--host", default="127.0.0.1", metavar=t("cli.metavar.host"), help=t("cli.help.room.host")
    )
    room.add_argument(
        "--port", type=int, default=8400, metavar="PORT", help=t("cli.help.room.port")
    )
