"""Language from stopwords: which stoplist (``data/stopwords/<lang>.txt``) a text uses most.

Cheap and good enough to pick the stoplist for stopword density. When too few
stopwords are seen, or no language stands out, the answer is ``None`` and
callers fall back to keeping text rather than dropping it.

A language that glues its particles to the end of its words (Korean: 사람의,
사람은, 사람을) lists them as endings, written with a leading ``-`` (``-의``):
a word that ends in one counts as a stopword, as a particle standing alone
counts in English.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .phrasebank import load_bank

__all__ = ["stopwords", "stop_endings", "count_stopwords", "LanguageGuess", "guess_language"]


ENDING_MARK = "-"  # how a stoplist writes an ending ("-의"): see above


@lru_cache(maxsize=1)
def _stoplists() -> dict[str, frozenset[str]]:
    """The whole words of each stoplist."""
    return {
        lang: frozenset(w for w in words if not w.startswith(ENDING_MARK)) for lang, words in load_bank("stopwords").items()
    }


@lru_cache(maxsize=1)
def _endings() -> dict[str, tuple[str, ...]]:
    """The endings of the stoplists that list any."""
    found = {
        lang: tuple(w[len(ENDING_MARK) :] for w in words if w.startswith(ENDING_MARK) and len(w) > len(ENDING_MARK))
        for lang, words in load_bank("stopwords").items()
    }
    return {lang: endings for lang, endings in found.items() if endings}


def stopwords(lang: str | None) -> frozenset[str]:
    """The whole words of lang's stoplist (none for an unknown language, None)."""
    return _stoplists().get(lang, frozenset()) if lang is not None else frozenset()


def stop_endings(lang: str | None) -> tuple[str, ...]:
    """The endings that make a word of lang a stopword (empty for most languages)."""
    return _endings().get(lang, ()) if lang is not None else ()


def count_stopwords(words: Iterable[str], stops: frozenset[str], endings: tuple[str, ...] = ()) -> int:
    """How many of the (case-folded) words are stopwords: in ``stops``, or ending in one of ``endings``."""
    if not endings:
        return sum(map(stops.__contains__, words))
    return sum(1 for w in words if w in stops or w.endswith(endings))


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
    endings = _endings()
    hits = sorted(
        ((_hits(counts, stops, endings.get(lang, ())), lang) for lang, stops in _stoplists().items()),
        reverse=True,
    )
    if not hits or not total:
        return LanguageGuess(None, 0.0)
    best, lang = hits[0]
    runner_up = hits[1][0] if len(hits) > 1 else 0
    if best < min_hits or best / total < min_share or best < min_lead * runner_up:
        return LanguageGuess(None, best / total)
    return LanguageGuess(lang, best / total)


def _hits(counts: Counter, stops: frozenset[str], endings: tuple[str, ...]) -> int:
    """How many of the counted words are stopwords (see :func:`count_stopwords`)."""
    found = sum(counts[w] for w in counts.keys() & stops)
    if endings:
        found += sum(n for w, n in counts.items() if w not in stops and w.endswith(endings))
    return found
