"""Growing the densest run of prose to the whole article: over a table, a list or code
inside it to the prose below and to its opening above, and over a list right below it:
steps of :class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the
thresholds they read are fields of
:class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, Sequence

import regex

from ...lines import LineFeatures
from ...phrasebank import site_labels
from .scoring import GOOD, NEAR_GOOD, _best_run, _content_words
from .settings import ArticleSettings
from .shapes import _DIGITS, _LETTER, _glossed, _labelled_form, _list_item, _numberless
from .vocabulary import is_shop_button

# The marks of a line of code: a comment, a decorator, an import, a definition, a call, an
# assignment, a line that ends in a bracket or a semicolon, an elision ("...").
_CODE_LINE = regex.compile(
    r"^\s*+(?:#|//|/\*|@\w|import\s|from\s++\S++\s++import\s|def\s|class\s|return\b|[{}\[\]]|\.\.\.\s*+$)"
    r"|\w\(|[;{}()]\s*+:?\s*+$|\w\s*+[-+*/]?=\s*+\S"
)


def shop_boxes_end(lines: Sequence[LineFeatures], after: int, stop: int, min_buttons: int, max_lines: int) -> int | None:
    """The last of the products listed below line ``after``, or None: a deals post ("The 10 best
    early Black Friday deals") lists each product as short lines (its name, its features, its
    price) ending in a shop button alone on its line ("Buy Now": ``data/shop_buttons/``). At
    least ``min_buttons`` such buttons, the first at most ``max_lines`` lines below ``after``
    and each of the others as far at most below the one before, above ``stop``, and no label
    of the site's menus between them."""
    labels = site_labels()
    found, end, j = 0, after, after + 1
    while j < stop and j - end <= max_lines:
        f = lines[j]
        if is_shop_button(f.words, f.line.text):
            found, end = found + 1, j
        elif _numberless(f.line.text) in labels:
            break
        j += 1
    return end if found >= min_buttons else None


