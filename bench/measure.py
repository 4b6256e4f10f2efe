"""Running the systems over the pages: timed outputs, then scores.

Systems run one call at a time over the same pages (no parallelism: the timing is
what a user of one core sees), taking turns by blocks of pages so that other load on
the machine is shared fairly among them. Only the system's own call is timed, with
`time.perf_counter` (and its CPU time with `time.process_time`, which other load on
the machine does not inflate); one untimed warm-up call first lets lazy imports and caches load.
A call that raises gives "" for that page and is counted as an error.
"""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Callable

from bench.data import Page
from bench.score import bow, overlap, shingle_counts, shingle_summary, snippet_hits
from bench.systems import System

ALL = "all"  # the key of the pooled figures over every dataset
MAX_ERROR_IDS = 5
INTERLEAVE_BLOCK = 50  # pages each system runs before the next one takes its turn


@dataclass
class SystemRun:
    system: System
    outputs: list[str]
    seconds: float = 0.0
    cpu_seconds: float = 0.0
    input_bytes: int = 0
    errors: int = 0
    error_ids: list[str] = field(default_factory=list)


def system_input(system: System, page: Page) -> str:
    return page.html if system.kind == "html" else page.text


def _call(system: System, text: str) -> tuple[str, float, float, bool]:
    """(output, seconds, CPU seconds, failed) of one timed call."""
    start, cpu_start = time.perf_counter(), time.process_time()
    try:
        output = system.run(text)
        failed = False
    except Exception:
        output, failed = "", True
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    if not isinstance(output, str):
        output = "" if output is None else str(output)
    return output, seconds, cpu, failed


def _run_block(run: SystemRun, pages: list[Page]) -> None:
    for page in pages:
        text = system_input(run.system, page)
        output, seconds, cpu, failed = _call(run.system, text)
        run.outputs.append(output)
        run.seconds += seconds
        run.cpu_seconds += cpu
        run.input_bytes += len(text.encode("utf-8"))
        if failed:
            run.errors += 1
            if len(run.error_ids) < MAX_ERROR_IDS:
                run.error_ids.append(page.id)


def run_systems(systems: list[System], pages: list[Page], block: int = INTERLEAVE_BLOCK,
                progress: Callable[[str], None] | None = None) -> list[SystemRun]:
    """Run every system over `pages`, one call at a time, interleaved by blocks of pages:
    the systems take turns, `block` pages each, so that a change in the machine's load
    during the run slows them alike instead of whichever ran at that moment."""
    runs = [SystemRun(system, outputs=[]) for system in systems]
    if pages:
        for run in runs:
            _call(run.system, system_input(run.system, pages[0]))  # warm-up, not timed
    for start in range(0, len(pages), block):
        for run in runs:
            _run_block(run, pages[start:start + block])
        if progress:
            progress(f"{min(start + block, len(pages))}/{len(pages)} pages")
    return runs


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def _quality(rows: list[tuple[tuple[float, float, float], tuple[float, float, float]]]) -> dict:
    """Summary of (bow prf, shingle counts) rows of one group of pages."""
    sp, sr, sf = shingle_summary([counts for _, counts in rows])
    return {
        "pages": len(rows),
        "precision": _mean([prf[0] for prf, _ in rows]),
        "recall": _mean([prf[1] for prf, _ in rows]),
        "f1": _mean([prf[2] for prf, _ in rows]),
        "shingle_precision": sp, "shingle_recall": sr, "shingle_f1": sf,
    }


def page_scores(run: SystemRun, pages: list[Page]) -> dict[str, tuple[float, float, float]]:
    """{page id: bag-of-words (P, R, F1)} for the pages with gold."""
    return {p.id: bow(out, p.gold) for p, out in zip(pages, run.outputs) if p.gold is not None}


def quality(run: SystemRun, pages: list[Page], prf: dict[str, tuple[float, float, float]]) -> dict[str, dict]:
    """Bag-of-words and shingle scores per dataset and over all pages with gold;
    `prf` is the run's `page_scores`."""
    groups: dict[str, list] = defaultdict(list)
    for page, output in zip(pages, run.outputs):
        if page.gold is None:
            continue
        row = (prf[page.id], shingle_counts(output, page.gold))
        groups[page.dataset].append(row)
        groups[ALL].append(row)
    return {name: _quality(rows) for name, rows in groups.items()}


def speed(run: SystemRun) -> dict:
    pages = len(run.outputs)
    seconds = run.seconds or 1e-12
    return {
        "pages": pages, "seconds": run.seconds, "cpu_seconds": run.cpu_seconds,
        "input_mb": run.input_bytes / 1e6,
        "pages_per_s": pages / seconds, "mb_per_s": run.input_bytes / 1e6 / seconds,
        "errors": run.errors, "error_ids": run.error_ids,
    }


def _shares(tally: Counter, part: str, whole: str, empty: float) -> float:
    return tally[part] / tally[whole] if tally[whole] else empty


def snippets(run: SystemRun, pages: list[Page]) -> dict[str, dict]:
    """Share of `with` snippets found and `without` snippets avoided, per dataset."""
    tallies: dict[str, Counter] = defaultdict(Counter)
    for page, output in zip(pages, run.outputs):
        if not page.has_snippets:
            continue
        found, avoided = snippet_hits(output, page.with_, page.without)
        counts = {"pages": 1, "found": found, "with": len(page.with_),
                  "avoided": avoided, "without": len(page.without)}
        tallies[page.dataset].update(counts)
        tallies[ALL].update(counts)
    return {
        key: {"pages": t["pages"], "with_found": _shares(t, "found", "with", 0.0),
              "without_avoided": _shares(t, "avoided", "without", 0.0),
              "with_total": t["with"], "without_total": t["without"]}
        for key, t in tallies.items()
    }


def nothing_lost(system: System, pages: list[Page]) -> dict[str, dict]:
    """Run a text system on every gold text: share of gold tokens kept, share unchanged."""
    tallies: dict[str, Counter] = defaultdict(Counter)
    for page in pages:
        if page.gold is None:
            continue
        output, _, _, failed = _call(system, page.gold)
        kept, _, gold_tokens = overlap(output, page.gold)
        counts = {"texts": 1, "kept": kept, "tokens": gold_tokens,
                  "unchanged": int(output == page.gold), "errors": int(failed)}
        tallies[page.dataset].update(counts)
        tallies[ALL].update(counts)
    return {
        key: {"texts": t["texts"], "tokens_kept": _shares(t, "kept", "tokens", 1.0),
              "unchanged": _shares(t, "unchanged", "texts", 1.0), "errors": t["errors"]}
        for key, t in tallies.items()
    }
