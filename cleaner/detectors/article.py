"""Main-text recovery from a flattened page: keep the article, flag the page around it.

For whole pages flattened to text (menus, link lists, teasers, footers and all),
in the spirit of jusText but with no HTML to help:

1. each non-blank line is judged (:func:`classify`): *good* (long prose
   rich in stopwords of the page's language), *bad* (few stopwords, or the
   words of a cookie-consent dialog), *short*, or *near-good* (prose-like, not
   long); the lines of a paragraph hard-wrapped at a fixed width are judged
   together, as the paragraph they make; a page's teaser list flattened
   without spaces, each headline glued to its summary, is bad, and so is a
   near-good line that is a prompt ("Support Snopes and make a difference for
   readers everywhere.": ``data/prompts/``);
2. a second pass (:func:`revise`) settles the uncertain lines from their
   nearest certain neighbours, so a short paragraph inside the article becomes
   good and a lone line in a menu becomes bad (another story's headline
   printed alone between the article's sentences is no neighbour of theirs);
3. the article region is the run of lines with the highest score (good lines
   add their words, bad lines cost a penalty): the densest run of prose,
   grown over a table, list or code inside the article to the prose below
   it (over several tables of bare cells, with a paragraph or two under each,
   when those paragraphs add up), to the article's opening above one, to the
   signature of a tweet embedded at its end ("— Jane Doe (@janedoe) November
   18, 2019"), and over a list right below it
   (numbered "1) ...", "2) ...", of dates: "June 9 -- Tampa, FL", or
   bulleted: "• Bernards Township Schools"), or below a heading that names the
   article's subject ("The Doobie Brothers Tour Dates"); it
   ends before a comment section, found by its heading ("12 Comments"; not
   a heading with one run of prose below it that far outweighs all above,
   such as a share bar's "Write a comment" over the story, unless it counts
   two comments or more; nor the count printed under each post of a blog's
   front page) or by a run of comments that each open with their writer's
   name and a date or time ("Chris Nahr 07.15.12 at 11:59"), or by a heading
   over comments that each link to themselves ("Sunday, July 29, 2012 at
   12:37 pm | Permalink"), or after the
   post's footer when the page prints one footer only ("Posted by paul at
   09:39 PM | Permalink": trackbacks, comments or the next posts follow), or
   at the post's navigation ("Previous post: ..." / "Next post: ...") when the
   page prints it again below the comments, however short the post;
   such a thread is flagged whole;
   so is the page from a lead-in to a list of teasers on (``Related Posts``,
   alone on its line) when the article does not resume below it, or when
   teasers' blurbs follow it and no two paragraphs stand in a row anywhere
   below (however much prose the blurbs hold; a bare "More Washington
   Examiner" counts so only when the blurbs come at a regular step, each under
   a headline, byline and date printed alike), or when a
   slideshow's label follows it ("Also on HuffPost:" over "Loading Slideshow":
   another story's captions, ``data/slideshows/``, however much prose); the page
   below a notice that the post's comments are closed ("Comments are closed.",
   "No comments yet": ``data/closed_comments/``) when only one post prints one; and a
   second or third copy of the article in the region (a page that prints it
   again for other devices, after a block of metadata);
4. the headline is looked for just above the region; the article runs from it,
   or from the title a breadcrumb trail over the article ends in ("Home / Blog /
   <title>" printed just above the title): all above the trail is the site's
   header and sidebars, however much prose they hold.

A blog post framed by its navigation ("« Previous post |", "Main" or "Blog
Home", "| Next post »") above and the page's only post footer ("November 03, 2012 in
Leadership | Permalink") below is the article whatever its length: the page
above the post and from the footer on is flagged (and a list of teasers at
the post's end), even where the sidebars and comments hold far more prose.

A page with no line long enough to be good (an article in short paragraphs)
is judged again with shorter good lines (``short_paragraph_length``); its
region must then hold most of the page's prose (``short_paragraph_min_share``).

Lines outside the article are flagged, unless they hold more hard-wrapped
prose than the article itself (a long wrapped text broken by code or tables,
whose first part is not the whole); when the lines above the article hold
too much prose to go, the menus at their top, above any prose, go alone.
Only a text that looks like a whole page (many lines, most of them short or
bad, and labels of a site's menus and footer such as "Home" or "Contact us",
one of them when the text opens with a menu;
or mostly prose, a few more such labels and a plain comment section below
the article) is touched at all; when little is outside the article, when
the article holds little of the page's prose, or when the language is
unknown, nothing is flagged: keep rather than drop.
With ``keep_comments``, a comment section below the article is kept with it,
up to the page's next run of menu or footer lines (and a post is not framed
by its navigation and footer, below which its comments follow).

The detector ``runs_first``: the pipeline cuts the page around the article
before the other detectors look, so they judge the article's lines, not every
menu and footer line of the page (most of a page's lines, and of the time).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator, Sequence

import regex

from ..document import Document
from ..language import stopwords
from ..lines import LineFeatures, PageFeatures, page_features
from ..spans import Span
from ..phrasebank import load_bank, load_list
from ..textutil import CJK_CHAR, COPYRIGHT_SIGNS, feature_words, has_copyright_sign, is_cut_off, normalize
from .credits import Credits
from .date_line import date_vocabulary
from .phrases import first_words, runs
from .prompts import Prompts
from .teasers import Teasers, title_case_share

__all__ = ["ArticleRegion", "GOOD", "BAD", "SHORT", "NEAR_GOOD", "comment_words"]

GOOD, BAD, SHORT, NEAR_GOOD = "good", "bad", "short", "near-good"
# Not a title: an e-mail/handle, a clock time, a date with digits.
_NOT_TITLE = regex.compile(r"@|\d:\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}")


@dataclass
class ArticleRegion:
    name: str = "article"
    runs_first: bool = True  # cut the page chrome first; the other detectors look at what is left
    length_low: int = 40  # characters: shorter lines are "short"
    length_high: int = 150  # characters: a "good" line is at least this long
    stop_low: float = 0.15  # stopword share under which a line is "bad"
    stop_high: float = 0.25  # stopword share a "good" line needs
    word_cap: int = 60  # words a good line adds to the region score at most
    bad_penalty: float = 12.0  # what a bad line costs the region score
    near_good_weight: float = 0.3  # share of its words a near-good line made good adds
    short_cost: float = 3.0  # what a short line made good costs the region score
    min_page_lines: int = 30  # fewer non-blank lines: a text, not a page; nothing is flagged
    min_page_junk_share: float = 0.5  # share of short or bad lines that makes a text a page
    page_repeat_min: int = 5  # a line printed this often counts with those, however long
    # Readers' comments below the article are part of it, up to the page's next menu or
    # footer (CleanEval's gold keeps them; Dragnet's and ScrapingHub's drop them).
    keep_comments: bool = False
    min_site_labels: int = 2  # distinct labels of a site's menus and footer (data/site_labels) a page shows
    # ... or one, when its first menu_lines lines are short and end in no punctuation: a menu
    # (a network's sites, "The A.V. Club" / "Deadspin" / "Gizmodo" ..., whose names are no labels)
    menu_lines: int = 10
    junk_heap_lines: int = 100  # non-blank lines of a page that needs no site labels ...
    junk_heap_share: float = 0.9  # ... as this share of them or more are short or bad
    busy_page_site_labels: int = 8  # distinct site labels that make a text of many lines a page, however much prose it holds
    site_label_words: int = 6  # words of a line that is such a label at most
    min_outside_lines: int = 6  # fewer lines above or below the article: they stay
    min_junk_share: float = 0.6  # share of short or bad lines above or below the article for it to go
    max_outside_prose: float = 0.5  # prose above or below, relative to the article's, that it may hold
    resume_max_gap: int = 40  # lines of a table or list inside the article the article may grow over
    resume_words_cap: float = 200.0  # prose below such a gap that always counts as the article resuming
    resume_floor: float = 60.0  # how far the run below may fall before it is not the article resuming
    # A gap of table_min_lines or more, most of them holding a number (a table's cells, a box
    # of dated facts) or a label of table_label_max_words printed again in the gap (a header row
    # over each part, a column of codes), is the article's own: the prose below it needs
    # table_resume_share of that.
    table_min_lines: int = 4
    table_label_max_words: int = 2
    table_resume_share: float = 0.5
    # A table holding this share of sentences at most (a note under it, a tweet's text), no list of
    # entries each with a sentence or two: the prose below the next such tables adds up.
    bare_table_sentence_share: float = 0.1
    opening_min_share: float = 0.25  # prose above such a gap, relative to the article's, that is its opening
    # an opening of near-good sentences above a box of links inside the article ("More:" over three
    # headlines): the box has this many lines at most, each sentence this many words at least
    opening_box_max_lines: int = 5
    opening_sentence_min_words: int = 12
    far_junk_run: int = 6  # short or bad lines in a row (a menu, a link list) that part the page below the article from it
    link_title_max_words: int = 15  # words of a headline in such a link list at most ...
    link_title_min_capitalised: float = 0.6  # ... with this share of its words capitalised (small words aside)
    link_title_run: int = 4  # such headlines in a row that are a list of links wherever they stand
    # Another story's headline printed alone inside the article, with this many lines that end a
    # sentence on each side: the lines around it are settled as if it were not there.
    lone_headline_sentences: int = 2
    closed_notice_max_words: int = 10  # words of a notice that a post's comments are closed at most
    closed_notice_group_lines: int = 3  # lines such notices under one post stand apart at most
    max_wrapped_prose_ratio: float = 1.0  # hard-wrapped prose above or below, relative to the article's, that it may hold
    template_max_words: int = 6  # a line this short, repeated, may be a template
    titled_heading_max_words: int = 30  # words of a comment heading that names the post ("35 Responses to “Title”")
    glued_teaser_min: int = 3  # teasers glued to their headline ("...Student-AthleteA 24-year-old woman") that make them bad
    # Summaries cut off with an ellipsis ("... residents may soon..."), this many or more,
    # each at most truncated_teaser_max_gap lines below the one before: excerpts, bad.
    truncated_teaser_min: int = 3
    truncated_teaser_max_gap: int = 3
    template_min_repeats: int = 3  # times a short line must occur to be a template
    template_penalty: float = 20.0  # what a template line costs the region score
    # An article's outline printed between its sections (BioMed Central's "Outline" box): runs
    # of this many template lines or more, in this many copies or more sharing this share of
    # their lines, this many of which head a paragraph elsewhere (see _outline).
    outline_min_lines: int = 6
    outline_min_copies: int = 3
    outline_overlap: float = 0.7
    outline_min_headings: int = 2
    min_prose_share: float = 0.3  # share of the page's prose the article must hold, else the page is kept whole
    # A page with no line of length_high characters: its article is written in short
    # paragraphs, judged good from this length, and must then hold this share of the prose.
    short_paragraph_length: int | None = 60  # None: such a page is kept whole
    short_paragraph_min_share: float = 0.6
    min_article_words: float = 40.0  # region score an article before a comment section needs
    # A comment heading above far more prose than it follows heads nothing: the densest run
    # below it scores this many times the densest run above and holds this share of the
    # prose below (a share bar's "Write a comment" over the story, a blog's "| Comments (0)").
    heading_over_article_ratio: float = 3.0
    heading_over_article_share: float = 0.5
    list_min_items: int = 3  # items of a list right below the article (numbered, or of dates) that make it the article's
    list_item_max_gap: int = 6  # lines from one item of such a list to the next at most
    # lines of one form, a label and a colon ("England (Group A): 10th appearance"), one after
    # the other: this many make such a list; a label has this many words at most
    labelled_list_min_items: int = 4
    label_max_words: int = 5
    # a heading over such a list: this many words at most, this share of its content words the article's
    list_heading_max_words: int = 8
    list_heading_overlap: float = 0.5
    # A text of mostly prose (a short post under a long thread of comments) is a page with
    # this many distinct site labels, when comments plainly follow its article.
    commented_page_site_labels: int = 5
    per_post_min: int = 3  # a comment count printed this often, prose between, is the count under each post
    comment_probe_lines: int = 40  # lines after a comment heading searched for per-comment templates
    stamp_max_words: int = 12  # words of a comment's "name, date, time" line at most
    stamp_run: int = 3  # comment stamps in a row that make a comment thread
    stamp_max_gap: int = 12  # lines from one comment stamp to the next at most
    writer_max_words: int = 4  # words of a commenter's name standing above the date and time
    comment_date_max_words: int = 4  # words of a comment's date without a clock time ("Wednesday November 20, 2019")
    post_footer_max_words: int = 40  # words of a post's "Posted by ... | Permalink" footer at most
    footer_comments_gap: int = 12  # lines from a post's four-line footer down to its comments' heading at most
    navigation_label_chars: int = 30  # characters of the link home in a post's navigation ("Main", "Blog Home") at most
    one_sided_home_labels: tuple[str, ...] = ("main",)  # links home that make a navigation beside one post's link alone
    navigation_repeat_gap: int = 10  # lines between a post's navigation and its copy below the comments at least
    # A lead-in to a list of links alone on its line ("Related Posts") after the article's
    # first prose, with no paragraph in the next lines (the article does not resume below a
    # short box of links) and no denser run of prose below it: the page from it on is teasers.
    # Teasers with their blurbs are no article resuming: at least teaser_blurbs_min
    # paragraphs in the next teasers_probe_lines lines, none next to another.
    teasers_lead_in_max_words: int = 8
    teasers_resume_lines: int = 7
    teaser_blurbs_min: int = 3
    teasers_probe_lines: int = 40
    slideshow_label_max_words: int = 3  # words of a slideshow's label below a lead-in ("Loading Slideshow")
    copy_min_lines: int = 3  # the article's opening paragraphs that, printed again in the region, start a copy
    headline_search_lines: int = 8  # lines above the region searched for the headline
    headline_words: tuple[int, int] = (4, 30)  # words of a headline
    headline_min_chars: int = 20  # characters of a headline
    headline_opening_lines: int = 5  # lines of the article whose words a headline shares
    headline_min_overlap: float = 0.3  # share of the headline's content words found there
    trail_headline_gap: int = 3  # lines from a breadcrumb trail down to the headline it ends in, at most

    def classify(self, f: LineFeatures) -> str:
        if f.chars < self.length_low or _is_legal_notice(f.line.text):
            return SHORT  # a site's legal notice, however long, is no prose of the article's
        if f.stop_share < self.stop_low or _consent_words().intersection(f.folded):
            return BAD
        if f.chars >= self.length_high and f.stop_share >= self.stop_high:
            return GOOD
        return NEAR_GOOD

    def detect(self, doc: Document) -> Iterator[Span]:
        if len(doc.content_lines) < self.min_page_lines:
            return  # cheap: too few lines for a page (see _looks_like_a_page and _is_busy_page)
        post = None if self.keep_comments else self._post_frame(doc)
        if post is not None:
            yield from self._flag_post(page_features(doc).lines, *post)
            return
        labels = self._site_labels(doc)
        labelled = labels >= self.min_site_labels or (labels > 0 and self._opens_with_a_menu(doc))
        if not labelled and len(doc.content_lines) < self.junk_heap_lines:
            return  # cheap: no page without a site's labels is a junk heap this short
        page = page_features(doc)
        if page.language.lang is None or not page.lines:
            return
        first_pass, wrapped = self._first_pass(page.lines)
        if not labelled and not self._is_junk_heap(first_pass, page.lines):
            return
        # mostly prose and a few of a site's labels: a page only if comments follow the article
        only_with_comments = not (self._looks_like_a_page(first_pass, page.lines) or self._is_busy_page(first_pass, labels))
        if only_with_comments and labels < self.commented_page_site_labels and not (
            self._says_thread(page.lines) or self._heading_names_post(page.lines)
        ):
            return
        if GOOD not in first_pass and self.short_paragraph_length is not None:
            judge = self._for_short_paragraphs()
            first_pass, wrapped = judge._first_pass(page.lines)
            yield from judge._flag_page(page, first_pass, wrapped, only_with_comments)
        else:
            yield from self._flag_page(page, first_pass, wrapped, only_with_comments)

    def _for_short_paragraphs(self) -> ArticleRegion:
        """This detector with a good line as short as ``short_paragraph_length``, for a page
        whose lines are all shorter than ``length_high``; its article must hold
        ``short_paragraph_min_share`` of the page's prose, as a page of short lines is
        more often a list of equals (a gallery, a directory) than one article."""
        return replace(
            self,
            length_high=self.short_paragraph_length,
            min_prose_share=max(self.min_prose_share, self.short_paragraph_min_share),
            short_paragraph_length=None,
        )

    def _flag_page(
        self, page: PageFeatures, first_pass: list[str], wrapped: list[bool], only_with_comments: bool = False
    ) -> Iterator[Span]:
        """The lines of a page around its article region (steps 2 to 4 above)."""
        classes = revise(first_pass, passed_over=self._lone_headlines(page.lines, first_pass, wrapped))
        gains = self._gains(first_pass, classes, page.lines)
        opened = self._opened(first_pass, gains)
        headings = self._heading_lines(page.lines, first_pass, _first_prose(first_pass))  # opened is never above it
        heading = self._comment_heading(page.lines, first_pass, gains, [i for i in headings if i >= opened])
        if heading is not None and not _counts_comments(page.lines[heading].line.text) and self._heads_the_article(gains, heading):
            heading = None  # a label over the article ("Write a comment" on a share bar), not a comment section
        post_end = self._navigation_again(page.lines)  # wherever it is: a short post opens nothing
        footer = self._only_footer(page.lines)
        footed = self._footer_over_comments(page.lines, footer)  # nor a post whose footer comments follow
        linked = self._linked_comments(page.lines, first_pass, headings, opened)
        stamped = self._thread_start(page.lines, first_pass, opened, footer)
        found = [i for i in (stamped, post_end, footed, linked) if i is not None]
        thread_start = min(found, default=None)
        if only_with_comments and not self._comments_plain(page.lines, heading, thread_start):
            return
        region, thread = self._region(gains, first_pass, heading, thread_start, (post_end, footed, linked))
        if region is None:
            return
        # a list below ("Tour dates:") may widen the article, not a comment ("Becky says:")
        end = len(page.lines) if thread is None else thread
        first, last = _whole_blocks(page.lines, *region, end)
        # the prose below a table inside the article is the article's, up to any comment section
        stop = min(end, heading) if heading is not None and heading > last else end
        resumed = self._resumed(page.lines, first_pass, gains, first, last, stop)
        if resumed != last:
            first, last = _whole_blocks(page.lines, first, resumed, end)
        while last + 1 < stop and _TWEET_SIGNATURE.fullmatch(page.lines[last + 1].line.text.strip()):
            last += 1  # an embedded tweet's signature under its text, the article's last lines
        listed = self._list_below(page.lines, first, last, stop, stopwords(page.language.lang))
        if listed != last:
            first, last = _whole_blocks(page.lines, first, listed, end)
        if self.keep_comments:
            section = thread if thread is not None else heading if heading is not None and heading > last else None
            if section is not None:  # the comments go on to the page's next menu or footer
                menu = self._junk_run(range(section, len(page.lines)), first_pass, page.lines)
                last, end = max(last, len(page.lines) - 1 if menu is None else menu - 1), len(page.lines)
        above = self._opening_above(page.lines, first_pass, gains, first, last)
        if above != first:
            first, last = _whole_blocks(page.lines, above, last, end)
        head = self._headline(page.lines, first, stopwords(page.language.lang))
        start = first if head is None else head
        named = self._named_by_trail(page.lines, gains, start, first, last)
        start = start if named is None else named
        again = self._printed_again(page.lines, first_pass, first, last)
        mass = sum(g for g in gains[first : (last if again is None else again - 1) + 1] if g > 0)
        teasers = self._teasers_start(page.lines, first_pass, gains, max(opened, start + 1))
        closed = self._comments_closed(page.lines, max(opened, start + 1))
        cut = min((i for i in (teasers, closed) if i is not None), default=len(page.lines))
        if named is not None:
            yield from self._flag(page.lines, range(0, start), "above the headline a breadcrumb trail names")
        elif self._is_page_chrome(range(0, start), first_pass, page.lines, gains, mass, wrapped):
            yield from self._flag(page.lines, range(0, start), "before the article")
        else:  # prose above the article: of it, the page's menus at least
            yield from self._flag(page.lines, range(0, self._menu_above(page.lines, first_pass, start)), "before the article")
        if again is not None:
            yield from self._flag(page.lines, range(again, min(last + 1, cut)), "the article printed again")
        after = self._chrome_after(range(last + 1, end), first_pass, page.lines, gains, mass, wrapped)
        yield from self._flag(page.lines, range(after.start, min(after.stop, cut)), "after the article")
        yield from self._flag(page.lines, range(end, cut), "comment thread after the article")
        below = "below the post's closed comments" if cut == closed else "list of teasers after the article"
        yield from self._flag(page.lines, range(cut, len(page.lines)), below)

    def _flag_post(self, lines: Sequence[LineFeatures], first: int, footer: int) -> Iterator[Span]:
        """The page around a post framed by its navigation and footer (:meth:`_post_frame`):
        all above its first line, all from its footer on (comments and the page's footer),
        and a list of teasers at the post's end (:meth:`_teasers_start`)."""
        first_pass, _ = self._first_pass(lines)
        gains = self._gains(first_pass, revise(first_pass), lines)
        teasers = self._teasers_start(lines, first_pass, gains, max(self._opened(first_pass, gains), first + 1))
        cut = footer if teasers is None else min(teasers, footer)
        yield from self._flag(lines, range(0, first), "above the post (the page's header, the post's navigation)")
        yield from self._flag(lines, range(cut, footer), "list of teasers after the article")
        yield from self._flag(lines, range(footer, len(lines)), "from the post's footer on (comments, the page's footer)")

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

    def _menu_above(self, lines: Sequence[LineFeatures], first_pass: list[str], start: int) -> int:
        """The end of the page's menus above the article: the line after the last label of a
        site's menus ("Home", "Blog", "About") above ``start``, when ``min_site_labels`` or more
        distinct labels stand there; else 0."""
        labels, found, end = _site_label_vocabulary(), set(), 0
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

    def _resumed(
        self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], first: int, last: int, stop: int
    ) -> int:
        """Where the article ends when the prose that resumes below a table or list inside it is taken in.

        A table ("Pos / Player / Plays / Stats" per row) or a long list costs
        the densest run more than its cells add, so the run stops at it. The
        article grows over at most ``resume_max_gap`` lines that are not good
        prose, none of them a label of the site's menus, to a run of prose that
        holds at least as much as the article so far (``resume_words_cap`` at
        most), or ``table_resume_share`` of that below a gap that looks like a
        table (:meth:`_is_table`); never to ``stop`` (a comment section) or past it.
        An article may alternate tables with a paragraph or two on each (a
        game's snap counts, position by position): when the prose below a table
        falls short, the prose below the next tables adds to it, as long as each
        of those gaps is a bare table (:meth:`_is_bare_table`).
        """
        labels = _site_label_vocabulary()
        while (j := self._prose_below(lines, first_pass, last, stop, labels)) is not None:
            held = sum(g for g in gains[first : last + 1] if g > 0)
            need = min(held, self.resume_words_cap)
            gap = range(last + 1, j)
            table = self._is_table(lines, gap)
            if table:
                need *= self.table_resume_share
            found, end = _best_run(gains, range(j, stop), self.resume_floor)
            if end is None:
                return last
            bare = table and self._is_bare_table(first_pass, gap)
            while found < need and bare:
                k = self._prose_below(lines, first_pass, end, stop, labels)
                if k is None:
                    break
                gap = range(end + 1, k)
                if not (self._is_table(lines, gap) and self._is_bare_table(first_pass, gap)):
                    break
                more, further = _best_run(gains, range(k, stop), self.resume_floor)
                if further is None:
                    break
                found, end = found + more, further
            if found < need:
                return last
            last = end
        return last

    def _prose_below(
        self, lines: Sequence[LineFeatures], first_pass: list[str], last: int, stop: int, labels: frozenset[str]
    ) -> int | None:
        """The first good line below ``last`` and above ``stop``, at most ``resume_max_gap`` lines
        down, with no label of the site's menus on the way (None if there is none)."""
        j = last + 1
        while j < stop and first_pass[j] != GOOD:
            if j - last > self.resume_max_gap or _numberless(lines[j].line.text) in labels:
                return None
            j += 1
        return j if j < stop else None

    def _is_table(self, lines: Sequence[LineFeatures], gap: range) -> bool:
        """Whether the lines of a gap in the article look like a table or a box of facts: at least
        ``table_min_lines`` of them, most holding a number ("63", "85%", "19 Dec 2012: 13 die ...")
        or a short label printed more than once in the gap (the header row "Pos / Player / Plays"
        printed over each part of a table, a column of codes such as "LB")."""
        texts = [lines[k].line.text.strip() for k in gap]
        printed = Counter(texts)
        cells = sum(
            _DIGITS.search(text) is not None
            or (printed[text] > 1 and 0 < lines[k].words <= self.table_label_max_words and _LETTER.search(text) is not None)
            for k, text in zip(gap, texts)
        )
        return len(gap) >= self.table_min_lines and 2 * cells >= len(gap)

    def _is_bare_table(self, first_pass: list[str], gap: range) -> bool:
        """Whether a table in the article holds few sentences (``bare_table_sentence_share`` of its
        lines at most): cells, not a list of entries each with a line or two of prose ("Distance:
        157 mi" / "Course: A relatively new race ..." / "1998 Winner: ...")."""
        sentences = sum(first_pass[k] == NEAR_GOOD for k in gap)
        return sentences <= self.bare_table_sentence_share * len(gap)

    def _list_below(self, lines: Sequence[LineFeatures], first: int, last: int, stop: int, stops: frozenset[str]) -> int:
        """Where the article ends when a list right below it is taken in: items numbered from 1
        on in order ("1) Lego Star Wars", "2) ..."), items that each start with a date
        ("June 9 -- Tampa, FL"; no clock time, as in a teaser's stamp), or bulleted items
        ("• Bernards Township Schools").

        ``list_min_items`` items or more, each at most ``list_item_max_gap`` lines
        below the one before, start on the article's next line, or below a lead-in
        that ends in a colon or a heading on the article's subject
        (:meth:`_names_the_article`; not below a box's title: "Popular Reviews");
        the last item keeps as many lines as the items before it. Lines of one form,
        a label and a colon, one right after the other, make such a list too
        (:meth:`_labelled_list`).
        """
        j = last + 1
        if j < stop and lines[j].line.text.rstrip().endswith(":"):
            j += 1  # a lead-in: "Top weather stories of the year:"
        elif j < stop and self._names_the_article(lines[j], lines[first : last + 1], stops):
            j += 1  # a heading on the article's subject: "The Doobie Brothers Tour Dates"
        first = _list_item(lines[j].line.text) if j < stop else None
        if first not in (("numbered", 1), ("dated", 0), ("bulleted", 0)):
            return self._labelled_list(lines, j, stop, last)
        numbered = first[0] == "numbered"
        items = [j]
        for k in range(j + 1, stop):
            if k - items[-1] > self.list_item_max_gap:
                break
            if _list_item(lines[k].line.text) == (first[0], len(items) + 1 if numbered else 0):
                items.append(k)
        if len(items) < self.list_min_items:
            return last
        step = max(b - a for a, b in zip(items, items[1:]))
        return min(items[-1] + step - 1, stop - 1)

    def _labelled_list(self, lines: Sequence[LineFeatures], j: int, stop: int, last: int) -> int:
        """The last line of a list of lines of one form from line j on, each a label and a colon,
        the same marks in each ("England (Group A): 10th appearance" / "Wales (Group E): Second
        appearance"): ``labelled_list_min_items`` or more, one right after the other; or ``last``
        when there is none. A post's tail ("Tags: a, b" / "Categories: c") is no such list:
        its lines differ in form."""
        form = _labelled_form(lines[j].line.text, self.label_max_words) if j < stop else None
        if form is None:
            return last
        k = j + 1
        while k < stop and _labelled_form(lines[k].line.text, self.label_max_words) == form:
            k += 1
        return k - 1 if k - j >= self.labelled_list_min_items else last

    def _names_the_article(self, f: LineFeatures, article: Sequence[LineFeatures], stops: frozenset[str]) -> bool:
        """Whether a line is a heading on the article's subject: at most ``list_heading_max_words``
        words, no sentence and no list item, ``list_heading_overlap`` of its content words found in
        the article ("The Doobie Brothers Tour Dates" under a story on the band's tour; not a
        box's title such as "Popular Reviews")."""
        if not 0 < f.words <= self.list_heading_max_words or f.ends_sentence or _list_item(f.line.text) is not None:
            return False
        own = _content_words(f.line.text, stops)
        if not own:
            return False
        found = set()
        for g in article:
            found.update(own.intersection(_content_words(g.line.text, stops)))
        return len(found) >= self.list_heading_overlap * len(own)

    def _opening_above(
        self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], first: int, last: int
    ) -> int:
        """Where the article starts when its opening stands above a table, a list or code inside it.

        The mirror of :meth:`_resumed`: a block of code or a table of contents
        costs the densest run more than its lines add, so the run may start
        below it and leave the article's first paragraphs out. The article
        grows up over at most ``resume_max_gap`` lines that are not good
        prose, none of them a label of the site's menus, to a run of prose
        right above them that holds ``opening_min_share`` of the article's
        (of ``resume_words_cap`` at most): a standfirst of a line or two
        holds less. Failing that, over a box of at most ``opening_box_max_lines``
        lines (:meth:`_opening_over_a_box`).
        """
        held = sum(g for g in gains[first : last + 1] if g > 0)
        need = self.opening_min_share * min(held, self.resume_words_cap)
        found = self._opening_over_a_gap(lines, first_pass, gains, first, need)
        return found if found != first else self._opening_over_a_box(lines, first_pass, first, need)

    def _opening_over_a_gap(
        self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], first: int, need: float
    ) -> int:
        """The top of a run of prose holding ``need`` right above a gap of at most ``resume_max_gap``
        lines that are not good prose, none of them a label of the site's menus; or ``first``."""
        labels = _site_label_vocabulary()
        j = first - 1
        while j >= 0 and first_pass[j] != GOOD:
            if first - j > self.resume_max_gap or _numberless(lines[j].line.text) in labels:
                return first
            j -= 1
        if j < 0:
            return first
        best, top = _best_run(gains, range(j, -1, -1), self.resume_floor)
        return first if top is None or best < need else top

    def _opening_over_a_box(self, lines: Sequence[LineFeatures], first_pass: list[str], first: int, need: float) -> int:
        """Where the article starts when its opening sentences stand above a box of links inside it
        (Al Jazeera's "More:" over three headlines, two paragraphs into the story), or ``first``.

        The opening's lines may be near-good only, each a sentence of at least
        ``opening_sentence_min_words`` words, right above a box of one to
        ``opening_box_max_lines`` lines; two different ones or more, holding
        ``need`` words (a caption printed twice is one).
        """
        def sentence(k: int) -> bool:
            f = lines[k]
            return first_pass[k] == GOOD or (
                first_pass[k] == NEAR_GOOD and f.ends_sentence and f.words >= self.opening_sentence_min_words
            )

        j = first - 1
        while j >= 0 and not sentence(j):
            if first - j > self.opening_box_max_lines:
                return first
            j -= 1
        if j < 0 or j == first - 1:
            return first  # nothing above, or no box between
        top, words, texts = j, 0, set()
        while top >= 0 and sentence(top):
            words += min(lines[top].words, self.word_cap)
            texts.add(lines[top].line.text.strip())
            top -= 1
        return top + 1 if words >= need and len(texts) >= 2 else first

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
        start = block.start
        while (at := self._junk_run(range(start, block.stop), first_pass, lines)) is not None:
            far = range(at, block.stop)
            if sum(g for g in (gains[j] for j in far) if g > 0) <= self.max_outside_prose * mass:
                return far
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

    def _lone_headlines(self, lines: Sequence[LineFeatures], first_pass: list[str], wrapped: list[bool]) -> frozenset[int]:
        """Other stories' headlines printed one by one inside the article, between its sentences
        ("Man Shot at Dallas Gas Station Dies at Hospital" every third line of a story told in
        short paragraphs): bad or near-good lines of their own (no part of a hard-wrapped
        paragraph) with ``lone_headline_sentences`` lines that end a sentence right above and
        below, the first below not carrying on in lower case, that read as a headline in a list
        of links (:meth:`_is_link_title`) and as a title (:meth:`_title_shaped`), not as a label
        and its values (no colon, one comma at most: "Technology, Patent, Starbucks, Apple").

        With few stopwords such a line is bad, and would make the sentences next to it bad in the
        second pass (:func:`revise`); a short line is passed over there anyway."""
        n = self.lone_headline_sentences
        found = []
        for i in range(n, len(lines) - n):
            f = lines[i]
            text = f.line.text
            if (
                first_pass[i] in (BAD, NEAR_GOOD)
                and not wrapped[i]
                and all(lines[k].ends_sentence for k in (*range(i - n, i), *range(i + 1, i + n + 1)))
                and not lines[i + 1].line.text.lstrip()[:1].islower()
                and ":" not in text
                and text.count(",") <= 1
                and self._is_link_title(first_pass[i], f)
                and self._title_shaped(f)
            ):
                found.append(i)
        return frozenset(found)

    def _is_link_title(self, first_pass: str, f: LineFeatures) -> bool:
        """Whether a line reads as a headline in a list of links (:meth:`_junk_run`)."""
        return (
            first_pass != GOOD
            and 3 <= f.words <= self.link_title_max_words
            and not _ENDS_IN_PUNCTUATION.search(f.line.text)
            and title_case_share(f.line.text) >= self.link_title_min_capitalised
        )

    def _flag(self, lines: Sequence[LineFeatures], block: range, reason: str) -> Iterator[Span]:
        for i in block:
            f = lines[i].line
            yield Span(f.start, f.end, self.name, reason)

    def _first_pass(self, lines: Sequence[LineFeatures]) -> tuple[list[str], list[bool]]:
        """Each line's class, judged with the lines of its hard-wrapped paragraph; and
        whether it belongs to such a paragraph.

        Text wrapped at a fixed width ("... Tarheels hasn't" / "encountered much
        danger ...") breaks one paragraph into short lines; a line that does not
        end a sentence and is followed, in the same block, by one that starts
        in lower case continues into it, and the paragraph is judged as one.
        """
        classes: list[str] = []
        wrapped: list[bool] = []
        for _, size, paragraph in paragraphs(lines):
            classes.extend([self.classify(paragraph)] * size)
            wrapped.extend([size > 1] * size)
        teasers = [i for i, c in enumerate(classes) if c == GOOD and _is_glued_teaser(lines[i].line.text)]
        if len(teasers) >= self.glued_teaser_min:
            for i in teasers:
                classes[i] = BAD
        for i in self._truncated_teasers(lines, classes):
            classes[i] = BAD
        prompts = _prompt_recogniser()
        for i, c in enumerate(classes):
            if c == NEAR_GOOD and prompts.match(lines[i].line.text):
                classes[i] = BAD  # "Support Snopes and make a difference for readers everywhere."
        return classes, wrapped

    def _truncated_teasers(self, lines: Sequence[LineFeatures], classes: list[str]) -> list[int]:
        """The good lines that are summaries cut off with an ellipsis ("... may soon..."), in runs
        of ``truncated_teaser_min`` or more, each at most ``truncated_teaser_max_gap`` lines below
        the one before: a list of teasers, each under its headline (an article's paragraph may
        trail off so once, not line after line)."""
        runs: list[list[int]] = []
        for i, c in enumerate(classes):
            if c == GOOD and is_cut_off(lines[i].line.text):
                if runs and i - runs[-1][-1] <= self.truncated_teaser_max_gap:
                    runs[-1].append(i)
                else:
                    runs.append([i])
        return [i for run in runs if len(run) >= self.truncated_teaser_min for i in run]

    def _is_page_chrome(
        self, block: range, first_pass: list[str], lines: Sequence[LineFeatures], gains: list[float], mass: float,
        wrapped: Sequence[bool],
    ) -> bool:
        """Whether the lines outside the article look like a page's chrome, not part of a clean text.

        A clean text may have a byline above and a note or a list below its
        densest prose; a flattened page has menus, link lists and footers
        there: many lines, mostly short or bad, with little prose, or repeated
        per-item templates (comments, teaser lists).
        """
        if len(block) < self.min_outside_lines:
            return False
        wrapped_prose = sum(gains[i] for i in block if wrapped[i] and gains[i] > 0)
        if wrapped_prose > self.max_wrapped_prose_ratio * mass:
            return False  # more hard-wrapped prose than the article: one long wrapped text, keep it
        templates = sum(gains[i] == -self.template_penalty for i in block)
        if templates >= self.template_min_repeats:
            return True
        junk = _junk_count(first_pass, lines, block, also=self._listed_titles(first_pass, lines, block))
        prose = sum(g for g in (gains[i] for i in block) if g > 0)
        return junk >= self.min_junk_share * len(block) and prose <= self.max_outside_prose * mass

    def _listed_titles(self, first_pass: list[str], lines: Sequence[LineFeatures], block: range) -> set[int]:
        """The lines of the block that are headlines in a list of other stories: ``link_title_run``
        or more in a row (:meth:`_is_link_title`; a chart's titles stand between numbers, one by one)."""
        titled = [self._is_link_title(first_pass[i], lines[i]) for i in block]
        return {block[k] for found in runs(titled, bool, self.link_title_run) for k in found}

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
            labels, found = _site_label_vocabulary(), set()
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

    def _gains(self, first_pass: list[str], classes: list[str], lines: Sequence[LineFeatures]) -> list[float]:
        """What each line adds to a region's score.

        Good lines add their words (capped), near-good lines that their
        neighbours made good a share of theirs (teaser summaries are such
        lines, article paragraphs mostly long), short lines made good cost a
        little (a subhead; a headline in a teaser list); bad lines cost ``bad_penalty``;
        short lines repeated all over the page ("Reply", "Rating: 9 Votes" per
        comment, "Read more" per teaser) are a template, never the article, and
        cost ``template_penalty``, unless they are the article's outline printed between its
        sections (:meth:`_outline`), which costs what a subhead does.
        """
        template = self._templates(lines)
        outline = self._outline(lines, template, first_pass)
        gains = []
        for k, (first, c, f, is_template) in enumerate(zip(first_pass, classes, lines, template)):
            if k in outline:
                gains.append(-self.short_cost)
            elif is_template:
                gains.append(-self.template_penalty)
            elif c != GOOD:
                gains.append(-self.bad_penalty)
            elif first == GOOD:
                gains.append(float(min(f.words, self.word_cap)))
            elif first == NEAR_GOOD:
                gains.append(self.near_good_weight * min(f.words, self.word_cap))
            else:
                gains.append(-self.short_cost)
        return gains

    def _outline(self, lines: Sequence[LineFeatures], template: list[bool], first_pass: list[str]) -> set[int]:
        """The lines of an article's outline printed between its sections: runs of
        ``outline_min_lines`` template lines or more, ``outline_min_copies`` copies or more of
        much the same lines (``outline_overlap`` of them shared: "Outline" / "Methods" /
        "Abstract" / "Background" / "Methods" / "Results" / ...), of which
        ``outline_min_headings`` or more stand elsewhere as headings over a paragraph
        ("Methods" over the methods). A menu printed three times heads no paragraph of the
        page with its labels; a comment's buttons are fewer lines."""
        found = list(runs(template, bool, self.outline_min_lines))
        if len(found) < self.outline_min_copies:
            return set()
        keys = [frozenset(_numberless(lines[k].line.text) for k in run) for run in found]
        near = 2 * self.outline_min_copies  # copies looked for among the nearest runs only: linear time
        lines_in: set[int] = set()
        for i, (run, a) in enumerate(zip(found, keys)):
            nearby = keys[max(0, i - near) : i + near + 1]
            if sum(len(a & b) >= self.outline_overlap * len(a | b) for b in nearby) >= self.outline_min_copies:
                lines_in.update(run)
        if not lines_in:
            return set()
        headings = {
            _numberless(lines[k].line.text) for k in range(len(lines) - 1) if k not in lines_in and first_pass[k + 1] == GOOD
        }
        labels = {_numberless(lines[k].line.text) for k in lines_in}
        return lines_in if len(labels & headings) >= self.outline_min_headings else set()

    def _templates(self, lines: Sequence[LineFeatures]) -> list[bool]:
        """Which lines are short lines repeated across the page (numbers ignored).

        A picture's credit ("Getty Images", "Image copyright") repeated under
        each picture of the article is no template: it does not cut the article.
        Nor is a label that ends in a colon over what it introduces, as an article
        repeats its own ("Directions:" under each recipe, "Delete next word:" under
        each editor's name), unless it stamps comments ("Posted by:", "Becky says:",
        "2 comments:").
        """
        keys = [_numberless(f.line.text) if f.words <= self.template_max_words and not _introduces(f) else "" for f in lines]
        counts = Counter(k for k in keys if k)
        return [
            bool(k) and counts[k] >= self.template_min_repeats and not _credit_recogniser().credit(f.line.text)
            for k, f in zip(keys, lines)
        ]

    def _region(
        self, gains: list[float], first_pass: list[str], heading: int | None, thread_start: int | None,
        post_ends: tuple[int | None, ...] = (),
    ) -> tuple[tuple[int, int] | None, int | None]:
        """The article region, and where a comment thread after it starts (or None).

        No region when the densest run holds less than ``min_prose_share`` of
        the page's prose: the text is many pieces of equal standing (a forum
        thread, a directory, a blog's front page), not one article among chrome.

        When a comment section is found after some prose, the region ends
        before it. A thread (comments found by their stamps, or what follows a
        post's only footer) is not the article, whatever prose it holds; what
        follows a heading of comments is judged like any other part of the page
        (a table's "Comment" column, a form's "Comments:" field or a site's rules
        for comments may sit below one).
        ``heading`` and ``thread_start`` are where those were found (or None;
        :meth:`_thread_start`). The post's navigation printed again below its
        comments (:meth:`_navigation_again`) and a heading over comments that
        link to themselves (:meth:`_linked_comments`), ``post_ends``, end the
        post however little prose it holds.
        """
        barriers = [b for b in (heading, thread_start) if b is not None]
        region, thread = None, None
        if barriers:
            barrier = min(barriers)
            before, mass = best_region(gains[:barrier])
            if before is None and barrier in post_ends:
                before = _prose_right_above(first_pass, barrier)  # a post of a line or two, judged bad
            if before is not None and (mass >= self.min_article_words or barrier in post_ends):
                region, thread = before, (barrier if barrier == thread_start else None)
        if region is None:
            region = best_region(gains)[0]
        if region is None:
            return None, None
        # the page's prose, up to a comment section below the article
        end = min((b for b in barriers if b > region[1]), default=len(gains))
        held = sum(g for g in gains[region[0] : region[1] + 1] if g > 0)
        if held < self.min_prose_share * sum(g for g in gains[:end] if g > 0):
            return None, None  # prose in many pieces (a forum, a directory, a blog's front page): no one article
        return region, thread

    def _heads_the_article(self, gains: list[float], heading: int) -> bool:
        """Whether the prose below a comment heading is one article rather than comments: its
        densest run scores ``heading_over_article_ratio`` times the densest run above and holds
        ``heading_over_article_share`` of the prose below (comments come in many short runs)."""
        above = best_region(gains[:heading])[1]
        below = best_region(gains[heading:])[1]
        prose_below = sum(g for g in gains[heading:] if g > 0)
        return below >= self.heading_over_article_ratio * above and below >= self.heading_over_article_share * prose_below

    def _opened(self, first_pass: list[str], gains: list[float]) -> int:
        """The first line after the page's first ``min_article_words`` of good prose (the number
        of lines if it has less): comment sections, threads and teasers start no sooner."""
        prose = 0.0
        for i, c in enumerate(first_pass):
            if c == GOOD:
                prose += gains[i]
                if prose >= self.min_article_words:
                    return i + 1
        return len(first_pass)

    def _heading_lines(self, lines: Sequence[LineFeatures], first_pass: list[str], start: int) -> list[int]:
        """The lines from ``start`` on that read as a comment-section heading ("12 Comments",
        "Leave a Reply"), good prose excepted: what :meth:`_comment_heading` and
        :meth:`_linked_comments` choose from."""
        headings = _comment_headings()
        return [i for i in range(start, len(lines)) if first_pass[i] != GOOD and self._is_comment_heading(lines[i], headings)]

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
        talk (good or near-good) in the next ``comment_probe_lines`` lines: each with those lines."""
        per_post = self._per_post_links(first_pass, found, lines)
        for i in found:
            if i not in per_post:
                probe = range(i + 1, min(i + 1 + self.comment_probe_lines, len(lines)))
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
        its first line is short ("India is an uncivilized nation.").
        """
        run: list[int] = []
        counted: int | None = None  # the first line that counts comments, found when first needed
        for i in range(opened, len(lines)):
            f = lines[i]
            if f.words > self.stamp_max_words:
                continue
            if first_pass[i] == GOOD or i + 1 >= len(lines) or first_pass[i + 1] not in (GOOD, NEAR_GOOD):
                # "Becky says:" over the time stamps a comment however short its first line
                if not (i > 0 and self._is_saying_writer(lines[i - 1]) and _is_comment_time(f)):
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
            else:
                continue
            if run and at - run[-1] > self.stamp_max_gap:
                run = []
            run.append(at)
            if len(run) >= self.stamp_run:
                return run[0]
        return None

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
        Permalink", or on a page with none such, a line that links to the post's permalink
        ("November 03, 2012 in Leadership | Permalink"; comments may have such links too,
        so a "Posted ..." footer is looked for first)."""
        split = _split_footer_words()
        found = [
            i for i, f in enumerate(lines)
            if (f.words <= self.post_footer_max_words and _POST_FOOTER.search(f.line.text))
            or (f.folded in split and self._is_split_footer(lines, i))  # cheap: a lead-in alone first
        ]
        if not found:
            found = [i for i, f in enumerate(lines) if f.words <= self.post_footer_max_words and _PERMALINK.search(f.line.text)]
        return found[0] if len(found) == 1 else None

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

    def _printed_again(self, lines: Sequence[LineFeatures], first_pass: list[str], first: int, last: int) -> int | None:
        """Where the article's second copy starts in the region, or None.

        Some pages print the article two or three times (for other devices),
        each copy after a block of metadata (a timestamp, an image's address,
        its width and height). A copy is found when the region's first
        ``copy_min_lines`` paragraphs come back in order and every paragraph
        after them is one of the article's (when they come back and new
        paragraphs follow, the article goes on: no copy). When the region opens
        with a paragraph the copy leaves out (a reprint notice above the
        article), two paragraphs that come back in order start a copy if most
        paragraphs from there on are the article's (not two captions printed
        twice above it). The region ends after the last paragraph before the copy.
        """
        good = [i for i in range(first, last + 1) if first_pass[i] == GOOD]
        texts = [lines[i].line.text.strip() for i in good]
        opening = texts[: self.copy_min_lines]
        for j in range(self.copy_min_lines, len(texts) - self.copy_min_lines + 1):
            if texts[j : j + self.copy_min_lines] == opening:
                seen = set(texts[:j])
                return good[j - 1] + 1 if all(t in seen for t in texts[j:]) else None
        where: dict[str, int] = {}
        for j, text in enumerate(texts[:-1]):
            k = where.setdefault(text, j)
            if k + 1 < j and texts[j + 1] == texts[k + 1]:
                seen = set(texts[:j])
                again = sum(t in seen for t in texts[j:])
                return good[j - 1] + 1 if 2 * again > len(texts) - j else None
        return None

    def _teasers_start(self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float], start: int) -> int | None:
        """Where a list of teasers below the article's start begins, by its lead-in ("Related Posts",
        "You may also like...", alone on its line; or one with words of its own, such as "More from
        The Examiner", when teasers' blurbs follow it; or "More" and a name over teasers printed
        alike, :meth:`_over_teasers_printed_alike`), or None.

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
            if self._slideshow_below(lines, i) and (recogniser.lone_lead_in(f.line.text) or recogniser.worded_lead_in(f.line.text)):
                return i  # another story's slideshow: its captions are no article, however many
            if recogniser.lone_lead_in(f.line.text) is None:
                if recogniser.worded_lead_in(f.line.text) is None or not self._blurbs_follow(first_pass, i):
                    if self._over_teasers_printed_alike(f, first_pass, i):
                        return i
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

    def _slideshow_below(self, lines: Sequence[LineFeatures], lead_in: int) -> bool:
        """Whether the line below a lead-in is a slideshow's label ("Loading Slideshow",
        "Photo Gallery"; phrase bank ``data/slideshows/``): the lead-in opens another story's
        slideshow ("Also on HuffPost:")."""
        below = lead_in + 1
        return below < len(lines) and 0 < lines[below].words <= self.slideshow_label_max_words and (
            normalize(lines[below].line.text) in _slideshow_labels()
        )

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

    def _title_shaped(self, f: LineFeatures) -> bool:
        low, high = self.headline_words
        text = f.line.text.strip()
        return (
            low <= f.words <= high
            and f.chars >= self.headline_min_chars
            and not text.endswith((".", ",", ";", ":"))
            and not _NOT_TITLE.search(text)
        )


