"""Exports stream: the Python heap does not grow with the graph (rows are written as read)."""

from __future__ import annotations

import datetime as dt
import io
import tracemalloc

import pytest

from regkg import namespaces as ns
from regkg.export import get_exporter, resolve_options
from regkg.mapping import map_extraction
from regkg.models import DateValue, Extraction
from regkg.store import EmbeddedStore

from .conftest import UK_TEXT, action, article
from .helpers import QUERIES


def synthetic_store(articles: int) -> EmbeddedStore:
    """`articles` articles, each with two actions against its own (unlinked) organisation."""
    store = EmbeddedStore(None)
    for i in range(articles):
        target = f"organisation/synthetic-{i}"
        day = DateValue(dt.date(2025, 1, 1) + dt.timedelta(days=i % 365), "day")
        actions = (
            action("investigation", "authority/ofcom", (target,), "GB", UK_TEXT, date=day),
            action("fine", "authority/european-commission", (target, "service/x"), "EU",
                   UK_TEXT, laws=("law/digital-services-act",), date=day),
        )
        extraction = Extraction(article(f"s{i}", "en", UK_TEXT), "test", actions=actions)
        store.replace_graph(str(ns.article_graph(f"s{i}")), map_extraction(extraction))
    return store


def peak_heap(store: EmbeddedStore, fmt: str, view: str) -> tuple[int, int]:
    """(peak traced Python memory in bytes, bytes written) of one export."""
    options = resolve_options(store, QUERIES, view=view, table="edges")
    out = io.BytesIO()
    tracemalloc.start()
    try:
        get_exporter(fmt).write(store, _Discard(out), options)
        return tracemalloc.get_traced_memory()[1], out.tell()
    finally:
        tracemalloc.stop()


class _Discard(io.RawIOBase):
    """Counts bytes and forgets them, so the output does not count as held memory."""

    def __init__(self, counter: io.BytesIO) -> None:
        self.counter = counter

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[no-untyped-def,override]
        self.counter.seek(len(data), io.SEEK_CUR)
        return len(data)


@pytest.fixture(scope="module")
def stores() -> tuple[EmbeddedStore, EmbeddedStore]:
    return synthetic_store(100), synthetic_store(800)


@pytest.mark.parametrize("fmt, view", [("gexf", "full"), ("graphml", "full"),
                                       ("csv", "full"), ("gexf", "enforcement"),
                                       ("turtle", "enforcement")])
def test_heap_does_not_grow_with_the_graph(stores, fmt, view):
    small, large = (peak_heap(store, fmt, view) for store in stores)
    assert large[1] > 6 * small[1], "the large graph writes ~8x more"
    assert large[0] < 1.5 * small[0] + 256 * 1024, (small, large)
