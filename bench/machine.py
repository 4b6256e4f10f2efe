"""What the bench ran on: CPU count and model, memory, Python, peer versions."""
from __future__ import annotations

import os
import platform
from importlib import metadata

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
