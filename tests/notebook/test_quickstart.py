"""notebooks/quickstart.ipynb runs against a real `regkg serve` on the seed build.

The server listens on 127.0.0.1 (a free port); the notebook finds it through REGKG_ENDPOINT.
The notebook asserts that each of its results is non-empty; here any error output, or a code
cell without output, fails the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.pages.server import REPO, built_store, serve

NOTEBOOK = REPO / "notebooks" / "quickstart.ipynb"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory) -> Iterator[str]:
    store = built_store(tmp_path_factory)
    log = tmp_path_factory.mktemp("notebook") / "server.log"
    with serve(store, log) as base:
        yield base + "/sparql"


def test_quickstart_notebook_runs(endpoint, monkeypatch, tmp_path):
    for needed in ("ipykernel", "pandas", "matplotlib"):
        pytest.importorskip(needed, reason=f"test dependency {needed} is not installed")
    nbformat = pytest.importorskip("nbformat", reason="test dependency nbformat is not installed")
    nbclient = pytest.importorskip("nbclient", reason="test dependency nbclient is not installed")
    monkeypatch.setenv("REGKG_ENDPOINT", endpoint)
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core's path migration warning
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=180, kernel_name="python3",
                                     resources={"metadata": {"path": str(tmp_path)}})
    client.execute()
    code = [c for c in notebook.cells if c.cell_type == "code"]
    errors = [o for c in code for o in c.outputs if o.output_type == "error"]
    assert not errors, errors
    assert all(c.outputs for c in code), "every code cell shows something"
    text = "\n".join(str(o.get("text", "")) + str(o.get("data", {}).get("text/plain", ""))
                     for c in code for o in c.outputs)
    assert endpoint in text
    assert "United Kingdom" in text and "Ofcom" in text
    assert "EUR at fixed rates" in text
    images = [o for c in code for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1, "one plot"
