"""Where a list of other stories' teasers starts below the article: a lead-in ("Related
Posts") below which the article does not resume, teasers' blurbs, a slideshow's label:
steps of :class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the
thresholds they read are fields of
:class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ...lines import LineFeatures
from ...textutil import normalize
from .extent import shop_boxes_end
from .scoring import GOOD, _densest_before, _densest_from, _paragraphs_in_a_row
from .settings import ArticleSettings
from .vocabulary import _slideshow_labels, _teaser_recogniser


class TeaserLists(ArticleSettings):
    """Where the teasers of other stories start below the article."""

    def _teasers_start(self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], start: int) -> int | None:
        """Where a list of teasers below the article's start begins, by its lead-in ("Related Posts",
        "You may also like...", alone on its line; or one with words of its own, such as "More from
        The Examiner", when teasers' blurbs follow it, or headlines alone with the article over
        (:meth:`_over_headlines_only`); or "More" and a name over teasers printed alike,
        :meth:`_over_teasers_printed_alike`), or None.

        Looked for from line ``start`` on (below the article's start and the
        page's first ``min_article_words`` of prose); not taken when a paragraph
        follows within ``teasers_resume_lines`` lines (a short box of links
        inside the article, which resumes below it) unless the paragraphs below
        are the teasers' blurbs, nor when the prose below outruns the densest
        run above (the lead-in sits over the article), unless the paragraphs
        below are teasers' blurbs and no two paragraphs stand in a row anywhere
        below (an article has some; a list of teasers may hold more prose than
        the short article above it).
        """
        above: list[float] | None = None  # the densest run above each line, and below it: found once, when needed
        below: list[float] = []
        recogniser = _teaser_recogniser()
        for i in range(start, len(lines)):
            f = lines[i]
            if first_pass[i] == GOOD or f.words > self.teasers_lead_in_max_words:
                continue
            lone = recogniser.lone_lead_in(f.line.text)
            worded = None if lone is not None else recogniser.worded_lead_in(f.line.text)
            lead_in = lone is not None or worded is not None
            if lead_in and self._over_shop_boxes(lines, i):
                continue  # a deals post's products, each with its "Buy Now": the article's
            if lead_in and self._slideshow_below(lines, i):
                return i  # another story's slideshow: its captions are no article, however many
            if lone is None:
                if worded is None or not self._blurbs_follow(first_pass, i):
                    if self._over_teasers_printed_alike(f, first_pass, i):
                        return i
                    if worded is None or not self._over_headlines_only(first_pass, i):
                        continue
            elif GOOD in first_pass[i + 1 : i + 1 + self.teasers_resume_lines] and not self._blurbs_follow(first_pass, i):
                continue
            if self._blurbs_follow(first_pass, i) and not _paragraphs_in_a_row(first_pass, i + 1):
                return i  # teasers' blurbs, and no article below: however much prose they hold
            if above is None:
                above, below = _densest_before(gains), _densest_from(gains)
            if below[i] < above[i]:
                return i
        return None

    def _over_shop_boxes(self, lines: Sequence[LineFeatures], lead_in: int) -> bool:
        """Whether a lead-in heads the products a deals post lists ("Don't Miss:" over "Apple
        AirPods", its features, "$139.00", "Buy Now", and more such: :func:`shop_boxes_end`),
        not teasers."""
        # the buttons that make such a list lie within this many lines: the walk stops there
        reach = min(len(lines), lead_in + 1 + self.shop_box_min_buttons * (self.shop_box_max_lines + 1))
        return shop_boxes_end(lines, lead_in, reach, self.shop_box_min_buttons, self.shop_box_max_lines) is not None

    def _over_headlines_only(self, first_pass: list[str], lead_in: int) -> bool:
        """Whether no paragraph follows a lead-in within ``teasers_resume_lines`` lines and no two
        paragraphs stand in a row anywhere below it: a list of headlines, the article over."""
        below = first_pass[lead_in + 1 : lead_in + 1 + self.teasers_resume_lines]
        return GOOD not in below and not _paragraphs_in_a_row(first_pass, lead_in + 1)

    def _slideshow_below(self, lines: Sequence[LineFeatures], lead_in: int) -> bool:
        """Whether the line below a lead-in is a slideshow's label ("Loading Slideshow",
        "Photo Gallery"; phrase bank ``data/slideshows/``): the lead-in opens another story's
        slideshow ("Also on HuffPost:")."""
        below = lead_in + 1
        return below < len(lines) and 0 < lines[below].words <= self.slideshow_label_max_words and (
            normalize(lines[below].line.text) in _slideshow_labels()
        )

    def _over_teasers_printed_alike(self, f: LineFeatures, first_pass: list[str], lead_in: int) -> bool:
        """Whether a line is "More" and a site's or section's name ("More Washington Examiner";
        ``blurbs:`` in ``data/teasers/``) over teasers that one template prints, and no article
        resumes below it (no two paragraphs in a row anywhere).

        So many headings start with "More" that the teaser detector does not take such a line for
        a lead-in; it ends the article only over teasers' blurbs at a regular step
        (:meth:`_blurbs_repeat`)."""
        if _teaser_recogniser().blurbs_lead_in(f.line.text) is None:
            return False
        return self._blurbs_repeat(first_pass, lead_in) and not _paragraphs_in_a_row(first_pass, lead_in + 1)

    def _blurbs_repeat(self, first_pass: list[str], lead_in: int) -> bool:
        """Whether teasers' blurbs follow a lead-in (:meth:`_blurbs_follow`) at a regular step, each
        under a headline, a byline and a date printed alike: ``teaser_blurbs_min`` steps of one length
        between them (an article's paragraphs under a box of links stand apart unevenly)."""
        good = self._paragraphs_below(first_pass, lead_in)
        if not self._are_blurbs(good):
            return False
        steps = Counter(b - a for a, b in zip(good, good[1:]))
        return max(steps.values()) >= self.teaser_blurbs_min

    def _blurbs_follow(self, first_pass: list[str], lead_in: int) -> bool:
        """Whether the paragraphs below a lead-in are teasers' blurbs: ``teaser_blurbs_min`` or more
        in the next ``teasers_probe_lines`` lines, each between a teaser's headline, byline or
        "Read more" (an article resuming has paragraphs in a row)."""
        return self._are_blurbs(self._paragraphs_below(first_pass, lead_in))

    def _paragraphs_below(self, first_pass: list[str], lead_in: int) -> list[int]:
        """The good lines among the next ``teasers_probe_lines`` lines below a lead-in."""
        probe = range(lead_in + 1, min(lead_in + 1 + self.teasers_probe_lines, len(first_pass)))
        return [j for j in probe if first_pass[j] == GOOD]

    def _are_blurbs(self, good: list[int]) -> bool:
        """Whether paragraphs (line numbers) are teasers' blurbs: enough of them, none next to another."""
        return len(good) >= self.teaser_blurbs_min and all(b - a > 1 for a, b in zip(good, good[1:]))
