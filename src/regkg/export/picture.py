"""A PNG of the enforcement view (networkx + matplotlib, an optional dependency). Layer 3.

    python -m regkg.export.picture --store ./regkg-data -o docs/img/enforcement.png

Authorities (red) point at their targets (services cyan, organisations blue, persons orange);
node size grows with the number of actions, edge width with the number of actions of one type,
and each edge is labelled with its action type. Not streamed: a picture is for small graphs.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

import networkx as nx

from regkg.settings import Settings
from regkg.store import EmbeddedStore, Store

from . import style
from .filters import resolve_options
from .network import Network


def enforcement_graph(store: Store, queries_dir: Path, **filters: Any) -> nx.MultiDiGraph:
    options = resolve_options(store, queries_dir, view="enforcement", **filters)
    network = Network(store, options)
    graph = nx.MultiDiGraph()
    for node in network.nodes():
        graph.add_node(node.id, label=node.label, kind=node.kind, size=node.size)
    for edge in network.edges():
        graph.add_edge(edge.source, edge.target, relation=edge.relation, weight=edge.weight)
    return graph


def render(graph: nx.MultiDiGraph, output: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(12, 8), dpi=120)
    positions = _layout(graph)
    kinds = [data["kind"] for _, data in graph.nodes(data=True)]
    nx.draw_networkx_nodes(
        graph, positions, ax=axes, node_color=[style.hex_color(k) for k in kinds],
        node_size=[data["size"] ** 2 * 3 for _, data in graph.nodes(data=True)], alpha=0.9,
    )
    _draw_edges(graph, positions, axes)
    nx.draw_networkx_labels(graph, positions, ax=axes, font_size=9,
                            labels={n: _short(d["label"]) for n, d in graph.nodes(data=True)})
    _legend(axes, sorted(set(kinds), key=style.KINDS.index))
    axes.set_title(title)
    axes.axis("off")
    figure.tight_layout()
    output.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(output)
    plt.close(figure)


def _layout(graph: nx.MultiDiGraph) -> dict[str, Any]:
    """Targets on an inner circle, authorities outside, each next to what it acts against."""
    targets = sorted({t for _, t in graph.edges()}, key=lambda n: -graph.in_degree(n))
    order = {t: i for i, t in enumerate(targets)}
    actors = sorted(
        (n for n in graph if n not in order),
        key=lambda n: min((order[t] for t in graph.successors(n)), default=len(order)),
    )
    if not targets or not actors:
        return nx.circular_layout(graph)
    return nx.shell_layout(graph, nlist=[targets, actors], scale=1.0)


def _draw_edges(graph: nx.MultiDiGraph, positions: dict[str, Any], axes: Any) -> None:
    """One arrow per (authority, target), labelled with its action types and counts."""
    labels: dict[tuple[str, str], list[str]] = defaultdict(list)
    widths: dict[tuple[str, str], float] = defaultdict(float)
    for source, target, data in graph.edges(data=True):
        count = int(data["weight"])
        labels[source, target].append(data["relation"].replace("_", " ")
                                      + (f" ×{count}" if count > 1 else ""))
        widths[source, target] += data["weight"]
    simple = nx.DiGraph(list(labels))
    nx.draw_networkx_edges(simple, positions, ax=axes, arrowsize=14, edge_color="#555555",
                           width=[1.0 + widths[e] for e in simple.edges], node_size=900)
    nx.draw_networkx_edge_labels(simple, positions, ax=axes, font_size=7, label_pos=0.7,
                                 edge_labels={e: "\n".join(v) for e, v in labels.items()})


def _legend(axes: Any, kinds: list[str]) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([], [], marker="o", linestyle="", markersize=10,
                      markerfacecolor=style.hex_color(k), markeredgecolor="none", label=k)
               for k in kinds]
    axes.legend(handles=handles, loc="lower left", frameon=False)


def _short(label: str, limit: int = 28) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Render the enforcement view to PNG.")
    parser.add_argument("--store", default=Settings.from_env().store)
    parser.add_argument("-o", "--output", type=Path, default=Path("docs/img/enforcement.png"))
    args = parser.parse_args(argv)
    store = EmbeddedStore(args.store)
    try:
        graph = enforcement_graph(store, Settings().queries_dir)
    finally:
        store.close()
    title = (f"Enforcement view: {graph.number_of_nodes()} authorities and targets, "
             f"{graph.number_of_edges()} action types")
    render(graph, args.output, title)
    print(f"{args.output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges")


if __name__ == "__main__":
    main()