# A teaser list flattened without spaces: a headline glued to its summary ("Police: 2 In
# Custody After Death Of Student-AthleteA 24-year-old woman and ..."): a lower-case letter,
# digit or closing mark, then a capitalised word that starts the summary.
_GLUE = regex.compile(r"(?<=[\p{Ll}\d!?’')])(?=\p{Lu}\p{Ll}*+\s)")
_GLUE_HEAD_CHARS = 160  # the headline is found in this many characters
_GLUE_HEAD_WORDS = (3, 16)  # words of the headline
_GLUE_HEAD_CAPITALISED = 0.7  # share of the headline's words that start with a capital or a digit
_GLUE_MIN_SUMMARY_WORDS = 8


def _is_glued_teaser(text: str) -> bool:
    """Whether a line is a headline glued to its summary: a title-cased head, then prose.

    Names and brands glue case too ("McCoy", "RottenTomatoes"), so one such line
    proves nothing; the caller asks for several on a page.
    """
    for m in _GLUE.finditer(text, 0, _GLUE_HEAD_CHARS):
        head = text[: m.start()].split()
        if not _GLUE_HEAD_WORDS[0] <= len(head) <= _GLUE_HEAD_WORDS[1]:
            continue
        capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in head)
        if capitalised >= _GLUE_HEAD_CAPITALISED * len(head) and len(text[m.start() :].split()) >= _GLUE_MIN_SUMMARY_WORDS:
            return True
    return False


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


