"""Where readers' comments below the article start: a heading of comments, a run of
comments stamped with their writer and time, comments that link to themselves, a notice
that the comments are closed: steps of
:class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the thresholds they
read are fields of :class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from itertools import islice
from typing import Iterator, Sequence

from ...lines import LineFeatures
from ...textutil import normalize
from .scoring import GOOD, NEAR_GOOD, _first_prose, best_region
from .settings import ArticleSettings
from .shapes import (
    _DIGITS, _LINKED_NAME, _POSTED_BY, _counts_comments, _heading_key, _is_comment_date,
    _is_comment_stamp, _is_comment_time, _is_named_writer, _is_permalink, _is_writer,
)
from .vocabulary import (
    _closed_notices, _comment_headings, _paper_sections, _says_words, _titled_heading_match, comment_words,
)


class CommentSections(ArticleSettings):
    """Where a comment section below the article starts."""

    def _comments_plain(self, lines: Sequence[LineFeatures], heading: int | None, thread_start: int | None) -> bool:
        """Whether comments plainly follow the article: a heading of comments, or a thread whose
        first stamp reads "Posted by: Ellen at September 10, 2012 11:40 AM" (a name and a time
        alone may stamp each post of a blog's front page: "(May 26, 2005 -- 03:19 PM EDT // link)")."""
        if heading is not None:
            return True
        if thread_start is None:
            return False
        return _POSTED_BY.match(lines[thread_start].line.text) is not None or self._says_thread(lines)

    def _says_thread(self, lines: Sequence[LineFeatures]) -> bool:
        """Whether ``stamp_run`` comments or more are stamped with their writer's name and a verb of
        saying ("Becky says:", ``data/comment_says_words.txt``) over or under their date and time:
        a blog's comments, never its posts."""
        found = 0
        for i, f in enumerate(lines):
            if self._is_saying_writer(f):
                near = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
                if any(_is_comment_time(g) for g in near):
                    found += 1
                    if found >= self.stamp_run:
                        return True
        return False

    def _heading_names_post(self, lines: Sequence[LineFeatures]) -> bool:
        """Whether a heading of comments names a post whose headline stands above it ("10
        thoughts on “Business Focus: …”" below "Business Focus: …"): a blog's comments under
        its post, however few of its menus the page shows."""
        above: set[str] = set()
        for f in lines:
            if 0 < f.words <= self.titled_heading_max_words:
                m = _titled_heading_match(f.line.text)
                if m is not None and normalize(m.group("title")) in above:
                    return True
            above.add(normalize(f.line.text))
        return False

    def _is_saying_writer(self, f: LineFeatures) -> bool:
        """A commenter's name (``writer_max_words`` words at most) and a verb of saying: "Becky says:",
        "Karoline Herr sagt:"."""
        return 0 < f.words <= self.writer_max_words + 1 and f.folded[-1] in _says_words() and not _DIGITS.search(f.line.text)

    def _heads_the_article(self, gains: list[float], heading: int) -> bool:
        """Whether the prose below a comment heading is one article rather than comments: its
        densest run scores ``heading_over_article_ratio`` times the densest run above and holds
        ``heading_over_article_share`` of the prose below (comments come in many short runs)."""
        above = best_region(gains[:heading])[1]
        below = best_region(gains[heading:])[1]
        prose_below = sum(g for g in gains[heading:] if g > 0)
        return below >= self.heading_over_article_ratio * above and below >= self.heading_over_article_share * prose_below

    def _heading_lines(self, lines: Sequence[LineFeatures], first_pass: list[str], start: int) -> list[int]:
        """The lines from ``start`` on that read as a comment-section heading ("12 Comments",
        "Leave a Reply"), good prose excepted: what :meth:`_comment_heading` and
        :meth:`_linked_comments` choose from."""
        headings = _comment_headings()
        found = [
            i for i in range(start, len(lines))
            if first_pass[i] != GOOD and self._is_comment_heading(lines[i], headings) and not self._heads_a_column(lines, first_pass, i)
        ]
        sections = _paper_sections()
        if not any(_heading_key(lines[i].line.text) in sections for i in found):
            return found
        # "Discussion" between a paper's "Results" and "Conclusions" is the paper's own section
        printed = {_heading_key(f.line.text) for f in lines if 0 < f.words <= self.template_max_words} & sections
        return [i for i in found if (key := _heading_key(lines[i].line.text)) not in sections or len(printed - {key}) < self.paper_sections_min]

    def _heads_a_column(self, lines: Sequence[LineFeatures], first_pass: list[str], i: int) -> bool:
        """Whether a line is a cell of a table's header row ("Entity status" / "Status" / "Comment"
        under "Following are the states and their timestamps:"): up to ``table_header_max_cells``
        short lines stand between it and a sentence of prose that ends in a colon."""
        j = i - 1
        while j >= 0 and i - j <= self.table_header_max_cells and first_pass[j] not in (GOOD, NEAR_GOOD):
            if lines[j].words > self.template_max_words:
                return False
            j -= 1
        return i - j > 1 and j >= 0 and first_pass[j] in (GOOD, NEAR_GOOD) and lines[j].line.text.rstrip().endswith(":")

    def _comment_heading(
        self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], found: list[int]
    ) -> int | None:
        """Of the headings ``found`` after the first good prose (:meth:`_heading_lines` from line
        ``opened``), the first followed by comments.

        Comments show as per-comment templates ("Reply", "Rating: 9 Votes")
        with prose between them; a count such as "63 comments" in a page's
        header, above the article, is not a heading of comments.
        """
        for i, probe in self._headings_over_talk(lines, first_pass, found):
            if sum(gains[j] == -self.template_penalty for j in probe) >= self.template_min_repeats:
                return i
        return None

    def _linked_comments(self, lines: Sequence[LineFeatures], first_pass: list[str], found: list[int], opened: int) -> int | None:
        """Of the headings ``found`` below some prose (:meth:`_heading_lines` from the first good
        or near-good line on), the first over comments that each link to themselves ("Sunday,
        July 29, 2012 at 12:37 pm | Permalink", "Posted by tj on November 5, 2012 at 7:56 am |
        permalink | Reply"): ``template_min_repeats`` such links or more in the next
        ``comment_probe_lines`` lines, with talk between them. Such a section is a thread: no
        part of it is the article's, however short the post above it.

        Above the page's first ``min_article_words`` of prose (line ``opened``) the comments
        must start at once, with no paragraph before the first link: a count of comments in
        the header ("56 comments") stands over the article, and its paragraphs come first.
        """
        for i, probe in self._headings_over_talk(lines, first_pass, found):
            links = [j for j in probe if _is_permalink(lines[j], self.post_footer_max_words)]
            if len(links) >= self.template_min_repeats and (i >= opened or GOOD not in first_pass[i + 1 : links[0]]):
                return i
        return None

    def _headings_over_talk(
        self, lines: Sequence[LineFeatures], first_pass: list[str], found: list[int]
    ) -> Iterator[tuple[int, range]]:
        """Of the headings ``found``, in order, those that are no count under each post of a
        front page (:meth:`_per_post_links`) and have ``template_min_repeats`` or more lines of
        talk (good or near-good) in the next ``comment_probe_lines`` lines: each with those lines.
        The lines end at a later heading of the list with a text found once and
        ``template_min_repeats`` good lines or more before it (an article's section "Comment"
        heads no thread under its "COMMENTS"; a thread's "Responses (2)" under each comment,
        or "Show all comments" under its first, is part of it)."""
        per_post = self._per_post_links(first_pass, found, lines)
        keys = Counter(_heading_key(lines[i].line.text) for i in found)
        ends = [h for h in found if keys[_heading_key(lines[h].line.text)] == 1]
        for i in found:
            if i not in per_post:
                after = min(i + 1 + self.comment_probe_lines, len(lines))
                for h in islice(ends, bisect_right(ends, i), None):  # the headings below i, in order
                    if h >= after:
                        break
                    if first_pass[i + 1 : h].count(GOOD) >= self.template_min_repeats:
                        after = h
                        break
                probe = range(i + 1, after)
                if sum(first_pass[j] in (GOOD, NEAR_GOOD) for j in probe) >= self.template_min_repeats:
                    yield i, probe

    def _per_post_links(self, first_pass: list[str], found: list[int], lines: Sequence[LineFeatures]) -> set[int]:
        """Of the comment headings ``found``, those that count the comments under each post of a
        blog's front page ("| Comments (5)"): the same heading with a count, ``per_post_min``
        times or more, with prose between most of them, one post from the next."""
        counted: dict[str, list[int]] = {}
        for i in found:
            if _DIGITS.search(lines[i].line.text):  # a count, not the "Comment |" link under each comment
                counted.setdefault(_heading_key(lines[i].line.text), []).append(i)
        links: set[int] = set()
        for at in counted.values():
            posts = sum(GOOD in first_pass[a + 1 : b] or NEAR_GOOD in first_pass[a + 1 : b] for a, b in zip(at, at[1:]))
            if len(at) >= self.per_post_min and 2 * posts >= len(at) - 1:
                links.update(at)
        return links

    def _is_comment_heading(self, f: LineFeatures, headings: frozenset[str]) -> bool:
        """"12 Comments", "Leave a Reply"; or a heading that names the post ("35 Responses to “Title”")."""
        if f.words <= self.template_max_words and _heading_key(f.line.text) in headings:
            return True
        return f.words <= self.titled_heading_max_words and _titled_heading_match(f.line.text) is not None

    def _comment_stamps(self, lines: Sequence[LineFeatures], first_pass: list[str], opened: int) -> int | None:
        """The first of a run of comment stamps after the first good prose (from line ``opened``): where a comment thread starts.

        A comment opens with a short line naming its writer and when it was
        written ("Chris Nahr 07.15.12 at 11:59", "Posted by: Pam of Adelaide
        11:00pm"), or the writer's web address and name alone
        ("http://twitter.com/danamac Dana McMahan"), or its date and time over
        the writer's name ("infamousdx said,"), and its text follows at once; a thread is ``stamp_run`` such
        comments, each stamp at most ``stamp_max_gap`` lines after the one
        before. A live blog's times ("10:45 AM") name no one; a blog's
        "posted by ... at 7:59 PM" footer is followed by the next post's date
        and title, not by prose; a listing's "18-02-2006 13:21 | 3 comments"
        counts comments: none of them is a stamp. A date without a clock time
        under a name ("Jermaine" / "07 Nov 12") is a stamp too once a line
        above it counts the page's comments ("There are 12 comments."): without
        that, it may be a wiki's chronology ("Fleur Delacour" / "24 November, 1994").
        A writer who "says:" over the date and time stamps a comment even when
        its first line is short ("India is an uncivilized nation."), and so does
        a writer's name over a line of text with the date and time under it
        (:meth:`_time_under_comment`).
        """
        run: list[int] = []
        counted: int | None = None  # the first line that counts comments, found when first needed
        for i in range(opened, len(lines)):
            f = lines[i]
            if f.words > self.stamp_max_words:
                continue
            if first_pass[i] == GOOD or i + 1 >= len(lines) or first_pass[i + 1] not in (GOOD, NEAR_GOOD):
                # "Becky says:" over the time, or a name over the comment's text and the time
                # under it, stamps a comment however short its first line or the next one
                said = i > 0 and self._is_saying_writer(lines[i - 1]) and _is_comment_time(f)
                if not (said or self._time_under_comment(lines, i)):
                    continue
            if _is_comment_stamp(f) or _LINKED_NAME.fullmatch(f.line.text):
                at = i
            elif i > 0 and _is_comment_time(f) and _is_writer(lines[i - 1], self.writer_max_words):
                at = i - 1  # "Becky says:" above "November 12, 2012 at 10:07 am"
            elif i > 0 and _is_comment_date(f, self.comment_date_max_words) and _is_writer(lines[i - 1], self.writer_max_words):
                if counted is None:
                    counted = self._first_comment_count(lines)
                if counted >= i - 1:
                    continue  # no count of comments above: maybe a chronology
                at = i - 1  # "Jermaine" above "07 Nov 12"
            elif i > 0 and _is_named_writer(f, self.writer_max_words) and _is_comment_time(lines[i - 1]):
                at = i - 1  # "August 9th, 2012 at 8:38 am" above "infamousdx said,"
            elif self._time_under_comment(lines, i):
                at = i - 2  # "ninevegetable" / its comment / "August 9, 2012 at 2:07 pm"
            else:
                continue
            if run and at - run[-1] > self.stamp_max_gap:
                run = []
            run.append(at)
            if len(run) >= self.stamp_run:
                return run[0]
        return None

    def _time_under_comment(self, lines: Sequence[LineFeatures], i: int) -> bool:
        """Whether line ``i`` is a comment's date and time printed under its text, with its writer's
        name over that text ("ninevegetable" / "...Unless I get asked to run for VP." / "August
        9, 2012 02:07 pm"): the name stamps the comment, two lines above the time."""
        if i < 2 or not _is_comment_time(lines[i]) or lines[i - 1].words <= self.writer_max_words:
            return False
        if _counts_comments(lines[i - 1].line.text):
            return False  # "23 comments to <title>" over the first comment's time: a heading, not a comment
        name = lines[i - 2]
        # a name, not a comment's short first line under the time that heads it ("Well said, Becky!")
        text = name.line.text
        return _is_writer(name, self.writer_max_words) and not text.rstrip().endswith((".", "!", "?")) and "," not in text

    def _first_comment_count(self, lines: Sequence[LineFeatures]) -> int:
        """The first line that counts comments ("12 Comments", "There are 12 comments."), or len(lines)."""
        words = comment_words()
        return next(
            (i for i, f in enumerate(lines) if words.intersection(f.folded) and _counts_comments(f.line.text)), len(lines)
        )

    def _thread_start(self, lines: Sequence[LineFeatures], first_pass: list[str], opened: int, footer: int | None) -> int | None:
        """Where a thread that is not the article starts, from line ``opened`` on: the first of a
        run of comment stamps, or the post's only footer (``footer``, :meth:`_only_footer`; the
        post ends there), whichever comes first (or None)."""
        post_footer = footer if footer is not None and footer >= opened else None
        found = [i for i in (self._comment_stamps(lines, first_pass, opened), post_footer) if i is not None]
        return min(found, default=None)

    def _comments_closed(self, lines: Sequence[LineFeatures], opened: int) -> int | None:
        """The notice under a post that it has no comments and takes no more ("Comments are closed.",
        "No comments yet"), from line ``opened`` on, if the page prints it under one post only (a
        blog's front page prints one under each post), or None."""
        notices, last_words = _closed_notices()
        found = [
            i
            for i, f in enumerate(lines)
            if 0 < f.words <= self.closed_notice_max_words
            and f.folded[-1] in last_words  # cheap: most lines end in no notice's last word
            and normalize(f.line.text) in notices
        ]
        if not found or found[0] < opened or found[-1] - found[0] > self.closed_notice_group_lines:
            return None  # none, above the post's prose, or one under each post of a front page
        return found[0]

    def _quiet_post_end(self, lines: Sequence[LineFeatures], first_pass: list[str], opened: int) -> int | None:
        """Where a short post ends over a notice that it has no comments yet, above the page's
        first ``min_article_words`` of prose (line ``opened``; :meth:`_comments_closed` looks
        from there on): the notice, printed under one post only, with the heading of the form
        for a first comment ("Leave a comment") within ``closed_form_lines`` lines below it; or
        None. A count in a header ("NOCH KEINE Kommentare" over the article's text) has no form under it."""
        notice = self._comments_closed(lines, _first_prose(first_pass))
        if notice is None or notice >= opened:
            return None
        headings = _comment_headings()
        below = range(notice + 1, min(len(lines), notice + 1 + self.closed_form_lines))
        return notice if any(self._is_comment_heading(lines[j], headings) for j in below) else None

    def _titled_post_end(self, lines: Sequence[LineFeatures], first_pass: list[str], opened: int) -> int | None:
        """Where a short post ends over the heading of its comments, above the page's first
        ``min_article_words`` of prose (line ``opened``; below it, :meth:`_comment_heading` finds
        the heading among the others): a heading that names the post above it ("111 Responses
        to “My New Project”" under the post "My New Project"), or one with a commenter who says
        ("Becky said...", the name and the verb perhaps on lines of their own) within
        ``closed_form_lines`` lines below it; or None. The post is then what stands above the
        heading, however little prose it holds, not the longest comment below. A post with a
        paragraph of good prose above the heading is left to the region's usual search (a
        podcast's notes may stand between its text and its comments)."""
        headings = _comment_headings()
        above: set[str] = set()
        for i in range(opened):
            f = lines[i]
            if first_pass[i] == GOOD:
                return None
            if 0 < f.words <= self.titled_heading_max_words:
                m = _titled_heading_match(f.line.text)
                if m is not None and normalize(m.group("title")) in above:
                    return i
                below = range(i + 1, min(len(lines), i + 1 + self.closed_form_lines))
                if self._is_comment_heading(f, headings) and any(self._is_saying_writer(lines[j]) for j in below):
                    return i
            above.add(normalize(f.line.text))
        return None

    def _titles_of_comment_headings(self, lines: Sequence[LineFeatures], first: int) -> set[str]:
        """The titles that comment headings below ``first`` name ("15 comments to <title>"), normalised."""
        titles = set()
        for f in lines[first:]:
            if f.words <= self.titled_heading_max_words:
                m = _titled_heading_match(f.line.text)
                if m:
                    titles.add(normalize(m.group("title")))
        titles.discard("")
        return titles
