"""Shallow features of each non-blank line, computed once per document.

What a jusText-style classifier looks at when it has no HTML: length, the
share of stopwords of the page's language, whether the line ends like a
sentence, and how many of its words are capitalised.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple, cast

import regex

from .document import Document, Line
from .language import LanguageGuess, count_stopwords, guess_language, stop_endings, stopwords
from .memo import Memo
from .textutil import CJK_CHAR, feature_words, words

__all__ = ["LineFeatures", "ends_sentence", "line_shapes", "page_features"]

CJK_CHAR_LENGTH = 3  # an ideograph or kana carries about what three letters of an alphabet do
PROSE_LINE_WORDS = 8  # lines this long are used to tell the language
MIN_PROSE_WORDS = 30  # below this many such words, all lines are used
LANGUAGE_SAMPLE_WORDS = 5000  # words the language is judged on at most

_SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*+\s*+$")
_CLOSERS = "\"'”’»)]"  # what may follow a sentence's end mark (_SENTENCE_END)
_END_MARKS = frozenset(".!?…:;")


@dataclass(frozen=True, slots=True)
class LineFeatures:
    line: Line
    chars: int  # length without surrounding whitespace, a Chinese or Japanese character counting as CJK_CHAR_LENGTH
    words: int
    stopwords: int  # words on the stoplist of the page's language
    capitalised: int  # words starting with a capital letter
    ends_sentence: bool
    folded: tuple[str, ...] = ()  # the words, case-folded

    @property
    def stop_share(self) -> float:
        return self.stopwords / self.words if self.words else 0.0


@dataclass(frozen=True, slots=True)
class PageFeatures:
    language: LanguageGuess
    lines: tuple[LineFeatures, ...]  # one per non-blank line, in order


class _Shape(NamedTuple):
    """What a line's text alone tells, before the page's language is known."""

    chars: int
    folded: tuple[str, ...]  # its words, case-folded
    capitalised: int
    ends_sentence: bool


_SHAPES = Memo()


_ASCII_CAPITAL_START = re.compile(r"(?:^| )[A-Z]")  # a word that starts with a capital, in words joined by spaces


def ends_sentence(stripped: str) -> bool:
    """Whether a stripped text ends like a sentence: ``_SENTENCE_END`` found in it, without a search
    (no space ends a stripped text, so only closing quotes and brackets may follow the mark)."""
    return stripped.rstrip(_CLOSERS)[-1:] in _END_MARKS


def _shape(text: str) -> _Shape:
    stripped = text.strip()
    if not stripped.isascii():
        return _unicode_shape(stripped)
    joined = " ".join(words(stripped))  # the words, one space apart (feature_words on ASCII)
    return _Shape(
        chars=len(stripped),
        folded=tuple(joined.lower().split(" ")) if joined else (),  # lower() is casefold() on ASCII
        capitalised=len(_ASCII_CAPITAL_START.findall(joined)),
        ends_sentence=ends_sentence(stripped),
    )


def _unicode_shape(stripped: str) -> _Shape:
    ws = feature_words(stripped)
    return _Shape(
        chars=len(stripped) + (CJK_CHAR_LENGTH - 1) * len(CJK_CHAR.findall(stripped)),
        folded=tuple(w.casefold() for w in ws),
        capitalised=sum(w[:1].isupper() for w in ws),
        ends_sentence=ends_sentence(stripped),
    )


def line_shapes(doc: Document) -> list[_Shape]:
    """What each non-blank line's text alone tells (its words, case-folded, among them),
    kept on the document: for detectors that need no stopword counts, and so no language."""
    cached = doc.memo.get("line_shapes")
    if cached is None:
        cached = doc.memo["line_shapes"] = [_SHAPES.get_for(line.text, _shape) for line in doc.content_lines]
    return cast("list[_Shape]", cached)


def page_features(doc: Document) -> PageFeatures:
    """Features of the document's lines (computed once per document and kept on it).

    A line's shape depends on its text alone and is remembered across
    documents and rounds (menus repeat); only the stopword counts depend on the
    page's language.
    """
    cached = doc.memo.get("page_features")
    if cached is None:
        shapes = line_shapes(doc)
        # menus and link lists have few stopwords: judge the language on prose-length lines
        prose = [w for sh in shapes if len(sh.folded) >= PROSE_LINE_WORDS for w in sh.folded][:LANGUAGE_SAMPLE_WORDS]
        if len(prose) < MIN_PROSE_WORDS:
            prose = [w for sh in shapes for w in sh.folded][:LANGUAGE_SAMPLE_WORDS]
        language = guess_language(prose)
        stops = stopwords(language.lang) if language.lang else frozenset()
        endings = stop_endings(language.lang) if language.lang else ()
        cached = PageFeatures(
            language,
            tuple(
                LineFeatures(
                    line=line,
                    chars=sh.chars,
                    words=len(sh.folded),
                    stopwords=count_stopwords(sh.folded, stops, endings) if stops or endings else 0,
                    capitalised=sh.capitalised,
                    ends_sentence=sh.ends_sentence,
                    folded=sh.folded,
                )
                for line, sh in zip(doc.content_lines, shapes)
            ),
        )
        doc.memo["page_features"] = cached
    return cast(PageFeatures, cached)
