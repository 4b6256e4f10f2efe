"""An ordered, bounded parallel map over worker processes.

``multiprocessing.Pool.imap`` reads its whole input as fast as it can, which
for a corpus larger than memory is fatal. Here the parent submits tasks with
``apply_async`` and keeps at most ``in_flight`` of them outstanding, collecting
results strictly in submission order: memory stays bounded by
``in_flight`` tasks, however large the input.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from typing import Callable, Generator, Iterable, TypeVar

__all__ = ["available_cores", "ordered_map"]

T = TypeVar("T")
M = TypeVar("M")
R = TypeVar("R")

TASKS_PER_WORKER = 4  # outstanding tasks per worker: enough to never leave one idle


def available_cores() -> int:
    """The cores this process may run on (the affinity mask where the OS has one)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def _start_worker(warm_up: Callable[[], object]) -> None:
    # Ctrl-C is the parent's to handle: it stops the pool and cleans up after itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def ordered_map(
    work: Callable[[T], R],
    items: Iterable[tuple[T, M]],
    *,
    jobs: int,
    warm_up: Callable[[], object],
) -> Generator[tuple[M, R], None, None]:
    """(meta, work(task)) for each (task, meta) of items, in order.

    Only the task is sent to a worker; meta stays here. ``warm_up`` runs once in
    each worker process before its first task (to build what every task
    shares). With ``jobs == 1`` everything runs in this process.
    """
    if jobs == 1:
        warm_up()
        for task, meta in items:
            yield meta, work(task)
        return
    in_flight = jobs * TASKS_PER_WORKER
    with multiprocessing.Pool(jobs, initializer=_start_worker, initargs=(warm_up,)) as pool:
        pending: deque = deque()
        for task, meta in items:
            pending.append((meta, pool.apply_async(work, (task,))))
            if len(pending) >= in_flight:
                meta, result = pending.popleft()
                yield meta, result.get()
        while pending:
            meta, result = pending.popleft()
            yield meta, result.get()
