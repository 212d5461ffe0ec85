"""The subcommands of `regkg`: (help, configure-parser, run) per command. Layer 4."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from regkg import namespaces as ns
from regkg.cli import (
    EXIT_INVALID,
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    err,
    existing_paths,
    out,
    print_json,
    print_table,
)
from regkg.cli_export import configure_export, run_export
from regkg.cli_serve import configure_serve, run_serve
from regkg.settings import Settings
from regkg.store import QueryError, Store, StoreError, open_store

if TYPE_CHECKING:
    from regkg.evaluation import EvalReport
    from regkg.pipeline import BuildSummary, Pipeline


def _open(settings: Settings) -> Store:
    try:
        return open_store(settings.store)
    except StoreError as error:
        raise UsageError(str(error)) from error


def _pipeline(settings: Settings, store: Store) -> Pipeline:
    from regkg.pipeline import Pipeline
    from regkg.reference import ReferenceDataError

    try:
        return Pipeline(settings, store)
    except ReferenceDataError as error:
        raise UsageError(str(error)) from error


# --- build / ingest ------------------------------------------------------------------------
def configure_build(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", help="article files or directories (default data/articles)")
    p.add_argument("--force", action="store_true", help="re-extract articles already stored")
    p.add_argument("--jobs", type=int, help="extraction processes (one writer); default 1")
    p.add_argument("--executor", metavar="SPEC", help="extraction executor: serial, processes:N, "
                   "dask:tcp://HOST:PORT, dask:file:SCHEDULER_JSON or dask:local:N")


def run_build(args: argparse.Namespace, settings: Settings) -> int:
    import dataclasses

    from regkg.articles import ArticleError, find_articles
    from regkg.parallel import ExecutorError, parse_executor

    settings = dataclasses.replace(settings, **{k: v for k, v in (
        ("jobs", args.jobs), ("executor", args.executor)) if v is not None})
    try:
        parse_executor(settings.executor, settings.jobs)
    except ExecutorError as error:
        raise UsageError(str(error)) from error
    paths = existing_paths(args.paths) if args.paths else [settings.articles_dir]
    try:
        files = find_articles(paths)
    except ArticleError as error:
        raise UsageError(str(error)) from error
    store = _open(settings)
    try:
        pipeline = _pipeline(settings, store)
        with _progress() as progress:
            task = progress.add_task("ingesting", total=len(files))
            try:
                summary = pipeline.build(
                    files, force=args.force, on_outcome=lambda _: progress.advance(task)
                )
            except ExecutorError as error:  # no Dask, scheduler unreachable, workers broken
                raise UsageError(str(error)) from error
        _print_summary(summary, store, settings)
        return int(summary.exit_code)
    finally:
        store.close()


def run_ingest(args: argparse.Namespace, settings: Settings) -> int:
    args.force = True
    return run_build(args, settings)


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True,
    )


def _print_summary(summary: BuildSummary, store: Store, settings: Settings) -> None:
    from regkg.pipeline import STATUSES

    out.print("articles: " + ", ".join(f"{summary.count(s)} {s}" for s in STATUSES))
    _print_stats(store, settings)
    for outcome in summary.outcomes:
        if outcome.status in ("rejected", "unreadable"):
            err.print(f"[red]{outcome.status}[/red] {outcome.source}\n{outcome.message}")


# --- stats / query / review -----------------------------------------------------------------
def run_stats(args: argparse.Namespace, settings: Settings) -> int:
    store = _open(settings)
    try:
        _print_stats(store, settings)
        return EXIT_OK
    finally:
        store.close()


def _print_stats(store: Store, settings: Settings) -> None:
    from regkg.queries import registry

    queries = registry(settings.queries_dir)
    out.print(f"triples: {store.triple_count()}  graphs: {len(store.graph_names())}")
    counts = queries.select(store, "stats-counts").rows
    out.print("  ".join(f"{r['kind'].value}: {r['count'].value}" for r in counts))
    by_type = queries.select(store, "stats-actions-by-type").rows
    codes = {str(v): k for k, v in ns.ACTION_CLASSES.items()}
    rows = [(codes.get(r["type"].value, r["type"].value), r["count"].value) for r in by_type]
    print_table("actions by type", ("type", "actions"), rows)


def configure_query(p: argparse.ArgumentParser) -> None:
    p.add_argument("sparql", help="a SPARQL query, @FILE to read one, or - for standard input")
    p.add_argument("--format", choices=("table", "json", "csv", "tsv"), default="table")


def run_query(args: argparse.Namespace, settings: Settings) -> int:
    from rdflib import Graph

    from regkg import results

    text = _query_text(args.sparql)
    store = _open(settings)
    try:
        result = store.query(text)
    except QueryError as error:
        raise UsageError(f"malformed or unsupported query: {error}") from error
    finally:
        store.close()
    if isinstance(result, bool):
        print_json({"head": {}, "boolean": result}) if args.format == "json" else out.print(result)
    elif isinstance(result, Graph):
        sys.stdout.write(result.serialize(format="turtle"))
    elif args.format == "json":
        sys.stdout.write(results.to_json_text(result) + "\n")
    elif args.format in ("csv", "tsv"):
        sys.stdout.write(results.to_csv(result) if args.format == "csv" else results.to_tsv(result))
    else:
        rows = results.to_rows(result)
        print_table(f"{len(rows)} rows", result.variables, [list(r.values()) for r in rows])
    return EXIT_OK


def _query_text(arg: str) -> str:
    if arg == "-":
        return sys.stdin.read()
    if arg.startswith("@"):
        path = Path(arg[1:])
        if not path.is_file():
            raise UsageError(f"no such query file: {path}")
        return path.read_text(encoding="utf-8")
    return arg


def run_review(args: argparse.Namespace, settings: Settings) -> int:
    from regkg.queries import registry

    store = _open(settings)
    try:
        rows = registry(settings.queries_dir).select(store, "review-unlinked").rows
    finally:
        store.close()
    print_table(
        f"{len(rows)} mentions of unlinked entities", ("entity", "article", "sentence"),
        [(r["label"].value, r["article"].value.rsplit("/", 1)[-1], r["sentence"].value)
         for r in rows],
    )
    return EXIT_OK


# --- validate / reason ------------------------------------------------------------------
def run_validate(args: argparse.Namespace, settings: Settings) -> int:
    from regkg.validation import validate

    store = _open(settings)
    try:
        pipeline = _pipeline(settings, store)
        failed = 0
        article_graphs = [g for g in store.graph_names() if g.startswith(ns.ARTICLE_GRAPH_PREFIX)]
        for name in article_graphs:
            report = validate(pipeline.validation_data(store.graph(name)), pipeline.shapes)
            if not report.conforms:
                failed += 1
                err.print(f"[red]violations[/red] in {name}\n{report.render()}")
        out.print(f"validated {len(article_graphs)} article graphs: {failed} with violations")
        return EXIT_INVALID if failed else EXIT_OK
    finally:
        store.close()


def run_reason(args: argparse.Namespace, settings: Settings) -> int:
    from regkg.queries import registry
    from regkg.reasoning import check_consistency, infer

    store = _open(settings)
    try:
        data = registry(settings.queries_dir).construct(store, "all-triples")
        ontology = settings.ontology_dir / "regkg.ttl"
        result = check_consistency(ontology, data)
        if not result.consistent:
            err.print(f"[red]inconsistent[/red]: {result.explanation}")
            return EXIT_INVALID
        inferred = infer(ontology, data)
        store.replace_graph(str(ns.INFERRED_GRAPH), inferred)
        out.print(f"consistent ({result.seconds:.1f} s); {len(inferred)} inferred triples "
                  f"written to {ns.INFERRED_GRAPH}")
        return EXIT_OK
    finally:
        store.close()


# --- extract / eval -------------------------------------------------------------------------
def configure_extract(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help="an article (.txt with STEM.meta.json, .md, .html)")
    p.add_argument("--format", choices=("json", "turtle"), default="json")


def run_extract(args: argparse.Namespace, settings: Settings) -> int:
    from regkg.articles import ArticleError, read_article
    from regkg.extract.extractor import Extractor
    from regkg.extract.gold import to_gold
    from regkg.mapping import map_extraction
    from regkg.reference import load_reference

    try:
        article = read_article(existing_paths([args.file])[0], settings.max_article_bytes)
    except ArticleError as error:
        raise UsageError(str(error)) from error
    reference = load_reference(settings.reference_dir)
    extraction = Extractor(reference, settings.patterns_dir).extract(article)
    if args.format == "turtle":
        label = lambda key: reference.entities[key].label if key in reference.entities else key  # noqa: E731
        sys.stdout.write(map_extraction(extraction, label).serialize(format="turtle"))
    else:
        print_json(to_gold(extraction, reference))
    return EXIT_OK


def configure_eval(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold_dir", help="directory of gold files (the corpus gold schema)")
    p.add_argument("articles_dir", nargs="?", help="articles (default: GOLD_DIR/../articles)")
    p.add_argument("--ids", choices=("all", "odd", "even"), default="all",
                   help="score only odd or even numeric ids (the corpus tuning/held-out split)")
    p.add_argument("--baseline", help="JSON file of recorded totals; exit 1 below them")
    p.add_argument("--set", dest="set_name", help="the baseline entry to compare with")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.add_argument("--predicted", metavar="DIR",
                   help="score the gold-schema files in DIR (another system's output, a second "
                        "annotator's) instead of running extraction")


def run_eval(args: argparse.Namespace, settings: Settings) -> int:
    import json

    from regkg.evaluation import compare_to_baseline

    gold_dir = existing_paths([args.gold_dir])[0]
    report = _predicted_report(args, gold_dir) if args.predicted else _extracted_report(
        args, settings, gold_dir)
    if args.json:
        print_json(report.to_json())
    else:
        out.print(report.render_table())
    if args.baseline:
        baseline = json.loads(Path(args.baseline).read_text(encoding="utf-8"))
        drops = compare_to_baseline(report, baseline.get(args.set_name or "", {}))
        for drop in drops:
            err.print(f"[red]below baseline[/red]: {drop}")
        return EXIT_INVALID if drops else EXIT_OK
    return EXIT_OK


def _extracted_report(args: argparse.Namespace, settings: Settings, gold_dir: Path) -> EvalReport:
    from regkg.evaluation import evaluate_dir
    from regkg.extract.extractor import Extractor
    from regkg.reference import load_reference

    articles_dir = Path(args.articles_dir) if args.articles_dir else gold_dir.parent / "articles"
    extractor = Extractor(load_reference(settings.reference_dir), settings.patterns_dir)
    return evaluate_dir(gold_dir, existing_paths([str(articles_dir)])[0], extractor, ids=args.ids)


def _predicted_report(args: argparse.Namespace, gold_dir: Path) -> EvalReport:
    from regkg.evaluation import PredictionError, evaluate, load_predictions

    try:
        predictions = load_predictions(existing_paths([args.predicted])[0])
    except PredictionError as error:
        raise UsageError(str(error)) from error
    return evaluate(gold_dir, predictions, args.ids)


def _no_args(p: argparse.ArgumentParser) -> None:
    return None


COMMANDS = {
    "build": ("Build the graph from article files into the store.", configure_build, run_build),
    "ingest": ("Ingest the given article files (re-extracting them).", configure_build,
               run_ingest),
    "validate": ("Validate every article graph in the store (an audit).", _no_args, run_validate),
    "stats": ("Print what the store holds.", _no_args, run_stats),
    "query": ("Run a SPARQL query against the store.", configure_query, run_query),
    "reason": ("Check consistency with HermiT and store what it infers.", _no_args, run_reason),
    "extract": ("Print the facts of one article without storing them.", configure_extract,
                run_extract),
    "eval": ("Score extraction against gold files.", configure_eval, run_eval),
    "review": ("List entities extraction found that match no reference entity.", _no_args,
               run_review),
    "serve": ("Serve the SPARQL endpoint and REST API (read-only).", configure_serve, run_serve),
    "export": ("Export the graph for Gephi and KG tools (docs/export.md).", configure_export,
               run_export),
}

__all__ = ["COMMANDS", "EXIT_USAGE"]