_COUNT = regex.compile(r"[\d\[\]()]++")
# an embedded tweet's signature: "— Cooper Lund (@cooperlund) November 18, 2019"
_TWEET_SIGNATURE = regex.compile(r"[—–-][^\S\n]*+[^\n(]{1,60}?\(@\w{1,30}\)[^\S\n]++[^\n]{0,40}?\d{4}")
_DIGITS = regex.compile(r"\d++")
_LETTER = regex.compile(r"\p{L}")
_ASCII_NUMBERLESS = re.compile(r"[^a-z_]+")  # on lower-cased ASCII text
_ENDS_IN_PUNCTUATION = regex.compile(r"[.,;:!?…][\"'”’»)\]]*+\s*+$")
_SENTENCE_END = regex.compile(r"[.!?…:][\"'”’»)\]]*+\s*+$")


_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_STAMP_TIME = regex.compile(rf"{_CLOCK.pattern}|(?<!\d)\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?!\d)")
_LETTERS = regex.compile(r"[^\W\d_]++")
# A commenter's web address and name, alone on a line: "http://twitter.com/danamac Dana McMahan".
_LINKED_NAME = regex.compile(r"[^\S\n]*+https?://\S++(?:[^\S\n]++\S++){1,4}[^\S\n]*+")
_SENTENCE_MARKS = (".", "!", "?", "…")  # a line ending so is a sentence, not a writer's name
_POSTED_BY = regex.compile(r"\s*+posted\s++by\b", regex.IGNORECASE)
# A blog post's footer: "Posted by X on <date> | Permalink", "Posted at 11:57 AM in Games | Permalink".
_POST_FOOTER = regex.compile(r"^\s*+posted\b.{0,200}?\bpermalink\b", regex.IGNORECASE)
# A post's navigation: "Previous post: Qual das duas?", then "Next post: Six Ways to Refuel ...".
_PREVIOUS_POST = regex.compile(r"[^\S\n]*+(?:[«←][^\S\n]*+)?previous[^\S\n]++(?:post|entry|article)\b", regex.IGNORECASE)
_NEXT_POST = regex.compile(r"[^\S\n]*+next[^\S\n]++(?:post|entry|article)\b", regex.IGNORECASE)
# "Permalink" as an item of its own: the whole line, or between "|" and the line's end or another "|"
_PERMALINK_ITEM = regex.compile(r"(?:^|\|)[^\S\n]*+permalink[^\S\n]*+(?:\||$)", regex.IGNORECASE)
_PERMALINK = regex.compile(r"\|\s*+permalink\b", regex.IGNORECASE)  # "... in Leadership | Permalink"


