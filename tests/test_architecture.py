"""The layering rule (nothing lower imports anything higher) and 'no SPARQL in Python'."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "regkg"
LAYERS = {
    0: {"namespaces", "models", "settings"},
    1: {"articles", "extract", "mapping", "reference"},
    2: {"validation", "store", "reasoning"},
    3: {"pipeline", "parallel", "queries", "export", "results", "evaluation"},
    4: {"cli", "cli_commands", "cli_serve", "cli_export", "api", "__main__", "__init__"},
}
# The store implements the protocol's own requests (graph replace); queries live in queries/.
SPARQL_ALLOWED = {"store"}
SPARQL_TEXT = re.compile(r"\b(SELECT\s+[?*(]|CONSTRUCT\s*\{|WHERE\s*\{|INSERT\s+DATA)", re.I)


def layer_of(top: str) -> int:
    for layer, names in LAYERS.items():
        if top in names:
            return layer
    raise AssertionError(f"module regkg.{top} is in no layer: add it to LAYERS")


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def top_name(path: Path) -> str:
    return path.relative_to(PACKAGE).parts[0].removesuffix(".py")


def regkg_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("regkg."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("regkg.")}
    return found


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_follow_the_data_flow(path):
    own = layer_of(top_name(path))
    higher = {m for m in regkg_imports(path) if layer_of(m) > own}
    assert not higher, f"{path.name} (layer {own}) imports higher layers: {sorted(higher)}"


def string_literals(path: Path) -> list[str]:
    """String constants of a module, without docstrings (comments are not in the AST)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_sparql_strings_in_python(path):
    if top_name(path) in SPARQL_ALLOWED:
        return
    queries = [s for s in string_literals(path) if SPARQL_TEXT.search(s)]
    assert not queries, f"{path.name}: move the query to queries/*.rq: {queries[0][:80]!r}"


def test_the_sparql_guard_catches_a_query_but_not_comments_or_docstrings(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        '"""Docs may say SELECT * WHERE { ... }."""\n'
        "# comments too: SELECT ?x WHERE {\n"
        'QUERY = "SELECT ?s WHERE { ?s ?p ?o }"\n',
        encoding="utf-8",
    )
    found = [s for s in string_literals(module) if SPARQL_TEXT.search(s)]
    assert found == ["SELECT ?s WHERE { ?s ?p ?o }"]
