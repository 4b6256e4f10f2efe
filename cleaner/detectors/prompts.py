"""Prompts: newsletter, subscribe, donate, petition, cookie, follow and feedback calls.

"Sign up for our newsletter", "Subscribe to Canada Free Press for FREE", "Add
your name to millions demanding that Congress ...", "This website uses
cookies", "Like our page on facebook.", "See an error in this article? Send
us a correction", in the languages of ``data/prompts/<lang>.txt``: a line that
is such a prompt is removed; prompts glued to the end of a real paragraph are
cut off and the paragraph kept. Follow links listed as ``[FACEBOOK]:
http://...`` or ``Twitter: @name`` are prompts too.

A short share prompt followed only by the names of networks ("Share this:
Reddit", "Share this on Facebook: Facebook") is a row of share buttons.

Prompts are short and match a phrase as a whole (fuzzily, or exactly where the
phrase has slots), so "Subscribers to the plan pay $10 a month" and "The
petition was signed by 2,000 people" stay.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import regex

from ..phrasebank import load_bank, load_list
from ..textutil import normalize
from .phrases import PhraseLines, first_words

__all__ = ["Prompts"]

# "And SUBSCRIBE to ...", "So follow us ...": a conjunction does not make a prompt prose
_LEADING_CONJUNCTION = regex.compile(r"[^\w\n]*+(?:and|also|so|then|und|et|y|e|и)[^\S\n]++", regex.IGNORECASE)
_URL = r"(?:https?://|www\.)\S++|@\w++"
_FIRST_WORD = regex.compile(r"\w++")
_FOLLOW_NAMES = ("website", "web site", "site", "blog", "homepage", "home page", "e-mail", "email", "rss", "newsletter")


@dataclass
class Prompts(PhraseLines):
    name: str = "prompts"
    bank: str = "prompts"
    score_cutoff: float = 88.0
    max_words: int = 40

    @cached_property
    def _follow_re(self) -> regex.Pattern:
        """'[FACEBOOK]: http://...', 'Twitter: @name (...)': a network and its address alone on a line."""
        names = {b.casefold() for b in load_list("ui_labels/brands")} | set(_FOLLOW_NAMES)
        body = "|".join(regex.escape(n).replace(r"\ ", r"[^\S\n]++") for n in sorted(names, key=len, reverse=True))
        return regex.compile(
            rf"[^\S\n]*+\[?+(?:{body})\]?+[^\S\n]*+[:\-–—]?+[^\S\n]*+(?:{_URL})(?:[^\S\n]*+\([^()\n]{{0,120}}\))?+[^\S\n]*+",
            regex.IGNORECASE,
        )

    max_button_lead_words: int = 4  # share prompts this short may head a row of share buttons
    max_button_chars: int = 200  # longer lines are no row of buttons and no follow link

    @cached_property
    def _buttons_re(self) -> regex.Pattern:
        """'Share this: Reddit', 'Share this on Facebook: Facebook': a short share prompt, then networks."""
        leads = {
            normalize(p)
            for entries in load_bank("share_prompts").values()
            for p in entries
            if "{" not in p and 0 < len(normalize(p).split()) <= self.max_button_lead_words
        }
        lead = "|".join(sorted((r"[\W_]++".join(map(regex.escape, p.split())) for p in leads), key=len, reverse=True))
        brands = {b.casefold() for b in load_list("ui_labels/brands")}
        brand = "|".join(sorted((regex.escape(b) for b in brands), key=len, reverse=True))
        return regex.compile(
            rf"[^\w\n]*+(?:{lead})[^\S\n]*+[:|/•·–—-]?+(?:[^\S\n|/•·,:-]*+(?:{brand})(?!\w)[^\S\n]*+[|/•·,:-]?+)++[^\S\n]*+",
            regex.IGNORECASE,
        )

    @cached_property
    def _button_lead_words(self) -> frozenset[str]:
        return first_words(p for entries in load_bank("share_prompts").values() for p in entries if "{" not in p)

    def could_start(self, text: str, pos: int) -> bool:
        m = _LEADING_CONJUNCTION.match(text, pos)
        return super().could_start(text, m.end() if m else pos)

    def match(self, text: str) -> str | None:
        first = _FIRST_WORD.search(text)
        if len(text) <= self.max_button_chars and first is not None:
            if ("http" in text or "www." in text or "@" in text) and self._follow_re.fullmatch(text):
                return "follow link"
            if first.group().casefold() in self._button_lead_words and self._buttons_re.fullmatch(text):
                return "share prompt and share buttons"
        found = super().match(text)
        if found is None:
            conjunction = _LEADING_CONJUNCTION.match(text)
            if conjunction:
                found = super().match(text[conjunction.end() :])
        return f"prompt {found}" if found else None
