"""Throughput and memory of the ``cleaner clean`` command on the development data.

    python bench/cli_throughput.py [--data ../shared/data] [--runs 3] [--jobs 1,2]
    python bench/cli_throughput.py --memory-gb 2      # peak RSS on a generated JSONL file

The corpus is built from the development data: the ``text`` field of the
text-only sets (``text-*``) and every HTML page flattened to the naive scraped
text. It is written once as one JSON Lines file and as a folder of .txt files;
the command then cleans each with every --jobs value, the runs interleaved so
that load from other processes hits all settings alike. Throughput counts the
corpus's text bytes (UTF-8) and documents over the wall time of the whole
command (start-up included).

--memory-gb builds a JSON Lines file of that size (the corpus repeated) in a
temporary folder, cleans it with --jobs 2 while sampling the resident memory
of the command's process tree, reports the peak, and deletes the files.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
TEXT_SETS_PREFIX = "text-"
MB = 1_000_000
RSS_SAMPLE_SECONDS = 0.1
MEMORY_JOBS = 2


def _flattener(data: Path):
    """The bench's HTML flattener if present, else the shared reference one."""
    sys.path.insert(0, str(PROJECT_ROOT))
    try:
        from bench.flatten import flatten
    except ImportError:
        sys.path.insert(0, str(data.parent / "eval"))
        from flatten import flatten
    return flatten


def load_documents(data: Path) -> list[dict]:
    """{"id", "text"} for every text-only record and every flattened HTML page, sorted by file."""
    flatten = _flattener(data)
    documents = []
    for path in sorted(data.rglob("*.jsonl.gz")):
        text_set = path.name.startswith(TEXT_SETS_PREFIX)
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                text = record.get("text") if text_set else flatten(record.get("html") or "")
                if text:
                    documents.append({"id": str(record.get("id")), "text": text})
    return documents


def write_corpus(documents: list[dict], work: Path) -> dict[str, Path]:
    """The corpus as one JSON Lines file and as a folder of one .txt file per document."""
    jsonl = work / "corpus.jsonl"
    with open(jsonl, "w", encoding="utf-8") as out:
        for doc in documents:
            out.write(json.dumps(doc, ensure_ascii=False) + "\n")
    folder = work / "corpus-text"
    folder.mkdir(exist_ok=True)
    for number, doc in enumerate(documents):
        (folder / f"{number:06d}.txt").write_text(doc["text"], encoding="utf-8")
    return {"jsonl": jsonl, "text": folder}


def snapshot_package(work: Path) -> Path:
    """A copy of the cleaner package to measure: edits made meanwhile do not change the runs."""
    root = work / "snapshot"
    shutil.copytree(PROJECT_ROOT / "cleaner", root / "cleaner",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return root


def clean_command(source: Path, output: Path, jobs: int) -> list[str]:
    return [sys.executable, "-m", "cleaner.cli", "clean", str(source), "-o", str(output),
            "--jobs", str(jobs), "--quiet"]


def _busy_seconds() -> float:
    """CPU seconds spent by all processes on this machine since boot (all cores)."""
    with open("/proc/stat") as f:
        user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, f.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


@dataclass
class Run:
    seconds: float
    cpu: float  # CPU seconds of the command (parent and workers)
    other: float  # CPU seconds other processes used meanwhile


def timed_run(command: list[str], package: Path) -> Run:
    env = {**os.environ, "PYTHONPATH": str(package)}
    busy, own, started = _busy_seconds(), _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, cwd=package, env=env)
    seconds = time.perf_counter() - started
    cpu = _children_cpu() - own
    return Run(seconds, cpu, max(_busy_seconds() - busy - cpu, 0.0))


def throughput(corpora: dict[str, Path], jobs_list: list[int], runs: int, work: Path) -> dict:
    """{format: {jobs: [Run, ...]}}, the runs interleaved over the jobs settings."""
    package = snapshot_package(work)
    results: dict[str, dict[int, list[Run]]] = {name: {j: [] for j in jobs_list} for name in corpora}
    for number in range(1, runs + 1):
        for name, source in corpora.items():
            for jobs in jobs_list:
                command = clean_command(source, work / f"out-{name}-{jobs}{source.suffix}", jobs)
                run = timed_run(command, package)
                results[name][jobs].append(run)
                print(f"run {number}/{runs}  {name:5s}  --jobs {jobs}: {run.seconds:6.2f} s, "
                      f"CPU {run.cpu:6.2f} s, other processes {run.other / run.seconds:.2f} cores",
                      file=sys.stderr)
    return results


