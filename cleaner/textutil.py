"""Small text helpers shared by detectors: normalisation for matching, word counts."""
from __future__ import annotations

import re

import regex

__all__ = ["normalize", "words", "feature_words", "WORD", "CJK_CHAR"]

WORD = regex.compile(r"\w+(?:['’.-]\w+)*+")
# Most lines are ASCII: for them the standard library's engine finds the same words as
# WORD (no Unicode word class differs there, and ’ cannot occur) in a third of the time.
_ASCII_WORD = re.compile(r"\w+(?:['.-]\w+)*", re.ASCII)
_NON_WORD = regex.compile(r"[^\w]++")
_ASCII_NON_WORD = re.compile(r"[^a-z0-9_]+")  # on lower-cased ASCII text: the same as _NON_WORD, faster


def normalize(text: str) -> str:
    """Case-folded words joined by single spaces: the form phrase banks are matched in."""
    if text.isascii():  # casefold() is lower() on ASCII
        return _ASCII_NON_WORD.sub(" ", text.lower()).strip()
    return _NON_WORD.sub(" ", text.casefold()).strip()


def words(text: str) -> list[str]:
    return _ASCII_WORD.findall(text) if text.isascii() else WORD.findall(text)


# Chinese and Japanese are written without spaces: each ideograph or kana counts as a word.
_CJK = r"\p{Han}\p{Hiragana}\p{Katakana}"
CJK_CHAR = regex.compile(rf"[{_CJK}]")
_FEATURE_WORD = regex.compile(rf"[{_CJK}]|(?:(?![{_CJK}])\w)++(?:['’.-](?:(?![{_CJK}])\w)++)*+")


def feature_words(text: str) -> list[str]:
    """The words of a text for counting and language guessing: ``words``, with Chinese
    and Japanese characters counted one by one."""
    if text.isascii() or CJK_CHAR.search(text) is None:
        return words(text)
    return _FEATURE_WORD.findall(text)
