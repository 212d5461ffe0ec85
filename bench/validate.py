"""Milliseconds per article for SHACL validation, pyshacl-turbo vs pySHACL.

    python bench/validate.py [--runs 30]

The "article" is tests/shapes/fixtures/common.ttl plus every passing fixture (one article, its
evidence, fines, claims, provisions and entities: ~300 triples). The reference graph is
data/reference/*.ttl padded with synthetic organisations to ~2,500 triples, the size the brief
expects. Two ways to build the data graph are timed for each engine:
  - "closure": the article plus `reference_closure` (what the pipeline validates),
  - "full":    the article plus the whole reference graph.
Shapes are loaded once; pyshacl-turbo compiles them on the first call (reported separately).
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from rdflib import RDF, Graph, Literal
from rdflib.namespace import SKOS

from regkg.namespaces import ID, RKG
from regkg.settings import Settings
from regkg.validation import Engine, load_shapes, reference_closure, validate

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "shapes" / "fixtures"
TARGET_REFERENCE_TRIPLES = 2500


def article_graph() -> Graph:
    graph = Graph().parse(FIXTURES / "common.ttl", format="turtle")
    for path in sorted((FIXTURES / "pass").glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def reference_graph(settings: Settings) -> Graph:
    graph = Graph()
    for path in sorted(settings.reference_dir.glob("*.ttl")):
        graph.parse(path, format="turtle")
    n = 0
    while len(graph) < TARGET_REFERENCE_TRIPLES:
        node = ID[f"organisation/bench-{n}"]
        graph.add((node, RDF.type, RKG.Organisation))
        graph.add((node, SKOS.prefLabel, Literal(f"Bench company {n}", lang="en")))
        graph.add((node, SKOS.altLabel, Literal(f"BC{n}")))
        n += 1
    return graph


def time_ms(data: Graph, shapes: Graph, engine: Engine, runs: int) -> tuple[float, bool]:
    samples = []
    conforms = True
    for _ in range(runs):
        start = time.perf_counter()
        report = validate(data, shapes, engine=engine)
        samples.append((time.perf_counter() - start) * 1000)
        conforms = conforms and report.conforms
    return statistics.median(samples), conforms


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    settings = Settings()
    shapes = load_shapes(settings.shapes_dir)
    reference = reference_graph(settings)
    article = article_graph()
    # The fixtures describe a few entities the real reference also has (X Corp.): keep the
    # reference's description so the merged graph conforms.
    for subject in set(article.subjects()) & set(reference.subjects()):
        article.remove((subject, None, None))
    inputs = {
        "closure": article + reference_closure(article, reference),
        "full": article + reference,
    }
    print(f"article {len(article)} triples; reference {len(reference)} triples; "
          f"closure input {len(inputs['closure'])}, full input {len(inputs['full'])}")
    start = time.perf_counter()
    validate(inputs["closure"], shapes, engine="turbo")
    print(f"turbo first call (compiles shapes): {(time.perf_counter() - start) * 1000:.1f} ms")
    for engine in ("turbo", "pyshacl"):
        for name, data in inputs.items():
            runs = args.runs if engine == "turbo" else max(3, args.runs // 5)
            ms, conforms = time_ms(data, shapes, engine, runs)  # type: ignore[arg-type]
            print(f"{engine:8s} {name:8s} {ms:8.1f} ms/article  (median of {runs}; "
                  f"conforms={conforms})")


if __name__ == "__main__":
    main()
