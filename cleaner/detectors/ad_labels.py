"""Ad labels: "Advertisement", "Ad", "Story continues below", ad-slot placeholders, adverts.

- A line that is an ad label or an ad break from ``data/ad_labels/<lang>.txt``
  ("Advertisements", "Advertisement - story continues below", "Story Continued
  Below", "Anzeige", "La suite après la publicité", "Your ads will be inserted
  here by Easy Plugin for AdSense ...") is removed; longer labels are matched
  fuzzily, one-word labels exactly.
- The same label glued to the front of a real line ("Continued below... In
  August 2013, the Swedish Court ...") or after the last sentence of one ("...
  he said. Advertisement") is cut off; the line stays.
- An advert: a line that ends with a call to action from
  ``data/ad_calls/<lang>.txt`` ("... Buy Now", "... CLICK HERE") and also opens
  with a close button ("× 101 Things ...") or shouts an offer ("FREE GIFT!",
  "50% OFF"); or a line that makes two offers of ``data/ad_offers.txt``
  ("50% OFF plus Free Shipping") and ends in "!". A paragraph that merely ends
  "... click here." stays. A short line between two adverts ("Explore the Life
  in the Spirit Series.") is part of the same block of adverts.

"He said the ad campaign had worked" is prose: only the label alone, or glued at
a line's edge, is flagged.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

import regex

from ..document import Document, Line
from ..phrasebank import load_bank, load_list
from ..spans import Span
from ..textutil import normalize, words
from .phrases import LETTER as _LETTER
from .phrases import LineLocal, PhraseBank, first_words, last_sentence_starts, lone_between, walk_back

__all__ = ["AdLabels"]


_FIRST_WORD = regex.compile(r"\w++")
_LAST_WORD = regex.compile(r"\w++", regex.REVERSE)  # searched from the end: the last word
_REAL_START = regex.compile(r"[\p{Lu}\p{N}\"'“‘«(\[]")
_CLOSE_BUTTON = regex.compile(r"^[^\S\n]*+[×✕✖╳]")
# an offer shouted in capitals: "FREE", "50% OFF", "FREE SHIPPING"
_OFFER = regex.compile(r"(?<!\w)(?:FREE|GRATIS|GRATUIT|GRÁTIS|\d++\s*+%\s*+OFF)(?!\w)")


def _phrase_pattern(phrase: str) -> str:
    return r"[\W_]++".join(regex.escape(w) for w in normalize(phrase).split())


@dataclass
class AdLabels(LineLocal):
    name: str = "ad_labels"
    score_cutoff: float = 90.0  # RapidFuzz score a line needs against a label of several words
    max_label_words: int = 30  # longer lines are never a label (the slot entries are the long ones)
    min_glued_chars: int = 6  # shorter labels ("Ad") are not cut from the edge of a line
    min_rest_words: int = 4  # what stays of a line after a glued label is cut off
    max_glued_end_labels: int = 8  # labels glued one after another to the end of a line that are looked for
    max_advert_words: int = 90  # an advert with its call to action is not longer
    max_call_chars: int = 40  # a call to action ends the line: only its end is searched
    min_offers: int = 2  # different offers a line ending in "!" makes to be an advert
    max_between_words: int = 40  # a line between two adverts is one of them when not longer

    @cached_property
    def _labels(self) -> PhraseBank:
        return PhraseBank("ad_labels", score_cutoff=self.score_cutoff)

    @cached_property
    def _glued_re(self) -> regex.Pattern:
        """Labels (without slots) long enough to be cut from the front of a line."""
        phrases = {
            normalize(p)
            for entries in load_bank("ad_labels").values()
            for p in entries
            if "{" not in p and len(p) >= self.min_glued_chars
        }
        body = "|".join(sorted((_phrase_pattern(p) for p in phrases), key=len, reverse=True))
        return regex.compile(
            rf"[^\w\n]*+(?P<label>{body})(?!\w)[^\S\n]*+(?P<delim>\.\.\.|[.…:|–—-])?+[^\S\n]*+",
            regex.IGNORECASE,
        )

    @cached_property
    def _call_re(self) -> regex.Pattern:
        phrases = {normalize(p) for entries in load_bank("ad_calls").values() for p in entries}
        body = "|".join(sorted((_phrase_pattern(p) for p in phrases), key=len, reverse=True))
        return regex.compile(rf"(?<!\w)(?:{body})[^\S\n!]*+!*+[^\S\n]*+$", regex.IGNORECASE)

    def label(self, text: str) -> str | None:
        if len(text) > 20 * self.max_label_words or not self._labels.could_match(text):
            return None
        if len(words(text)) > self.max_label_words:
            return None
        found = self._labels.match(text)
        if found and found.startswith("~") and len(normalize(text).split()) < 2:
            return None  # one word: exact only ("Ad", not "AP")
        return f"ad label {found}" if found else None

    def line_spans(self, line: Line) -> Iterator[Span]:
        if not _LETTER.search(line.text):
            return
        reason = self.label(line.text) or self._advert(line.text)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
            return
        yield from self._glued(line)

    @cached_property
    def _call_last_words(self) -> frozenset[str]:
        return frozenset(normalize(p).rsplit(" ", 1)[-1] for entries in load_bank("ad_calls").values() for p in entries)

    @cached_property
    def _label_first_words(self) -> frozenset[str]:
        return first_words(p for entries in load_bank("ad_labels").values() for p in entries if "{" not in p)

    @cached_property
    def _offer_re(self) -> regex.Pattern:
        def pattern(offer: str) -> str:  # words apart by spaces or punctuation; {n} a number
            return r"[\W_]*+".join(regex.escape(w).replace(r"\{n\}", r"\d[\d.,]*+") for w in offer.split())

        body = "|".join(sorted(map(pattern, load_list("ad_offers")), key=len, reverse=True))
        return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)

    def _offers(self, text: str) -> str | None:
        if not text.rstrip().endswith("!") or len(words(text)) > self.max_advert_words:
            return None
        found = {normalize(m.group()) for m in self._offer_re.finditer(text)}
        if len(found) >= self.min_offers:
            return f"advert: offers {', '.join(sorted(found))!r}"
        return None

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        found = self.spans_by_line(doc)
        for spans in found:
            yield from spans
        # a short line between two adverts belongs to their block
        adverts = [bool(spans) and spans[0].reason.startswith("advert") for spans in found]
        for i in lone_between(found, adverts):
            text = lines[i].text
            if _LETTER.search(text) and len(words(text)) <= self.max_between_words:
                yield Span(lines[i].start, lines[i].end, self.name, "between two adverts")

    def _advert(self, text: str) -> str | None:
        offers = self._offers(text)
        if offers:
            return offers
        last = _LAST_WORD.search(text)
        if last is None or last.group().casefold() not in self._call_last_words:
            return None
        m = self._call_re.search(text, max(0, len(text) - self.max_call_chars))
        if not m or m.start() == 0 or len(words(text)) > self.max_advert_words:
            return None
        if _CLOSE_BUTTON.match(text):
            return f"advert: close button and call to action {m.group().strip()!r}"
        if _OFFER.search(text, 0, m.start()):
            return f"advert: offer and call to action {m.group().strip()!r}"
        return None

    def _front_label_at(self, text: str, pos: int) -> int:
        """Where a label glued at text[pos] ends, if a real line follows it; else 0."""
        m = self._glued_re.match(text, pos)
        # one word ("Advertising Executives Say ...") only before a delimiter
        if not m or m.end() >= len(text) or not (m.group("delim") or len(m.group("label").split()) > 1):
            return 0
        rest = text[m.end() :]
        if _REAL_START.match(rest) and len(words(rest)) >= self.min_rest_words:
            return m.end()
        return 0

    def _front_labels_end(self, text: str) -> int:
        """Where the labels glued to the front of a line end: all of them, so that
        cleaning twice removes nothing more."""
        end = self._front_label_at(text, 0)
        while end:
            further = self._front_label_at(text, end)
            if not further:
                break
            end = further
        return end

    def _glued(self, line: Line) -> Iterator[Span]:
        text = line.text
        first = _FIRST_WORD.search(text)
        end = self._front_labels_end(text) if first and first.group().casefold() in self._label_first_words else 0
        if end:
            label = text[:end].strip()
            yield Span(*line.offsets_of(0, end), self.name, f"ad label {label!r}, front of line")
            return
        # labels glued to the end, one sentence each: every copy goes in one pass (walked back from the end)
        breaks = last_sentence_starts(text, self.max_glued_end_labels)

        def judge(k: int, cut: int) -> str | None:
            start = breaks[k]
            if len(words(text[:start])) < self.min_rest_words or cut - start < self.min_glued_chars:
                return None
            return self.label(text[start:cut])

        cut, reason = walk_back(breaks, len(text), 0, 1, judge)
        if reason:
            yield Span(*line.offsets_of(cut, len(text)), self.name, reason + ", end of line")
