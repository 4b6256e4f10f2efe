"""Helpers (no tests) for the tests that run the ``cleaner`` command as a subprocess."""
from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import cleaner

PAGE = """icon bookmarkicon cameraicon checkicon closeicon downloadicon editicon fbicon mailicon shareicon
Kim Jong-un will visit Russia soon – state media

North Korean leader Kim Jong-un plans to visit Russia to meet President Vladimir Putin "soon," state media reported.

If you like this story, share it with a friend!

Kremlin spokesman Dmitry Peskov earlier confirmed the two leaders will meet before the end of the month.
"""

TIMEOUT = 60


def run_cleaner(*args: str, cwd: Path, stdin: bytes | None = None, env: dict | None = None):
    """Run `python -m cleaner.cli ARGS` and return the CompletedProcess (bytes)."""
    return subprocess.run(
        [sys.executable, "-m", "cleaner.cli", *args],
        cwd=cwd, input=stdin, capture_output=True, timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
    )


def pages(count: int) -> list[str]:
    """`count` distinct dirty pages (numbered so order can be checked)."""
    return [PAGE.replace("the month", f"the month (story {n})") for n in range(count)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def read_jsonl(data: bytes) -> list[dict]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def expected_text(page: str) -> str:
    return cleaner.clean(page)


def leftover_temp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def run_concurrently(*runs: tuple[tuple[str, ...], Path]) -> list[subprocess.CompletedProcess]:
    """Run several (args, cwd) commands at once (a test suite of subprocesses stays quick)."""
    with ThreadPoolExecutor(max_workers=len(runs)) as pool:
        return list(pool.map(lambda run: run_cleaner(*run[0], cwd=run[1]), runs))


def on_a_terminal(args: list[str], cwd: Path, *, stream: str, env: dict | None = None) -> str:
    """Run the command with its stdout or stderr on a pseudo-terminal; return what it wrote there.

    ``env`` replaces the environment (default: this process's).
    """
    controller, terminal = pty.openpty()
    streams = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, stream: terminal}
    process = subprocess.Popen(
        [sys.executable, "-m", "cleaner.cli", *args], cwd=cwd, stdin=subprocess.DEVNULL,
        env=os.environ if env is None else env, **streams,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # the terminal closed: the command has ended
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=TIMEOUT)
    os.close(controller)
    return shown.decode(errors="replace")