def _is_permalink(f: LineFeatures, max_words: int) -> bool:
    """A comment's link to itself, alone or after its stamp: "Permalink", "Sunday, July 29, 2012 at
    12:37 pm | Permalink", "... | permalink | Reply"."""
    return 0 < f.words <= max_words and "permalink" in f.folded and _PERMALINK_ITEM.search(f.line.text) is not None


def _introduces(f: LineFeatures) -> bool:
    """Whether a line is a label over what follows it ("Directions:"), not a comment's stamp
    ("Posted by:", "Becky says:") or a count of comments ("2 comments:")."""
    text = f.line.text
    if not text.rstrip().endswith(":") or _POSTED_BY.match(text) is not None:
        return False
    return not (comment_words().intersection(f.folded) or _says_words().intersection(f.folded))


def _is_comment_stamp(f: LineFeatures) -> bool:
    """A clock time or numeric date with a name beside it, not a link and no count of comments."""
    text = f.line.text
    if not _STAMP_TIME.search(text) or "http" in text or "www." in text:
        return False
    if comment_words().intersection(f.folded):
        return False
    dates = date_vocabulary()
    return any(w.casefold() not in dates for w in _LETTERS.findall(text))



def _only_date_words(letters: list[str]) -> bool:
    """Whether every word of letters is a date word ("November", "at", "Uhr")."""
    dates = date_vocabulary()
    return all(w.casefold() in dates for w in letters)


