"""Share prompts: "If you like this story, share it with a friend!" and its kin.

A line (or the last sentences of a line) is compared, case-folded and without
punctuation, with the phrase bank ``data/share_prompts/<lang>.txt`` using
RapidFuzz. Only short text that contains a share word (``data/share_words.txt``)
is compared at all, and the similarity must be high, so sentences that merely
mention sharing ("Share prices fell 3% on Friday", "She wanted to share the
story with her friends") stay.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Iterator

import regex
from rapidfuzz import fuzz, process

from ..document import Document
from ..memo import Memo
from ..phrasebank import load_bank, load_list
from ..spans import Span
from ..textutil import StemGate, normalize, words
from .phrases import RatioChoices, last_sentence_starts, walk_back

__all__ = ["SharePrompts"]

# "{name}" in a bank entry: one to six words, usually the outlet's name.
_SLOT = "{name}"
_SLOT_WORDS = r" (?:\w++ ){0,5}\w++ "


@dataclass
class SharePrompts:
    name: str = "share_prompts"
    score_cutoff: float = 86.0  # RapidFuzz score (0-100) a line needs against a bank phrase
    max_words: int = 25  # longer text is prose, never a prompt
    max_tail_sentences: int = 2  # sentences that may form one prompt at the end of a line
    max_tail_prompts: int = 4  # prompts in a row at the end of a line that are looked for
    scorer: Callable[..., float] = fuzz.ratio
    _memo: Memo = field(default_factory=Memo, init=False, repr=False, compare=False)

    @cached_property
    def _phrases(self) -> dict[str, str]:
        """normalised phrase -> 'lang: phrase' for the reason (entries without a slot)."""
        out: dict[str, str] = {}
        for lang, phrases in load_bank("share_prompts").items():
            for phrase in phrases:
                if _SLOT not in phrase:
                    out.setdefault(normalize(phrase), f"{lang}: {phrase}")
        return out

    @cached_property
    def _slotted(self) -> list[tuple[regex.Pattern, str]]:
        """Entries with a {name} slot, as exact patterns over normalised text."""
        out = []
        for lang, phrases in load_bank("share_prompts").items():
            for phrase in phrases:
                if _SLOT in phrase:
                    parts = [regex.escape(normalize(p)) for p in phrase.split(_SLOT)]
                    out.append((regex.compile(_SLOT_WORDS.join(parts)), f"{lang}: {phrase}"))
        return out

    @cached_property
    def _choices(self) -> RatioChoices:
        """The phrases worth comparing with a text, by its length."""
        return RatioChoices(self._phrases, self.score_cutoff, self.scorer)

    @cached_property
    def _gate(self) -> StemGate:
        return StemGate(load_list("share_words"))

    def match(self, text: str) -> str | None:
        """The reason text is a share prompt, or None."""
        if len(words(text)) > self.max_words or not self._gate.found(text):
            return None
        norm = normalize(text)
        for pattern, entry in self._slotted:
            if pattern.fullmatch(norm):
                return f"share prompt = {entry!r}"
        found = process.extractOne(norm, self._choices.for_length(len(norm)), scorer=self.scorer, score_cutoff=self.score_cutoff)
        if found is None:
            return None
        phrase, score, _ = found
        return f"share prompt ~ {self._phrases[phrase]!r} ({score:.0f})"

    def detect(self, doc: Document) -> Iterator[Span]:
        for line in doc.content_lines:
            found = self._memo.get_for(line.text, self._judge)
            for start, end, reason in found:
                yield Span(*line.offsets_of(start, end), self.name, reason)

    def _judge(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """(start, end, reason) of the prompts in one line: the whole line, or its end."""
        if not self._gate.found(text):
            return ()
        reason = self.match(text)
        if reason:
            return ((0, len(text), reason),)
        return tuple(self._tail(text))

    def _tail(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Prompts glued to the end of a real paragraph: flag only the prompts.

        See :func:`~cleaner.detectors.phrases.walk_back`.
        """
        window = self.max_tail_prompts * self.max_tail_sentences
        breaks = last_sentence_starts(text, window)  # spaces at the end of the line start no sentence
        starts = ([0] if len(breaks) < window else []) + breaks
        cut, reason = walk_back(
            starts, len(text), 0, self.max_tail_sentences, lambda k, cut: self.match(text[starts[k] : cut])
        )
        if reason:
            where = ", end of line" if cut > 0 else ", a line of prompts"
            yield cut, len(text), reason + where
