"""The article detector's word lists and phrase banks (``cleaner/data/``), each loaded
once, and the recognisers it borrows from other detectors (credits, teasers, prompts).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ...memo import Memo
from ...phrasebank import load_bank, load_list
from ...textutil import normalize
from ..credits import Credits
from ..phrases import first_words
from ..prompts import Prompts
from ..teasers import Teasers


@lru_cache(maxsize=1)
def _credit_recogniser() -> Credits:
    return Credits()


@lru_cache(maxsize=1)
def _teaser_recogniser() -> Teasers:
    return Teasers()


@lru_cache(maxsize=1)
def _prompt_recogniser() -> Prompts:
    return Prompts()


@lru_cache(maxsize=1)
def _split_footer_words() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """The lead-ins of a post's footer printed over four lines, as case-folded words, each with
    the words that may join the writer's name to the time (``data/split_post_footers.txt``)."""
    found: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for entry in load_list("split_post_footers"):
        lead_in, joining = (tuple(normalize(part).split()) for part in entry.split("|"))
        found.setdefault(lead_in, set()).add(joining)
    return {lead_in: frozenset(joining) for lead_in, joining in found.items()}


@lru_cache(maxsize=1)
def _consent_words() -> frozenset[str]:
    return frozenset(load_list("consent_words"))


@lru_cache(maxsize=1)
def comment_words() -> frozenset[str]:
    """One-word comment headings ("comments", "kommentare"): a line holding one counts comments."""
    return frozenset(h for h in _comment_headings() if " " not in h)


@lru_cache(maxsize=1)
def _says_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in load_list("comment_says_words"))


@lru_cache(maxsize=1)
def _closed_notices() -> tuple[frozenset[str], frozenset[str]]:
    """The notices that a post's comments are closed, normalised, and their last words."""
    notices = frozenset(normalize(n) for entries in load_bank("closed_comments").values() for n in entries)
    return notices, frozenset(n.rsplit(" ", 1)[-1] for n in notices)


@lru_cache(maxsize=1)
def _slideshow_labels() -> frozenset[str]:
    """The labels of a slideshow's player, normalised."""
    return frozenset(normalize(n) for entries in load_bank("slideshows").values() for n in entries)


@lru_cache(maxsize=1)
def _comment_headings() -> frozenset[str]:
    return frozenset(
        normalize(h) for phrases in load_bank("comment_headings").values() for h in phrases if _TITLE_SLOT not in h
    )


@lru_cache(maxsize=1)
def _shop_buttons() -> frozenset[str]:
    """The buttons of a shop box alone on their line ("Buy Now"): ``data/shop_buttons/``."""
    return frozenset(normalize(b) for phrases in load_bank("shop_buttons").values() for b in phrases)


_SHOP_BUTTON_WORDS = 4  # words of a shop button at most ("See it at Amazon"): longer lines are not compared


def is_shop_button(words: int, text: str) -> bool:
    """Whether a line of ``words`` words is a shop button alone ("Buy Now")."""
    return words <= _SHOP_BUTTON_WORDS and normalize(text) in _shop_buttons()


@lru_cache(maxsize=1)
def _ingredient_headings() -> frozenset[str]:
    """The headings over a recipe's ingredients ("Zutaten"): ``data/ingredient_headings/``."""
    return frozenset(normalize(h) for phrases in load_bank("ingredient_headings").values() for h in phrases)


@lru_cache(maxsize=1)
def _paper_sections() -> frozenset[str]:
    """A research paper's section headings ("Results", "Discussion"): ``data/paper_sections/``."""
    return frozenset(normalize(h) for phrases in load_bank("paper_sections").values() for h in phrases)


_TITLE_SLOT, _COUNT_SLOT = "{title}", "{n}"


def _titled_heading_match(text: str) -> regex.Match | None:
    """The match of a comment heading that names the post, if the whole line is one
    (remembered by the line's text: several steps and rounds ask about the same lines)."""
    return _TITLED_HEADINGS.get_for(text, _match_titled_heading)


_TITLED_HEADINGS: Memo = Memo()


def _match_titled_heading(text: str) -> regex.Match | None:
    text = text.strip()
    first = _FIRST_WORD_RE.match(text)
    if first is None or not (first.group()[0].isdigit() or first.group().casefold() in _titled_heading_words()):
        return None  # cheap: such a heading opens with its count
    return _titled_comment_heading().fullmatch(text)


_FIRST_WORD_RE = regex.compile(r"[^\w\n]*+\K\w++")


@lru_cache(maxsize=1)
def _titled_heading_words() -> frozenset[str]:
    """The first words of the titled comment headings that do not open with a count ("one", "ein")."""
    return first_words(
        entry
        for phrases in load_bank("comment_headings").values()
        for entry in phrases
        if _TITLE_SLOT in entry and not entry.startswith(_COUNT_SLOT)
    )


@lru_cache(maxsize=1)
def _titled_comment_heading() -> regex.Pattern:
    """The comment headings that name the post (entries with ``{title}``; ``{n}`` is a count in
    digits), as one pattern a whole line must match: "35 Responses to “Title”", "Ein Gedanke zu „Title“"."""
    alternatives = []
    for phrases in load_bank("comment_headings").values():
        for entry in phrases:
            if _TITLE_SLOT not in entry:
                continue
            parts = []
            for word in entry.split():
                if word == _COUNT_SLOT:
                    parts.append(r"\d++")
                elif word == _TITLE_SLOT:
                    parts.append(r"[^\w\n]*+(?P<title>\w.*+)")  # an opening quote, perhaps, then the title
                else:
                    parts.append(regex.escape(word))
            alternatives.append(r"[^\S\n]++".join(parts))
    body = "|".join(alternatives) or r"(?!)"
    return regex.compile(rf"[^\w\n]*+(?:{body})", regex.IGNORECASE)