def _is_comment_time(f: LineFeatures) -> bool:
    """A date with a clock time, and nothing else: "November 12, 2012 at 10:07 am", "August 9th, 2012 at 8:38 am"."""
    text = f.line.text
    return _CLOCK.search(text) is not None and _only_date_words(_LETTERS.findall(text))


def _is_comment_date(f: LineFeatures, max_words: int) -> bool:
    """A date and nothing else, with no clock time: "07 Nov 12", "Wednesday November 20, 2019"."""
    text = f.line.text
    letters = _LETTERS.findall(text)
    if not 0 < f.words <= max_words or not letters or _DIGITS.search(text) is None:
        return False
    return _only_date_words(letters)


def _is_named_writer(f: LineFeatures, max_words: int) -> bool:
    """A writer's name under a comment's time ("infamousdx said,"), not the comment's first
    sentence ("Böse, böse Autokorrektur!")."""
    return _is_writer(f, max_words) and not f.line.text.rstrip().endswith(_SENTENCE_MARKS)


def _is_writer(above: LineFeatures, max_words: int) -> bool:
    """A name on the line above a comment's time: a few words, no digits."""
    return 0 < above.words <= max_words and not any(c.isdigit() for c in above.line.text)


@lru_cache(maxsize=1)
def _credit_recogniser() -> Credits:
    return Credits()


