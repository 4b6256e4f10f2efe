"""The article's head: its headline, byline and date, above its first paragraph (opt-in).

Corpora differ on where an article starts. The seed, the fixtures and the
Dragnet gold keep the headline and the byline; the ScrapingHub gold, and
trafilatura's text, start at the first paragraph and keep the title apart.
``Cleaner(body_only=True)`` adds this detector for the second convention; it
is not among the default detectors.

It reads the text as the rounds see it, after the article region has cut the
page around the article: the lines above the first paragraph are flagged, at
most ``max_head_lines`` of them. A paragraph is a line the article detector
judges good (long prose rich in stopwords of the text's language), or a
near-good line that ends like a sentence and holds ``body_min_words`` words or
more (a short first paragraph, or a photo caption, is taken for the head).
When no paragraph comes within the first ``max_head_lines + 1`` lines, or the
language is unknown, nothing is flagged: keep rather than drop.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ..document import Document
from ..lines import LineFeatures, page_features
from ..spans import Span
from .article import GOOD, NEAR_GOOD, ArticleRegion

__all__ = ["ArticleHead"]


@dataclass
class ArticleHead:
    name: str = "head"
    max_head_lines: int = 12  # lines above the first paragraph at most (a headline, a byline, a date, a caption)
    body_min_words: int = 15  # words of a near-good line that ends like a sentence and starts the body
    judge: ArticleRegion = field(default_factory=ArticleRegion)  # tells good and near-good lines

    def _starts_body(self, f: LineFeatures) -> bool:
        kind = self.judge.classify(f)
        return kind == GOOD or (kind == NEAR_GOOD and f.ends_sentence and f.words >= self.body_min_words)

    def detect(self, doc: Document) -> Iterator[Span]:
        page = page_features(doc)
        if page.language.lang is None:
            return
        lines = page.lines[: self.max_head_lines + 1]
        body = next((i for i, f in enumerate(lines) if self._starts_body(f)), None)
        if body:  # neither None (no paragraph near the top) nor 0 (the text starts with one)
            yield Span(
                lines[0].line.start,
                lines[body - 1].line.end,
                self.name,
                f"the article's head, {body} line(s) above its first paragraph (headline, byline, date)",
            )
