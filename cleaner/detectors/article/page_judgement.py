"""Whether a text is a whole flattened page, and which of the lines around its article are
the page's chrome: steps of :class:`~cleaner.detectors.article.ArticleRegion`, a mixin
of it; the thresholds they read are fields of
:class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from ...document import Document
from ...lines import LineFeatures
from ...phrasebank import site_labels
from ...textutil import CJK_CHAR
from ..phrases import runs
from ..teasers import title_case_share
from .scoring import GOOD, _ENDS_IN_PUNCTUATION, _is_junk, _junk_count
from .settings import ArticleSettings
from .shapes import _COPYRIGHT, _may_hold_copyright, _numberless


class PageJudgement(ArticleSettings):
    """Whether a text is a page, and which lines around its article are chrome."""

    def _menu_above(self, lines: Sequence[LineFeatures], first_pass: list[str], start: int) -> int:
        """The end of the page's menus above the article: the line after the last label of a
        site's menus ("Home", "Blog", "About") above ``start``, when ``min_site_labels`` or more
        distinct labels stand there; else 0."""
        labels, found, end = site_labels(), set(), 0
        for i in range(start):
            f = lines[i]
            if first_pass[i] == GOOD:
                break
            if f.words <= self.site_label_words:
                label = _numberless(f.line.text)
                if label in labels:
                    found.add(label)
                    end = i + 1
        return end if len(found) >= self.min_site_labels else 0

    def _chrome_after(
        self, block: range, first_pass: list[str], lines: Sequence[LineFeatures], gains: list[float], mass: float,
        wrapped: Sequence[bool],
    ) -> range:
        """The part of the lines below the article that is page chrome (maybe none).

        The whole block, when it looks like chrome; else the part from a run of
        ``far_junk_run`` short or bad lines on (a menu or link list that parts
        the page's sidebar and footer from the article), the first such run
        below which the page holds no more prose than ``max_outside_prose`` of
        the article's: a short article's page has as much prose in its teasers
        and footer as the article itself, and a block of teasers with their
        blurbs may stand between two link lists.
        """
        if self._is_page_chrome(block, first_pass, lines, gains, mass, wrapped):
            return block
        below = _prose_from(gains, block)  # summed once: a long page has many junk runs
        start = block.start
        while (at := self._junk_run(range(start, block.stop), first_pass, lines)) is not None:
            if below[at - block.start] <= self.max_outside_prose * mass:
                return range(at, block.stop)
            start = at + self.far_junk_run
        return range(0)

    def _junk_run(self, block: range, first_pass: list[str], lines: Sequence[LineFeatures]) -> int | None:
        """Where the first run of ``far_junk_run`` short or bad lines in the block starts (a menu,
        a link list, a footer), or None. A list of other stories' headlines counts too: lines of
        a few words, mostly capitalised, that end in no punctuation ("How to Buy Genuine Software
        Online for Less"), which are no short lines when long enough."""
        run = 0
        for i in block:
            run = run + 1 if _is_junk(first_pass[i], lines[i]) or self._is_link_title(first_pass[i], lines[i]) else 0
            if run == self.far_junk_run:
                return i - run + 1
        return None

    def _is_page_chrome(
        self, block: range, first_pass: list[str], lines: Sequence[LineFeatures], gains: list[float], mass: float,
        wrapped: Sequence[bool], *, above: bool = False,
    ) -> bool:
        """Whether the lines outside the article look like a page's chrome, not part of a clean text.

        A clean text may have a byline above and a note or a list below its
        densest prose; a flattened page has menus, link lists and footers
        there: many lines, mostly short or bad, with little prose, or repeated
        per-item templates (comments, teaser lists). Templates ``above`` the
        article count only when the prose there is small beside the article's
        (``max_templated_prose_above``): comments and teaser lists follow an
        article, but a table that repeats its cells may stand inside one.
        """
        if len(block) < self.min_outside_lines:
            return False
        wrapped_prose = sum(gains[i] for i in block if wrapped[i] and gains[i] > 0)
        if wrapped_prose > self.max_wrapped_prose_ratio * mass:
            return False  # more hard-wrapped prose than the article: one long wrapped text, keep it
        templates = sum(gains[i] == -self.template_penalty for i in block)
        if templates >= self.template_min_repeats and not (
            above and self._unique_prose(block, lines, gains) > self.max_templated_prose_above * mass
        ):
            return True
        junk = _junk_count(first_pass, lines, block, also=self._listed_titles(first_pass, lines, block))
        prose = sum(g for g in (gains[i] for i in block) if g > 0)
        return junk >= self.min_junk_share * len(block) and prose <= self.max_outside_prose * mass

    @staticmethod
    def _unique_prose(block: range, lines: Sequence[LineFeatures], gains: list[float]) -> float:
        """The prose of the block's lines printed once in the text: a notice printed above each
        copy of an article ("Dow Jones Reprints: This copy is for your personal use ...") is
        no article's own."""
        counts = Counter(f.line.text.strip() for f in lines)
        return sum(gains[i] for i in block if gains[i] > 0 and counts[lines[i].line.text.strip()] == 1)

    def _listed_titles(self, first_pass: list[str], lines: Sequence[LineFeatures], block: range) -> set[int]:
        """The lines of the block that are headlines in a list of other stories: ``link_title_run``
        or more in a row (:meth:`_is_link_title`; a chart's titles stand between numbers, one by one)."""
        titled = [self._is_link_title(first_pass[i], lines[i]) for i in block]
        return {block[k] for found in runs(titled, bool, self.link_title_run) for k in found}

    def _is_link_title(self, first_pass: str, f: LineFeatures) -> bool:
        """Whether a line reads as a headline in a list of links (:meth:`_junk_run`)."""
        return (
            first_pass != GOOD
            and 3 <= f.words <= self.link_title_max_words
            and not _ENDS_IN_PUNCTUATION.search(f.line.text)
            and title_case_share(f.line.text) >= self.link_title_min_capitalised
        )

    def _looks_like_a_page(self, first_pass: list[str], lines: Sequence[LineFeatures]) -> bool:
        """A whole page flattened to text, not an article: many lines, most of them short or bad,
        or printed ``page_repeat_min`` times or more (a gallery's "Mouseover photo to load notes
        or add comment" under each photo reads like prose, but no article repeats a line so).

        Clean texts (an article, perhaps with a list or a byline) seldom look
        like this; menus, link lists and footers make most lines of a page.
        """
        counts = Counter(f.line.text.strip() for f in lines)
        repeated = {i for i, f in enumerate(lines) if counts[f.line.text.strip()] >= self.page_repeat_min}
        junk = _junk_count(first_pass, lines, range(len(lines)), also=repeated)
        return len(first_pass) >= self.min_page_lines and junk >= self.min_page_junk_share * len(first_pass)

    def _is_junk_heap(self, first_pass: list[str], lines: Sequence[LineFeatures]) -> bool:
        """A page with no labels of a site's menus on lines of their own, but so long and so
        nearly all short or bad lines (a menu in one line, then a list of a thousand stock
        names) that no clean text looks so."""
        if len(lines) < self.junk_heap_lines:
            return False
        junk = _junk_count(first_pass, lines, range(len(lines)))
        return junk >= self.junk_heap_share * len(lines)

    def _is_busy_page(self, first_pass: list[str], site_labels: int) -> bool:
        """A page whose comments or teasers outweigh its menus: many lines, most of them prose,
        but ``busy_page_site_labels`` labels of a site's menus and footer or more."""
        return len(first_pass) >= self.min_page_lines and site_labels >= self.busy_page_site_labels

    def _opens_with_a_menu(self, doc: Document) -> bool:
        """Whether the text's first ``menu_lines`` lines are short (under ``length_low``
        characters) and end in no punctuation: a menu, not the opening of an article (a headline
        and a byline end so, but not ten lines in a row). Not lines in a script written without
        spaces, where a short line may be a sentence."""
        top = doc.content_lines[: self.menu_lines]
        return len(top) == self.menu_lines and all(
            len(text := line.text.strip()) < self.length_low
            and not _ENDS_IN_PUNCTUATION.search(text)
            and not CJK_CHAR.search(text)
            for line in top
        )

    def _site_labels(self, doc: Document) -> int:
        """How many distinct labels of a site's own menus and footer the text shows, each on a line of its own.

        "Home", "Contact us", "Archives (12)", "Leave a Reply", a social
        network's name, a copyright line: a whole page has several; an article
        with lists and tables, whose lines may be as short, has none or one
        (a heading "Science"). Asked of the text as given: the first round may
        have removed the page's menus.
        """
        doc = doc.given
        key = f"site_labels/{self.site_label_words}"
        if key not in doc.memo:
            labels, found = site_labels(), set()
            for line in doc.content_lines:
                text = line.text
                if len(text) < 300 and _may_hold_copyright(text) and _COPYRIGHT.search(text):
                    found.add("©")
                elif text.count(" ") < 2 * self.site_label_words:
                    label = _numberless(text)
                    if label in labels and len(label.split()) <= self.site_label_words:
                        found.add(label)
            doc.memo[key] = len(found)
        return doc.memo[key]  # type: ignore[return-value]


def _prose_from(gains: list[float], block: range) -> list[float]:
    """For each line of the block, the prose (positive gains) from it to the block's end."""
    below = [0.0] * (len(block) + 1)
    for k in range(len(block) - 1, -1, -1):
        g = gains[block.start + k]
        below[k] = below[k + 1] + g if g > 0 else below[k + 1]
    return below
