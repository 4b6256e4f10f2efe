"""A blog post framed by its navigation and its only footer ("Posted by paul at 09:39 PM |
Permalink"), and a post's navigation printed again below its comments: steps of
:class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the thresholds they
read are fields of :class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from typing import Sequence

from ...document import Document
from ...lines import LineFeatures, page_features
from .comment_sections import CommentSections
from .shapes import _NEXT_POST, _PERMALINK, _POST_FOOTER, _PREVIOUS_POST, _ends_as_title, _is_comment_time
from .vocabulary import _comment_headings, _split_footer_words


class PostFrames(CommentSections):
    """A blog post framed by its navigation and footer, however short it is."""

    def _navigation_again(self, lines: Sequence[LineFeatures]) -> int | None:
        """Where a post ends by its navigation, when the page prints it twice, below the post and
        again below its comments ("Previous post: Qual das duas?" / "Next post: Six Ways to
        Refuel ..."), the copies ``navigation_repeat_gap`` lines apart or more: the first copy's
        first line (or None)."""
        pairs = [
            i for i in range(len(lines) - 1)
            if _PREVIOUS_POST.match(lines[i].line.text) and _NEXT_POST.match(lines[i + 1].line.text)
        ]
        if len(pairs) != 2:
            return None
        first, again = pairs
        same = all(lines[first + k].line.text.strip() == lines[again + k].line.text.strip() for k in (0, 1))
        return first if same and again - first >= self.navigation_repeat_gap else None

    def _post_head(self, lines: Sequence[LineFeatures], end: int) -> tuple[int, int] | None:
        """The head of a post that ends at line ``end`` with no prose of its own (a video, a photo):
        the line right above its end ("by Paulo Coelho on July 21, 2012"), with the line above
        that when it reads as a title (at most ``headline_words`` words, no sentence's end, no
        date or clock time: "Comentários (sem censura)"), as (first, last); None at the page's top."""
        if end == 0:
            return None
        top = end - 1
        if top > 0:
            f = lines[top - 1]
            text = f.line.text.strip()
            if 0 < f.words <= self.headline_words[1] and _ends_as_title(text):
                top -= 1
        return top, end - 1

    def _footer_over_comments(self, lines: Sequence[LineFeatures], found: int | None) -> int | None:
        """The page's only post footer (``found``, :meth:`_only_footer`) when Blogger prints it over four lines
        (:meth:`_is_split_footer`) and a heading of comments follows within ``footer_comments_gap``
        lines ("No comments:", "2 comments:"): the post ends there however short it is (its
        footer is no byline under the headline: comments follow it)."""
        if found is None or not self._is_split_footer(lines, found):
            return None
        headings = _comment_headings()
        below = range(found + 4, min(len(lines), found + 4 + self.footer_comments_gap))
        return found if any(self._is_comment_heading(lines[j], headings) for j in below) else None

    def _only_footer(self, lines: Sequence[LineFeatures]) -> int | None:
        """The footer of a blog post, when the page prints one footer only (a blog's front page
        prints one per post and gets none): "Posted by paul at 09:39 PM in Paul scrawl |
        Permalink" (its link may stand on the next line: :meth:`_with_link_below`), or on a
        page with none such, a line that links to the post's permalink ("November 03, 2012
        in Leadership | Permalink"; comments may have such links too,
        so a "Posted ..." footer is looked for first)."""
        split = _split_footer_words()
        found = [
            i for i, f in enumerate(lines)
            if (f.words <= self.post_footer_max_words and _POST_FOOTER.search(self._with_link_below(lines, i)))
            or (f.folded in split and self._is_split_footer(lines, i))  # cheap: a lead-in alone first
        ]
        if not found:
            found = [i for i, f in enumerate(lines) if f.words <= self.post_footer_max_words and _PERMALINK.search(f.line.text)]
        return found[0] if len(found) == 1 else None

    @staticmethod
    def _with_link_below(lines: Sequence[LineFeatures], i: int) -> str:
        """Line i's text, with the next line's when line i ends in "|" and the next is a link of
        a word or two ("Posted Nov. 6, 2012 at 5:32 PM by Andy Towle |" / "Permalink")."""
        text = lines[i].line.text
        if i + 1 < len(lines) and text.rstrip().endswith("|") and 0 < lines[i + 1].words <= 2:
            return f"{text} {lines[i + 1].line.text}"
        return text

    def _is_split_footer(self, lines: Sequence[LineFeatures], i: int) -> bool:
        """Whether a post's footer starts at line i, printed over four lines ("Posted by" / "Alina
        Chau" / "at" / "9:22 AM"; ``data/split_post_footers.txt``), as Blogger renders it."""
        joining = _split_footer_words().get(lines[i].folded)
        if joining is None or i + 3 >= len(lines):
            return False
        name, join, time = lines[i + 1 : i + 4]
        return 0 < name.words <= self.writer_max_words and join.folded in joining and _is_comment_time(time)

    def _post_frame(self, doc: Document) -> tuple[int, int] | None:
        """A blog post framed by its navigation above and its footer below, as (its first line,
        the footer's line) among the non-blank lines; or None.

        Blog engines print a post's navigation above it: a link to the blog's home
        between links to the previous and the next post ("« The puzzle joint |",
        "Blog Home", "| Two deadlines »"; "Main" needs only one of them), and its
        footer below it ("November 03, 2012 in Leadership | Permalink"). The page's
        only post footer (:meth:`_only_footer`) with such a navigation above it, lines
        between, frames one post (from the nearest navigation), however short it is
        and however much prose the sidebars and comments hold.
        """
        if "«" not in doc.text and "»" not in doc.text:
            return None  # cheap: no link to a previous or next post
        lines = doc.content_lines
        navigations = []
        for i in range(1, len(lines) - 1):
            label = lines[i].text.strip()
            if len(label) > self.navigation_label_chars:
                continue
            before = lines[i - 1].text.strip().startswith("«")
            after = lines[i + 1].text.strip().endswith("»")
            if (before and after) or ((before or after) and label.casefold() in self.one_sided_home_labels):
                navigations.append(i + 1 if after else i)
        if not navigations:
            return None
        page = page_features(doc)
        if page.language.lang is None:
            return None  # keep rather than drop
        footer = self._only_footer(page.lines)
        if footer is None:
            return None
        above = [i for i in navigations if i + 1 < footer]
        return (above[-1] + 1, footer) if above else None
