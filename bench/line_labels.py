"""Boilerplate coverage on the line-labelled articles: ``python -m bench.line_labels``.

Reads ``fixtures/line_labels/labels.jsonl`` (a person's label for every non-blank
line of 110 scraped articles; see that folder's README.md) and the article texts
from the data folder (``text-fakenewsnet/``, ``text-fakenewscorpus/``), runs
``cleaner.explain()`` on each text and scores, per outlet and overall:

- **boilerplate removed**: the share of boilerplate lines that went. A ``drop`` line
  counts as removed when every non-space character of it lies inside the removed
  spans; a ``cut`` line when its junk (what is left of the line around
  ``keep_part``) went and no character of ``keep_part`` did.
- **article tokens kept**: the ``\\w+`` tokens (lower-cased) of the ``keep`` lines and
  the ``keep_part`` of ``cut`` lines, as a multiset, against the tokens of the output:
  kept = |article ∩ output| / |article|, as the shared ``score.py`` counts.
- ``either`` lines are not scored.

It prints a markdown table per outlet and overall, the boilerplate lines per kind,
every article line the cleaner removed (wholly or in part) with the detector and
reason, and with ``--misses`` the boilerplate lines left in, by kind, with examples.

    python -m bench.line_labels [--data-dir DIR] [--labels FILE] [--misses] [--disable NAME,...]
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

if __package__ in (None, ""):  # run as a script: make `bench` and `cleaner` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.score import tokens

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_LABELS = PROJECT_ROOT / "fixtures" / "line_labels" / "labels.jsonl"
DEFAULT_DATA = PROJECT_ROOT.parent / "shared" / "data"
DATASETS = ("text-fakenewsnet", "text-fakenewscorpus")
BOILERPLATE = ("drop", "cut")
EXAMPLE_CHARS = 90


# --- scoring one article -----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LineOutcome:
    """One labelled line and what the cleaner did to it."""

    article: str
    n: int
    label: str
    kind: str | None
    text: str
    removed: bool  # boilerplate lines: the junk went (and keep_part stayed)
    damaged: bool  # article text removed: a keep line or a cut line's keep_part
    reasons: tuple[str, ...] = ()  # detector: reason of the spans that touched the line


@dataclass(slots=True)
class ArticleScore:
    id: str
    outlet: str
    lines: list[LineOutcome] = field(default_factory=list)
    article_tokens: int = 0
    kept_tokens: int = 0

    @property
    def boilerplate(self) -> list[LineOutcome]:
        return [o for o in self.lines if o.label in BOILERPLATE]


def _mask(length: int, spans: Iterable) -> bytearray:
    mask = bytearray(length)
    for s in spans:
        mask[s.start : s.end] = b"\x01" * (min(s.end, length) - s.start)
    return mask


def _all_removed(text: str, mask: bytearray, start: int, end: int) -> bool:
    """Every non-space character of text[start:end] is masked (an empty range is not)."""
    seen = False
    for i in range(start, end):
        if not text[i].isspace():
            seen = True
            if not mask[i]:
                return False
    return seen


def _any_removed(text: str, mask: bytearray, start: int, end: int) -> bool:
    return any(mask[i] and not text[i].isspace() for i in range(start, end))


def _reasons(spans: Sequence, start: int, end: int) -> tuple[str, ...]:
    return tuple(f"{s.detector}: {s.reason}" for s in spans if s.start < end and s.end > start)


def score_article(entry: dict, text: str, removed: Sequence, output: str) -> ArticleScore:
    """Score one labelled article, given the cleaner's removed spans and output text."""
    mask = _mask(len(text), removed)
    offsets, pos = [], 0
    for line in text.split("\n"):
        offsets.append((pos, pos + len(line)))
        pos += len(line) + 1
    score = ArticleScore(entry["id"], entry["outlet"])
    article = Counter()
    for item in entry["lines"]:
        n, label, kind = item["n"], item["label"], item.get("kind")
        start, end = offsets[n]
        line = text[start:end]
        removed_ok = damaged = False
        if label == "keep":
            article.update(tokens(line))
            damaged = _any_removed(text, mask, start, end)
        elif label == "drop":
            removed_ok = _all_removed(text, mask, start, end)
        elif label == "cut":
            part = item["keep_part"]
            a = start + line.index(part)
            b = a + len(part)
            article.update(tokens(part))
            damaged = _any_removed(text, mask, a, b)
            junk_front = a > start and not line[: a - start].isspace()
            junk_end = b < end and not text[b:end].isspace()
            removed_ok = not damaged and all(
                (not present) or _all_removed(text, mask, lo, hi)
                for present, lo, hi in ((junk_front, start, a), (junk_end, b, end))
            )
        touched = _reasons(removed, start, end) if (removed_ok or damaged or label == "either") else ()
        score.lines.append(LineOutcome(entry["id"], n, label, kind, line, removed_ok, damaged, touched))
    out = Counter(tokens(output))
    score.article_tokens = sum(article.values())
    score.kept_tokens = sum((article & out).values())
    return score


