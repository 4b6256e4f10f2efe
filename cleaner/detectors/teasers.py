"""Teasers: other stories pushed into the article, lists of links, "read more" links.

From ``data/teasers/<lang>.txt``:

- **a teaser line**: a lead-in and another story's headline or blurb on the same
  line, with or without a delimiter: "Popular Video This young teenage singer
  was shocked when ...", "Read Also Unusual Weather Patterns: ...". Stricter
  lead-ins count only before ":" and a headline in title case ("Headline:
  Bitcoin & Blockchain Searches Exceed Trump!"), and those that may head the
  article itself never in the text's head, above its first prose ("BREAKING:
  Barrels Removed From ...", "Next Up: Pumpkin Pie" under a post's date).
- **a list of links**: a lead-in alone on its line or ending in ":"
  ("PREVIOUS COVERAGE ON THE SETH RICH MURDER INVESTIGATION:", "Popular",
  "Previously, on this case, at VDARE.com:"), or one that names a section
  between its words ("More Great WIRED Stories", "More Sports News »"), and
  the headline lines after it (short, no full stop); under a lead-in alone
  that ends in ":" ("More On:"), the stories' topics of a word each
  ("plague") come before the headlines;
  and a summary cut off mid-sentence right after the last headline ("Two
  people in China have been diagnosed with the plague,...") is that story's.
  A lead-in with words of its own goes only when it
  names a site or heads at least two headlines, so "Previously, the court had
  ruled:" followed by a quotation stays, and not over a byline ("More World
  news" over the article's own headline and "By Jane Doe").
- **a "read more" link**: "Read More!", "Continue reading →", "[read more
  here]", "FOR ENTIRE ARTICLE CLICK LINK", "SEE MORE ... AT: ...", alone on a
  line or at the end of one ("... in September.—More…").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Sequence

import regex

from ..bylines import is_byline
from ..document import Document, Line
from ..phrasebank import load_bank
from ..spans import Span
from ..textutil import is_cut_off, normalize, words
from .phrases import LETTER as _LETTER
from .phrases import LineLocal, PhraseBank, entries_of_kind, entry_pattern, first_words

__all__ = ["Teasers"]

_DELIMITER = r"[^\S\n]*+(?:[:|»›>–—-]++[^\S\n]*+)?+"
_SITE = regex.compile(r"[\w-]++(?:\.[\w-]++)++(?<=\.\p{L}{2,})")
_SMALL = frozenset(
    "a an the and or but of in on at to for from by with as is are was were be it its vs via "
    "der die das und oder von zu mit le la les de des du et en un une el los las y del il lo gli e di da o os as".split()
)
_FIRST_WORD = regex.compile(r"\w++")
_LAST_WORD = regex.compile(r"\w++", regex.REVERSE)  # searched from the end: the last word
_PREPOSITIONS = frozenset(
    "on at from about in for of to zu über von bei sur sobre de en su di da em no na по о на".split()
)
_HEADLINE_END = regex.compile(r"[.,;:]\s*+$")
# what may close a list lead-in alone on its line: "Related:", "More »", "You may also like..."
_LEAD_IN_END = regex.compile(r"[:»›>|–—-]++|\.{2,}+|…")


def _phrase(p: str) -> str:
    return r"[\W_]*+".join(regex.escape(w) for w in normalize(p).split())


def title_case_share(text: str) -> float:
    """Share of the words (small words aside) that start with a capital or a digit."""
    ws = [w for w in words(text) if w.casefold() not in _SMALL]
    if not ws:
        return 0.0
    return sum(w[0].isupper() or w[0].isdigit() for w in ws) / len(ws)


# what follows a named lead-in: a name in capitals, perhaps an arrow or a colon, no sentence
_NAMED_REST = regex.compile(r"[^\S\n]++[\p{Lu}\d][^\n.!?]{0,80}?[^\S\n]*+(?:[»›>:]|\.\.\.|…)?+[^\S\n]*+")


@dataclass
class Teasers(LineLocal):
    name: str = "teasers"
    max_teaser_words: int = 45  # a headline and a blurb after a lead-in
    max_strict_words: int = 25
    min_title_case: float = 0.7  # share of capitalised words a headline after a strict lead-in needs
    max_lead_in_words: int = 12  # a list lead-in with words of its own
    max_headline_words: int = 22  # a headline in a list of links
    max_list_lines: int = 20
    max_list_topics: int = 2  # one-word topics ("plague") between a lead-in alone that ends in ":" ("More On:") and its headlines
    score_cutoff: float = 90.0  # RapidFuzz score a line needs against a "read more" link
    max_named_lead_in_words: int = 8  # "More from The Washington Examiner" and no longer
    max_head_lines: int = 3  # lines of a text's head (a headline, a byline, a date) above its first prose
    head_prose_words: int = 12  # a line this long is prose: the head ends above it

    def _kind(self, kind: str) -> list[str]:
        return [e for entries in load_bank("teasers").values() for e in entries_of_kind(entries, kind)]

    def _lead_re(self, kind: str) -> regex.Pattern:
        body = "|".join(sorted({_phrase(p) for p in self._kind(kind)}, key=len, reverse=True))
        return regex.compile(rf"[^\w\n]*+(?P<lead>{body})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _teaser_re(self) -> regex.Pattern:
        return self._lead_re("teaser")

    @cached_property
    def _strict_re(self) -> regex.Pattern:
        return self._lead_re("strict")

    @cached_property
    def _colon_re(self) -> regex.Pattern:
        return self._lead_re("colon")

    @cached_property
    def _list_re(self) -> regex.Pattern:
        return self._lead_re("list")

    @cached_property
    def _more(self) -> PhraseBank:
        return PhraseBank("teasers", score_cutoff=self.score_cutoff, kind="more")

    @cached_property
    def _more_end_re(self) -> regex.Pattern:
        """A 'read more' link after the end of a sentence (or a dash) at the end of a line."""
        phrases = {_phrase(p) for p in self._kind("more") if "{" not in p and len(normalize(p).split()) >= 1}
        body = "|".join(sorted(phrases, key=len, reverse=True))
        # after the end of a sentence (a dash may join it: "September.—More…"), or after a spaced dash
        return regex.compile(
            rf"(?:(?<=[.!?…\"”’)])[^\S\n]*+[–—-]?+|(?<=\s)[–—-])[^\S\n]*+[\[(]?+(?:{body})[^\w\n]*+$",
            regex.IGNORECASE,
        )

    # -- single lines --------------------------------------------------------------

    def more_link(self, text: str) -> str | None:
        if len(text) > 200 or not self._more.could_match(text):
            return None
        n = len(words(text))
        if not n or n > 15:
            return None
        found = self._more.match(text)
        if found and not (found.startswith("~") and n < 2):
            return f"read-more link {found}"
        return None

    def teaser(self, text: str, *, first: bool) -> str | None:
        m = self._teaser_re.match(text)
        if m:
            rest = text[m.end() :]
            rest = regex.sub(rf"^{_DELIMITER}", "", rest)
            n = len(words(rest))
            if 0 < n <= self.max_teaser_words and (rest[:1].isupper() or rest[:1].isdigit()):
                return f"teaser {m.group('lead').strip()!r} + headline"
        m = self._colon_re.match(text)
        if not m and not first:
            m = self._strict_re.match(text)
        if m:
            rest = text[m.end() :]
            d = regex.match(r"[^\S\n]*+[:|–—-][^\S\n]*+", rest)
            if d:
                rest = rest[d.end() :]
                n = len(words(rest))
                if 2 <= n <= self.max_strict_words and title_case_share(rest) >= self.min_title_case:
                    return f"teaser {m.group('lead').strip()!r}: + headline"
        return None

    # -- lists of links ------------------------------------------------------------

    def _cut_off_blurb(self, text: str) -> bool:
        """Whether text is a teaser's summary cut off with an ellipsis ("Two people in China have
        been diagnosed with the plague,..."), at most ``max_teaser_words`` words."""
        return is_cut_off(text, after_clause_mark=True) and len(words(text)) <= self.max_teaser_words

    def _headline(self, text: str) -> bool:
        n = len(words(text))
        return 2 <= n <= self.max_headline_words and not _HEADLINE_END.search(text)

    @cached_property
    def _more_last_words(self) -> frozenset[str]:
        return frozenset(normalize(p).rsplit(" ", 1)[-1] for p in self._kind("more") if "{" not in p and normalize(p))

    @cached_property
    def _list_first_words(self) -> frozenset[str]:
        return first_words(self._kind("list") + self._kind("named") + self._kind("section"))

    @cached_property
    def _section_re(self) -> regex.Pattern | None:
        """Lead-ins that name a section between their words ("More {name} stories"), as whole lines."""
        entries = self._kind("section")
        if not entries:
            return None
        body = "|".join(f"(?:{entry_pattern(p)})" for p in sorted(set(entries), key=len, reverse=True))
        return regex.compile(rf"(?P<lead>{body})", regex.IGNORECASE)

    @cached_property
    def _named_re(self) -> regex.Pattern:
        return self._lead_re("named")

    @cached_property
    def _blurbs_re(self) -> regex.Pattern:
        return self._lead_re("blurbs")

    def _lead_in(self, text: str) -> tuple[str, bool] | None:
        """(the lead-in, whether it is the lead-in alone) if text opens a list of links."""
        first = _FIRST_WORD.search(text)
        if first is None or first.group().casefold() not in self._list_first_words:
            return None
        m = self._list_re.match(text)
        if m:
            rest = text[m.end() :].strip()
            if not rest or _LEAD_IN_END.fullmatch(rest):
                return m.group("lead"), True
            if rest.endswith(":") and len(words(text)) <= self.max_lead_in_words:
                # a one-word lead-in with words of its own must go on with a preposition:
                # "Previously, on this case, at VDARE.com:", not "Popular Musical Projects:"
                lead = m.group("lead")
                if len(lead.split()) > 1 or normalize(rest).split(" ", 1)[0] in _PREPOSITIONS:
                    return lead, False
        # a lead-in that names a site or section: "More in Minnesota Wild", "More from The Examiner »"
        n = self._named_re.match(text)
        if n and _NAMED_REST.fullmatch(text, n.end()) and len(words(text)) <= self.max_named_lead_in_words:
            return n.group("lead"), False
        # a section's name between the lead-in's words: "More Great WIRED Stories", "More Sports News »"
        section = self._section_re
        if section is not None and len(words(text)) <= self.max_named_lead_in_words:
            m = section.fullmatch(text)
            if m:
                return m.group("lead"), False
        return None

    def lone_lead_in(self, text: str) -> str | None:
        """The lead-in, if text is a lead-in to a list of links alone on its line ("Related Posts", "Mais lidas:")."""
        found = self._lead_in(text)
        return found[0].strip() if found is not None and found[1] else None

    def worded_lead_in(self, text: str) -> str | None:
        """The lead-in, if text is a lead-in to a list of links with words of its own: a site's or
        section's name ("More from The Examiner »", "More in Minnesota Wild", "More Sports News")
        or a lead-in that goes on to a colon ("Previously, on this case, at VDARE.com:")."""
        found = self._lead_in(text)
        return found[0].strip() if found is not None and not found[1] else None

    def blurbs_lead_in(self, text: str) -> str | None:
        """The lead-in, if text is one that takes a site's or section's name right after it and opens
        a list of links only over teasers' blurbs ("More Washington Examiner"; see the article region)."""
        m = self._blurbs_re.match(text)
        if m and _NAMED_REST.fullmatch(text, m.end()) and len(words(text)) <= self.max_named_lead_in_words:
            return m.group("lead").strip()
        return None

    def _lists(self, lines: Sequence[Line]) -> Iterator[tuple[int, str]]:
        i = 0
        while i < len(lines):
            found = self._lead_in(lines[i].text)
            if not found:
                i += 1
                continue
            lead, alone = found
            tags = i + 1  # the list's topics, a word each, between a lead-in alone with its colon and its headlines
            if alone and lines[i].text.rstrip().endswith(":"):
                while tags < len(lines) and tags - i <= self.max_list_topics and len(words(lines[tags].text)) == 1:
                    tags += 1
            j = tags
            while j < len(lines) and j - i <= self.max_list_lines and self._headline(lines[j].text):
                j += 1
            heads = j - tags
            named_site = bool(_SITE.search(lines[i].text))
            if not alone and any(is_byline(lines[k].text) for k in range(tags, min(j + 1, len(lines)))):
                heads = 0  # a section's name over the article's own headline and byline: no list
            if (alone and heads >= 1) or (not alone and (heads >= 2 or named_site)):
                yield i, f"list of links after {lead.strip()!r}"
                for k in range(i + 1, tags):
                    yield k, f"topic of a list of links after {lead.strip()!r}"
                for k in range(tags, j):
                    yield k, f"headline in a list of links after {lead.strip()!r}"
                if j < len(lines) and self._cut_off_blurb(lines[j].text):
                    yield j, f"cut-off blurb of the last headline after {lead.strip()!r}"
                    j += 1
                i = j
            else:
                i += 1

    # -- the detector ---------------------------------------------------------------

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        taken = {}
        for k, reason in self._lists(lines):
            taken[k] = reason
        head = self._head_lines(lines)
        for i, line in enumerate(lines):
            if i in taken:
                yield Span(line.start, line.end, self.name, taken[i])
            elif i < head:
                yield from self._line_spans(line, first=True)
            else:
                yield from self.spans_of(line)

    def _head_lines(self, lines: Sequence[Line]) -> int:
        """How many lines the text's head holds: those above its first line of prose, at most
        ``max_head_lines`` (the first line at least). A strict lead-in there starts the text's
        own headline ("Next Up: Pumpkin Pie" under the post's date), as no story is teased
        above the text it follows."""
        for i, line in enumerate(lines[: self.max_head_lines]):
            if len(words(line.text)) >= self.head_prose_words:
                return max(i, 1)
        return max(1, min(len(lines), self.max_head_lines))

    def line_spans(self, line: Line) -> Iterator[Span]:
        return self._line_spans(line, first=False)

    def _line_spans(self, line: Line, *, first: bool) -> Iterator[Span]:
        text = line.text
        if not _LETTER.search(text):
            return
        reason = self.more_link(text) or self.teaser(text, first=first)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
            return
        last = _LAST_WORD.search(text)
        if last is None or last.group().casefold() not in self._more_last_words:
            return
        m = self._more_end_re.search(text, max(0, len(text) - 60))
        if m and len(words(text[: m.start()])) >= 3:
            yield Span(*line.offsets_of(m.start(), len(text)), self.name, "read-more link, end of line")
