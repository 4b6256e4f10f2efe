"""How the article detector scores lines: the classes of its first pass, the second pass
that settles uncertain lines from their nearest certain neighbours (:func:`revise`), the
paragraphs hard-wrapped lines make, and the densest run of the lines' gains
(:func:`best_region`) with the walks that grow it.
"""
from __future__ import annotations

from typing import Iterator, Sequence

import regex

from ...lines import LineFeatures
from ...textutil import CJK_CHAR, feature_words


GOOD, BAD, SHORT, NEAR_GOOD = "good", "bad", "short", "near-good"

_WRAPPED_ON = regex.compile(r"^[^\S\n]*+\p{Ll}")  # a line that goes on from the one above


def _continues(line: LineFeatures, following: LineFeatures) -> bool:
    """Whether a hard-wrapped paragraph goes on from ``line`` into ``following``."""
    return (
        following.line.index == line.line.index + 1
        and not _SENTENCE_END.search(line.line.text)
        and _WRAPPED_ON.match(following.line.text) is not None
    )


def paragraphs(lines: Sequence[LineFeatures]) -> Iterator[tuple[int, int, LineFeatures]]:
    """Each paragraph of the lines: (its first line's index, its number of lines, its features
    as if it stood on one line); the lines of a hard-wrapped paragraph make one."""
    start = 0
    for i in range(len(lines)):
        if i + 1 < len(lines) and _continues(lines[i], lines[i + 1]):
            continue
        size = i + 1 - start
        yield start, size, lines[start] if size == 1 else _joined(lines[start : i + 1])
        start = i + 1


def _joined(group: Sequence[LineFeatures]) -> LineFeatures:
    """The features of a hard-wrapped paragraph, as if it stood on one line."""
    last = group[-1]
    return LineFeatures(
        line=group[0].line,
        chars=sum(f.chars for f in group) + len(group) - 1,
        words=sum(f.words for f in group),
        stopwords=sum(f.stopwords for f in group),
        capitalised=sum(f.capitalised for f in group),
        ends_sentence=last.ends_sentence,
        folded=tuple(w for f in group for w in f.folded),
    )


def _content_words(text: str, stops: frozenset[str]) -> set[str]:
    """Words that are no stopwords, numbers or short words; a Chinese or Japanese character is a word."""
    return {
        w for w in (t.casefold() for t in feature_words(text))
        if (len(w) > 2 or CJK_CHAR.fullmatch(w)) and w not in stops and not w.isdigit()
    }


def revise(classes: list[str], passed_over: frozenset[int] = frozenset()) -> list[str]:
    """Settle short and near-good lines from their neighbours (jusText's context pass).

    Near-good becomes good next to good (the nearest good or bad line on
    either side), else bad. Short becomes good only between good or near-good
    neighbours (the nearest non-short lines, one of them good), else bad. The
    page's edges count as bad. The lines ``passed_over`` (another story's
    headline inside the article) are no neighbours of the others; each of
    them is settled as it would be without any passed over.
    """
    out = _settle(classes, frozenset())
    if passed_over:
        around = _settle(classes, passed_over)
        out = [c if i in passed_over else around[i] for i, c in enumerate(out)]
    return out


def _settle(classes: list[str], passed_over: frozenset[int]) -> list[str]:
    prev_hard = _nearest(classes, (GOOD, BAD), False, passed_over)
    next_hard = _nearest(classes, (GOOD, BAD), True, passed_over)
    prev_long = _nearest(classes, (GOOD, BAD, NEAR_GOOD), False, passed_over)
    next_long = _nearest(classes, (GOOD, BAD, NEAR_GOOD), True, passed_over)
    out = list(classes)
    for i, c in enumerate(classes):
        if c == NEAR_GOOD:
            out[i] = GOOD if GOOD in (prev_hard[i], next_hard[i]) else BAD
        elif c == SHORT:
            sides = (prev_long[i], next_long[i])
            out[i] = GOOD if BAD not in sides and GOOD in (*sides, prev_hard[i], next_hard[i]) else BAD
    return out


def _nearest(classes: list[str], wanted: tuple[str, ...], reverse: bool, passed_over: frozenset[int]) -> list[str]:
    """For each line, the class of the nearest line before it (after it, if reverse) in wanted,
    not one of the lines passed over."""
    out = [BAD] * len(classes)
    last = BAD  # the page's edge
    order = range(len(classes) - 1, -1, -1) if reverse else range(len(classes))
    for i in order:
        out[i] = last
        if classes[i] in wanted and i not in passed_over:
            last = classes[i]
    return out


