"""`regkg export FORMAT`: the graph for Gephi and KG tools (see docs/export.md). Layer 4."""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from regkg.cli import EXIT_OK, UsageError, err
from regkg.export import (
    FORMATS,
    TABLES,
    VIEWS,
    Exporter,
    ExportError,
    ExportOptions,
    ExportReport,
    get_exporter,
    resolve_options,
)
from regkg.settings import Settings
from regkg.store import Store, StoreError, open_store


def configure_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("format", choices=FORMATS, metavar="FORMAT",
                   help=f"one of {', '.join(FORMATS)}")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="output file (default: standard output); for csv without --table, "
                   "FILE.nodes.csv and FILE.edges.csv")
    p.add_argument("--view", choices=VIEWS, default="full",
                   help="full (default), enforcement (authority -> target) or claims")
    p.add_argument("--jurisdiction", metavar="CODE",
                   help="ISO code, any case (UK = GB); includes subdivisions (US has US-CA)")
    p.add_argument("--target", metavar="ID",
                   help="entity key (service/grok), IRI, Wikidata id or label")
    p.add_argument("--since", metavar="DATE", help="facts dated on or after DATE (YYYY[-MM[-DD]])")
    p.add_argument("--until", metavar="DATE", help="facts dated on or before DATE")
    p.add_argument("--table", choices=TABLES, help="csv: write only this table")


def run_export(args: argparse.Namespace, settings: Settings) -> int:
    exporter = get_exporter(args.format)
    store = _open(settings)
    try:
        options = _options(args, store, settings)
        if exporter.name == "csv" and options.table is None:
            return _write_both_tables(args, store, options)
        with _destination(args.output) as out:
            report = _write(exporter, store, out, options)
        err.print(report.line(), highlight=False)
        return EXIT_OK
    finally:
        store.close()


def _open(settings: Settings) -> Store:
    spec = settings.store
    if spec != "memory" and not spec.startswith("sparql+") and not os.path.isdir(spec):
        raise UsageError(f"no store at {spec} (build one with `regkg build --store {spec}`)")
    try:
        return open_store(spec)
    except StoreError as error:
        raise UsageError(str(error)) from error


def _options(args: argparse.Namespace, store: Store, settings: Settings) -> ExportOptions:
    try:
        return resolve_options(
            store, settings.queries_dir, view=args.view, jurisdiction=args.jurisdiction,
            target=args.target, since=args.since, until=args.until, table=args.table,
        )
    except ExportError as error:
        raise UsageError(str(error)) from error


def _write_both_tables(args: argparse.Namespace, store: Store, options: ExportOptions) -> int:
    if not args.output:
        raise UsageError("csv writes two files: give -o PREFIX (or --table nodes|edges)")
    prefix = str(args.output).removesuffix(".csv")
    exporter = get_exporter("csv")
    for table in TABLES:
        path = f"{prefix}.{table}.csv"
        with _destination(path) as out:
            report = _write(exporter, store, out, dataclasses.replace(options, table=table))
        err.print(f"{path}: {report.line()}", highlight=False)
    return EXIT_OK


def _write(exporter: Exporter, store: Store, out: BinaryIO, options: ExportOptions) -> ExportReport:
    try:
        return exporter.write(store, out, options)
    except ExportError as error:
        raise UsageError(str(error)) from error


@contextlib.contextmanager
def _destination(output: str | None) -> Iterator[BinaryIO]:
    """Standard output, or FILE written via FILE.part and renamed only on success."""
    if not output:
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    path = Path(output)
    partial = path.with_name(path.name + ".part")
    try:
        with partial.open("wb") as out:
            yield out
        partial.replace(path)
    except OSError as error:
        raise UsageError(f"cannot write {path}: {error}") from error
    finally:
        partial.unlink(missing_ok=True)