def report_throughput(results: dict, documents: int, text_bytes: int) -> str:
    lines = [
        f"corpus: {documents:,} documents, {text_bytes / MB:.1f} MB of text; {os.cpu_count()} cores",
        "",
        "| input | --jobs | runs | best s | median s | best MB/s | median MB/s | best docs/s "
        "| median docs/s | speed-up best / median | other load (cores, median) |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, by_jobs in results.items():
        base = [run.seconds for run in by_jobs[min(by_jobs)]]
        for jobs, runs in by_jobs.items():
            seconds = [run.seconds for run in runs]
            best, median = min(seconds), statistics.median(seconds)
            other = statistics.median(run.other / run.seconds for run in runs)
            lines.append(
                f"| {name} | {jobs} | {len(runs)} | {best:.2f} | {median:.2f} | {text_bytes / MB / best:.2f} "
                f"| {text_bytes / MB / median:.2f} | {documents / best:.0f} | {documents / median:.0f} "
                f"| {min(base) / best:.2f}x / {statistics.median(base) / median:.2f}x | {other:.2f} |"
            )
    return "\n".join(lines)


# ---- memory ------------------------------------------------------------------


def write_big_jsonl(documents: list[dict], path: Path, size: int) -> int:
    """Repeat the corpus (with fresh ids) until the file holds `size` bytes; return the records."""
    written = records = 0
    with open(path, "wb") as out:
        while written < size:
            for doc in documents:
                line = (json.dumps({"id": f"{records}", "text": doc["text"]}, ensure_ascii=False) + "\n").encode()
                out.write(line)
                written += len(line)
                records += 1
                if written >= size:
                    break
    return records


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_kb(pid: int) -> int:
    """The summed RSS of the process and its descendants, in kB."""
    total = 0
    stack = [pid]
    while stack:
        current = stack.pop()
        total += _rss_kb(current)
        stack.extend(_children(current))
    return total


def peak_memory(source: Path, output: Path, package: Path) -> dict:
    """Run the command on source and sample its process tree's memory until it ends."""
    peak = {"tree_kb": 0}
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(package)}
    process = subprocess.Popen(clean_command(source, output, MEMORY_JOBS), cwd=package, env=env)

    def sample() -> None:
        while process.poll() is None:
            peak["tree_kb"] = max(peak["tree_kb"], tree_rss_kb(process.pid))
            time.sleep(RSS_SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    process.wait()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"cleaner failed with exit status {process.returncode}")
    peak["maxrss_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak["seconds"] = time.perf_counter() - started
    return peak


def report_memory(documents: list[dict], gigabytes: float) -> str:
    with tempfile.TemporaryDirectory(prefix="cleaner-memory-") as folder:
        big = Path(folder) / "big.jsonl"
        records = write_big_jsonl(documents, big, int(gigabytes * 1e9))
        size = big.stat().st_size
        print(f"generated {size / 1e9:.2f} GB, {records:,} records; cleaning with --jobs {MEMORY_JOBS}",
              file=sys.stderr)
        peak = peak_memory(big, Path(folder) / "big.out.jsonl", snapshot_package(Path(folder)))
    return (
        f"memory: {size / 1e9:.2f} GB JSON Lines ({records:,} records), --jobs {MEMORY_JOBS}, "
        f"{peak['seconds']:.0f} s ({size / MB / peak['seconds']:.2f} MB/s): "
        f"peak RSS of the whole process tree {peak['tree_kb'] / 1024:.0f} MiB (sampled every "
        f"{RSS_SAMPLE_SECONDS} s), largest single process {peak['maxrss_kb'] / 1024:.0f} MiB (getrusage)"
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="the development data folder (default: ../shared/data from the project root)")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting (default: 3)")
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values (default: 1,2)")
    parser.add_argument("--formats", default="jsonl,text", help="jsonl, text or both (default: both)")
    parser.add_argument("--memory-gb", type=float, help="instead: peak RSS cleaning a JSON Lines file this large")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    documents = load_documents(args.data)
    if args.memory_gb:
        print(report_memory(documents, args.memory_gb))
        return 0
    text_bytes = sum(len(doc["text"].encode("utf-8")) for doc in documents)
    with tempfile.TemporaryDirectory(prefix="cleaner-throughput-") as folder:
        work = Path(folder)
        corpora = write_corpus(documents, work)
        corpora = {name: corpora[name] for name in args.formats.split(",")}
        jobs_list = [int(j) for j in args.jobs.split(",")]
        seconds = throughput(corpora, jobs_list, args.runs, work)
    print(report_throughput(seconds, len(documents), text_bytes))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