@lru_cache(maxsize=1)
def _teaser_recogniser() -> Teasers:
    return Teasers()


@lru_cache(maxsize=1)
def _prompt_recogniser() -> Prompts:
    return Prompts()


# a breadcrumb trail: two to eight steps parted by "/" (spaced, as "and/or" is not), "»", "›", ">", "|" or "→"
_TRAIL_STEP = regex.compile(r"[^\S\n]++/[^\S\n]++|[^\S\n]*+(?:[»›|→]|>{1,2}+)[^\S\n]*+")
_TRAIL_MAX_STEPS = 8
_TRAIL_MIN_TITLE_WORDS = 2


def _trail_end(text: str) -> str | None:
    """The last step of a breadcrumb trail, normalised, or None when text is no trail."""
    steps = [s for s in _TRAIL_STEP.split(text) if s.strip()]
    if not 2 <= len(steps) <= _TRAIL_MAX_STEPS:
        return None
    last = normalize(steps[-1])
    return last if len(last.split()) >= _TRAIL_MIN_TITLE_WORDS else None


def _numberless(text: str) -> str:
    """The text normalised with its numbers left out: "Rating: 36 Votes" and "Rating: 9 Votes"
    are one template, "Archives (12)" is the label "archives"."""
    if text.isascii():  # the same in one pass: digits part words as other non-word characters do
        return _ASCII_NUMBERLESS.sub(" ", text.lower()).strip()
    return normalize(_DIGITS.sub(" ", text))


