"""Date line: a standalone publication date/time line in the page header.

"22 Apr, 2019 21:44", "Published time: 22 Apr, 2019 21:44", "Updated 3:45 PM
ET, Mon June 4, 2018", "Veröffentlicht am 22.04.2019 um 21:44 Uhr". A line is
a date line when every word in it is a number or a date word
(``data/date_words/<lang>.txt``: months, weekdays, "published", "updated",
time zones, ...) and it holds a year or a numeric date: a clock time alone
("4:14 p.m.") may be a heading of a live story. Only the
first ``header_lines`` non-blank lines are looked at: a date standing alone
further down may be a heading of the article. The removal is reported by
``explain()``, so a caller can keep the date as metadata.

A date line is page residue only on a scraped page: the pipeline removes it
only from a text in which another detector finds something
(``needs_other_residue``), so clean article text keeps its date.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Iterator

import regex

from ..document import Document
from ..phrasebank import load_bank
from ..spans import Span

__all__ = ["DateLine", "date_vocabulary"]

_TOKEN = regex.compile(r"[^\W\d_]++|\d++")
# A blog template's "Posted on <date> by <author>" with the date gone: "Posted on by willyloman".
_EMPTY_POST_META = regex.compile(r"\s*+(?:Posted|Published|Written)\s++on\s++by\s++\S++(?:\s++\S++)?+\s*+")
_WORD_START = regex.compile(r"(?<!\S)\S")
_ANCHOR = regex.compile(
    r"""
      (?<!\d)(?:19|20)\d\d(?!\d)                          # a year
    | (?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)        # a numeric date: 22.04.2019, 2019-04-22
    """,
    regex.VERBOSE,
)


@lru_cache(maxsize=1)
def date_vocabulary() -> frozenset[str]:
    """The case-folded words of dates in every language of ``data/date_words``: months, weekdays, "published", ..."""
    vocab: set[str] = set()
    for entries in load_bank("date_words").values():
        for entry in entries:
            vocab.update(t.casefold() for t in _TOKEN.findall(entry))
    return frozenset(vocab)


@dataclass
class DateLine:
    name: str = "date_line"
    header_lines: int = 12  # non-blank lines at the top that count as the page header
    max_tokens: int = 16  # words and numbers on a date line
    max_digits: int = 4  # a longer number is not part of a date
    max_byline_words: int | None = 4  # words of a name before a glued date; None: off
    # Remove a date line only from a text that shows other page residue: under
    # the headline of clean article text the date is part of the article (the
    # human gold of the HTML sets keeps it). False: remove it from any text.
    needs_other_residue: bool = True

    def is_date_line(self, text: str) -> bool:
        # at most one token past max_tokens is read: a paragraph costs no more than a date
        tokens = [m.group() for m in islice(_TOKEN.finditer(text), self.max_tokens + 1)]
        if not tokens or len(tokens) > self.max_tokens or not _ANCHOR.search(text):
            return False
        for token in tokens:
            if token.isdigit():
                if len(token) > self.max_digits:
                    return False
            elif token.casefold() not in date_vocabulary():
                return False
        return True

    def detect(self, doc: Document) -> Iterator[Span]:
        for line in doc.content_lines[: self.header_lines]:
            if self.is_date_line(line.text):
                yield Span(line.start, line.end, self.name, "publication date line in the header")
                continue
            if _EMPTY_POST_META.fullmatch(line.text):
                yield Span(line.start, line.end, self.name, "post-meta line whose date was lost")
                continue
            cut = self._date_after_byline(line.text)
            if cut is not None:
                yield Span(line.start + cut, line.end, self.name, "publication date glued to a byline")

    def _date_after_byline(self, text: str) -> int | None:
        """Where a date glued to the end of a short name starts ("Joseph Tsidulko November 19, 2019, 07:47 PM EST").

        The part before the date must be a name: a few capitalised words and
        nothing else, so a sentence that ends in a date is never cut.
        """
        if self.max_byline_words is None:
            return None
        starts = [m.start() for m in islice(_WORD_START.finditer(text), self.max_byline_words + 1)]
        for k, start in enumerate(starts[1 : self.max_byline_words + 1], 1):
            head = text[:start].split()
            if not all(w[:1].isupper() and w.isalpha() for w in head):
                return None
            if self.is_date_line(text[start:]) and not self.is_date_line(" ".join(head) + " 2000"):
                return start
        return None