# --- reading the labels and the texts ----------------------------------------------


def load_labels(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_texts(data_dir: Path, datasets: Iterable[str]) -> dict[str, dict]:
    """Records by id, from ``<data_dir>/<dataset>/<dataset>.jsonl.gz``."""
    records = {}
    for ds in sorted(set(datasets)):
        path = data_dir / ds / f"{ds}.jsonl.gz"
        if not path.exists():
            raise SystemExit(f"data file not found: {path} (use --data-dir)")
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                records[rec["id"]] = rec
    return records


def run(entries: list[dict], records: dict[str, dict], cleaner_obj) -> list[ArticleScore]:
    scores = []
    for entry in entries:
        rec = records.get(entry["id"])
        if rec is None:
            raise SystemExit(f"{entry['id']}: no such record in the data")
        text = rec["text"]
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != entry["text_sha1"]:
            raise SystemExit(f"{entry['id']}: text_sha1 does not match the record's text")
        result = cleaner_obj.explain(text)
        scores.append(score_article(entry, text, result.removed, result.text))
    return scores


# --- the report ----------------------------------------------------------------------


@dataclass(slots=True)
class Tally:
    articles: int = 0
    boilerplate: int = 0
    removed: int = 0
    article_tokens: int = 0
    kept_tokens: int = 0
    damaged_lines: int = 0

    def add(self, s: ArticleScore) -> None:
        self.articles += 1
        bp = s.boilerplate
        self.boilerplate += len(bp)
        self.removed += sum(o.removed for o in bp)
        self.article_tokens += s.article_tokens
        self.kept_tokens += s.kept_tokens
        self.damaged_lines += sum(o.damaged for o in s.lines)

    @property
    def removed_share(self) -> float | None:
        return self.removed / self.boilerplate if self.boilerplate else None

    @property
    def kept_share(self) -> float | None:
        return self.kept_tokens / self.article_tokens if self.article_tokens else None


def _pct(x: float | None, digits: int = 1) -> str:
    return "–" if x is None else f"{100 * x:.{digits}f}%"


def _row(name: str, t: Tally) -> str:
    return (f"| {name} | {t.articles} | {t.removed}/{t.boilerplate} | {_pct(t.removed_share)} | "
            f"{t.kept_tokens}/{t.article_tokens} | {_pct(t.kept_share, 2)} | {t.damaged_lines} |")


def tallies(scores: list[ArticleScore]) -> tuple[dict[str, Tally], Tally]:
    per_outlet: dict[str, Tally] = defaultdict(Tally)
    overall = Tally()
    for s in scores:
        per_outlet[s.outlet].add(s)
        overall.add(s)
    return dict(per_outlet), overall


def _clip(text: str) -> str:
    text = text.strip()
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def report(scores: list[ArticleScore], *, misses: bool = False, examples: int = 5) -> str:
    per_outlet, overall = tallies(scores)
    out = [
        "## Boilerplate coverage on the line-labelled articles",
        "",
        "| outlet | articles | boilerplate lines removed | removed | article tokens kept | kept | article lines hit |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]

    # worst first: by share removed, then by share kept; outlets without boilerplate last
    def order(item):
        _, t = item
        return (t.removed_share if t.removed_share is not None else 2.0, t.kept_share or 0.0, item[0])

    for name, t in sorted(per_outlet.items(), key=order):
        out.append(_row(name, t))
    out.append(_row(f"**overall** ({len(per_outlet)} outlets)", overall))
    below = [n for n, t in per_outlet.items() if t.removed_share is not None and t.removed_share < 0.95]
    out += ["", f"Outlets under 95% removed: {len(below)} of "
                f"{sum(t.removed_share is not None for t in per_outlet.values())} with boilerplate.", ""]

    by_kind: dict[str, list[LineOutcome]] = defaultdict(list)
    for s in scores:
        for o in s.boilerplate:
            by_kind[o.kind or "?"].append(o)
    out += ["### Boilerplate lines by kind", "", "| kind | removed | missed |", "|---|---:|---:|"]
    for kind, lines in sorted(by_kind.items(), key=lambda kv: (-sum(not o.removed for o in kv[1]), kv[0])):
        got = sum(o.removed for o in lines)
        out.append(f"| {kind} | {got}/{len(lines)} | {len(lines) - got} |")

    damaged = [o for s in scores for o in s.lines if o.damaged]
    out += ["", f"### Article lines removed wholly or in part: {len(damaged)}", ""]
    for o in damaged:
        out.append(f"- {o.article} line {o.n} ({o.label}): {_clip(o.text)!r}")
        for r in o.reasons:
            out.append(f"    - {r}")

    either = [o for s in scores for o in s.lines if o.label == "either"]
    gone = sum(bool(o.reasons) for o in either)
    out += ["", f"`either` lines (not scored) touched by a removal: {gone} of {len(either)}."]

    if misses:
        out += ["", "### Boilerplate left in, by kind", ""]
        for kind, lines in sorted(by_kind.items()):
            left = [o for o in lines if not o.removed]
            if not left:
                continue
            out.append(f"- **{kind}** ({len(left)} of {len(lines)} left)")
            for o in left[:examples]:
                out.append(f"    - {o.article} line {o.n} ({o.label}): {_clip(o.text)!r}")
            if len(left) > examples:
                out.append(f"    - … {len(left) - examples} more")
    return "\n".join(out)


def summary(scores: list[ArticleScore]) -> dict:
    """The figures as a dict (for other tools and tests)."""
    per_outlet, overall = tallies(scores)

    def figures(t: Tally) -> dict:
        return {"articles": t.articles, "boilerplate_lines": t.boilerplate, "removed_lines": t.removed,
                "removed_share": t.removed_share, "article_tokens": t.article_tokens,
                "kept_tokens": t.kept_tokens, "kept_share": t.kept_share, "article_lines_hit": t.damaged_lines}

    return {"overall": figures(overall), "outlets": {n: figures(t) for n, t in sorted(per_outlet.items())}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.line_labels", description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path, default=DEFAULT_DATA,
                        help="folder holding text-fakenewsnet/ and text-fakenewscorpus/ "
                             "(default: ../shared/data from the project root)")
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="labels file (JSONL)")
    parser.add_argument("--misses", action="store_true", help="list the boilerplate lines left in, by kind")
    parser.add_argument("--examples", type=int, default=5, help="examples per kind with --misses (default 5)")
    parser.add_argument("--disable", default="", help="comma-separated detector names to turn off")
    parser.add_argument("--cautious", action="store_true",
                        help="score Cleaner(wait_for_residue=cleaner.CAUTIOUS), the setting for mostly clean text")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = parser.parse_args(argv)

    import cleaner

    disable = [d.strip() for d in args.disable.split(",") if d.strip()]
    entries = load_labels(args.labels)
    records = load_texts(args.data_dir, (e["dataset"] for e in entries))
    wait = cleaner.CAUTIOUS if args.cautious else ()
    scores = run(entries, records, cleaner.Cleaner(disable=disable, wait_for_residue=wait))
    print(report(scores, misses=args.misses, examples=args.examples))
    if args.json:
        args.json.write_text(json.dumps(summary(scores), indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
