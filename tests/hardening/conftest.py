"""Shared helpers for the hardening tests: the crash harness lives in bench/crash.py."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[2]


def load_crash_harness() -> ModuleType:
    """bench/crash.py as a module (bench/ is scripts, not a package)."""
    name = "regkg_bench_crash"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, REPO / "bench" / "crash.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def crash() -> ModuleType:
    return load_crash_harness()
