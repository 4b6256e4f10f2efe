"""The README's "Quality and speed" section, rendered from a run's JSON.

    python -m bench.readme [bench/results/latest.json] > bench/README_SECTION.md

One compact table (F1 per dataset, pooled P/R/F1 and shingle F1, speed), then the
nothing-lost and snippet figures; the full tables stay in bench/results/latest.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from bench.report import ALL, fmt, table

DEFAULT_JSON = Path(__file__).resolve().parent / "results" / "latest.json"


def _intro(meta: dict) -> list[str]:
    m = meta["machine"]
    sample = "every page, no sampling" if not meta["limit"] else meta["sample"]
    load = meta.get("load_average_start")
    return [
        "## Quality and speed",
        "",
        f"Measured with `bench/` (see `bench/README.md`) on {meta['date']}, on a machine with "
        f"{m['cpus']} CPUs ({m['cpu']}) and {m['memory_gb']:.0f} GB RAM, Python {m['python']}, "
        f"project at commit {meta['commit']}:",
        "",
        "```sh",
        meta["command"],
        "```",
        "",
        f"{meta['scored_pages']} development pages with gold ({sample}); the run took "
        f"{meta['duration_s'] / 60:.1f} min wall-clock and {meta['cpu_s'] / 60:.1f} min of CPU"
        + (f" (the machine was shared: load average {load:.1f} at start)." if load and load > 1.5 else "."),
        "Text systems read each page flattened to naive scraped text (`bench/flatten.py`); HTML "
        "systems read the page. F1 is bag-of-words F1, the mean over pages; *all* pools every "
        "page; shingle F1 is the ScrapingHub 4-token measure; pages/s counts only the extraction "
        "call, and × trafilatura divides it by trafilatura's. Peers run with their defaults "
        "(jusText with its English stoplist); the C4 baseline is datatrove's C4 line rules on "
        "every page (`bench/c4.py`).",
        "",
    ]


def _main_table(results: dict) -> list[str]:
    datasets = results["meta"]["scored_datasets"]
    header = ["system", "input"] + datasets + ["P all", "R all", "**F1 all**", "shingle F1", "pages/s",
                                               "× trafilatura"]
    rows = []
    for name, per in results["quality"].items():
        speed = results["speed"].get(name, {})
        kind = next(s["kind"] for s in results["meta"]["systems"] if s["name"] == name)
        rows.append([name, kind] + [fmt(per.get(d, {}).get("f1")) for d in datasets]
                    + [fmt(per[ALL]["precision"]), fmt(per[ALL]["recall"]), f"**{fmt(per[ALL]['f1'], 4)}**",
                       fmt(per[ALL]["shingle_f1"], 4), fmt(speed.get("pages_per_s"), 1),
                       fmt(speed.get("ratio"), 2)])
    return table(header, rows)


def _extras(results: dict) -> list[str]:
    lines = ["Nothing lost (each text system run on every gold text; the aim is 1.000 and all unchanged):", ""]
    lines += table(["system", "gold tokens kept", "gold texts unchanged"],
                    [[n, fmt(v[ALL]["tokens_kept"], 4), fmt(v[ALL]["unchanged"])]
                     for n, v in results["nothing_lost"].items()])
    snippets = [[n, fmt(v[ALL]["with_found"]), fmt(v[ALL]["without_avoided"])]
                for n, v in results["snippets"].items() if ALL in v]
    if snippets:
        pages = next(v[ALL]["pages"] for v in results["snippets"].values() if ALL in v)
        lines += [f"trafilatura-eval ({pages} pages with snippet lists instead of gold):", ""]
        lines += table(["system", "`with` snippets found", "`without` snippets avoided"], snippets)
    lines.append("All tables (precision, recall and shingle F1 per dataset, timings, the 20 worst pages): "
                 "`bench/results/latest.md`.")
    return lines


def readme_section(results: dict) -> str:
    lines = _intro(results["meta"]) + _main_table(results) + _extras(results)
    return "\n".join(lines).rstrip() + "\n"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT_JSON
    print(readme_section(json.loads(path.read_text(encoding="utf-8"))), end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
