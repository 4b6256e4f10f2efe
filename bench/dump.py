"""`--dump DIR`: every page side by side, so a person can read the failures.

For each page, `DIR/<dataset>/<page>/` holds `input.txt` (the flattened page),
`gold.txt` (when there is gold), and one file per compared system (ours and
trafilatura by default). `DIR/index.tsv` lists every page with the systems' F1,
worst first, to open the right folders.
"""
from __future__ import annotations

import re
from pathlib import Path

from bench.data import Page
from bench.measure import SystemRun

UNSAFE = re.compile(r"[^\w.-]+")


def _slug(name: str) -> str:
    return UNSAFE.sub("_", name).strip("_") or "_"


def page_dir(root: Path, page: Page) -> Path:
    local = page.id.split("/", 1)[1] if page.id.startswith(page.dataset + "/") else page.id
    return root / _slug(page.dataset) / _slug(local)


def dump(root: Path, pages: list[Page], runs: list[SystemRun], f1: dict[str, dict[str, float]]) -> None:
    """Write the side-by-side files for `runs` and an index sorted by the first run's F1."""
    names = [run.system.name for run in runs]
    for i, page in enumerate(pages):
        folder = page_dir(root, page)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "input.txt").write_text(page.text, encoding="utf-8")
        if page.gold is not None:
            (folder / "gold.txt").write_text(page.gold, encoding="utf-8")
        for run in runs:
            (folder / f"{_slug(run.system.name)}.txt").write_text(run.outputs[i], encoding="utf-8")
    scored = [p for p in pages if p.gold is not None]
    scored.sort(key=lambda p: (f1.get(names[0], {}).get(p.id, 0.0), p.id) if names else p.id)
    rows = ["\t".join(["id", "folder"] + [f"f1 {n}" for n in names])]
    for page in scored:
        cells = [f"{f1.get(n, {}).get(page.id, 0.0):.3f}" for n in names]
        rows.append("\t".join([page.id, str(page_dir(root, page).relative_to(root))] + cells))
    (root / "index.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
