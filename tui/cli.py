"""The `plansje` command line: a thin layer that parses arguments and dispatches."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from functools import partial
from pathlib import Path

from tui import commands


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="session store folder (env PLANSJE_STORE)",
    )
    common.add_argument(
        "--lang",
        choices=["nb", "en"],
        default=argparse.SUPPRESS,
        help="UI language (env PLANSJE_LANG)",
    )
    parser = argparse.ArgumentParser(
        prog="plansje",
        parents=[common],
        description="Plansje: a terminal meeting runner for HMS / arbeidsmiljø meetings.",
    )
    parser.set_defaults(store=None, lang=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    add = partial(sub.add_parser, parents=[common])

    add("agendas", help="list built-in and user agendas")

    check = add("check", help="validate agenda files")
    check.add_argument("paths", nargs="+", metavar="PATH")

    add("sessions", help="list stored sessions")

    run = add("run", help="start a new session of an agenda on the Run screen")
    run.add_argument("agenda", metavar="AGENDA", help="agenda id or path to an agenda file")
    run.add_argument("--title", help="session title (default: the agenda's title)")
    run.add_argument("--after", metavar="SESSION_ID", help="the session this one continues")
    run.add_argument("--groups", type=int, default=None, help="number of groups")
    run.add_argument("--place", default="", help="where the meeting is held")

    resume = add("resume", help="reopen a session (the latest unfinished by default)")
    resume.add_argument("session", nargs="?", metavar="SESSION_ID")

    join = add("join", help="join a running session as minute-taker (a second seat)")
    join.add_argument("session", nargs="?", metavar="SESSION_ID")

    show = add("show", help="read-only room view of a session for a projector")
    show.add_argument("session", nargs="?", metavar="SESSION_ID")

    export = add("export", help="write the minutes, summary or action plan as Markdown")
    export.add_argument("session", metavar="SESSION_ID")
    what = export.add_mutually_exclusive_group()
    for flag, help_text in (
        ("--minutes", "møtereferat (default)"),
        ("--summary", "oppsummering til neste møte"),
        ("--actions", "handlingsplan for the whole chain of meetings"),
        ("--plan", "the Starte progress plan (fremdriftsplan)"),
        ("--ics", "the progress plan as an iCalendar file"),
        ("--invitation", "the invitation e-mail with dates filled in"),
    ):
        what.add_argument(flag, dest="kind", action="store_const", const=flag[2:], help=help_text)
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE (default: stdout)")

    serve = add("serve", help="serve the app to a browser (textual-serve), on 127.0.0.1")
    serve.add_argument(
        "session",
        nargs="?",
        metavar="SESSION_ID",
        help="join this session as minute-taker (default: Home)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `plansje` console script; returns the exit code."""
    args = build_parser().parse_args(argv)
    store = Path(args.store).expanduser() if args.store else None
    from store.agenda_cache import install_parse_cache

    install_parse_cache()
    if args.command == "agendas":
        return commands.list_agendas(sys.stdout)
    if args.command == "check":
        return commands.check(args.paths, sys.stdout)
    if args.command == "sessions":
        return commands.list_sessions(store, sys.stdout, sys.stderr)
    if args.command == "export":
        from tui.export_command import export

        return export(
            args.session,
            args.kind or "minutes",
            args.output,
            store=store,
            out=sys.stdout,
            err=sys.stderr,
        )
    from store.clock import UnknownZone, local_zone

    try:
        local_zone()
    except UnknownZone as error:
        sys.stderr.write(f"plansje: {error}\n")
        return 1
    if args.command == "serve":
        from tui.serve import serve

        return serve(args.session, host=args.host, port=args.port, store=store, lang=args.lang)
    from tui.startup import hold_gc, release_gc

    hold_gc()  # the app releases it after its first frame
    try:
        return _launch(args, store)
    finally:
        release_gc(freeze=False)  # when the app never got that far


def _launch(args: argparse.Namespace, store: Path | None) -> int:
    """Open the app: Home, a new session on the Run screen, or an existing session."""
    from tui import launch

    if args.command == "run":
        return launch.run(
            args.agenda,
            store=store,
            lang=args.lang,
            title=args.title,
            after=args.after,
            groups=args.groups,
            place=args.place,
        )
    if args.command in ("resume", "join", "show"):
        return launch.resume(args.session, store=store, lang=args.lang, seat=args.command)
    return launch.home(store=store, lang=args.lang)


if __name__ == "__main__":
    raise SystemExit(main())
