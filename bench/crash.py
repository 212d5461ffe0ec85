"""Crash-consistency benchmark: SIGKILL `regkg build` at uniformly random moments.

Usage: python bench/crash.py [--trials 50] [--in-write 16] [--copies 2] [--seed 8]
                             [--modes fresh,force] [--clock cpu|wall] [--json]

The seeds and ../shared/corpus articles are replicated under new stems into a temporary folder
(nothing is copied into the repository), and the code and data a build reads are frozen into a
snapshot there (teammates edit this working tree while it runs). An uninterrupted `regkg build`
gives the reference store and the build's duration T, in wall and in CPU seconds. Each trial
starts `regkg build` as a subprocess, sends it SIGKILL at a moment drawn uniformly from [0, T]
(by default in the child's CPU time: on shared cores its wall time varies several-fold with the
load), reopens the store and checks:

- every named graph in the store is one of the reference's, holding exactly the reference's set
  of quads for that graph (an article graph is complete with its provenance, or absent);
- no committed graph is lost: a graph whose update had returned before the kill (and, under
  `--force`, every graph of the complete store the build started from) is in the store;
- running the build again converges: the store's `canonical_digest` equals the reference's.

Graph writes take about a millisecond each, a percent or two of a build, so uniform kills rarely
land inside one; `--in-write N` adds N trials whose SIGKILL comes a uniform fraction of a
reference write's duration after the start of a random article-graph write (the child signals
the harness through a pipe as the write begins).

Modes: `fresh` builds into an empty store; `force` runs `regkg build --force` over a copy of the
complete reference store, so every write replaces an existing graph (DROP + INSERT DATA).

The child is `regkg.cli.main(["build", ...])`, what the `regkg` script runs, with one addition:
`EmbeddedStore.replace_graph` appends "B" before and "E" after each write to a trace file, and
"U"/"V" around the pyoxigraph update inside it (unbuffered `os.write`, so the lines survive
SIGKILL): a "U" without its "V" means the kill landed inside the store's update. The re-run that
checks convergence calls `regkg.cli.main` in this process (spaCy loads once for all trials).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import random
import resource
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[1]
SOURCES = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus" / "articles"]
THIS = Path(__file__).resolve()
KILL_TIMEOUT_S = 30.0  # a killed child that has not died after this is a harness failure
RUN_TIMEOUT_S = 600.0  # an uninterrupted build longer than this is a failure, not a hang
CPU_POLL_S = 0.002  # how often a CPU-clock kill reads the child's CPU time
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")

ARTICLE_GRAPHS = "/graph/article/"  # ns.ARTICLE_GRAPH_PREFIX without its authority
GraphSets = dict[str, frozenset[str]]


# --- corpus ---------------------------------------------------------------------------------
def replicate(target: Path, copies: int) -> list[Path]:
    """`copies` copies of every seed and corpus article, with sidecars, under stems kNN_STEM."""
    originals = sorted(p for d in SOURCES for p in d.glob("*.txt"))
    if not originals:
        raise FileNotFoundError(f"no articles in {', '.join(map(str, SOURCES))}")
    target.mkdir(parents=True, exist_ok=True)
    made = []
    for copy in range(copies):
        for source in originals:
            stem = f"k{copy:02d}_{source.stem}"
            shutil.copyfile(source, target / f"{stem}.txt")
            shutil.copyfile(source.with_name(source.stem + ".meta.json"),
                            target / f"{stem}.meta.json")
            made.append(target / f"{stem}.txt")
    return made


SNAPSHOT_DIRS = ("data/reference", "data/patterns", "ontology", "shapes", "queries")


def snapshot(work: Path) -> dict[str, str]:
    """A frozen copy of the code and data a build reads, and the environment that selects it.

    Teammates edit src/ and data/ in this working tree while benchmarks run; a pattern edit
    between two builds would change the extractor fingerprint and look like divergence. Every
    build of a run uses this copy (`PROJECT_ROOT` resolves to it, so the data does too).
    """
    frozen = work / "snapshot"
    shutil.copytree(REPO / "src" / "regkg", frozen / "src" / "regkg",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for sub in SNAPSHOT_DIRS:
        shutil.copytree(REPO / sub, frozen / sub)
    env = {k: v for k, v in os.environ.items() if not k.startswith("REGKG_")}
    env["PYTHONPATH"] = os.pathsep.join(
        [str(frozen / "src"), *filter(None, [os.environ.get("PYTHONPATH")])])
    return env


# --- the child: `regkg build` with a write trace --------------------------------------------
class _TracedNative:
    """The store's pyoxigraph handle, with "U"/"V" trace lines around each update."""

    def __init__(self, native: object, fd: int, graph: str) -> None:
        self._native, self._fd, self._graph = native, fd, graph

    def __getattr__(self, name: str) -> object:
        return getattr(self._native, name)

    def update(self, text: str) -> None:
        os.write(self._fd, f"U {time.monotonic():.6f} {self._graph}\n".encode())
        self._native.update(text)  # type: ignore[attr-defined]
        os.write(self._fd, f"V {time.monotonic():.6f} {self._graph}\n".encode())


