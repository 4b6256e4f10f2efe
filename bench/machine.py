"""What the bench ran on: CPU count and model, memory, Python, peer versions."""
from __future__ import annotations

import os
import platform
import subprocess
from importlib import metadata
from pathlib import Path

PEER_DISTRIBUTIONS = ("trafilatura", "readability-lxml", "jusText", "resiliparse", "boilerpy3")


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e9
    except (ValueError, OSError, AttributeError):
        return 0.0


def describe() -> dict:
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {"cpus": cpus, "cpu": _cpu_model(), "memory_gb": _memory_gb(),
            "python": platform.python_version(), "system": platform.system()}


def versions() -> dict[str, str]:
    found = {}
    for name in PEER_DISTRIBUTIONS:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    try:
        import cleaner

        found["cleaner"] = str(getattr(cleaner, "__version__", "unknown"))
    except Exception:
        pass
    return found


def load_average() -> float | None:
    """One-minute load average (other work on the machine slows every system alike)."""
    try:
        return os.getloadavg()[0]
    except (OSError, AttributeError):
        return None


def project_commit(root: Path) -> str:
    """Short commit of the project, with "+changes" when cleaner/ (or bench/'s tracked files) differ.

    The bench's own results (bench/results/) do not count: a run rewrites them.
    """
    def git(*args: str) -> str:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=30)
        return done.stdout.strip() if done.returncode == 0 else ""

    try:
        commit = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--", "cleaner") or git(
            "status", "--porcelain", "--untracked-files=no", "--", "bench", ":(exclude)bench/results")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return (commit or "unknown") + (" +changes" if dirty else "")
