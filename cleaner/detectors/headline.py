"""Repeated headline: a headline printed twice near the top keeps its first copy.

Page dumps often carry the title twice (the page title and the article's
``<h1>``, or a teaser and the headline). Among the first ``window_lines``
non-blank lines, a short line that repeats an earlier one, exactly or nearly
(RapidFuzz), is flagged. Near repeats count only for lines that do not end like
a sentence, and never when their numbers differ ("Part 1", "Part 2").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

import regex
from rapidfuzz import fuzz

from ..document import Document
from ..spans import Span
from ..textutil import normalize, words

__all__ = ["RepeatedHeadline"]

_NUMBER = regex.compile(r"\d++")
_SENTENCE_END = regex.compile(r"[.,;:]\s*+$")


@dataclass
class RepeatedHeadline:
    name: str = "headline"
    window_lines: int = 12  # non-blank lines at the top where headlines are looked for
    min_chars: int = 20  # shorter repeated lines ("Share", "Home") are not headlines
    max_words: int = 40  # longer lines are paragraphs, not headlines
    score_cutoff: float = 92.0  # RapidFuzz similarity (0-100) for a near repeat
    scorer: Callable[..., float] = fuzz.ratio

    def detect(self, doc: Document) -> Iterator[Span]:
        top = doc.content_lines[: self.window_lines]
        candidates = [
            (line, normalize(line.text), _NUMBER.findall(line.text))
            for line in top
            if len(line.text.strip()) >= self.min_chars and len(words(line.text)) <= self.max_words
        ]
        for j, (line, norm, numbers) in enumerate(candidates):
            for first, first_norm, first_numbers in candidates[:j]:
                if numbers != first_numbers:  # "Part 1" and "Part 2" are different lines
                    continue
                if first.text.strip() == line.text.strip():
                    score = 100.0
                elif _SENTENCE_END.search(line.text):
                    continue  # near repeats only of headline-like lines, not of sentences
                else:
                    score = self.scorer(first_norm, norm, score_cutoff=self.score_cutoff)
                if score >= self.score_cutoff:
                    how = "exact" if score == 100.0 else f"{score:.0f}"
                    yield Span(
                        line.start, line.end, self.name,
                        f"repeats the headline on line {first.index + 1} ({how})",
                    )
                    break
