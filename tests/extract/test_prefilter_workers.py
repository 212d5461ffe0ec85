"""The literal prefilter across processes: patterns sent to worker processes keep working."""

from __future__ import annotations


def _matches_in_this_process(pattern: object, text: str) -> int:
    return len(list(pattern.finditer(text)))  # type: ignore[attr-defined]


def test_regression_a_pattern_unpickled_in_a_worker_process_still_matches():
    """Patterns built by the parent and sent to `--executor dask` workers were never added to
    the worker's literal index: the prefilter skipped them and the parallel build lost facts
    the sequential one wrote (CI, session 13)."""
    import multiprocessing as mp
    import re

    from regkg.extract.prefilter import GatedPattern

    pattern = GatedPattern(re.compile(r"\bqzxwv-s13\s+fined\b", re.IGNORECASE))
    with mp.get_context("spawn").Pool(1) as pool:
        found = pool.apply(_matches_in_this_process, (pattern, "Qzxwv-s13 fined Meta."))
    assert found == 1
