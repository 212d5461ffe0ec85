"""The `regkg` command. Layer 4: thin; every command calls library functions the API also uses.

Exit codes: 0 ok, 1 validation failures (or an evaluation below its baseline),
2 bad usage or unreadable input.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from regkg import __version__
from regkg.settings import Settings

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
Command = Callable[[argparse.Namespace, Settings], int]

err = Console(stderr=True)
out = Console(highlight=False, soft_wrap=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    settings = Settings.from_env(store=args.store)
    try:
        result: int = args.run(args, settings)
        return result
    except UsageError as error:
        err.print(f"[red]error:[/red] {error}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        err.print("interrupted")
        return 130


class UsageError(Exception):
    """Bad arguments or unreadable input: a message for the user and exit code 2."""


def build_parser() -> argparse.ArgumentParser:
    from regkg.cli_commands import COMMANDS

    parser = argparse.ArgumentParser(
        prog="regkg", description="Regulatory-enforcement knowledge graph from news articles."
    )
    parser.add_argument("--version", action="version", version=f"regkg {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--store", default=None,
        help="store directory, 'memory', or sparql+http://host/sparql "
        "(default ./regkg-data or $REGKG_STORE)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name, (help_text, configure, run) in COMMANDS.items():
        command = sub.add_parser(name, help=help_text, description=help_text, parents=[common])
        configure(command)
        command.set_defaults(run=run)
    return parser


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(v) for v in row))
    out.print(table)


def print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=1) + "\n")


def existing_paths(paths: Sequence[str]) -> list[Path]:
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    return [Path(p) for p in paths]
