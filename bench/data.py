"""Reading benchmark pages: gzip JSONL records `{id, dataset, html, gold}`.

Any folder works: every `*.jsonl.gz` below it is read. Records without `html` (the
text-only sets) are skipped. A record without `gold` is kept (it still counts for
speed, and for the snippet score when it has `with` / `without` lists) but is not
scored for F1. `limit` keeps, per dataset, the pages whose sha1("bench:" + id) sort
first: a deterministic sample that does not depend on file order.
"""
from __future__ import annotations

import gzip
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

SAMPLE_SALT = "bench:"
DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@dataclass(slots=True)
class Page:
    id: str
    dataset: str
    html: str
    gold: str | None = None
    with_: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)
    text: str = ""  # the flattened page, filled in by the runner

    @property
    def has_snippets(self) -> bool:
        return bool(self.with_ or self.without)


def sample_key(page_id: str) -> str:
    return hashlib.sha1((SAMPLE_SALT + page_id).encode("utf-8")).hexdigest()


def _page(record: dict, default_dataset: str) -> Page | None:
    html = record.get("html")
    if not html:
        return None
    return Page(
        id=str(record.get("id")),
        dataset=record.get("dataset") or default_dataset,
        html=html,
        gold=record.get("gold") or None,
        with_=[s for s in record.get("with") or [] if s],
        without=[s for s in record.get("without") or [] if s],
    )


def read_file(path: Path) -> list[Page]:
    """All usable pages of one gzip JSONL file, in file order."""
    dataset = path.name.removesuffix(".jsonl.gz")
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                page = _page(json.loads(line), dataset)
                if page is not None:
                    pages.append(page)
    return pages


def load_pages(root: Path, limit: int | None = None, datasets: list[str] | None = None) -> list[Page]:
    """Pages of every `*.jsonl.gz` under `root`, grouped by dataset (sorted by name)."""
    by_dataset: dict[str, list[Page]] = defaultdict(list)
    for path in sorted(Path(root).rglob("*.jsonl.gz")):
        for page in read_file(path):
            if datasets is None or page.dataset in datasets:
                by_dataset[page.dataset].append(page)
    pages: list[Page] = []
    for name in sorted(by_dataset):
        group = by_dataset[name]
        if limit is not None and len(group) > limit:
            chosen = set(sorted(range(len(group)), key=lambda i: sample_key(group[i].id))[:limit])
            group = [page for i, page in enumerate(group) if i in chosen]
        pages.extend(group)
    return pages
