"""The command line, parsed to a typed launch command (`Launch`). Parsing only; no Qt, no
heavy imports."""

from __future__ import annotations

import argparse
from dataclasses import dataclass

from kindapp import __version__
from kindapp.core.practice_registry import PracticeRegistry, kind_practices


class Parser(argparse.ArgumentParser):
    """No abbreviations (`--pass` is not `--passphrase-file`), and an error never repeats
    what was typed after an option (it might be a passphrase given by mistake): only the
    option names are named."""

    def parse_args(  # type: ignore[override]
        self, args: list[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        parsed, extra = self.parse_known_args(args, namespace)
        if extra:
            named = sorted({a.split("=", 1)[0] for a in extra if a.startswith("-")})
            what = ", ".join(named) if named else f"{len(extra)} value(s) not asked for"
            self.error(f"unrecognised: {what} (nothing typed after them is repeated here)")
        return parsed


def build_parser(practices: PracticeRegistry) -> argparse.ArgumentParser:
    """The parser; `--practice` offers the practices that have a command-line name."""
    p = Parser(
        prog="kindapp",
        description="Kind: a calm place to practise self-compassion.",
        allow_abbrev=False,
    )
    start = p.add_mutually_exclusive_group()
    start.add_argument(
        "--break",
        dest="start_break",
        action="store_true",
        help="start the Self-Compassion Break at once",
    )
    start.add_argument(
        "--practice",
        choices=practices.cli_names(),
        help="start a practice at once, with the choices you made last time",
    )
    start.add_argument(
        "--catch",
        action="store_true",
        help="open the small window to write down a harsh thought (for a desktop shortcut)",
    )
    start.add_argument(
        "--minimized", action="store_true", help="start quietly in the tray, without a window"
    )
    start.add_argument(
        "--export", metavar="FILE", help="write the journal as JSON to FILE and exit (no window)"
    )
    start.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help="merge a Kind export FILE into the journal (nothing is duplicated)",
    )
    start.add_argument(
        "--lock",
        action="store_true",
        help="lock the journal (and its copies and recorded voice) with a new passphrase, "
        "then exit (no window; close Kind first)",
    )
    start.add_argument(
        "--unlock",
        action="store_true",
        help="take the lock off the journal for good (asks its passphrase), then exit",
    )
    start.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Kind to the launcher (menu entry, icon, actions) for you, and exit",
    )
    start.add_argument(
        "--uninstall-desktop",
        action="store_true",
        help="take Kind's launcher, icons and autostart entry away again, and exit "
        "(your journal and settings stay)",
    )
    p.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help="with --export, --import, --lock or --unlock: read the passphrase from the "
        "first line of FILE ('-': standard input); else KIND_PASSPHRASE, else you are asked",
    )
    p.add_argument(
        "--mode",
        choices=practices.durations(),
        help="with --break: quick (about one minute) or guided (about five)",
    )
    p.add_argument("--version", action="version", version=f"kindapp {__version__}")
    return p


@dataclass(frozen=True)
class Launch:
    """What one launch of `kindapp` asks for, typed: at most one of the start choices (the
    command line's mutually exclusive group), and the options that go with them."""

    practice: str | None = None
    """The practice to start at once (`--break` is the break's name), if any."""
    mode: str | None = None
    catch: bool = False
    minimized: bool = False
    export: str | None = None
    import_file: str | None = None
    lock: bool = False
    unlock: bool = False
    install_desktop: bool = False
    uninstall_desktop: bool = False
    passphrase_file: str | None = None


BREAK = "break"
"""The practice `--break` starts (the Self-Compassion Break's command-line name)."""


def parse_args(argv: list[str] | None, practices: PracticeRegistry | None = None) -> Launch:
    """Parse (the practices are Kind's own unless given); unknown or conflicting arguments
    print usage and exit with status 2."""
    practices = practices or kind_practices()
    parser = build_parser(practices)
    args = parser.parse_args(argv)
    practice = BREAK if args.start_break else args.practice
    chosen = practices.by_cli_name(practice) if practice else None
    if args.mode and not (chosen and args.mode in chosen.durations):
        parser.error("--mode only goes with --break")
    return Launch(
        practice=practice,
        mode=args.mode,
        catch=args.catch,
        minimized=args.minimized,
        export=args.export,
        import_file=args.import_file,
        lock=args.lock,
        unlock=args.unlock,
        install_desktop=args.install_desktop,
        uninstall_desktop=args.uninstall_desktop,
        passphrase_file=args.passphrase_file,
    )