_ITEM_NUMBER = regex.compile(r"\s*+(\d{1,3})[.)]\s++\S")
_BULLET = regex.compile(r"\s*+[•·▪►*–-]\s++\S")  # "• Bernards Township Schools", "- Flour"
_DATED = regex.compile(r"\s*+(?:(\p{L}++)\.?+\s++\d{1,2}\b|\d{1,2}\.?+\s++(\p{L}++))")


def _list_item(text: str) -> tuple[str, int] | None:
    """("numbered", 3) for "3) Lego Star Wars" or "3. Preheat the oven" (and "9. Juni": a
    number first); ("dated", 0) for a line that starts with a month and a day or a day and a
    month ("June 9 -- Tampa, FL", "9 June: London") and holds no clock time; ("bulleted", 0)
    for a line that starts with a bullet ("• Bernards Township Schools"); else None."""
    m = _ITEM_NUMBER.match(text)
    if m:
        return "numbered", int(m.group(1))
    m = _DATED.match(text)
    if m and (m.group(1) or m.group(2)).casefold() in date_vocabulary() and not _CLOCK.search(text):
        return "dated", 0
    if _BULLET.match(text):
        return "bulleted", 0
    return None


# a label that ends in a colon, and text after it: "England (Group A): 10th appearance"
_LABELLED = regex.compile(r"(?P<label>[^\W\d_][^:\n]{0,40}?):[^\S\n]++\S")
_MARK = regex.compile(r"[^\w\s]")


