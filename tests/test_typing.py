"""The package ships its type annotations (PEP 561's py.typed): they must hold together."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

import cleaner

PACKAGE = Path(cleaner.__file__).parent


def test_the_package_says_it_is_typed():
    assert (PACKAGE / "py.typed").is_file()


@pytest.mark.skipif(importlib.util.find_spec("mypy") is None, reason="mypy is not installed")
def test_mypy_finds_no_error_in_the_package(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "mypy", str(PACKAGE), "--ignore-missing-imports", "--cache-dir", str(tmp_path)],
        capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
