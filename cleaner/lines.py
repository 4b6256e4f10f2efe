"""Shallow features of each non-blank line, computed once per document.

What a jusText-style classifier looks at when it has no HTML: length, the
share of stopwords of the page's language, whether the line ends like a
sentence, and how many of its words are capitalised.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from .document import Document, Line
from .language import LanguageGuess, guess_language, stopwords
from .textutil import words

__all__ = ["LineFeatures", "page_features"]

PROSE_LINE_WORDS = 8  # lines this long are used to tell the language
MIN_PROSE_WORDS = 30  # below this many such words, all lines are used

_SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*+\s*+$")


@dataclass(frozen=True, slots=True)
class LineFeatures:
    line: Line
    chars: int  # characters without surrounding whitespace
    words: int
    stopwords: int  # words on the stoplist of the page's language
    capitalised: int  # words starting with a capital letter
    ends_sentence: bool

    @property
    def stop_share(self) -> float:
        return self.stopwords / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class PageFeatures:
    language: LanguageGuess
    lines: tuple[LineFeatures, ...]  # one per non-blank line, in order


def _features(line: Line, ws: list[str], stops: frozenset[str]) -> LineFeatures:
    text = line.text.strip()
    return LineFeatures(
        line=line,
        chars=len(text),
        words=len(ws),
        stopwords=sum(w.casefold() in stops for w in ws),
        capitalised=sum(w[:1].isupper() for w in ws),
        ends_sentence=bool(_SENTENCE_END.search(text)),
    )


def page_features(doc: Document) -> PageFeatures:
    """Features of the document's lines (computed once per document and kept on it)."""
    cached = doc.memo.get("page_features")
    if cached is None:
        per_line = [words(line.text) for line in doc.content_lines]
        # menus and link lists have few stopwords: judge the language on prose-length lines
        prose = [w for ws in per_line if len(ws) >= PROSE_LINE_WORDS for w in ws]
        language = guess_language(prose if len(prose) >= MIN_PROSE_WORDS else [w for ws in per_line for w in ws])
        stops = stopwords(language.lang) if language.lang else frozenset()
        cached = PageFeatures(language, tuple(_features(line, ws, stops) for line, ws in zip(doc.content_lines, per_line)))
        doc.memo["page_features"] = cached
    return cached
