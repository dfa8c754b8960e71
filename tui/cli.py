"""The `plansje` command line: a thin layer that parses arguments and dispatches."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Mapping, Sequence

from agendas.cache import parse_cache, use_parse_cache
from store.agenda_cache import DiskParseCache
from store.language import language, set_language
from store.settings import Settings
from tui.cli_parser import argv_language, build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None, environ: Mapping[str, str] | None = None) -> int:
    """Entry point of the `plansje` console script; returns the exit code.

    Settings come from the command line (options before or after the command), then the
    environment (`environ`, default os.environ), then defaults; help and messages are in
    the chosen language. The previous language is restored on return.
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    env = os.environ if environ is None else environ
    previous = language()
    set_language(argv_language(arguments, env))
    try:
        args = build_parser().parse_args(arguments)
        settings = Settings.resolve({"store": args.store, "lang": args.lang}, env)
        set_language(settings.language)
        cache = None if settings.agenda_cache is None else DiskParseCache(settings.agenda_cache)
        previous_cache = parse_cache()
        use_parse_cache(cache)
        try:
            return _dispatch(args, settings)
        except BrokenPipeError:
            return _reader_gone()
        finally:
            use_parse_cache(previous_cache)
    finally:
        set_language(previous)


def _reader_gone() -> int:
    """The reader of the output went away (`plansje agendas | head`): stop quietly, as other
    tools do, with no traceback and no second error when Python flushes at exit."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 1


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    """Run one command with the resolved settings."""
    if args.command in ("agendas", "check", "sessions"):
        from tui import commands  # the listings (the app's commands do not load them)

        if args.command == "agendas":
            return commands.list_agendas(sys.stdout)
        if args.command == "check":
            return commands.check(args.paths, sys.stdout)
        return commands.list_sessions(settings.store, sys.stdout, sys.stderr)
    if args.command == "tiltak":
        from tui.tiltak_command import list_tiltak

        return list_tiltak(args, settings.store, sys.stdout, sys.stderr)
    if args.command == "export":
        from tui.export_command import export

        return export(
            args.session,
            args.kind,
            args.output,
            store=settings.store,
            out=sys.stdout,
            err=sys.stderr,
            fmt=args.format,
            group=args.group,
            start=args.start,
        )
    from store.clock import UnknownZone, local_zone

    try:
        local_zone()
    except UnknownZone as error:
        sys.stderr.write(f"plansje: {error}\n")
        return 1
    if args.command == "room":
        from tui.room.command import room

        return room(args.session, host=args.host, port=args.port, settings=settings)
    if args.command == "serve":
        from tui.serve import serve

        return serve(args.session, host=args.host, port=args.port, settings=settings)
    from tui.startup import hold_gc, release_gc

    hold_gc()  # the app releases it after its first frame
    try:
        return _launch(args, settings)
    finally:
        release_gc(freeze=False)  # when the app never got that far


def _launch(args: argparse.Namespace, settings: Settings) -> int:
    """Open the app: Home, a new session on the Run screen, or an existing session."""
    from tui import launch

    if args.command == "run":
        return launch.run(
            args.agenda,
            settings=settings,
            title=args.title,
            after=args.after,
            groups=args.groups,
            place=args.place,
            factors=args.factors,
            room=args.room,
        )
    if args.command in ("resume", "join", "show"):
        return launch.resume(args.session, settings=settings, seat=args.command)
    return launch.home(settings=settings)


if __name__ == "__main__":
    raise SystemExit(main())
