"""The article's headline just above its densest run of prose, and the title a breadcrumb
trail over the article ends in: steps of
:class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the thresholds they
read are fields of :class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from typing import Sequence

from ...lines import LineFeatures
from ...textutil import normalize
from .comment_sections import CommentSections
from .scoring import _content_words
from .shapes import _ends_as_title, _trail_end


class HeadlineSearch(CommentSections):
    """The article's headline, and the title a breadcrumb trail names."""

    def _headline(self, lines: Sequence[LineFeatures], first: int, stops: frozenset[str]) -> int | None:
        """Index of the headline above the region, or None.

        A headline is a title-shaped line a few lines above the region whose
        words come back in the article's opening; of two near-equal candidates
        (a headline printed twice) the upper one is taken.
        """
        window = range(max(first - self.headline_search_lines, 0), first)
        named = self._titles_of_comment_headings(lines, first)
        for i in window:  # the post's title, as the heading of its comments names it
            if named and normalize(lines[i].line.text) in named:
                return i
        opening = set()
        for f in lines[first : first + self.headline_opening_lines]:
            opening.update(_content_words(f.line.text, stops))
        scored = []
        for i in window:
            if self._title_shaped(lines[i]):
                own = _content_words(lines[i].line.text, stops)
                if own:
                    scored.append((len(own & opening) / len(own), i))
        if not scored:
            return None
        best, at = max(scored)
        if best < self.headline_min_overlap:
            return None
        # a headline printed twice: the upper copy starts the article
        same = normalize(lines[at].line.text)
        return min(i for _, i in scored if normalize(lines[i].line.text) == same)

    def _named_by_trail(
        self, lines: Sequence[LineFeatures], gains: list[float], start: int, first: int, last: int
    ) -> int | None:
        """The headline a breadcrumb trail over the article names, or None.

        A trail ("Home / Blog / John the Baptist's Doubt", "Home » BMW » BMW X6
        2013 ...") ends in the page's own title; printed within
        ``trail_headline_gap`` lines above that title, from
        ``headline_search_lines`` above the region down into it, it says where
        the article starts: all above it is the site's header and sidebars,
        however much prose they hold (a testimonial, an "About the author"
        box). The region must hold ``min_article_words`` of prose below the
        title, so a trail printed again in the page's footer names nothing; a
        title above ``start`` (the headline found) is a section's heading
        ("Blogs > News Blog") and names nothing either.
        """
        for i in range(max(first - self.headline_search_lines, 0), last):
            title = _trail_end(lines[i].line.text)
            if title is None:
                continue
            for k in range(i + 1, min(i + 1 + self.trail_headline_gap, last + 1)):
                if normalize(lines[k].line.text) == title:
                    below = sum(g for g in gains[k : last + 1] if g > 0)
                    return k if k >= start and below >= self.min_article_words else None
        return None

    def _title_shaped(self, f: LineFeatures) -> bool:
        low, high = self.headline_words
        text = f.line.text.strip()
        return (
            low <= f.words <= high
            and f.chars >= self.headline_min_chars
            and _ends_as_title(text)
        )
