"""The article detector, :class:`ArticleRegion`: its thresholds, the first pass over a
page's lines, the gains of the region score, the region itself and the spans flagged
around it. The package's docstring tells the whole method; the mixins it is built from
(the modules beside this one) hold its other steps.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import Iterator, Sequence, cast

import regex

from ...document import Document
from ...language import stopwords
from ...lines import LineFeatures, PageFeatures, page_features
from ...spans import Span
from ...textutil import is_cut_off
from ..phrases import runs
from .extent import RegionExtent
from .headline_search import HeadlineSearch
from .page_judgement import PageJudgement
from .post_frames import PostFrames
from .recipes import RecipeLists
from .scoring import (
    BAD, GOOD, NEAR_GOOD, SHORT, _first_prose, _prose_right_above, _whole_blocks,
    best_region, paragraphs, revise,
)
from .shapes import (
    _TWEET_SIGNATURE, _counts_comments, _introduces, _is_glued_teaser, _is_legal_notice, _numberless,
)
from .names import NOUNS_CAPITALISED, WORD, names_inside_sentences
from .teaser_lists import TeaserLists
from .vocabulary import _consent_words, _credit_recogniser, _prompt_recogniser


# zero-width spaces and joiners, a word joiner, a byte-order mark, a soft hyphen: no text
_INVISIBLE = regex.compile(r"[\s\u200b\u200c\u200d\u2060\ufeff\u00ad]++")


@dataclass
class ArticleRegion(PageJudgement, PostFrames, HeadlineSearch, RegionExtent, TeaserLists, RecipeLists):
    """The article detector: its name and thresholds are the fields of :class:`ArticleSettings`,
    its steps the methods of the mixins it is built from (see the package's docstring)."""

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
            length_high=cast(int, self.short_paragraph_length),  # not None: see detect
            min_prose_share=max(self.min_prose_share, self.short_paragraph_min_share),
            short_paragraph_length=None,
        )

    def _flag_page(
        self, page: PageFeatures, first_pass: list[str], wrapped: list[bool], only_with_comments: bool = False
    ) -> Iterator[Span]:
        """The lines of a page around its article region (steps 2 to 4 above)."""
        classes = revise(first_pass, passed_over=self._lone_headlines(page.lines, first_pass, wrapped))
        gains = self._gains(first_pass, classes, page.lines, page.language.lang)
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
        quiet = self._quiet_post_end(page.lines, first_pass, opened)
        titled = self._titled_post_end(page.lines, first_pass, opened)
        found = [i for i in (stamped, post_end, footed, linked, quiet, titled) if i is not None]
        thread_start = min(found, default=None)
        if only_with_comments and not self._comments_plain(page.lines, heading, thread_start):
            return
        region, thread = self._region(page.lines, gains, first_pass, heading, thread_start, (post_end, footed, linked, quiet, titled))
        if region is None:
            yield from self._flag_around_pieces(page.lines, first_pass, gains)
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
        if last + 1 < stop and self._closing_sentence(page.lines[last + 1], first_pass[last + 1], classes[last + 1]):
            last += 1  # the article's last sentence, short, alone on its line ("Now that's journalism.")
        listed = self._list_below(page.lines, first, last, stop, stopwords(page.language.lang))
        if listed != last:
            note = True  # right below the list, its note may stand with no heading
            while (section_end := self._section_after_list(page.lines, first_pass, listed, stop, note=note)) != listed:
                listed, note = section_end, False  # the sections below the list, one after another
            first, last = _whole_blocks(page.lines, first, listed, end)
        shop = self._shop_boxes_below(page.lines, last, stop)
        if shop != last:
            first, last = _whole_blocks(page.lines, first, shop, end)
        if self.keep_comments:
            section = thread if thread is not None else heading if heading is not None and heading > last else None
            if section is not None:  # the comments go on to the page's next menu or footer
                menu = self._junk_run(range(section, len(page.lines)), first_pass, page.lines)
                last, end = max(last, len(page.lines) - 1 if menu is None else menu - 1), len(page.lines)
        recipe = self._ingredients_above(page.lines, first_pass, first)
        if recipe != first:
            first, last = _whole_blocks(page.lines, recipe, last, end)
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
        elif self._is_page_chrome(range(0, start), first_pass, page.lines, gains, mass, wrapped, above=True):
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

    def _closing_sentence(self, f: LineFeatures, first: str, settled: str) -> bool:
        """Whether the line right below the article is its closing sentence: short, made good by
        its neighbours (:func:`revise`), three words or more, ending in a full stop or an
        exclamation mark (not a label's colon, a box's question "What is this?" or a link's
        ellipsis "More sport news..."), rich in stopwords as a good line is, and no prompt
        ("Post to the Mailbox!") or legal notice ("© 2007 Reuters. Any copying ... is
        prohibited."). A short line made good costs the region a little, so the densest run
        stops above it."""
        text = f.line.text.strip()
        core = text.rstrip("\"'”’»)]")  # the closing quotes and brackets left out
        return (
            first == SHORT
            and settled == GOOD
            and f.words >= 3
            and core[-1:] in ".!"
            and not core.endswith("..")
            and not is_cut_off(text)
            and f.stop_share >= self.stop_high
            and not _prompt_recogniser().match(text)
            and not _is_legal_notice(text)
        )

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

    def _flag_around_pieces(self, lines: Sequence[LineFeatures], first_pass: list[str], gains: list[float]) -> Iterator[Span]:
        """The site's menus above a page whose prose stands in many pieces of equal standing (a
        front page's teasers, a forum thread, a directory), which is kept whole: the lines
        down to the last of the menus' labels above its first prose (:meth:`_menu_above`)."""
        first = next((i for i, c in enumerate(first_pass) if c in (GOOD, NEAR_GOOD) and gains[i] > 0), None)
        if first is not None:
            yield from self._flag(lines, range(0, self._menu_above(lines, first_pass, first)), "the site's menus above the page")

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

    def _gains(
        self, first_pass: list[str], classes: list[str], lines: Sequence[LineFeatures], lang: str | None = None
    ) -> list[float]:
        """What each line adds to a region's score.

        Good lines add their words (capped), near-good lines that their
        neighbours made good a share of theirs (teaser summaries are such
        lines, article paragraphs mostly long), short lines made good cost a
        little (a subhead; a headline in a teaser list); bad lines cost ``bad_penalty``;
        short lines repeated all over the page ("Reply", "Rating: 9 Votes" per
        comment, "Read more" per teaser) are a template, never the article, and
        cost ``template_penalty``, unless they are the article's outline printed between its
        sections (:meth:`_outline`), which costs what a subhead does. A line of invisible
        characters only (the zero-width spaces a blog editor leaves as empty paragraphs), or of
        a symbol or two and no word (``layout_symbol_max_chars``: "*", "•", "--", what icons and
        bullets leave), adds and costs nothing, as a blank line.
        """
        template = self._templates(lines, lang)
        outline = self._outline(lines, template, first_pass)
        gains = []
        for k, (first, c, f, is_template) in enumerate(zip(first_pass, classes, lines, template)):
            if not f.folded and (f.chars <= self.layout_symbol_max_chars or _INVISIBLE.fullmatch(f.line.text)):
                gains.append(0.0)
            elif k in outline:
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

    def _templates(self, lines: Sequence[LineFeatures], lang: str | None = None) -> list[bool]:
        """Which lines are short lines repeated across the page (numbers ignored).

        A picture's credit ("Getty Images", "Image copyright") repeated under
        each picture of the article is no template: it does not cut the article.
        Nor is a label that ends in a colon over what it introduces, as an article
        repeats its own ("Directions:" under each recipe, "Delete next word:" under
        each editor's name), unless it stamps comments ("Posted by:", "Becky says:",
        "2 comments:"). Nor is a name the page's sentences speak of (:meth:`_named_in_prose`:
        "Emacs" over each row of a table that compares editors), in a language (``lang``)
        whose capitals mark names.
        """
        keys = [_numberless(f.line.text) if f.words <= self.template_max_words and not _introduces(f) else "" for f in lines]
        counts = Counter(k for k in keys if k)
        repeated = {f.line.text.strip() for k, f in zip(keys, lines) if k and counts[k] >= self.template_min_repeats}
        named = self._named_in_prose(lines, repeated) if lang is not None and lang not in NOUNS_CAPITALISED else set()
        return [
            bool(k) and counts[k] >= self.template_min_repeats and not _credit_recogniser().credit(f.line.text)
            and f.line.text.strip() not in named
            for k, f in zip(keys, lines)
        ]

    def _named_in_prose(self, lines: Sequence[LineFeatures], labels: set[str]) -> set[str]:
        """Of the short lines repeated across the page (``labels``), the names its prose speaks
        of (a capital, then lower case: "Emacs", "Sublime Text"): each written with a capital
        inside the page's sentences (not at a sentence's start) ``named_in_prose_min`` times or
        more, in any case ("TextMate" names the label "Textmate"). An article's comparison
        table repeats them under each of its sections; a comment's buttons ("Reply",
        "Report") and its writers' names are seldom so named."""
        by_first: dict[str, list[tuple[str, ...]]] = {}  # the names' words, by their first word
        for t in labels:
            words = tuple(t.casefold().split())
            if t[:1].isupper() and any(c.islower() for c in t) and all(WORD.fullmatch(w) for w in words):
                by_first.setdefault(words[0], []).append(words)
        if not by_first:
            return set()
        found: Counter = Counter()
        for f in lines:
            if f.words <= self.template_max_words:
                continue  # a label or a heading, no sentence
            if by_first.keys().isdisjoint(WORD.findall(f.line.text.casefold())):
                continue  # cheap: most lines name none of them
            named = names_inside_sentences(f.line.text, by_first)
            if named and self.classify(f) in (GOOD, NEAR_GOOD):  # no list of links ("Case in Point: Scope | White Paper")
                found.update(named)
        return {t for t in labels if found[" ".join(t.casefold().split())] >= self.named_in_prose_min}

    def _region(
        self, lines: Sequence[LineFeatures], gains: list[float], first_pass: list[str], heading: int | None, thread_start: int | None,
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
        comments (:meth:`_navigation_again`), a heading over comments that
        link to themselves (:meth:`_linked_comments`) and a notice of no
        comments yet over the form for the first (:meth:`_quiet_post_end`), ``post_ends``, end the
        post however little prose it holds; a post with none is its head
        (:meth:`_post_head`), not the comments below it.
        """
        barriers = [b for b in (heading, thread_start) if b is not None]
        region, thread = None, None
        if barriers:
            barrier = min(barriers)
            before, mass = best_region(gains[:barrier])
            if before is None and barrier in post_ends:
                before = _prose_right_above(first_pass, barrier)  # a post of a line or two, judged bad
                if before is None:
                    before = self._post_head(lines, barrier)  # no prose at all: a video, a photo
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