def _labelled_form(text: str, max_label_words: int) -> str | None:
    """The marks of a line that starts with a label of at most ``max_label_words`` words and a
    colon ("England (Group A): 10th appearance" -> "():"), or None."""
    m = _LABELLED.match(text)
    if m is None or len(m.group("label").split()) > max_label_words:
        return None
    return "".join(_MARK.findall(text))


def _counts_comments(text: str) -> bool:
    """Whether a heading counts two comments or more ("{ 131 comments }")."""
    return any(int(n) >= 2 for n in _DIGITS.findall(text)[:3])


def _heading_key(text: str) -> str:
    """"[ 167 comments ]" -> "comments"."""
    return normalize(_COUNT.sub(" ", text))


@lru_cache(maxsize=1)
def _split_footer_words() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """The lead-ins of a post's footer printed over four lines, as case-folded words, each with
    the words that may join the writer's name to the time (``data/split_post_footers.txt``)."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for entry in load_list("split_post_footers"):
        lead_in, joining = (tuple(normalize(part).split()) for part in entry.split("|"))
        found.setdefault(lead_in, set()).add(joining)
    return {lead_in: frozenset(joining) for lead_in, joining in found.items()}


@lru_cache(maxsize=1)
def _consent_words() -> frozenset[str]:
    return frozenset(load_list("consent_words"))


def _may_hold_copyright(text: str) -> bool:
    """A cheap test before searching _COPYRIGHT: the text holds its mark ("©", "(c)", "copyright")."""
    if has_copyright_sign(text):
        return True
    low = text.lower()
    return "copyright" in low or "(c)" in low


# a copyright mark standing as a word ("SPECweb©2005" is a name) or a reservation of rights
_LEGAL_NOTICE = regex.compile(rf"(?<!\w)[{COPYRIGHT_SIGNS}]|\ball rights reserved\b", regex.IGNORECASE)


def _is_legal_notice(text: str) -> bool:
    return (has_copyright_sign(text) or "reserved" in text.lower()) and _LEGAL_NOTICE.search(text) is not None  # cheap test first


_COPYRIGHT = regex.compile(rf"(?i)(?:[{COPYRIGHT_SIGNS}]|\(c\)|\bcopyright\b)[^\n]{{0,40}}?(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=1)
def _site_label_vocabulary() -> frozenset[str]:
    """Menu and footer labels of every language, with social networks' names."""
    labels = {normalize(e) for entries in load_bank("site_labels").values() for e in entries}
    labels.update(normalize(e) for e in load_list("ui_labels/brands"))
    labels.discard("")
    return frozenset(labels)


@lru_cache(maxsize=1)
def comment_words() -> frozenset[str]:
    """One-word comment headings ("comments", "kommentare"): a line holding one counts comments."""
    return frozenset(h for h in _comment_headings() if " " not in h)


@lru_cache(maxsize=1)
def _says_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("comment_says_words"))


@lru_cache(maxsize=1)
def _closed_notices() -> tuple[frozenset[str], frozenset[str]]:
    """The notices that a post's comments are closed, normalised, and their last words."""
    notices = frozenset(normalize(n) for entries in load_bank("closed_comments").values() for n in entries)
    return notices, frozenset(n.rsplit(" ", 1)[-1] for n in notices)


@lru_cache(maxsize=1)
def _slideshow_labels() -> frozenset[str]:
    """The labels of a slideshow's player, normalised."""
    return frozenset(normalize(n) for entries in load_bank("slideshows").values() for n in entries)


@lru_cache(maxsize=1)
def _comment_headings() -> frozenset[str]:
    return frozenset(
        normalize(h) for phrases in load_bank("comment_headings").values() for h in phrases if _TITLE_SLOT not in h
    )


_TITLE_SLOT, _COUNT_SLOT = "{title}", "{n}"


def _titled_heading_match(text: str) -> regex.Match | None:
    """The match of a comment heading that names the post, if the whole line is one."""
    text = text.strip()
    first = _FIRST_WORD_RE.match(text)
    if first is None or not (first.group()[0].isdigit() or first.group().casefold() in _titled_heading_words()):
        return None  # cheap: such a heading opens with its count
    return _titled_comment_heading().fullmatch(text)


_FIRST_WORD_RE = regex.compile(r"[^\w\n]*+\K\w++")


@lru_cache(maxsize=1)
def _titled_heading_words() -> frozenset[str]:
    """The first words of the titled comment headings that do not open with a count ("one", "ein")."""
    return first_words(
        entry
        for phrases in load_bank("comment_headings").values()
        for entry in phrases
        if _TITLE_SLOT in entry and not entry.startswith(_COUNT_SLOT)
    )


@lru_cache(maxsize=1)
def _titled_comment_heading() -> regex.Pattern:
    """The comment headings that name the post (entries with ``{title}``; ``{n}`` is a count in
    digits), as one pattern a whole line must match: "35 Responses to “Title”", "Ein Gedanke zu „Title“"."""
    alternatives = []
    for phrases in load_bank("comment_headings").values():
        for entry in phrases:
            if _TITLE_SLOT not in entry:
                continue
            parts = []
            for word in entry.split():
                if word == _COUNT_SLOT:
                    parts.append(r"\d++")
                elif word == _TITLE_SLOT:
                    parts.append(r"[^\w\n]*+(?P<title>\w.*+)")  # an opening quote, perhaps, then the title
                else:
                    parts.append(regex.escape(word))
            alternatives.append(r"[^\S\n]++".join(parts))
    body = "|".join(alternatives) or r"(?!)"
    return regex.compile(rf"[^\w\n]*+(?:{body})", regex.IGNORECASE)
