"""`dask:...`: extraction on a Dask distributed cluster (imported only for dask: specs).

The extractor is built here, from this machine's reference data and patterns, and travels to
the workers as a worker plugin: the scheduler keeps it and hands it to every worker that joins,
including one a nanny restarts after a crash. (A scattered copy dies with the workers holding
it, and every task still needing it is then cancelled.) Workers need regkg and the spaCy model
installed, not the data files. A task that was running on a worker that died is re-run by the
scheduler on another, up to `distributed.scheduler.allowed-failures` times (Dask's default 3),
then fails with KilledWorker: scheduler.py then re-runs that article alone before giving up.
"""

from __future__ import annotations

import uuid
import warnings
from concurrent.futures import CancelledError
from typing import Any

from distributed import (
    Client,
    KilledWorker,
    LocalCluster,
    WorkerPlugin,
    as_completed,
    get_worker,
)

from regkg.models import Article, Extraction
from regkg.parallel.core import (
    IN_FLIGHT_PER_WORKER,
    CrashScope,
    ExecutorError,
    ExtractorFactory,
    ExtractorLike,
)
from regkg.settings import Settings

CONNECT_TIMEOUT_S = 30  # to reach a Dask scheduler
LOOPBACK_ANY_PORT = "127.0.0.1:0"


class ExtractorPlugin(WorkerPlugin):
    """Holds the extractor in each worker's memory, for the tasks of one run."""

    def __init__(self, extractor: ExtractorLike) -> None:
        self.extractor = extractor


def _extract_chunk(plugin: str, chunk: list[Article]) -> list[Extraction]:
    """A Dask task. spaCy's model (a per-process cache) loads on a worker's first task."""
    extractor: ExtractorLike = get_worker().plugins[plugin].extractor  # type: ignore[attr-defined]
    return list(extractor.extract_many(chunk))


class DaskBackend:
    def __init__(self, settings: Settings, factory: ExtractorFactory, workers: int,
                 address: str) -> None:
        self.cluster: LocalCluster | None = None
        self.client = self._connect(workers, address)
        self.plugin = f"regkg-extractor-{uuid.uuid4().hex}"  # runs sharing a cluster differ
        self.client.register_plugin(ExtractorPlugin(factory(settings)), name=self.plugin)
        threads = sum(self.client.nthreads().values())
        self.capacity = max(threads, 1) * IN_FLIGHT_PER_WORKER
        self.completed = as_completed(with_results=False)
        self.finished: set[Any] = set()

    def _connect(self, workers: int, address: str) -> Client:
        try:
            if address == "local":
                # The dashboard on a free loopback port: None does not disable it (dask/
                # distributed#8136), and it then warns, or fails, when 8787 is taken.
                self.cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True,
                    host="127.0.0.1", dashboard_address=LOOPBACK_ANY_PORT, scheduler_port=0,
                )
                return Client(self.cluster)
            if address.startswith("file:"):
                return Client(scheduler_file=address.removeprefix("file:"),
                              timeout=CONNECT_TIMEOUT_S)
            return Client(address, timeout=CONNECT_TIMEOUT_S)
        except OSError as error:  # includes TimeoutError: no scheduler there
            self._close_cluster()
            raise ExecutorError(f"cannot reach the Dask scheduler: {error}") from error
        except RuntimeError as error:  # "Nanny failed to start" (a script with no main guard)
            self._close_cluster()
            raise ExecutorError(f"cannot start a local Dask cluster: {error}") from error

    def submit(self, chunk: list[Article]) -> Any:
        future = self.client.submit(_extract_chunk, self.plugin, chunk, pure=False)
        self.completed.add(future)
        return future

    def wait_any(self, handles: list[Any]) -> list[Any]:
        wanted = set(handles)
        while not (self.finished & wanted):
            self.finished.add(next(self.completed))
        done = self.finished & wanted
        self.finished -= done
        return [h for h in handles if h in done]

    def outcome(self, handle: Any) -> list[Extraction] | BaseException:
        value: list[Extraction] | BaseException
        if handle.status == "cancelled":  # the scheduler dropped it (gone, or restarted)
            value = CancelledError(f"Dask cancelled task {handle.key}")
        else:
            value = handle.exception() if handle.status == "error" else handle.result()
        handle.release()
        return value

    def crash_scope(self, error: BaseException) -> CrashScope | None:
        # The scheduler re-ran the task after each worker death; it gives up with KilledWorker.
        return "task" if isinstance(error, KilledWorker) else None

    def restart(self) -> None:  # never called: no crash takes a Dask cluster down with it
        raise AssertionError("a Dask cluster is not restarted by regkg")

    def close(self) -> None:
        with warnings.catch_warnings():
            # Closing a LocalCluster can warn about workers still shutting down.
            warnings.filterwarnings("ignore", category=RuntimeWarning, module="distributed")
            warnings.filterwarnings("ignore", category=UserWarning, module="distributed")
            if self.cluster is None:  # a cluster we do not own: leave no extractor behind
                try:
                    self.client.unregister_worker_plugin(self.plugin)
                except (OSError, ValueError) as error:
                    warnings.warn(f"could not remove the regkg plugin: {error}", stacklevel=2)
            self.client.close()
            self._close_cluster()

    def _close_cluster(self) -> None:
        if self.cluster is not None:
            self.cluster.close()
