"""Cross-links: teasers of other articles ("Also on rt.com <headline>", "READ MORE: ...").

A line is a cross-link when it starts with a lead-in from
``data/cross_links/<lang>.txt`` followed by a delimiter and a short headline.
A lead-in that ends in a delimiter with nothing after it ("Read more:") takes
the short headline on the next line with it. Lead-ins must be followed by a
delimiter (or, for "Also on {site}", a domain name), so sentences such as
"Also on Monday, police arrested two suspects." are never touched. A headline
alone in square brackets is a link to another article too.

A post's navigation links to its neighbours: a headline between a "previous"
and a "next" label (``data/post_navigation/<lang>.txt``: "« Previous",
"Next article"), and one after the second label unless prose follows it,
are the titles of other posts. A label alone next to a headline is not
enough: a page's bare "Previous" / "Next" buttons often stand right above
the article's own headline.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

import regex

from ..document import Document, Line
from ..lines import ends_sentence
from ..phrasebank import load_bank
from ..spans import Span
from ..textutil import words

__all__ = ["CrossLinks"]

# a domain name: labels joined by dots, the last one letters only
_SITE = r"[\w-]++(?:\.[\w-]++)++(?<=\.\p{L}{2,})"
_DELIMITER = r"[:\-–—|»>›]"
_BULLET = r"[\s•*·>»▶►■□●○◆◇-]*+"
# "[A Maryland county's nickel tax is paying off]": a headline in brackets,
# standing alone, links to another story; "[Editor's note: ...]" ends in a period.
_IN_BRACKETS = regex.compile(r"\s*+\[(?P<inner>[^\[\]]++)\]\s*+")
# Notes, credits and citations in brackets hold a colon, a semicolon or a full stop.
_BRACKETED = regex.compile(r"\s*+\[(?P<inner>\p{Lu}[^\[\]:;.]*+(?<![!?,]))\]\s*+")
# what may stand around a navigation label: arrows, guillemets, a colon, a bar
_NAVIGATION_MARKS = " \t«‹<←⟵→⟶>›»|:·.-–—"


def _entry_pattern(entry: str) -> tuple[str, bool]:
    """Regex for one bank entry, and whether it names a site."""
    parts = [_SITE if word == "{site}" else regex.escape(word) for word in entry.split()]
    return r"\s++".join(parts), "{site}" in entry


@dataclass
class CrossLinks:
    name: str = "cross_links"
    max_headline_words: int = 30  # a teaser headline on the same line
    max_next_line_words: int = 20  # a teaser headline on the next line
    max_period_headline_words: int = 12  # longer next lines ending in "." are prose
    bracketed_words: tuple[int, int] | None = (6, 25)  # words of a bracketed headline; None: off
    navigation_title_words: tuple[int, int] = (2, 20)  # words of a post's title between navigation labels
    navigation_prose_words: int = 10  # a line of this many words that ends a sentence is prose
    navigation_prose_window: int = 3  # lines after the last title where prose means the article follows

    @cached_property
    def _navigation_labels(self) -> dict[str, str]:
        """Each navigation label, case-folded, and which way it links ("previous" or "next")."""
        labels = {}
        for entries in load_bank("post_navigation").values():
            for entry in entries:
                way, _, label = entry.partition(":")
                labels[label.strip().casefold()] = way.strip()
        return labels

    @cached_property
    def _lead(self) -> regex.Pattern:
        plain: list[str] = []
        sited: list[str] = []
        for phrases in load_bank("cross_links").values():
            for entry in phrases:
                pattern, has_site = _entry_pattern(entry)
                (sited if has_site else plain).append(pattern)
        plain.sort(key=len, reverse=True)
        sited.sort(key=len, reverse=True)
        return regex.compile(
            rf"{_BULLET}(?:"
            rf"(?:{'|'.join(sited)})(?=\s|$|{_DELIMITER})"
            rf"|(?:{'|'.join(plain)})(?=\s*+(?:{_DELIMITER}|$))"
            rf")(?P<delim>\s*+{_DELIMITER}++)?+\s*+",
            regex.IGNORECASE,
        )

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        yield from self._post_navigation(lines)
        for i, line in enumerate(lines):
            m = self._lead.match(line.text)
            if not m:
                if self._is_bracketed_headline(line):
                    yield Span(line.start, line.end, self.name, "bracketed headline of another article")
                elif self._is_bracketed_teaser(line):
                    yield Span(line.start, line.end, self.name, "bracketed cross-link")
                continue
            lead = line.text[: m.end()].strip()
            headline = line.text[m.end() :]
            if headline:
                if len(words(headline)) <= self.max_headline_words:
                    yield Span(line.start, line.end, self.name, f"cross-link {lead!r} + headline")
                continue
            yield Span(line.start, line.end, self.name, f"cross-link lead-in {lead!r}")
            if m.group("delim") and i + 1 < len(lines) and self._is_headline(lines[i + 1]):
                nxt = lines[i + 1]
                yield Span(nxt.start, nxt.end, self.name, f"headline after cross-link lead-in {lead!r}")

    def _post_navigation(self, lines: tuple[Line, ...]) -> Iterator[Span]:
        """"« Previous" / <title> / "Next »" / <title>: the titles of the posts before and after."""
        labels = self._navigation_labels
        ways = [labels.get(line.text.strip(_NAVIGATION_MARKS).casefold()) for line in lines]
        for i in range(len(lines) - 2):
            first, title, second = ways[i], ways[i + 1], ways[i + 2]
            if first is None or title is not None or second is None or second == first:
                continue
            if not self._is_navigation_title(lines[i + 1]):
                continue
            for k, reason in ((i, "post navigation label"), (i + 1, "title of a neighbouring post"),
                              (i + 2, "post navigation label")):
                yield Span(lines[k].start, lines[k].end, self.name, reason)
            last = i + 3
            if (last < len(lines) and ways[last] is None and self._is_navigation_title(lines[last])
                    and not self._prose_follows(lines, last + 1)):
                yield Span(lines[last].start, lines[last].end, self.name, "title of a neighbouring post")

    def _is_navigation_title(self, line: Line) -> bool:
        low, high = self.navigation_title_words
        n = len(words(line.text))
        return low <= n <= high and self._is_headline(line) and any(c.isalpha() for c in line.text)

    def _prose_follows(self, lines: tuple[Line, ...], start: int) -> bool:
        """Does the article go on below a title: prose soon, or the title carried on in lower case?"""
        if start < len(lines) and lines[start].text.lstrip()[:1].islower():
            return True
        for line in lines[start : start + self.navigation_prose_window]:
            if len(words(line.text)) >= self.navigation_prose_words and ends_sentence(line.text.strip()):
                return True
        return False

    def _is_bracketed_teaser(self, line: Line) -> bool:
        """"[Related: Another story's headline]": a lead-in and a headline, in brackets."""
        m = _IN_BRACKETS.fullmatch(line.text)
        if not m:
            return False
        lead = self._lead.match(m.group("inner"))
        return bool(lead) and 0 < len(words(m.group("inner")[lead.end() :])) <= self.max_headline_words

    def _is_bracketed_headline(self, line: Line) -> bool:
        if self.bracketed_words is None:
            return False
        m = _BRACKETED.fullmatch(line.text)
        low, high = self.bracketed_words
        return bool(m) and low <= len(words(m.group("inner"))) <= high

    def _is_headline(self, line: Line) -> bool:
        n = len(words(line.text))
        if not 1 <= n <= self.max_next_line_words:
            return False
        return not (line.text.rstrip().endswith(".") and n > self.max_period_headline_words)
