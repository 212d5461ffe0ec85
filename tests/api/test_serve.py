"""`regkg serve`: starts from an on-disk store, logs one line per request, shuts down cleanly."""

from __future__ import annotations

import io
import os
import signal
import socket
import subprocess
import sys
import time

import httpx
import psutil
import pytest

from regkg.store import EmbeddedStore

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_logs_requests_and_stops_cleanly(api_store, tmp_path):
    store_dir = tmp_path / "store"
    buffer = io.BytesIO()
    api_store.dump_nquads(buffer)
    durable = EmbeddedStore(store_dir)
    durable.native.load(buffer.getvalue(), format=__import__("pyoxigraph").RdfFormat.N_QUADS)
    durable.close()
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "regkg", "serve", "--store", str(store_dir), "--port", str(port),
         "--workers", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env={**os.environ, "NO_COLOR": "1"},
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            assert process.poll() is None, process.stdout.read().decode()  # type: ignore[union-attr]
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/health", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline
                time.sleep(0.3)
        assert health.status_code == 200
        assert health.json()["triples"] == api_store.triple_count()
        assert httpx.get(f"http://127.0.0.1:{port}/jurisdiction/UK/actions").json()["total"] == 1
        ask = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"})
        assert ask.json()["boolean"] is True
        children = psutil.Process(process.pid).children(recursive=True)
        assert children  # the query worker
    finally:
        process.send_signal(signal.SIGINT)
        output = process.communicate(timeout=30)[0].decode()
    assert process.returncode == 0, output
    access = [line for line in output.splitlines() if "regkg.access" in line]
    assert len(access) == 3, output
    assert '"GET /jurisdiction/UK/actions" 200' in access[1]
    time.sleep(0.5)
    assert not any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children)
