"""Command line: `python -m bench [options]` (or `python bench/run.py`) from the project root.

Loads the pages, flattens them, runs every available system on the same pages one
after another, scores them, and writes `<out>/<name>.md` and `<out>/<name>.json`
(printing the markdown). See bench/README.md.
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import shlex
import sys
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import machine, measure, report
from bench.data import DEFAULT_DATA, Page, load_pages
from bench.dump import dump
from bench.flatten import flatten
from bench.score import tokens
from bench.systems import OURS_TEXT, TRAFILATURA, System, available_systems

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = Path(__file__).resolve().parent / "results"
FULL_RUN_NAME = "latest"
PARTIAL_RUN_NAME = "partial"
BASELINE = "no cleaning"  # its recall is the share of the gold that the flattened input holds
WORST_COMPARED = (BASELINE, TRAFILATURA)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder of *.jsonl.gz pages (default: ../shared/data from the project root)")
    parser.add_argument("--limit", type=int, help="at most N pages per dataset (deterministic sha1 sample)")
    parser.add_argument("--datasets", help="comma-separated dataset names to keep")
    parser.add_argument("--systems", help="comma-separated system names to run")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: bench/results)")
    parser.add_argument("--name", help=f"file stem (default: {FULL_RUN_NAME} for a full run, else {PARTIAL_RUN_NAME})")
    parser.add_argument("--dump", type=Path, help="write every page's input, gold and outputs under DIR")
    parser.add_argument("--worst", default=OURS_TEXT, help=f"system whose worst pages are listed (default: {OURS_TEXT})")
    return parser.parse_args(argv)


def _split(value: str | None) -> list[str] | None:
    return [v.strip() for v in value.split(",") if v.strip()] if value else None


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _flatten_all(pages: list[Page]) -> float:
    """Flatten every page in place; return pages per second."""
    start = time.perf_counter()
    for page in pages:
        page.text = flatten(page.html)
    return len(pages) / max(time.perf_counter() - start, 1e-12)


def _relative(path: Path) -> str:
    return os.path.relpath(path.resolve(), PROJECT_ROOT)


def _worst(system: System | None, scores: dict[str, dict], pages: list[Page]) -> dict | None:
    """The worst pages of `system` by F1; for a text system, pages whose flattened text
    has no token at all are left out (nothing a text cleaner can do; counted in the header)."""
    if system is None:
        return None
    name = system.name
    dataset_of = {p.id: p.dataset for p in pages}
    empty = {p.id for p in pages if system.kind == "text" and p.gold is not None and not tokens(p.text)}
    candidates = [item for item in scores[name].items() if item[0] not in empty]
    ranked = sorted(candidates, key=lambda item: (item[1][2], item[0]))[:report.WORST_SHOWN]
    compared = [n for n in WORST_COMPARED if n in scores and n != name]
    baseline = scores.get(BASELINE, {})
    rows = [{"id": pid, "dataset": dataset_of[pid], "precision": p, "recall": r, "f1": f,
             "input_recall": baseline[pid][1] if pid in baseline else None,
             "others": {n: scores[n][pid][2] for n in compared}} for pid, (p, r, f) in ranked]
    return {"system": name, "compared": compared, "pages": rows, "left_out_empty_inputs": len(empty)}


def evaluate(runs: list[measure.SystemRun], pages: list[Page], scores: dict[str, dict]) -> dict:
    """Quality, speed, snippets and nothing-lost figures of every run."""
    speed = {r.system.name: {"kind": r.system.kind, **measure.speed(r)} for r in runs if r.system.timed}
    base = speed.get(TRAFILATURA, {}).get("pages_per_s")
    for s in speed.values():
        s["ratio"] = s["pages_per_s"] / base if base else None
    text_systems = [r.system for r in runs if r.system.kind == "text"]
    return {
        "quality": {r.system.name: measure.quality(r, pages, scores[r.system.name]) for r in runs},
        "speed": speed,
        "snippets": {r.system.name: measure.snippets(r, pages) for r in runs},
        "nothing_lost": {s.name: measure.nothing_lost(s, pages) for s in text_systems},
    }


def _meta(args, argv, pages, systems, skipped, flatten_rate) -> dict:
    per_dataset: dict[str, int] = {}
    for page in pages:
        per_dataset[page.dataset] = per_dataset.get(page.dataset, 0) + 1
    scored = sorted({p.dataset for p in pages if p.gold is not None})
    sample = (f"at most {args.limit} pages per dataset, those whose sha1('bench:' + id) sort first"
              if args.limit else "none: every page with HTML")
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join(["python -m bench"] + [shlex.quote(a) for a in argv]),
        "data": _relative(args.data), "sample": sample, "limit": args.limit,
        "pages": len(pages), "scored_pages": sum(p.gold is not None for p in pages),
        "pages_per_dataset": per_dataset, "scored_datasets": scored,
        "machine": machine.describe(), "versions": machine.versions(),
        "systems": [{"name": s.name, "kind": s.kind, "about": s.about} for s in systems],
        "skipped": skipped, "flatten_pages_per_s": flatten_rate,
        "commit": machine.project_commit(PROJECT_ROOT), "load_average_start": machine.load_average(),
        "empty_inputs": sorted(p.id for p in pages if p.gold is not None and not tokens(p.text)),
    }


def _write_pages(path: Path, pages: list[Page], scores: dict[str, dict]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for page in pages:
            if page.gold is not None:
                f1 = {name: round(s[page.id][2], 4) for name, s in scores.items()}
                out.write(json.dumps({"id": page.id, "dataset": page.dataset, "f1": f1}) + "\n")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    started, cpu_started = time.perf_counter(), time.process_time()
    if not args.data.is_dir():
        _log(f"no data folder at {args.data}")
        return 2
    pages = load_pages(args.data, args.limit, _split(args.datasets))
    _log(f"{len(pages)} pages; flattening ...")
    flatten_rate = _flatten_all(pages)
    systems, skipped = available_systems(_split(args.systems))
    _log(f"running {', '.join(s.name for s in systems)} in turns of {measure.INTERLEAVE_BLOCK} pages ...")
    runs = measure.run_systems(systems, pages, progress=_log)
    for run in runs:
        _log(f"  {run.system.name}: {run.seconds:.1f} s, {run.errors} errors")
    results = {"meta": _meta(args, argv, pages, systems, skipped, flatten_rate)}
    scores = {r.system.name: measure.page_scores(r, pages) for r in runs}
    results.update(evaluate(runs, pages, scores))
    results["worst"] = _worst(next((s for s in systems if s.name == args.worst), None), scores, pages)
    results["meta"]["duration_s"] = time.perf_counter() - started
    results["meta"]["cpu_s"] = time.process_time() - cpu_started
    full = not (args.limit or args.datasets or args.systems)
    stem = args.name or (FULL_RUN_NAME if full else PARTIAL_RUN_NAME)
    md_path, json_path = report.write(results, args.out, stem)
    _write_pages(args.out / f"{stem}-pages.jsonl", pages, scores)
    if args.dump:
        shown = [r for r in runs if r.system.name in (args.worst, TRAFILATURA)]
        f1 = {name: {pid: prf[2] for pid, prf in s.items()} for name, s in scores.items()}
        dump(args.dump, pages, shown, f1)
    print(md_path.read_text(encoding="utf-8"))
    _log(f"wrote {md_path} and {json_path} in {results['meta']['duration_s']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
