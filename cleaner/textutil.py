"""Small text helpers shared by detectors: normalisation for matching, word counts."""
from __future__ import annotations

import regex

__all__ = ["normalize", "words", "WORD"]

WORD = regex.compile(r"\w+(?:['’.-]\w+)*+")
_NON_WORD = regex.compile(r"[^\w]++")


def normalize(text: str) -> str:
    """Case-folded words joined by single spaces: the form phrase banks are matched in."""
    return _NON_WORD.sub(" ", text.casefold()).strip()


def words(text: str) -> list[str]:
    return WORD.findall(text)
