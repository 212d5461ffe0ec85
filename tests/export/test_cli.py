"""`regkg export`: files, standard output, CSV table pairs, and exit 2 on bad filters."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest

from regkg.cli import main
from regkg.store import EmbeddedStore

ID = "https://w3id.org/regkg/id/"


@pytest.fixture(scope="module")
def store_dir(store, tmp_path_factory) -> str:
    """The test store, on disk, as `regkg build` leaves it."""
    path = tmp_path_factory.mktemp("store")
    dump = io.BytesIO()
    store.dump_nquads(dump)
    disk = EmbeddedStore(path)
    import pyoxigraph as ox

    disk.native.load(dump.getvalue(), ox.RdfFormat.N_QUADS)
    disk.close()
    return str(path)


def test_gexf_to_a_file_with_a_report_line(store_dir, tmp_path, capsys):
    out = tmp_path / "enforcement.gexf"
    code = main(["export", "gexf", "--store", store_dir, "--view", "enforcement", "-o", str(out)])
    assert code == 0
    graph = nx.read_gexf(out, version="1.3")
    assert graph.has_edge(ID + "authority/ofcom", ID + "service/x")
    assert "1 undated action kept static" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.part"))


def test_turtle_to_standard_output_with_filters(store_dir, capsysbinary):
    code = main(["export", "turtle", "--store", store_dir, "--jurisdiction", "UK",
                 "--since", "2026-01-01"])
    assert code == 0
    text = capsysbinary.readouterr().out.decode()
    assert "authority:ofcom" in text and "authority:european-commission" not in text


def test_csv_writes_the_nodes_and_edges_pair(store_dir, tmp_path):
    prefix = tmp_path / "grok"
    assert main(["export", "csv", "--store", store_dir, "--target", "grok",
                 "-o", str(prefix) + ".csv"]) == 0
    nodes = (tmp_path / "grok.nodes.csv").read_text(encoding="utf-8")
    edges = (tmp_path / "grok.edges.csv").read_text(encoding="utf-8")
    assert nodes.startswith("Id,Label,") and edges.startswith("Source,Target,Type,Id,Label,Weight")
    assert ID + "service/grok" in nodes and ID + "service/x," not in nodes


def test_csv_to_standard_output_needs_a_table(store_dir, capsys):
    assert main(["export", "csv", "--store", store_dir]) == 2
    assert "-o PREFIX" in capsys.readouterr().err
    assert main(["export", "csv", "--store", store_dir, "--table", "edges"]) == 0
    assert capsys.readouterr().out.startswith("Source,Target")


@pytest.mark.parametrize("args, message", [
    (["--jurisdiction", "ZZ"], "no jurisdiction has the code"),
    (["--target", "nobody-at-all"], "no entity is named"),
    (["--since", "yesterday"], "not a date"),
])
def test_bad_filters_exit_2_and_write_nothing(store_dir, tmp_path, capsys, args, message):
    out = tmp_path / "x.gexf"
    assert main(["export", "gexf", "--store", store_dir, "-o", str(out), *args]) == 2
    assert message in capsys.readouterr().err.replace("\n", " ")
    assert not out.exists()


def test_a_missing_store_is_a_usage_error(tmp_path, capsys):
    missing = Path(tmp_path) / "nowhere"
    assert main(["export", "gexf", "--store", str(missing)]) == 2
    assert "no store" in capsys.readouterr().err
    assert not missing.exists()
