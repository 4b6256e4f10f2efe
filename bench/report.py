"""The bench's results as JSON (everything) and markdown (the tables people read)."""
from __future__ import annotations

import json
from pathlib import Path

ALL = "all"
WORST_SHOWN = 20
QUALITY_TABLES = (
    ("f1", "Bag-of-words F1 (mean over pages)"),
    ("precision", "Bag-of-words precision (mean over pages)"),
    ("recall", "Bag-of-words recall (mean over pages)"),
    ("shingle_f1", "ScrapingHub 4-token shingle F1"),
)


def fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table(header: list[str], rows: list[list[str]]) -> list[str]:
    align = ["---"] + ["---:"] * (len(header) - 1)
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(align) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return lines + [""]


def _empty_note(count: int) -> str:
    if not count:
        return ""
    return (f" {count} of those flatten to a text without a single word (lxml reads no <body> "
            "text from them, or refuses their XML encoding declaration): 0 for every text system.")


def _header(results: dict) -> list[str]:
    meta = results["meta"]
    machine = meta["machine"]
    counts = ", ".join(f"{name} {n}" for name, n in meta["pages_per_dataset"].items())
    lines = [
        f"# cleaner bench: {meta['date']}",
        "",
        f"- Command: `{meta['command']}` ({meta['duration_s']:.0f} s in all, {meta['cpu_s']:.0f} s of CPU)",
        f"- Machine: {machine['cpus']} CPUs ({machine['cpu']}), {machine['memory_gb']:.0f} GB RAM, "
        f"Python {machine['python']}",
        f"- Pages: {meta['pages']} ({counts}); {meta['scored_pages']} with gold are scored for F1."
        + _empty_note(len(meta["empty_inputs"])),
        f"- Project at commit {meta['commit']}; one-minute load average at start: {fmt(meta['load_average_start'], 1)}",
        f"- Sample: {meta['sample']}",
        f"- Peers: {', '.join(f'{k} {v}' for k, v in meta['versions'].items())}",
    ]
    if meta["skipped"]:
        lines.append("- Skipped: " + "; ".join(f"{k} ({v})" for k, v in meta["skipped"].items()))
    return lines + [""]


def _quality_tables(results: dict) -> list[str]:
    datasets = results["meta"]["scored_datasets"]
    lines = []
    for key, title in QUALITY_TABLES:
        lines += [f"## {title}", ""]
        rows = []
        for name, per in results["quality"].items():
            rows.append([name] + [fmt(per.get(d, {}).get(key)) for d in datasets + [ALL]])
        lines += table(["system"] + datasets + [f"**{ALL}**"], rows)
    return lines


def _speed_table(results: dict) -> list[str]:
    rows = []
    for name, s in results["speed"].items():
        rows.append([name, s["kind"], str(s["pages"]), f"{s['input_mb']:.1f}", f"{s['seconds']:.1f}",
                     f"{s['cpu_seconds']:.1f}", f"{s['pages_per_s']:.1f}", f"{s['mb_per_s']:.2f}",
                     fmt(s.get("ratio"), 2), str(s["errors"])])
    note = ("Only the extraction call is timed (one core, one call at a time; the systems take turns "
            "by blocks of 50 pages so that other load on the machine hits them alike). "
            "Text systems read the flattened page, whose flattening is not timed; "
            f"flattening itself ran at {results['meta']['flatten_pages_per_s']:.0f} pages/s. "
            "Pages/s and MB/s are from wall-clock time; CPU s is the calls' CPU time.")
    header = ["system", "input", "pages", "input MB", "seconds", "CPU s", "pages/s", "MB/s", "× trafilatura",
              "errors"]
    return ["## Speed", "", note, ""] + table(header, rows)


def _nothing_lost_table(results: dict) -> list[str]:
    rows = [[name, str(n[ALL]["texts"]), fmt(n[ALL]["tokens_kept"]), fmt(n[ALL]["unchanged"])]
            for name, n in results["nothing_lost"].items() if ALL in n]
    intro = ("Each text system run on every gold text: the share of gold tokens it keeps "
             "(aim: 1.000) and the share of gold texts it returns unchanged.")
    return ["## Nothing lost", "", intro, ""] + table(["system", "gold texts", "tokens kept", "unchanged"], rows)


def _snippet_table(results: dict) -> list[str]:
    rows = [[name, str(s[ALL]["pages"]), fmt(s[ALL]["with_found"]), fmt(s[ALL]["without_avoided"])]
            for name, s in results["snippets"].items() if ALL in s]
    if not rows:
        return []
    intro = ("Pages with `with` / `without` snippet lists instead of gold (trafilatura-eval): share of "
             "`with` snippets found in the output and of `without` snippets absent from it "
             "(substring match, whitespace normalised).")
    return ["## Snippets", "", intro, ""] + table(["system", "pages", "with found", "without avoided"], rows)


def _worst_table(results: dict) -> list[str]:
    worst = results.get("worst")
    if not worst:
        return []
    names = worst["compared"]
    rows = [[str(i), f"`{w['id']}`", fmt(w["precision"]), fmt(w["recall"]), fmt(w["f1"]),
             fmt(w["input_recall"])] + [fmt(w["others"].get(n)) for n in names]
            for i, w in enumerate(worst["pages"], 1)]
    header = ["#", "page", "P", "R", "F1", "gold in input"] + [f"F1 {n}" for n in names]
    title = f"## The {len(rows)} worst pages of {worst['system']} (bag-of-words F1)"
    note = ["\"gold in input\": the share of gold tokens the flattened page holds at all (recall of no cleaning)."]
    if worst["left_out_empty_inputs"]:
        note.append(f"Left out: the {worst['left_out_empty_inputs']} pages whose flattened text has no word.")
    return [title, ""] + [" ".join(note), ""] + table(header, rows)


def markdown(results: dict) -> str:
    lines = _header(results) + _quality_tables(results) + _speed_table(results)
    lines += _nothing_lost_table(results) + _snippet_table(results) + _worst_table(results)
    return "\n".join(lines).rstrip() + "\n"


def write(results: dict, out_dir: Path, stem: str) -> tuple[Path, Path]:
    """Write `<stem>.json` and `<stem>.md` into `out_dir`; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    json_path, md_path = out_dir / f"{stem}.json", out_dir / f"{stem}.md"
    json_path.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    md_path.write_text(markdown(results), encoding="utf-8")
    return md_path, json_path
