"""What every executor shares: results, failures, the extractor factory, the backend protocol."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from regkg.extract.extractor import EXTRACTOR_VERSION, Extractor
from regkg.models import Article, Extraction
from regkg.reference import load_reference
from regkg.settings import Settings

IN_FLIGHT_PER_WORKER = 2


class ExecutorError(RuntimeError):
    """The executor spec is wrong, or the executor cannot run (Dask missing, scheduler down,
    workers that keep dying)."""


@dataclass(frozen=True)
class ExtractionFailure:
    """An article whose extraction failed (raised, or crashed its worker) after retries."""

    article: Article
    message: str


Result = Extraction | ExtractionFailure
CrashScope = Literal["pool", "task"]


class ExtractorLike(Protocol):
    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...


ExtractorFactory = Callable[[Settings], ExtractorLike]


def default_extractor(settings: Settings) -> Extractor:
    return Extractor(load_reference(settings.reference_dir), settings.patterns_dir)


class Backend(Protocol):
    """Runs extraction tasks somewhere; handles are its futures."""

    capacity: int  # tasks in flight at once

    def submit(self, chunk: list[Article]) -> Any: ...

    def wait_any(self, handles: list[Any]) -> list[Any]:
        """The finished handles among `handles` (at least one), in the order given."""

    def outcome(self, handle: Any) -> list[Extraction] | BaseException:
        """The extractions, or the error; a concurrent.futures.CancelledError if the executor
        dropped the task (a Dask scheduler that went away)."""

    def crash_scope(self, error: BaseException) -> CrashScope | None:
        """Whether `error` means a worker died: "pool" if every task in flight was lost with it
        (restart() then makes a new pool), "task" if only this one was; None if it raised."""

    def restart(self) -> None: ...

    def close(self) -> None: ...


def check_version(extractions: list[Extraction]) -> None:
    """Workers must run the same extractor as this writer, or the store would mix versions."""
    for extraction in extractions:
        if extraction.extractor_version != EXTRACTOR_VERSION:
            raise ExecutorError(
                f"a worker runs extractor {extraction.extractor_version}, this process "
                f"{EXTRACTOR_VERSION}: install the same regkg on every worker"
            )


def describe(articles: list[Article], most: int = 3) -> str:
    """The articles named for a person: their files (or ids), the first few."""
    names = [a.source_file or a.id for a in articles[:most]]
    more = f" and {len(articles) - most} more" if len(articles) > most else ""
    return ", ".join(names) + more
