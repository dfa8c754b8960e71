"""The `plansje` command line: a thin layer that parses arguments and dispatches."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import commands


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    parser = argparse.ArgumentParser(
        prog="plansje",
        description="Plansje: a terminal meeting runner for HMS / arbeidsmiljø meetings.",
    )
    parser.add_argument("--store", metavar="DIR", help="session store folder (env PLANSJE_STORE)")
    parser.add_argument("--lang", choices=["nb", "en"], help="UI language (env PLANSJE_LANG)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("agendas", help="list built-in and user agendas")

    check = sub.add_parser("check", help="validate agenda files")
    check.add_argument("paths", nargs="+", metavar="PATH")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `plansje` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    store = Path(args.store).expanduser() if args.store else None
    if args.command == "agendas":
        return commands.list_agendas(sys.stdout)
    if args.command == "check":
        return commands.check(args.paths, sys.stdout)
    del store
    build_parser().print_help()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
