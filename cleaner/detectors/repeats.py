"""Repeats: text a page shows twice, where the second showing is not the article.

- **A pull-quote** (with ``pull_quotes=True``; the human gold of the HTML
  development sets keeps pull-quotes, so by default they stay): a short line that ends like a sentence and repeats, word for
  word, a passage of a longer line of the same page ("ISIS is cultivating the
  belief that our lives are insecure." set off after the paragraph that ends
  with it). The copy that stands alone goes; the paragraph stays. The
  paragraph must be twice as long at least, and a line set before a paragraph
  that opens with its words is that paragraph's heading, not a quote. The first
  lines of the page are left alone: a headline the lede repeats is the
  headline detector's to judge.
- **A paragraph's opening glued to the end of the one before** ("... nobody
  is safe.The man being hunted by the FBI, for example, isn't just a Muslim,
  he's an" when the next paragraph opens with those words): a teaser left
  where the page previewed the next block. The copy at the end goes.
- **A repeated credit**: a short line of capitalised words naming an
  organisation (its last word is in ``data/organisation_words.txt``), with no
  sentence end, standing alone between two paragraphs of prose three times or
  more ("New Jersey State Police" under every photo): every copy goes. A name
  repeated down a comment thread ("Samurai Mike") is not an organisation's,
  and a wire byline over each item of a digest ("Tribune News Service" between
  a headline and a dateline) does not stand between paragraphs: both stay.

Words are compared case-folded, so punctuation and case may differ. Only a
bounded number of candidate lines is searched per page, each by one scan of
the page's words, so the work stays linear in the size of the page.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator, Sequence

import regex

from ..document import Document, Line
from ..lines import line_shapes
from ..phrasebank import load_list
from ..spans import Span
from ..textutil import feature_words

__all__ = ["Repeats"]

_SENTENCE_END = regex.compile(r"[.!?…][\"'”’»)\]]*+\s*+$")
# where a sentence may start inside a line: after its end mark, with or without a space
_SENTENCE_START = regex.compile(r"(?<=[.!?…][\"'”’»)\]]*+)[^\S\n]*+(?=[\p{Lu}\p{Lt}\"“‘«(\[])")
_CAPITALISED = regex.compile(r"[\p{Lu}\p{Lt}\d]")
_SMALL_WORDS = frozenset("of the and & for at in on de la le du der die das van von y e et".split())


@lru_cache(maxsize=1)
def _organisation_words() -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_list("organisation_words"))


@dataclass
class Repeats:
    name: str = "repeats"
    min_quote_words: int = 6  # a shorter line may repeat a phrase by chance
    min_quote_distinct_words: int = 5  # nor is "no, no, no, no, no, no." a quotation of anything
    max_quote_words: int = 40  # a longer line is a paragraph, not a pull-quote
    min_paragraph_words: int = 20  # the line a pull-quote repeats is a paragraph ...
    min_paragraph_ratio: float = 2.0  # ... this many times longer than the quote
    max_quote_distance: int = 2  # content lines between a pull-quote and its paragraph, at most
    head_lines: int = 3  # content lines at the top where no line is taken for a pull-quote
    max_glued_chars: int = 400  # how far from a line's end a glued opening may start
    max_quote_candidates: int = 64  # lines searched for per page (bounds the work)
    pull_quotes: bool = False  # the human gold of the HTML sets keeps pull-quotes: off unless asked
    min_label_copies: int = 3  # standalone copies that make a short line a repeated label
    min_label_words: int = 2  # "Image" alone is a label, not an organisation's name
    max_label_words: int = 6
    min_neighbour_words: int = 12  # words of the lines around each copy of a credit
    min_label_capitalised: float = 0.75  # share of a label's words that start with a capital

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        if len(lines) < 2:
            return
        # each line's words, case-folded, as the line features hold them
        folded = [" ".join(shape.folded) for shape in line_shapes(doc)]
        if self.pull_quotes:
            yield from self._pull_quotes(lines, folded)
        yield from self._glued_openings(lines, folded)
        yield from self._labels(lines, folded)

    def _pull_quotes(self, lines, folded) -> Iterator[Span]:
        candidates = []
        for i in range(self.head_lines, len(lines)):
            n = folded[i].count(" ") + 1 if folded[i] else 0
            if (
                self.min_quote_words <= n <= self.max_quote_words
                and _SENTENCE_END.search(lines[i].text)
                and len(set(folded[i].split())) >= self.min_quote_distinct_words
            ):
                candidates.append(i)
                if len(candidates) >= self.max_quote_candidates:
                    break
        if not candidates:
            return
        # every line's words between spaces, one line after another: a passage is found
        # inside a line, at word boundaries, by one search
        page = "\n".join(f" {f} " for f in folded)
        starts = []
        pos = 0
        for f in folded:
            starts.append(pos)
            pos += len(f) + 3
        for i in candidates:
            needle = f" {folded[i]} "
            at = page.find(needle)
            while at != -1:
                j = bisect.bisect_right(starts, at) - 1
                if j != i and abs(j - i) <= self.max_quote_distance and self._quotes_from(folded, i, j, at - starts[j]):
                    yield Span(lines[i].start, lines[i].end, self.name, f"pull-quote: repeats a passage of line {lines[j].index + 1}")
                    break
                at = page.find(needle, at + 1)

    def _quotes_from(self, folded, i: int, j: int, offset: int) -> bool:
        """Whether line i, found at ``offset`` in line j, reads as a quotation from the paragraph j:
        j is a paragraph, several times longer, and i is not its heading (set before it and
        repeated by its first words, as in a list of questions and answers)."""
        quote, paragraph = folded[i].count(" ") + 1, folded[j].count(" ") + 1
        if paragraph < max(self.min_paragraph_words, self.min_paragraph_ratio * quote):
            return False
        return not (i < j and offset == 0)

    def _glued_openings(self, lines: Sequence[Line], folded: Sequence[str]) -> Iterator[Span]:
        for i in range(len(lines) - 1):
            text, following = lines[i].text, folded[i + 1]
            if len(following) <= len(folded[i]) // 4 or not following:
                continue  # cheap: the next line is too short to be worth a preview
            if " ".join(following.split(" ", self.min_quote_words)[: self.min_quote_words]) not in folded[i]:
                continue  # cheap: the line does not hold the next line's first words
            window = max(0, len(text) - self.max_glued_chars)
            for m in _SENTENCE_START.finditer(text, window):
                tail = " ".join(w.casefold() for w in feature_words(text[m.end() :]))
                n = tail.count(" ") + 1 if tail else 0
                if n < self.min_quote_words or m.start() == 0 or len(set(tail.split())) < self.min_quote_distinct_words:
                    continue
                if len(following) > len(tail) and following.startswith(tail + " "):
                    yield Span(*lines[i].offsets_of(m.start(), len(text)), self.name,
                               f"repeats the opening of line {lines[i + 1].index + 1}, end of line")
                    break

    def _labels(self, lines, folded) -> Iterator[Span]:
        copies: dict[str, list[int]] = {}
        for i, line in enumerate(lines):
            copies.setdefault(line.text.strip(), []).append(i)
        for text, where in copies.items():
            if len(where) < self.min_label_copies or not self._label_shaped(text, folded[where[0]]):
                continue
            # under a picture, between paragraphs: every copy stands between two lines of prose
            # (a byline repeated over the items of a digest stands among short lines and stays)
            if not all(self._between_prose(folded, i) for i in where):
                continue
            for i in where:
                yield Span(lines[i].start, lines[i].end, self.name,
                           f"repeated credit: an organisation named alone {len(where)} times between paragraphs")

    def _between_prose(self, folded, i: int) -> bool:
        return 0 < i < len(folded) - 1 and all(
            folded[j].count(" ") + 1 >= self.min_neighbour_words for j in (i - 1, i + 1)
        )

    def _label_shaped(self, text: str, folded: str) -> bool:
        if not folded or _SENTENCE_END.search(text) or text.endswith(":"):
            return False
        parts = text.split()
        if not self.min_label_words <= len(parts) <= self.max_label_words:
            return False
        last = parts[-1].strip("\"'”’)]").casefold()
        if not any(last.endswith(w) for w in _organisation_words()):
            return False
        big = [w for w in parts if w.casefold() not in _SMALL_WORDS]
        capitalised = sum(bool(_CAPITALISED.match(w.lstrip("\"'“‘(["))) for w in big)
        return bool(big) and capitalised >= self.min_label_capitalised * len(big) and any(c.isalpha() for c in text)