def child(trace: str, signal_spec: str, argv: list[str]) -> int:
    """`regkg <argv>` with every graph write traced in `trace`: "B" and "E" around
    `replace_graph`, "U" and "V" around the one pyoxigraph update inside it.

    signal_spec "N:FD" (else "none"): when the N-th article-graph write begins, one byte is
    written to file descriptor FD, on which the harness waits to time its SIGKILL from there.
    """
    from regkg.cli import main
    from regkg.store.embedded import EmbeddedStore

    fd = os.open(trace, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    original = EmbeddedStore.replace_graph
    signal_at, _, signal_fd = signal_spec.partition(":")
    article_writes = [0]

    def traced(self: EmbeddedStore, graph: str, triples: object) -> None:
        os.write(fd, f"B {time.monotonic():.6f} {graph}\n".encode())
        if ARTICLE_GRAPHS in graph:
            article_writes[0] += 1
            if signal_at != "none" and article_writes[0] == int(signal_at):
                os.write(int(signal_fd), b"!")
        native = self.native
        self.native = _TracedNative(native, fd, graph)  # type: ignore[assignment]
        try:
            original(self, graph, triples)  # type: ignore[arg-type]
        finally:
            self.native = native
        os.write(fd, f"E {time.monotonic():.6f} {graph}\n".encode())

    with mock.patch.object(EmbeddedStore, "replace_graph", traced):
        return main(argv)


def child_command(trace: Path, argv: Sequence[str], signal_spec: str = "none") -> list[str]:
    return [sys.executable, str(THIS), "child", str(trace), signal_spec, "--", *argv]


@dataclass(frozen=True)
class Trace:
    """The trace lines of one run: (kind, monotonic time, graph)."""

    events: tuple[tuple[str, float, str], ...]

    @classmethod
    def read(cls, path: Path) -> Trace:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        events = []
        for line in text.splitlines():
            kind, stamp, graph = line.split(" ", 2)
            events.append((kind, float(stamp), graph))
        return cls(tuple(events))

    def _open(self, begin: str, end: str) -> str | None:
        kinds = [kind for kind, _, _ in self.events if kind in (begin, end)]
        if kinds and kinds[-1] == begin:
            return next(g for kind, _, g in reversed(self.events) if kind == begin)
        return None

    @property
    def open_write(self) -> str | None:
        """The graph whose `replace_graph` had begun and not returned when the kill landed."""
        return self._open("B", "E")

    @property
    def open_update(self) -> str | None:
        """The graph whose pyoxigraph update had begun and not returned."""
        return self._open("U", "V")

    def committed(self) -> set[str]:
        """Graphs whose pyoxigraph update returned: committed, so they must survive a kill."""
        return {g for kind, _, g in self.events if kind == "V"}

    def article_writes(self) -> int:
        return sum(1 for kind, _, g in self.events if kind == "E" and ARTICLE_GRAPHS in g)

    def write_durations(self) -> list[float]:
        """Seconds inside each article-graph write, in write order."""
        begun: dict[str, float] = {}
        out = []
        for kind, stamp, graph in self.events:
            if ARTICLE_GRAPHS not in graph:
                continue
            if kind == "B":
                begun[graph] = stamp
            elif kind == "E":
                out.append(stamp - begun.pop(graph))
        return out

    def seconds_inside_writes(self) -> float:
        starts: dict[str, float] = {}
        total = 0.0
        for kind, stamp, graph in self.events:
            if kind == "B":
                starts[graph] = stamp
            elif kind == "E":
                total += stamp - starts.pop(graph)
        return total


# --- reading a store ------------------------------------------------------------------------
def graph_sets(store_dir: Path) -> GraphSets:
    """Named graph -> its quads as N-Triples lines (and '' -> default-graph quads, if any)."""
    from regkg.store import open_store

    store = open_store(str(store_dir))
    try:
        native = store.native  # type: ignore[attr-defined]
        groups: dict[str, set[str]] = {}
        for quad in native.quads_for_pattern(None, None, None, None):
            name = getattr(quad.graph_name, "value", "")
            groups.setdefault(name, set()).add(f"{quad.subject} {quad.predicate} {quad.object}")
        return {name: frozenset(quads) for name, quads in groups.items()}
    finally:
        store.close()


def store_digest(store_dir: Path) -> str:
    from regkg.store import canonical_digest, open_store

    store = open_store(str(store_dir))
    try:
        return canonical_digest(store)
    finally:
        store.close()


def compare(found: GraphSets, reference: GraphSets) -> tuple[list[str], list[str]]:
    """(graphs whose quads differ from the reference's, graphs the reference lacks)."""
    partial = sorted(g for g, quads in found.items() if g in reference and quads != reference[g])
    foreign = sorted(g for g in found if g not in reference)
    return partial, foreign


# --- trials ---------------------------------------------------------------------------------
@dataclass
class ReferenceBuild:
    graphs: GraphSets
    digest: str
    duration: float  # wall seconds of the uninterrupted fresh build (process start to exit)
    force_duration: float  # ... of `build --force` over the complete store
    cpu: float  # CPU seconds (user + system) of the uninterrupted fresh build
    force_cpu: float  # ... of `build --force`
    write_seconds: float  # time inside graph writes during the fresh build
    write_durations: list[float]  # per article-graph write, in order
    articles: int


@dataclass
class TrialResult:
    mode: str  # fresh | force
    timing: str  # uniform (delay from process start) | in-write (delay from a write's start)
    delay: float
    killed: bool  # False: the build had finished before the kill was due
    stage: str  # see `classify`
    open_write: str | None
    article_graphs_found: int
    partial: list[str]
    foreign: list[str]
    lost: list[str]  # graphs committed before the kill (update returned, or --force's old
    # complete graphs) that the reopened store does not hold
    converged: bool


STAGES = ("before-any-write", "after-schema-writes", "mid-update", "mid-write-outside-update",
          "between-writes", "after-all-writes", "finished")


def classify(trace: Trace, killed: bool, articles: int) -> str:
    if not killed:
        return "finished"
    if trace.open_update is not None:
        return "mid-update"
    if trace.open_write is not None:
        return "mid-write-outside-update"
    written = trace.article_writes()
    if written == 0:
        return "after-schema-writes" if trace.events else "before-any-write"
    return "after-all-writes" if written >= articles else "between-writes"


@dataclass
class Report:
    reference: ReferenceBuild
    clock: str
    trials: list[TrialResult] = field(default_factory=list)

    def _counts(self, trials: list[TrialResult]) -> dict[str, object]:
        stages = Counter(t.stage for t in trials)
        converged = sum(t.converged for t in trials)
        return {
            "trials": len(trials),
            "by_mode": dict(Counter(t.mode for t in trials)),
            "kills_delivered": sum(t.killed for t in trials),
            "kills_mid_write": stages["mid-update"] + stages["mid-write-outside-update"],
            "kills_mid_update": stages["mid-update"],
            "kills_while_some_but_not_all_articles_written": (
                stages["mid-update"] + stages["mid-write-outside-update"]
                + stages["between-writes"]),
            "stages": {s: stages[s] for s in STAGES if stages[s]},
            "graphs_found_partial": sum(len(t.partial) for t in trials),
            "foreign_graphs": sum(len(t.foreign) for t in trials),
            "committed_graphs_lost": sum(len(t.lost) for t in trials),
            "converged": converged,
            "convergence_pct": round(100 * converged / max(len(trials), 1), 1),
        }

    def summary(self) -> dict[str, object]:
        ref = self.reference
        return {
            "articles": ref.articles,
            "clock": self.clock,
            "uninterrupted_build_s": round(ref.duration, 2),
            "uninterrupted_build_cpu_s": round(ref.cpu, 2),
            "uninterrupted_force_build_s": round(ref.force_duration, 2),
            "uninterrupted_force_build_cpu_s": round(ref.force_cpu, 2),
            "share_of_build_inside_graph_writes": round(ref.write_seconds / ref.duration, 4),
            "median_article_write_ms": round(1000 * statistics.median(ref.write_durations), 2),
            "uniform": self._counts([t for t in self.trials if t.timing == "uniform"]),
            "in_write": self._counts([t for t in self.trials if t.timing == "in-write"]),
        }

    @property
    def failed(self) -> bool:
        return any(t.partial or t.foreign or t.lost or not t.converged for t in self.trials)


@dataclass
class Harness:
    """Where a run works, the environment of every build it starts, and how it rebuilds.

    rebuild "process": the convergence re-run is another `regkg build` subprocess; "in-process":
    `regkg.cli.main` in this process, loading spaCy once for all trials (the benchmark, which
    then imports regkg from the snapshot: see `main`).
    """

    work: Path
    corpus: Path
    env: dict[str, str]
    rebuild: str = "process"

    def build_command(self, store: Path, *extra: str) -> list[str]:
        return ["build", str(self.corpus), "--store", str(store), *extra]

    def run_to_end(self, argv: Sequence[str], trace: Path) -> tuple[float, float]:
        """(wall, CPU) seconds of one uninterrupted traced build; a failure is an error."""
        start, cpu = time.monotonic(), _children_cpu()
        done = subprocess.run(child_command(trace, argv), capture_output=True, env=self.env,
                              timeout=RUN_TIMEOUT_S, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"uninterrupted build failed ({done.returncode}): "
                               f"{done.stderr.decode(errors='replace')[-2000:]}")
        return time.monotonic() - start, _children_cpu() - cpu

    def start(self, argv: Sequence[str], trace: Path, signal_spec: str = "none",
              pass_fds: tuple[int, ...] = ()) -> subprocess.Popen[bytes]:
        return subprocess.Popen(child_command(trace, argv, signal_spec), env=self.env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                pass_fds=pass_fds)

    def rebuild_store(self, store: Path) -> None:
        """`regkg build CORPUS --store STORE`, uninterrupted (the convergence re-run)."""
        if self.rebuild == "process":
            self.run_to_end(self.build_command(store), self.work / "rebuild.trace")
            (self.work / "rebuild.trace").unlink(missing_ok=True)
            return
        from regkg.cli import main

        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(self.build_command(store))
        if code != 0:
            raise RuntimeError(f"the convergence re-run failed ({code})")


def reference_build(h: Harness, articles: int) -> ReferenceBuild:
    """The uninterrupted build (timed), and a timed uninterrupted `--force` run over it."""
    store = h.work / "reference-store"
    trace = h.work / "reference.trace"
    duration, cpu = h.run_to_end(h.build_command(store), trace)
    events = Trace.read(trace)
    graphs = graph_sets(store)
    digest = store_digest(store)
    forced = h.work / "forced-store"
    shutil.copytree(store, forced)
    force_duration, force_cpu = h.run_to_end(h.build_command(forced, "--force"),
                                             h.work / "forced.trace")
    if store_digest(forced) != digest:
        raise RuntimeError("an uninterrupted `build --force` over the reference changed it")
    shutil.rmtree(forced)
    return ReferenceBuild(graphs, digest, duration, force_duration, cpu, force_cpu,
                          events.seconds_inside_writes(), events.write_durations(), articles)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _cpu_of(pid: int) -> float | None:
    """CPU seconds (user + system) a live process has used, from /proc; None once it is gone."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime (fields 14, 15)


def _kill_at_cpu(process: subprocess.Popen[bytes], cpu_seconds: float) -> int:
    """SIGKILL once the process has used `cpu_seconds` of CPU, unless it ended first.

    On shared cores a build's wall time varies several-fold with the load; its CPU time does
    not, so a kill uniform in CPU time is uniform over the build's work.
    """
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while process.poll() is None and time.monotonic() < deadline:
        used = _cpu_of(process.pid)
        if used is not None and used >= cpu_seconds:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(CPU_POLL_S)
    return process.wait(timeout=KILL_TIMEOUT_S)


def _kill_after(process: subprocess.Popen[bytes], delay: float) -> int:
    """SIGKILL `delay` seconds after the start, unless the process ended first."""
    try:
        return process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        return process.wait(timeout=KILL_TIMEOUT_S)


def _kill_after_signal(process: subprocess.Popen[bytes], ready: int, delay: float) -> int:
    """SIGKILL `delay` seconds after the child writes to the pipe `ready` (a write began)."""
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while time.monotonic() < deadline:
        readable, _, _ = select.select([ready], [], [], 0.5)
        if readable:
            if os.read(ready, 1):
                time.sleep(delay)
                process.send_signal(signal.SIGKILL)
            break  # EOF: the child exited without signalling
        if process.poll() is not None:
            break
    return process.wait(timeout=KILL_TIMEOUT_S + max(0.0, deadline - time.monotonic()))


def trial(
    h: Harness, reference: ReferenceBuild, mode: str, number: int, delay: float,
    in_write: int | None = None, clock: str = "wall",
) -> TrialResult:
    """One killed build, its store checked against the reference, then rebuilt and compared.

    `in_write` None: SIGKILL `delay` seconds after the process starts (wall clock), or once it
    has used `delay` seconds of CPU (clock "cpu"); N: `delay` wall seconds after its N-th
    article-graph write begins.
    """
    store = h.work / f"store-{number}"
    trace = h.work / f"trial-{number}.trace"
    if mode == "force":
        shutil.copytree(h.work / "reference-store", store)
    argv = h.build_command(store, *(["--force"] if mode == "force" else []))
    if in_write is None and clock == "cpu":
        returncode = _kill_at_cpu(h.start(argv, trace), delay)
    elif in_write is None:
        returncode = _kill_after(h.start(argv, trace), delay)
    else:
        ready, notify = os.pipe()
        try:
            process = h.start(argv, trace, f"{in_write}:{notify}", (notify,))
            os.close(notify)
            returncode = _kill_after_signal(process, ready, delay)
        finally:
            os.close(ready)
            with contextlib.suppress(OSError):
                os.close(notify)
    killed = returncode == -signal.SIGKILL
    if not killed and returncode != 0:
        raise RuntimeError(f"trial {number}: the build failed on its own ({returncode})")
    events = Trace.read(trace)
    found = graph_sets(store) if store.exists() else {}
    partial, foreign = compare(found, reference.graphs)
    committed = events.committed() | (set(reference.graphs) if mode == "force" else set())
    lost = sorted(committed - set(found))
    article_graphs = sum(1 for g in found if ARTICLE_GRAPHS in g)
    h.rebuild_store(store)
    converged = store_digest(store) == reference.digest
    shutil.rmtree(store)
    trace.unlink(missing_ok=True)
    timing = "uniform" if in_write is None else "in-write"
    return TrialResult(mode, timing, delay, killed, classify(events, killed, reference.articles),
                       events.open_write, article_graphs, partial, foreign, lost, converged)


def prepare(work: Path, copies: int, rebuild: str = "process") -> tuple[Harness, int]:
    """A frozen snapshot and a replicated corpus in `work`: the harness, and the article count."""
    env = snapshot(work)
    corpus = work / "articles"
    return Harness(work, corpus, env, rebuild), len(replicate(corpus, copies))


def run(
    h: Harness, articles: int, trials: int, in_write: int, seed: int, modes: Sequence[str],
    clock: str = "cpu", progress: bool = False,
) -> Report:
    """`trials` kills at uniform times in [0, T] (T: the uninterrupted build's wall or CPU
    seconds, per `clock`), then `in_write` kills inside graph writes."""
    report = Report(reference_build(h, articles), clock)
    ref = report.reference
    rng = random.Random(seed)
    plans: list[tuple[str, float, int | None]] = []
    for number in range(trials):
        mode = modes[number % len(modes)]
        if clock == "cpu":
            span = ref.force_cpu if mode == "force" else ref.cpu
        else:
            span = ref.force_duration if mode == "force" else ref.duration
        plans.append((mode, rng.uniform(0, span), None))
    for number in range(in_write):
        write = rng.randrange(len(ref.write_durations))
        plans.append((modes[number % len(modes)], rng.uniform(0, ref.write_durations[write]),
                      write + 1))
    for number, (mode, delay, write_number) in enumerate(plans):
        result = trial(h, ref, mode, number, delay, write_number, clock)
        report.trials.append(result)
        if progress:
            print(f"trial {number:3d} {mode:5s} {result.timing:8s} delay {delay:6.3f} s: "
                  f"{result.stage:24s} graphs {result.article_graphs_found:3d} "
                  f"partial {len(result.partial)} foreign {len(result.foreign)} "
                  f"lost {len(result.lost)} "
                  f"converged {result.converged}", flush=True)
    return report


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["child"]:
        trace, signal_spec, rest = args[1], args[2], args[3:]
        return child(trace, signal_spec, rest[1:] if rest[:1] == ["--"] else rest)
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--trials", type=int, default=50, help="kills at uniform times")
    parser.add_argument("--in-write", type=int, default=20,
                        help="extra kills at uniform times inside a random graph write")
    parser.add_argument("--copies", type=int, default=3, help="replicas of seeds + corpus")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--modes", default="fresh,force")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="uniform kill times in the build's CPU seconds (robust to shared "
                        "cores) or in wall seconds since its start")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON only")
    parsed = parser.parse_args(args)
    work = Path(tempfile.mkdtemp(prefix="regkg-crash-"))
    try:
        started = time.monotonic()
        harness, articles = prepare(work, parsed.copies, rebuild="in-process")
        sys.path.insert(0, harness.env["PYTHONPATH"].split(os.pathsep)[0])  # regkg: the snapshot
        report = run(harness, articles, parsed.trials, parsed.in_write, parsed.seed,
                     parsed.modes.split(","), parsed.clock, progress=not parsed.json)
        summary = report.summary()
        summary["benchmark_wall_s"] = round(time.monotonic() - started, 1)
        own = resource.getrusage(resource.RUSAGE_SELF)
        summary["benchmark_cpu_s"] = round(own.ru_utime + own.ru_stime + _children_cpu(), 1)
        print(json.dumps(summary, indent=1))
        return 1 if report.failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
