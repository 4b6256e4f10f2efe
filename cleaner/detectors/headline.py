"""Repeated headline: a headline printed twice near the top keeps its first copy.

Page dumps often carry the title twice (the page title and the article's
``<h1>``, or a teaser and the headline). Among the first ``window_lines``
non-blank lines, a headline-like line (short, not ending like a sentence) that
repeats one a few lines above it, exactly or nearly (RapidFuzz, and the words
differ only in filler such as "and"/"&"), is flagged; "Part one" and "Part two"
are different lines. A sentence said twice is
left alone: that is the writer's choice, not page chrome. A line repeated in
clean article text (a refrain, a tweet's attribution, a product name) is the
writer's too, so the copy is removed only from a text that shows other residue
(``needs_other_residue``).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterator

import regex
from rapidfuzz import fuzz

from ..document import Document
from ..spans import Span
from ..textutil import normalize, words

__all__ = ["RepeatedHeadline"]

_NUMBER = regex.compile(r"\d++")
# Headlines do not end like a sentence or a label.
_NOT_A_HEADLINE_END = regex.compile(r"[.,;:]$")


# Words a near copy may add or drop ("Russia & meet" / "Russia and meet").
_FILLER = frozenset({"and", "the", "a", "an", "of", "to", "in", "on", "at", "for", "with", "s"})


def _same_words(a: str, b: str) -> bool:
    """Whether two normalised lines differ only in punctuation, case and filler words."""
    wa, wb = Counter(a.split()), Counter(b.split())
    return all(w in _FILLER for w in (wa - wb) + (wb - wa))


@dataclass
class RepeatedHeadline:
    name: str = "headline"
    window_lines: int = 12  # non-blank lines at the top where headlines are looked for
    max_gap_lines: int = 4  # the copy follows within this many non-blank lines
    min_chars: int = 20  # shorter repeated lines ("Share", "Home") are not headlines
    max_words: int = 30  # longer lines are paragraphs, not headlines
    score_cutoff: float = 92.0  # RapidFuzz similarity (0-100) for a near repeat
    scorer: Callable[..., float] = fuzz.ratio
    needs_other_residue: bool = True  # keep the copy in a text that shows no other residue

    def _headline_like(self, text: str) -> bool:
        text = text.strip()
        return len(text) >= self.min_chars and len(words(text)) <= self.max_words and not _NOT_A_HEADLINE_END.search(text)

    def detect(self, doc: Document) -> Iterator[Span]:
        top = doc.content_lines[: self.window_lines]
        candidates = [
            (k, line, normalize(line.text), _NUMBER.findall(line.text))
            for k, line in enumerate(top)
            if self._headline_like(line.text)
        ]
        flagged = set()
        for j, (k, line, norm, numbers) in enumerate(candidates):
            for k0, first, first_norm, first_numbers in candidates[:j]:
                if k - k0 > self.max_gap_lines or k0 in flagged or numbers != first_numbers:
                    continue  # too far apart, itself a copy, or "Part 1" vs "Part 2"
                exact = first.text.strip() == line.text.strip()
                score = 100.0 if exact else self.scorer(first_norm, norm, score_cutoff=self.score_cutoff)
                if score >= self.score_cutoff and (exact or _same_words(first_norm, norm)):
                    how = "exact" if exact else f"{score:.0f}"
                    flagged.add(k)
                    yield Span(line.start, line.end, self.name, f"repeats the headline on line {first.index + 1} ({how})")
                    break
