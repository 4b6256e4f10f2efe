"""Small text helpers shared by detectors: normalisation for matching, word counts."""
from __future__ import annotations

import re
from typing import Iterable

import regex

__all__ = ["normalize", "words", "feature_words", "WORD", "CJK_CHAR", "COPYRIGHT_SIGNS", "has_copyright_sign", "is_cut_off", "StemGate"]

WORD = regex.compile(r"\w+(?:['’.-]\w+)*+")
# Most lines are ASCII: for them the standard library's engine finds the same words as
# WORD (no Unicode word class differs there, and ’ cannot occur) in a third of the time.
_ASCII_WORD = re.compile(r"\w+(?:['.-]\w+)*", re.ASCII)
_NON_WORD = regex.compile(r"[^\w]++")
_ASCII_NON_WORD = re.compile(r"[^a-z0-9_]+")  # on lower-cased ASCII text: the same as _NON_WORD, faster


# The copyright sign, and the circled letters Korean and Japanese sites print for it ("ⓒ 2019 ...").
COPYRIGHT_SIGNS = "©ⓒⒸ"


def has_copyright_sign(text: str) -> bool:
    """Whether text holds one of COPYRIGHT_SIGNS (none is ASCII: most lines are passed at once)."""
    return not text.isascii() and any(sign in text for sign in COPYRIGHT_SIGNS)


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


class StemGate:
    """Whether a text holds a word that starts with one of some stems, case-insensitively
    (with ``whole_words``: a word that is one of them).

    The same answer as searching ``(?<!\\w)(?:stem|...)`` (then ``(?!\\w)``) with
    IGNORECASE; on ASCII text (most lines) the lower-cased text is searched by the
    standard library's engine, about three times faster.
    """

    __slots__ = ("_any", "_ascii")

    def __init__(self, stems: Iterable[str], *, whole_words: bool = False) -> None:
        stems = sorted(set(stems), key=len, reverse=True)
        end = r"(?!\w)" if whole_words else ""
        self._any = regex.compile(rf"(?<!\w)(?:{'|'.join(map(regex.escape, stems))}){end}", regex.IGNORECASE)
        # an ASCII text can hold only the stems that lower-case to ASCII
        ascii_stems = [s.lower() for s in stems if s.lower().isascii()]
        self._ascii = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, ascii_stems))}){end}") if ascii_stems else None

    def found(self, text: str, pos: int = 0) -> bool:
        """Whether such a word starts at pos or later (the text before pos is seen, as by a search from pos)."""
        if text.isascii():
            return self._ascii is not None and self._ascii.search(text.lower(), pos) is not None
        return self._any.search(text, pos) is not None


# a word, perhaps a comma or semicolon, then an ellipsis at the end of a stripped text
_CUT_OFF = regex.compile(r"\w([,;]?+)(?:\.\.\.|…)$")


def is_cut_off(text: str, *, after_clause_mark: bool = False) -> bool:
    """Whether a line ends in a word cut off by an ellipsis ("... may soon..."); with
    ``after_clause_mark``, also in a comma or semicolon and the ellipsis ("... with the plague,...")."""
    end = text.rstrip()
    if not end.endswith(("...", "…")):
        return False  # cheap: most lines end otherwise
    m = _CUT_OFF.search(end, max(len(end) - 6, 0))
    return m is not None and (after_clause_mark or not m.group(1))
