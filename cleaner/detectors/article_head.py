"""The article's head: its headline, byline and date, above its first paragraph (opt-in).

Corpora differ on where an article starts. The seed, the fixtures and the
Dragnet gold keep the headline and the byline; the ScrapingHub gold, and
trafilatura's text, start at the first paragraph and keep the title apart.
``Cleaner(body_only=True)`` adds this detector for the second convention; it
is not among the default detectors.

It reads the text as the rounds see it, after the article region has cut the
page around the article: the lines above the first paragraph are flagged, at
most ``max_head_lines`` of them. A paragraph is a line (or a hard-wrapped
paragraph's lines) the article detector judges good (long prose rich in
stopwords of the text's language), or a near-good one (40 characters or more)
that ends like a sentence and holds ``body_min_words`` words or more; a
shorter first paragraph is taken for the head. Below a byline ("By Jane Doe",
or "By" over the name: ``data/byline_words.txt``) near the top, a standfirst or
a photo caption above the byline belongs to the head, however long: the body
starts below the byline. Cleaning again removes nothing more: the body starts
the same way with the head gone.
When no paragraph comes within the first ``max_head_lines + 1`` lines, or the
language is unknown, nothing is flagged: keep rather than drop.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Sequence

from ..bylines import BYLINE_MAX_WORDS, BYLINE_MIN_CAPITALISED, is_byline
from ..document import Document
from ..lines import LineFeatures, page_features
from ..spans import Span
from .article import GOOD, NEAR_GOOD, ArticleRegion, paragraphs

__all__ = ["ArticleHead"]


@dataclass
class ArticleHead:
    name: str = "head"
    max_head_lines: int = 12  # lines above the first paragraph at most (a headline, a byline, a date, a caption)
    body_min_words: int = 4  # words of a near-good line that ends like a sentence and starts the body
    byline_max_words: int = BYLINE_MAX_WORDS  # words of a byline ("By Jane Doe", data/byline_words.txt) at most
    byline_min_capitalised: float = BYLINE_MIN_CAPITALISED  # share of a byline's words after "By" that are capitalised
    judge: ArticleRegion = field(default_factory=ArticleRegion)  # tells good and near-good lines
    yields_to_others: bool = True  # lines of the head another detector flags are explained by it

    def _starts_body(self, f: LineFeatures) -> bool:
        kind = self.judge.classify(f)
        return kind == GOOD or (kind == NEAR_GOOD and f.ends_sentence and f.words >= self.body_min_words)

    def detect(self, doc: Document) -> Iterator[Span]:
        page = page_features(doc)
        if page.language.lang is None:
            return
        lines = page.lines[: self.max_head_lines + 1]
        byline = self._last_byline(lines)
        after = -1 if byline is None else byline  # a standfirst or a caption above a byline is the head's
        body = next((i for i, _, p in paragraphs(lines) if i > after and self._starts_body(p)), None)
        if body:  # neither None (no paragraph near the top) nor 0 (the text starts with one)
            yield Span(
                lines[0].line.start,
                lines[body - 1].line.end,
                self.name,
                "the article's head, above its first paragraph (headline, byline, date)",
            )

    def _last_byline(self, lines: Sequence[LineFeatures]) -> int | None:
        """The last line that is a byline, or None: "By" alone over the name, or "By" and a name,
        its words capitalised ("By Jane Doe", "By LISA MASCARO and ERIC TUCKER"; not "Por qué
        importa", "By the way")."""
        found = None
        for i, f in enumerate(lines):
            if is_byline(f.line.text, max_words=self.byline_max_words, min_capitalised=self.byline_min_capitalised):
                found = i
        return found
