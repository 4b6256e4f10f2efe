"""What `clean()` removes from the human gold texts: ``python -m bench.gold_changes``.

The "nothing lost" figure of the bench counts the gold texts that come back
unchanged. This report says why the others change: it runs ``cleaner.explain()``
on every gold text and prints

- per detector: the gold texts it removes something from, and those it alone
  changes;
- with ``--waiting``, per detector: the gold texts unchanged and the line-labelled
  boilerplate lines removed (``bench/line_labels.py``) when that detector waits
  for other residue (``Cleaner(wait_for_residue=[name])``), beside the default:
  the trade between leaving clean text alone and cleaning scraped articles whose
  only residue is one such line;
- per rule (a span's detector and reason): the gold texts it touches, with an
  example of the removed text.

    python -m bench.gold_changes [--data DIR] [--rules N] [--waiting] [--labels FILE]
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

if __package__ in (None, ""):  # run as a script: make `bench` and `cleaner` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import line_labels
from bench.data import DEFAULT_DATA, Page, load_pages
from cleaner import Result

EXAMPLE_CHARS = 80


@dataclass(slots=True)
class GoldChanges:
    """Tallies over the gold texts of one cleaner."""

    texts: int = 0
    unchanged: int = 0
    by_detector: Counter = field(default_factory=Counter)  # gold texts a detector removes something from
    alone: Counter = field(default_factory=Counter)  # gold texts only that detector changes
    by_rule: Counter = field(default_factory=Counter)  # gold texts a (detector, reason) touches
    examples: dict = field(default_factory=dict)  # (detector, reason) -> (page id, removed text)

    def add(self, page_id: str, gold: str, result: Result) -> None:
        self.texts += 1
        if result.text == gold:
            self.unchanged += 1
            return
        detectors = {s.detector for s in result.removed}
        self.by_detector.update(detectors)
        if len(detectors) == 1:
            self.alone.update(detectors)
        rules: dict[tuple[str, str], str] = {}
        for s in result.removed:
            rules.setdefault((s.detector, s.reason), gold[s.start : s.end].strip())
        self.by_rule.update(rules.keys())
        for rule, removed in rules.items():
            self.examples.setdefault(rule, (page_id, removed))


def tally(pages: Iterable[Page], cleaner_obj) -> GoldChanges:
    changes = GoldChanges()
    for page in pages:
        if page.gold is not None:
            changes.add(page.id, page.gold, cleaner_obj.explain(page.gold))
    return changes


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EXAMPLE_CHARS else text[: EXAMPLE_CHARS - 1] + "…"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def report(changes: GoldChanges, rules: int, waiting: dict[str, tuple[int, int]] | None = None,
           default_removed: int | None = None, boilerplate: int | None = None) -> str:
    changed = changes.texts - changes.unchanged
    share = changes.unchanged / changes.texts if changes.texts else 1.0
    out = [
        "# What clean() removes from the gold texts",
        "",
        f"{changes.texts} gold texts: {changes.unchanged} unchanged ({share:.1%}), {changed} changed.",
        "",
        "## Per detector",
        "",
    ]
    head = "| detector | gold texts it changes | changed by it alone |"
    rule = "| --- | ---: | ---: |"
    if waiting is not None:
        head += " when it waits: unchanged | when it waits: boilerplate lines removed |"
        rule += " ---: | ---: |"
    out += [head, rule]
    for name, n in changes.by_detector.most_common():
        row = f"| {name} | {n} | {changes.alone[name]} |"
        if waiting is not None and name in waiting:
            unchanged, removed = waiting[name]
            row += f" {unchanged} | {removed} of {boilerplate} |"
        elif waiting is not None:
            row += " – | – |"
        out.append(row)
    if waiting is not None:
        out += ["", f"Default: {changes.unchanged} unchanged, {default_removed} of {boilerplate} "
                "line-labelled boilerplate lines removed."]
    out += ["", f"## The {rules} rules that touch the most gold texts", "",
            "| detector | rule | gold texts | example |", "| --- | --- | ---: | --- |"]
    for (name, reason), n in changes.by_rule.most_common(rules):
        page_id, removed = changes.examples[(name, reason)]
        out.append(f"| {name} | {_cell(reason)} | {n} | `{page_id}`: {_cell(_clip(removed))} |")
    return "\n".join(out)


def _line_labels_removed(cleaner_obj, entries, records) -> tuple[int, int]:
    _, overall = line_labels.tallies(line_labels.run(entries, records, cleaner_obj))
    return overall.removed, overall.boilerplate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gold_changes", description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help="folder of *.jsonl.gz pages (default: ../shared/data from the project root)")
    parser.add_argument("--rules", type=int, default=30, help="rules to list (default 30)")
    parser.add_argument("--waiting", action="store_true",
                        help="also measure each detector waiting for other residue (gold texts and line labels)")
    parser.add_argument("--labels", type=Path, help="line labels file for --waiting (default: bench.line_labels')")
    args = parser.parse_args(argv)

    import cleaner

    pages = [p for p in load_pages(args.data) if p.gold is not None]
    if not pages:
        raise SystemExit(f"no pages with gold under {args.data}")
    default = cleaner.Cleaner()
    changes = tally(pages, default)
    if not args.waiting:
        print(report(changes, args.rules))
        return 0
    entries = line_labels.load_labels(args.labels or line_labels.DEFAULT_LABELS)
    records = line_labels.load_texts(args.data, (e["dataset"] for e in entries))
    default_removed, boilerplate = _line_labels_removed(default, entries, records)
    first = {d.name for d in default.detectors if getattr(d, "runs_first", False)}
    golds = [p.gold for p in pages if p.gold is not None]  # all of them: typed as str for the checker
    waiting: dict[str, tuple[int, int]] = {}
    for name in changes.by_detector:
        if name in first:
            continue  # the article region runs first and cannot wait: its row shows "–"
        waiter = cleaner.Cleaner(wait_for_residue=[name])
        unchanged = sum(waiter.clean(gold) == gold for gold in golds)
        waiting[name] = (unchanged, _line_labels_removed(waiter, entries, records)[0])
    print(report(changes, args.rules, waiting, default_removed, boilerplate))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