class RegionExtent(ArticleSettings):
    """How far the article reaches beyond its densest run of prose."""

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
        Below a block of code (:meth:`_is_code`) the run counts the prose it holds,
        as ``held`` does, not its total: more code may part its paragraphs.
        An article may alternate tables with a paragraph or two on each (a
        game's snap counts, position by position): when the prose below a table
        falls short, the prose below the next tables adds to it, as long as each
        of those gaps is a bare table (:meth:`_is_bare_table`).
        """
        labels = site_labels()
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
            if not table and self._is_code(lines, gap):
                # more code may part the paragraphs below: count the prose they hold, as ``held`` does
                found = sum(g for g in gains[j : end + 1] if g > 0)
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

    def _is_code(self, lines: Sequence[LineFeatures], gap: range) -> bool:
        """Whether the lines of a gap in the article are a block of code: ``code_min_lines`` of
        them or more, ``code_min_share`` of them with the marks of code ("def f(x):",
        "total = int(results.text)", "# a comment", "import os")."""
        code = sum(_CODE_LINE.search(lines[k].line.text) is not None for k in gap)
        return len(gap) >= self.code_min_lines and code >= self.code_min_share * len(gap)

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
        (:meth:`_labelled_list`). Below a lead-in that ends in a colon (the
        article's last line or the next), names glossed in brackets make one too
        ("Below is the list of players invited:" / "Brian Edwards (Wake Forest
        University)"): a roster, a list of works with their years.
        """
        run_on = self._list_run_on(lines, first, last, stop)
        if run_on != last:
            return run_on
        j = last + 1
        lead_in = lines[last].line.text.rstrip().endswith(":")
        if j < stop and lines[j].line.text.rstrip().endswith(":"):
            j, lead_in = j + 1, True  # a lead-in: "Top weather stories of the year:"
        elif j < stop and self._names_the_article(lines[j], lines[first : last + 1], stops):
            j += 1  # a heading on the article's subject: "The Doobie Brothers Tour Dates"
        item = _list_item(lines[j].line.text) if j < stop else None
        if item is None and lead_in and j < stop and _glossed(lines[j].line.text):
            item = ("glossed", 0)
        if item is None or item not in (("numbered", 1), ("dated", 0), ("bulleted", 0), ("glossed", 0)):
            return self._labelled_list(lines, j, stop, last)
        kind, numbered = item[0], item[0] == "numbered"
        if kind == "glossed":
            items = self._items_below(lines, j, stop, lambda text, n: _glossed(text))
        else:
            items = self._items_below(lines, j, stop, lambda text, n: _list_item(text) == (kind, n + 1 if numbered else 0))
        return self._list_end(items, last, stop)

    def _items_below(
        self, lines: Sequence[LineFeatures], first_item: int, stop: int, is_next: Callable[[str, int], bool]
    ) -> list[int]:
        """A list's items from line ``first_item`` on: each next line that ``is_next(text, items so
        far)`` takes, at most ``list_item_max_gap`` lines below the item before."""
        items = [first_item]
        for k in range(first_item + 1, stop):
            if k - items[-1] > self.list_item_max_gap:
                break
            if is_next(lines[k].line.text, len(items)):
                items.append(k)
        return items

    def _list_end(self, items: list[int], last: int, stop: int) -> int:
        """The last line of a list of ``list_min_items`` items or more below line ``last`` (its last
        item keeps as many lines as the items before it), or ``last``."""
        if len(items) < self.list_min_items or items[-1] <= last:
            return last
        step = max(b - a for a, b in zip(items, items[1:]))
        return min(items[-1] + step - 1, stop - 1)

    def _section_after_list(
        self, lines: Sequence[LineFeatures], first_pass: list[str], last: int, stop: int, *, note: bool = False
    ) -> int:
        """Where the article ends when the short section right below its list is taken in: a
        heading of ``list_heading_max_words`` words at most, with no colon and no label of the
        site's menus, over prose that ends its sentences, and a photo's caption that ends in its
        credit in brackets ("Finished Terrarium" / "Displayed alone or in a group, these pretty
        arrangements ..." / "Cloche terrarium (Lucy Akins)" below a how-to's steps). With
        ``note`` (right below the list), one sentence with no heading is such a section too, the
        list's note ("* - Players currently with the U-23 team. They will be available only on
        Sunday."); more prose than that resumes the article only as :meth:`_resumed` finds it.
        Else ``last``."""
        j = last + 1
        if j >= stop:
            return last
        headed = 0 < lines[j].words <= self.list_heading_max_words and not lines[j].ends_sentence
        if headed:
            if ":" in lines[j].line.text or _numberless(lines[j].line.text) in site_labels():
                return last  # a label ("Previously: The Daily", "Tags:") or a menu's, no heading
            j += 1
        elif not note:
            return last
        k = j
        while k < stop and first_pass[k] in (GOOD, NEAR_GOOD) and lines[k].ends_sentence and (headed or k == j):
            k += 1
        if k == j:
            return last
        return k if headed and k < stop and _glossed(lines[k].line.text) else k - 1  # and a photo's caption

    def _list_run_on(self, lines: Sequence[LineFeatures], first: int, last: int, stop: int) -> int:
        """Where the article ends when a numbered list that starts inside it goes on below it: the
        densest run stops inside a how-to's steps ("Step 1" and its paragraph, then "Step 2" over
        a line and a photo's caption). The last numbered item in the article's last
        ``list_item_max_gap`` lines, then the next numbers in order below, each at most that
        many lines below the one before, ``list_min_items`` items in all; else ``last``."""
        for i in range(last, max(first, last - self.list_item_max_gap) - 1, -1):
            item = _list_item(lines[i].line.text)
            if item is not None and item[0] == "numbered":
                break
        else:
            return last
        number = item[1]
        items = self._items_below(lines, i, stop, lambda text, n: _list_item(text) == ("numbered", number + n))
        return self._list_end(items, last, stop)

    def _shop_boxes_below(self, lines: Sequence[LineFeatures], last: int, stop: int) -> int:
        """Where the article ends when the products a deals post lists below its opening are taken
        in (:func:`shop_boxes_end`); never at ``stop`` (a comment section) or past it."""
        end = shop_boxes_end(lines, last, stop, self.shop_box_min_buttons, self.shop_box_max_lines)
        return last if end is None else end

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
        missing = set(own)  # content words all: a line holds one as a content word if it holds it at all
        for g in article:
            missing.difference_update(g.folded)
            if not missing:
                break
        return len(own) - len(missing) >= self.list_heading_overlap * len(own)

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
        labels = site_labels()
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
        ``need`` words (a caption printed twice is one). Above the sentence right over
        the box, any line of ``length_low`` characters or more that ends a sentence is
        one too, however few its stopwords ("Freshman Justin Burrell led St. John's (7-7,
        1-2) with 17 points.").
        """
        def sentence(k: int) -> bool:
            f = lines[k]
            return first_pass[k] == GOOD or (
                first_pass[k] == NEAR_GOOD and f.ends_sentence and f.words >= self.opening_sentence_min_words
            )

        def opening(k: int) -> bool:  # above the box, a sentence of news copy with few stopwords too
            f = lines[k]
            return sentence(k) or (f.chars >= self.length_low and f.ends_sentence)

        j = first - 1
        while j >= 0 and not sentence(j):
            if first - j > self.opening_box_max_lines:
                return first
            j -= 1
        if j < 0 or j == first - 1:
            return first  # nothing above, or no box between
        top, words, texts = j, 0, set()
        while top >= 0 and opening(top):
            words += min(lines[top].words, self.word_cap)
            texts.add(lines[top].line.text.strip())
            top -= 1
        return top + 1 if words >= need and len(texts) >= 2 else first
