"""Language from stopwords: which stoplist (``data/stopwords/<lang>.txt``) a text uses most.

Cheap and good enough to pick the stoplist for stopword density. When too few
stopwords are seen, or no language stands out, the answer is ``None`` and
callers fall back to keeping text rather than dropping it.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .phrasebank import load_bank

__all__ = ["stopwords", "LanguageGuess", "guess_language"]


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    return {lang: frozenset(words) for lang, words in load_bank("stopwords").items()}


def stopwords(lang: str) -> frozenset[str]:
    return _stoplists().get(lang, frozenset())


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str | None  # None: unknown
    share: float  # share of the words that are stopwords of lang


def guess_language(words: Iterable[str], *, min_hits: int = 8, min_share: float = 0.12, min_lead: float = 1.3) -> LanguageGuess:
    """The language whose stopwords cover most of the (case-folded) words.

    Unknown when fewer than ``min_hits`` stopwords are found, when they cover
    less than ``min_share`` of the words, or when the runner-up has nearly as
    many (``min_lead``: the winner's hits over the runner-up's).
    """
    counts = Counter(map(str.casefold, words))
    total = sum(counts.values())
    seen = counts.keys()
    hits = sorted(
        ((sum(counts[w] for w in seen & stops), lang) for lang, stops in _stoplists().items()),
        reverse=True,
    )
    if not hits or not total:
        return LanguageGuess(None, 0.0)
    best, lang = hits[0]
    runner_up = hits[1][0] if len(hits) > 1 else 0
    if best < min_hits or best / total < min_share or best < min_lead * runner_up:
        return LanguageGuess(None, best / total)
    return LanguageGuess(lang, best / total)