def _is_junk(first_pass: str, f: LineFeatures) -> bool:
    """A bad line, or a short one that does not end in punctuation: a menu item, not a verse."""
    return first_pass == BAD or (first_pass == SHORT and not _ENDS_IN_PUNCTUATION.search(f.line.text))


def _junk_count(first_pass: list[str], lines: Sequence[LineFeatures], block: range, also: set[int] | None = None) -> int:
    """How many lines of the block are short or bad (:func:`_is_junk`), or among ``also``."""
    also = also or set()
    return sum(_is_junk(first_pass[i], lines[i]) or i in also for i in block)


def _whole_blocks(lines: Sequence[LineFeatures], first: int, last: int, stop: int) -> tuple[int, int]:
    """Widen the region to whole blocks (lines with no blank line between them), never to ``stop``.

    A block is one paragraph with line breaks, or a list: the region does not
    cut it in two, and a block right below whose first line ends in a colon
    ("Tour dates:", then the dates) is the article's own list.
    """
    def same_block(i: int) -> bool:  # lines i and i + 1
        return lines[i + 1].line.index == lines[i].line.index + 1

    while first > 0 and same_block(first - 1):
        first -= 1
    while True:
        while last + 1 < stop and same_block(last):
            last += 1
        if last + 1 < stop and lines[last + 1].line.text.rstrip().endswith(":") and (
            last + 2 < len(lines) and same_block(last + 1)
        ):
            last += 1
            continue
        return first, last


def _best_run(gains: Sequence[float], steps: range, floor: float) -> tuple[float, int | None]:
    """The best running total of the gains along ``steps`` (up or down the page from its first
    step), and the step where it is reached (None if never above zero); the walk stops once the
    total falls below ``-floor``."""
    total, best, at = 0.0, 0.0, None
    for k in steps:
        total += gains[k]
        if total > best:
            best, at = total, k
        if total < -floor:
            break
    return best, at


def _densest_before(gains: Sequence[float]) -> list[float]:
    """For each i, the total of the densest run in gains[:i] (``best_region(gains[:i])[1]``), in one pass."""
    out, best, run = [0.0], 0.0, 0.0
    for gain in gains:
        if run <= 0:
            run = 0.0
        run += gain
        best = max(best, run)
        out.append(best)
    return out


def _densest_from(gains: Sequence[float]) -> list[float]:
    """For each i, the total of the densest run in gains[i:] (``best_region(gains[i:])[1]``):
    :func:`_densest_before` read from the end."""
    return _densest_before(gains[::-1])[::-1]


def _prose_right_above(first_pass: Sequence[str], line: int) -> tuple[int, int] | None:
    """The run of good or near-good lines (by the first pass) that ends right above ``line``, or None."""
    top = line
    while top > 0 and first_pass[top - 1] in (GOOD, NEAR_GOOD):
        top -= 1
    return (top, line - 1) if top < line else None


def _paragraphs_in_a_row(first_pass: Sequence[str], start: int) -> bool:
    """Whether two good lines stand next to each other anywhere from ``start`` on."""
    return any(a == GOOD and b == GOOD for a, b in zip(first_pass[start:], first_pass[start + 1 :]))


def _first_prose(first_pass: Sequence[str]) -> int:
    """The line after the page's first good or near-good line (the number of lines if none)."""
    return next((i + 1 for i, c in enumerate(first_pass) if c in (GOOD, NEAR_GOOD)), len(first_pass))


def best_region(gains: Sequence[float]) -> tuple[tuple[int, int] | None, float]:
    """The run of lines with the highest total gain (Kadane): ((first, last), total) or (None, 0)."""
    best, best_span = 0.0, None
    run, run_start = 0.0, 0
    for i, gain in enumerate(gains):
        if run <= 0:
            run, run_start = 0.0, i
        run += gain
        if run > best:
            best, best_span = run, (run_start, i)
    return best_span, best


_ENDS_IN_PUNCTUATION = regex.compile(r"[.,;:!?…][\"'”’»)\]]*+\s*+$")

_SENTENCE_END = regex.compile(r"[.!?…:][\"'”’»)\]]*+\s*+$")
