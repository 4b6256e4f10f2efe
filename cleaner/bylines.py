"""Bylines: "By Jane Doe", "Von Moritz Bachmann", or "By" alone over the writer's name.

The words that open a byline are ``data/byline_words.txt``. The article's head
(``body_only``) runs down to the last byline near the top; a list of other
stories' headlines ends at one, since a headline over a byline is an
article's head, not a link.
"""
from __future__ import annotations

from functools import lru_cache

from .lines import ends_sentence
from .phrasebank import load_list
from .textutil import feature_words

__all__ = ["BYLINE_MAX_WORDS", "BYLINE_MIN_CAPITALISED", "byline_words", "is_byline"]

BYLINE_MAX_WORDS = 8  # words of a byline at most
BYLINE_MIN_CAPITALISED = 0.6  # share of the words after "By" that are capitalised


@lru_cache(maxsize=1)
def byline_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("byline_words"))


def is_byline(text: str, *, max_words: int = BYLINE_MAX_WORDS, min_capitalised: float = BYLINE_MIN_CAPITALISED) -> bool:
    """Whether a line is a byline: "By" alone, or "By" and a name whose words are mostly
    capitalised ("By Jane Doe", "By LISA MASCARO and ERIC TUCKER"; not "By the way",
    "Por qué importa"), no sentence and at most ``max_words`` words."""
    found = feature_words(text)
    if not found or found[0].casefold() not in byline_words() or len(found) > max_words:
        return False
    if ends_sentence(text.strip()):
        return False
    name = text.split()[1:]
    capitalised = sum(w[:1].isupper() for w in name)
    return not name or (name[0][:1].isupper() and capitalised >= min_capitalised * len(name))
