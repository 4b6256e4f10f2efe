"""Scores of an extracted text against a gold text (the shared evaluation's definitions).

Tokens are the `\\w+` runs of a text (Unicode word characters), found before any
lower-casing (lower-casing "İ" would split a word).

- Bag of words (`bow`): tokens lower-cased, counted as a multiset; precision = common
  tokens / output tokens, recall = common tokens / gold tokens, F1 their harmonic mean.
  Two empty texts score (1, 1, 1). Callers average P, R and F1 over pages.
- Shingles (`shingle_counts`, `shingle_summary`): the ScrapingHub
  article-extraction-benchmark measure. Shingles are the 4-token windows of the
  case-kept tokens (a text of 1-3 tokens is one short shingle; an empty text has none).
  Per page, tp/fp/fn are multiset counts normalised to sum to 1; precision and recall
  are averaged over pages and F1 is the harmonic mean of those two averages.
- Snippets (`snippet_hits`): the trafilatura evaluation's `with` / `without` lists;
  a snippet is found when it is a substring of the output, whitespace normalised.
"""
from __future__ import annotations

import re
from collections import Counter
from statistics import fmean

WORD = re.compile(r"\w+")
SHINGLE_SIZE = 4


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens of `text`."""
    return [word.lower() for word in WORD.findall(text or "")]


def _harmonic(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def overlap(output: str | None, gold: str | None) -> tuple[int, int, int]:
    """(common tokens as a multiset, output tokens, gold tokens)."""
    out, ref = Counter(tokens(output)), Counter(tokens(gold))
    return sum((out & ref).values()), sum(out.values()), sum(ref.values())


def bow(output: str | None, gold: str | None) -> tuple[float, float, float]:
    """Bag-of-words (precision, recall, F1) of `output` against `gold`."""
    common, n_out, n_ref = overlap(output, gold)
    if not n_out and not n_ref:
        return 1.0, 1.0, 1.0
    p = common / n_out if n_out else 0.0
    r = common / n_ref if n_ref else 0.0
    return p, r, _harmonic(p, r)


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter:
    """Multiset of `size`-token windows of the case-kept tokens of `text`."""
    words = WORD.findall(text or "")
    if len(words) <= size:
        return Counter([tuple(words)]) if words else Counter()
    return Counter(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def shingle_counts(output: str | None, gold: str | None) -> tuple[float, float, float]:
    """Normalised (tp, fp, fn) shingle counts of one page; (0, 0, 0) when both are empty."""
    ref, out = shingles(gold), shingles(output)
    tp = sum((ref & out).values())
    fp = sum((out - ref).values())
    fn = sum((ref - out).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _page_precision(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fp) if tp + fp else 0.0


def _page_recall(tp: float, fp: float, fn: float) -> float:
    if fp == 0 and fn == 0:
        return 1.0
    return tp / (tp + fn) if tp + fn else 0.0


def shingle_summary(counts: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(P, R, F1) over pages: P averaged over pages with output shingles, R over pages
    with gold shingles, F1 the harmonic mean of the two averages."""
    ps = [_page_precision(*c) for c in counts if c[0] + c[1] > 0]
    rs = [_page_recall(*c) for c in counts if c[0] + c[2] > 0]
    p = fmean(ps) if ps else 0.0
    r = fmean(rs) if rs else 0.0
    return p, r, _harmonic(p, r)


def _squash(text: str) -> str:
    return " ".join(text.split())


def snippet_hits(output: str | None, with_: list[str], without: list[str]) -> tuple[int, int]:
    """(number of `with_` snippets found, number of `without` snippets avoided) in `output`."""
    flat = _squash(output or "")
    found = sum(1 for s in with_ if s and _squash(s) in flat)
    avoided = sum(1 for s in without if s and _squash(s) not in flat)
    return found, avoided
