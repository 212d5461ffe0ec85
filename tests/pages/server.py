"""A real `regkg serve` on 127.0.0.1 over the seed build, for the browser and notebook tests.

`regkg build --store DIR` builds data/articles once per test session; `serve` starts the server
on a free port as a subprocess, waits for /health, and stops it (SIGTERM, then SIGKILL).
Until `regkg serve` is a CLI command and `create_app` includes the pages router, the same
server is started through `tests.pages.serve` (cli_serve's settings, pages mounted first).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

REPO = Path(__file__).resolve().parents[2]


def regkg_command() -> list[str]:
    found = shutil.which("regkg", path=str(Path(sys.executable).parent)) or shutil.which("regkg")
    return [found] if found else [sys.executable, "-m", "regkg"]


def built_store(factory: pytest.TempPathFactory) -> Path:
    """The seed articles built into a store directory, once per session."""
    store = factory.getbasetemp() / "seed-store"
    done = store.with_suffix(".built")
    if not done.exists():
        subprocess.run([*regkg_command(), "build", "--store", str(store)], cwd=REPO, check=True,
                       timeout=600, capture_output=True)
        done.touch()
    return store


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cli_has_serve() -> bool:
    from regkg.cli_commands import COMMANDS

    return "serve" in COMMANDS


def app_includes_pages() -> bool:
    from regkg.api.app import create_app
    from regkg.settings import Settings

    app = create_app(Settings(store="memory"), workers=False)
    return any(getattr(route, "path", None) == "/index.json" for route in app.router.routes)


@contextlib.contextmanager
def serve(store: Path, log: Path, *, pages: bool = False) -> Iterator[str]:
    """Start a server on a free port and yield its base URL."""
    port = free_port()
    args = ["--store", str(store), "--port", str(port), "--host", "127.0.0.1", "--workers", "1"]
    if cli_has_serve() and (not pages or app_includes_pages()):
        command = [*regkg_command(), "serve", *args]
    else:  # the same server, started the way cli_serve does, with the pages mounted first
        command = [sys.executable, "-m", "tests.pages.serve", *args]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                   env=env)
        base = f"http://127.0.0.1:{port}"
        try:
            _wait_for_health(base, process, log)
            yield base
        finally:
            _stop(process)


def _wait_for_health(base: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}):\n{log.read_text()}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"the server did not answer /health in 120 s:\n{log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)
