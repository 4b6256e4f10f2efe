"""Phrase banks with slots: the matching shared by the boilerplate detectors.

A phrase bank is a folder ``data/<kind>/`` with one file per language (see
:mod:`cleaner.phrasebank`). An entry is matched against a whole piece of text
(a line, or the last sentences of a line) in one of two ways:

- an entry **with slots** is an exact pattern: its words must appear in order,
  with any punctuation or spaces between them, and each slot stands for a
  bounded run of text:

  ============== ========================================================
  ``{name}``     one to six words, the first capitalised (after "the"): an
                 outlet's or a person's name
  ``{text}``     anything, up to 1000 characters
  ``{site}``     a domain name or URL (``rt.com``, ``www.x.co.uk/a``)
  ``{n}``        a number (``3``, ``61.3k``, ``1,204``)
  ``{question}`` one sentence that ends in "?" (up to 200 characters)
  ``{title}``    a title: up to 300 characters, not ending in a full stop
  ============== ========================================================

  ``Subscribe to {name} for FREE`` matches "Subscribe to Canada Free Press for
  FREE"; a ``{name}`` right before "'s" leaves the possessive to the entry
  (``Subscribe to {name}'s newsletters`` matches "Subscribe to NJ.com’s
  newsletters"); ``Please adhere to our commenting policy{text}`` matches the notice
  whatever follows.
- an entry **without slots** is compared after normalisation (case-folded
  words) with RapidFuzz, so small changes of wording, punctuation and case need
  no entry of their own.

Slots are bounded, and the patterns are matched from the start of the text
only, so matching is linear in the length of the text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import regex
from rapidfuzz import fuzz, process

from ..document import Document, Line
from ..memo import Memo
from ..phrasebank import load_bank
from ..spans import Span
from ..textutil import WORD as _WORDS
from ..textutil import StemGate, normalize

__all__ = ["END_OF_LINE", "first_words", "LineLocal", "LETTER", "lone_between", "runs", "PhraseBank", "PhraseLines", "SENTENCE_BREAK", "last_sentence_starts", "SLOTS", "entries_of_kind", "entry_pattern", "keyword_gate", "RatioChoices", "ratio_can_reach"]


def _name_pattern(rest: str) -> str:
    """One to six words, the first capitalised (after "the"); ``rest`` is what follows a word's first character."""
    return rf"(?:the[^\S\n]++)?+(?-i:[\p{{Lu}}\p{{Lt}}\d@#]){rest}(?:[^\S\n]++[\w@#&]{rest}){{0,5}}"


SLOTS = {
    # a name starts with a capital, a digit or @ (case matters here even where the rest ignores it)
    "name": _name_pattern(r"[\w.'’&@-]*+"),
    "text": r"[^\n]{1,1000}?",
    "site": r"(?:https?://)?+[\w-]++(?:\.[\w-]++)++(?<=\.\p{L}{2,})(?:/[^\s]*+)?+",
    "n": r"\d[\d.,]*+[km]?",
    "question": r"[^\n.!?]{1,200}+\?",
    # a title: up to 300 characters that do not end in a full stop, as a sentence would
    "title": r"(?![^\n]*\.[\"'”’»)\]]*[^\S\n]*$)[^\n]{1,300}?",
}
# {name} right before "'s" in an entry ("Subscribe to {name}'s newsletters"): its words do not
# take the possessive in ("NJ.com’s"), which the entry matches itself
_OWNER = _name_pattern(r"(?:[\w.&@-]|['’](?!s(?!\w)))*+")
_T = TypeVar("_T")
_SLOT = regex.compile(r"\{(\w+)\}")
_FIRST_WORD = regex.compile(r"\w++")  # the first word of a text, as normalize() would give it
_CACHE_SIZE = 10_000  # texts whose answer a bank remembers (lines recur between rounds and pages)
# ratio(a, b) <= 200 * min / (len(a) + len(b)): a text 1.3 times the longest entry cannot reach 88
_FUZZY_LENGTH_RATIO = 1.3
_RATIO_MARGIN = 1.0  # score points of slack in the length bound below, against float rounding
_MAX_WORD_CHARS = 20  # characters a word and its space take at most, for cheap length checks
# between the words of an entry: spaces and punctuation, or nothing before and after punctuation
_GAP = r"[\W_]*+"
_EDGE = r"[\W_]*+"


def _word_pattern(chunk: str) -> str:
    words = normalize(chunk).split()
    return _GAP.join(regex.escape(w) for w in words)


def entry_pattern(entry: str) -> str:
    """The regex of an entry with slots (over the original text, case-insensitive)."""
    parts = []
    pos = 0
    for m in _SLOT.finditer(entry):
        literal = _word_pattern(entry[pos : m.start()])
        if literal:
            parts.append(literal)
        slot = m.group(1)
        if slot not in SLOTS:
            raise ValueError(f"unknown slot {{{slot}}} in phrase {entry!r}")
        owner = slot == "name" and entry[m.end() : m.end() + 2] in ("'s", "’s")
        parts.append(f"(?:{_OWNER if owner else SLOTS[slot]})")
        pos = m.end()
    literal = _word_pattern(entry[pos:])
    if literal:
        parts.append(literal)
    return _EDGE + _GAP.join(parts) + _EDGE


def entries_of_kind(entries: Iterable[str], kind: str) -> tuple[str, ...]:
    """The entries written ``<kind>: <entry>``, without the prefix."""
    prefix = kind + ":"
    return tuple(e[len(prefix) :].strip() for e in entries if e.startswith(prefix))


def ratio_can_reach(cutoff: float, a: int, b: int) -> bool:
    """Whether fuzz.ratio of two texts of a and b characters can reach cutoff.

    The ratio is 200 * (longest common subsequence) / (a + b), at most
    200 * min(a, b) / (a + b): texts of lengths far apart never match.
    """
    return a + b == 0 or 200 * min(a, b) / (a + b) >= cutoff - _RATIO_MARGIN


class RatioChoices:
    """Phrases to compare with a text by fuzz.ratio: only those whose length lets
    the ratio reach the cutoff (in their order), so ``process.extractOne`` gives the
    same answer and scores fewer phrases. Kept by the text's length. For another
    scorer, which this bound does not hold for, every phrase."""

    __slots__ = ("phrases", "cutoff", "bounded", "_by_length")

    def __init__(self, phrases: Iterable[str], cutoff: float, scorer: Callable[..., float] = fuzz.ratio) -> None:
        self.phrases = tuple(phrases)
        self.cutoff = cutoff
        self.bounded = scorer is fuzz.ratio
        self._by_length: dict[int, tuple[str, ...]] = {}

    def for_length(self, length: int) -> tuple[str, ...]:
        if not self.bounded:
            return self.phrases
        found = self._by_length.get(length)
        if found is None:
            found = tuple(p for p in self.phrases if ratio_can_reach(self.cutoff, length, len(p)))
            self._by_length[length] = found
        return found


def keyword_gate(stems: Iterable[str]) -> regex.Pattern:
    """A cheap test: does a text hold one of these word starts (case-insensitive)?"""
    body = "|".join(regex.escape(s) for s in sorted(set(stems), key=len, reverse=True))
    return regex.compile(rf"(?<!\w)(?:{body})", regex.IGNORECASE)


@dataclass
class PhraseBank:
    """The entries of ``data/<name>/<lang>.txt``, ready to match whole texts."""

    name: str
    score_cutoff: float = 88.0  # RapidFuzz score an entry without slots needs
    scorer: Callable[..., float] = fuzz.ratio
    kind: str | None = None  # only entries written "<kind>: <entry>" (banks of several kinds)
    first_word_gate: bool = True  # compare only texts whose first word starts some entry (cheap)

    @cached_property
    def _bank(self) -> dict[str, tuple[str, ...]]:
        bank = load_bank(self.name)
        if self.kind is None:
            return bank
        return {lang: entries_of_kind(entries, self.kind) for lang, entries in bank.items()}

    @cached_property
    def _fuzzy(self) -> dict[str, str]:
        """normalised entry -> 'lang: entry' (entries without slots)."""
        out: dict[str, str] = {}
        for lang, entries in self._bank.items():
            for entry in entries:
                if not _SLOT.search(entry):
                    out.setdefault(normalize(entry), f"{lang}: {entry}")
        return out

    @cached_property
    def _slotted(self) -> list[tuple[str, str, str | None]]:
        """(regex, 'lang: entry', first word or None if it starts with a slot) of entries with slots."""
        out = []
        for lang, entries in self._bank.items():
            for entry in entries:
                if _SLOT.search(entry):
                    first = None if entry.lstrip().startswith("{") else normalize(entry).split(" ", 1)[0]
                    out.append((entry_pattern(entry), f"{lang}: {entry}", first))
        return out

    @staticmethod
    def _combine(items: list[tuple[str, str]]) -> tuple[regex.Pattern, dict[str, str]]:
        """One regex for several entries (tried in order), and the entry of each named group."""
        names = {f"e{i}": entry for i, (_, entry) in enumerate(items)}
        body = "|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(items))
        return regex.compile(body, regex.IGNORECASE), names

    @cached_property
    def _open(self) -> list[tuple[str, regex.Pattern, str]]:
        """Entries that start with a slot, each with a word it holds: tried on texts holding it."""
        out = []
        for pattern, entry, first in self._slotted:
            if first is None:
                raw = entry.split(": ", 1)[1]  # without the language
                literal = normalize(_SLOT.sub(" ", raw)).split()
                out.append((literal[0] if literal else "", regex.compile(pattern, regex.IGNORECASE), entry))
        return out

    @cached_property
    def _by_first_word(self) -> dict[str, tuple[regex.Pattern, dict[str, str]]]:
        """Entries with slots, by their first word: tried only on texts that start with it."""
        groups: dict[str, list[tuple[str, str]]] = {}
        for pattern, entry, first in self._slotted:
            if first is not None:
                groups.setdefault(first, []).append((pattern, entry))
        return {first: self._combine(items) for first, items in groups.items()}

    @cached_property
    def _fuzzy_choices(self) -> RatioChoices:
        """The entries without slots worth comparing with a text, by its length."""
        return RatioChoices(self._fuzzy, self.score_cutoff, self.scorer)

    @cached_property
    def _longest_fuzzy(self) -> int:
        return max((len(e) for e in self._fuzzy), default=0)

    @cached_property
    def _first_words(self) -> frozenset[str]:
        """First words of the entries that do not start with a slot."""
        return first_words(e for entries in self._bank.values() for e in entries if not e.lstrip().startswith("{"))

    @cached_property
    def _cache(self) -> Memo:
        return Memo(_CACHE_SIZE)

    @cached_property
    def _open_literals(self) -> StemGate | None:
        """The words of the entries that start with a slot, as one gate (whole words)."""
        literals = {literal for literal, _, _ in self._open if literal}
        return StemGate(literals, whole_words=True) if literals else None

    def could_match(self, text: str, pos: int = 0) -> bool:
        """A cheap test before :meth:`match` of text[pos:]: its first word starts an entry,
        or it holds a word of an entry that starts with a slot."""
        head = _FIRST_WORD.search(text, pos)
        if head is None:
            return False
        if not self.first_word_gate or head.group().casefold() in self._first_words:
            return True
        literals = self._open_literals
        return literals is not None and literals.found(text, pos)

    def match(self, text: str) -> str | None:
        """'= <lang>: <entry>' (or '~ ...' and the score of a fuzzy match) if text is an entry."""
        return self._cache.get_for(text, self._match)

    def _match(self, text: str) -> str | None:
        head = _FIRST_WORD.search(text)
        if head is None:
            return None
        if self._open:
            folded = text.casefold()
            for literal, pattern, entry in self._open:
                if literal in folded and pattern.fullmatch(text):
                    return f"= {entry!r}"
        first = head.group().casefold()
        if self.first_word_gate and first not in self._first_words:
            return None
        norm = normalize(text)
        group = self._by_first_word.get(first)
        if group is not None:
            pattern, names = group
            m = pattern.fullmatch(text)
            if m:
                return f"= {names[m.lastgroup]!r}"
        exact = self._fuzzy.get(norm)
        if exact is not None:
            return f"= {exact!r}"
        if not self._fuzzy or len(norm) > self._longest_fuzzy * _FUZZY_LENGTH_RATIO:
            return None  # cheap: far longer than any entry, so no ratio can reach the cutoff
        found = process.extractOne(norm, self._fuzzy_choices.for_length(len(norm)), scorer=self.scorer, score_cutoff=self.score_cutoff)
        if found is None:
            return None
        phrase, score, _ = found
        return f"~ {self._fuzzy[phrase]!r} ({score:.0f})"


class LineLocal:
    """Mixin for detectors whose verdict on a line depends on the line's text alone.

    The subclass writes ``line_spans(line)``; ``spans_of(line)`` remembers its
    answer by the line's text (a bounded :class:`~cleaner.memo.Memo`), so a line
    repeated on the page, on other pages of the site or in the pipeline's next
    round is judged once.
    """

    name: str

    @cached_property
    def _memo(self) -> Memo:
        return Memo()

    def detect(self, doc: Document) -> Iterator[Span]:
        parts_of = self._parts
        for line in doc.content_lines:
            parts = parts_of(line.text)
            if parts:
                yield from self._placed(line, parts)

    def spans_by_line(self, doc: Document) -> list[Sequence[Span]]:
        """The spans of each content line, for detectors that also judge a line by its neighbours."""
        return [self.spans_of(line) for line in doc.content_lines]

    def line_spans(self, line: Line) -> Iterator[Span]:
        raise NotImplementedError

    def spans_of(self, line: Line) -> Sequence[Span]:
        parts = self._parts(line.text)
        return self._placed(line, parts) if parts else ()

    def _parts(self, text: str) -> tuple[tuple[int, int, str], ...]:
        """The spans of a line with this text, as (start, end, reason) in the line."""
        return self._memo.get_for(text, self._judge_text)

    def _judge_text(self, text: str) -> tuple[tuple[int, int, str], ...]:
        return tuple((s.start, s.end, s.reason) for s in self.line_spans(Line(0, 0, len(text), text)))

    def _placed(self, line: Line, parts: tuple[tuple[int, int, str], ...]) -> list[Span]:
        return [Span(line.start + start, line.start + end, self.name, reason) for start, end, reason in parts]


def first_words(phrases: Iterable[str]) -> frozenset[str]:
    """The first word of each phrase, as normalize() gives it: a cheap gate before a phrase pattern."""
    return frozenset(norm.split(" ", 1)[0] for norm in map(normalize, phrases) if norm)


def runs(items: Sequence[_T], belongs: Callable[[_T], bool], min_length: int) -> Iterator[range]:
    """The runs of ``min_length`` or more items in a row of which ``belongs`` holds, as ranges of indices."""
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and belongs(items[j]):
            j += 1
        if j - i >= min_length:
            yield range(i, j)
        i = max(j, i + 1)


def lone_between(found: Sequence[Sequence[Span]], marked: Sequence[bool]) -> Iterator[int]:
    """Indices of the lines with no span (``found``) whose neighbours on both sides are ``marked``."""
    for i in range(1, len(found) - 1):
        if marked[i - 1] and marked[i + 1] and not found[i]:
            yield i


# Sentence ends inside a line: after ., ! or ? (and closing quotes), before a
# space; also a spaced dash, which often joins a call to action to a sentence.
LETTER = regex.compile(r"\p{L}")  # a line without a letter is no phrase, credit or label
SENTENCE_BREAK = regex.compile(r"(?<=[.!?…][\"'”’»)]?+)\s++|(?<=\s[–—-])\s++")
# The same breaks with the mark before them taken in: each match ends where one of
# SENTENCE_BREAK's does, and the engine skips from mark to mark instead of trying a
# look-behind at every character (three times faster on a paragraph).
_MARK_AND_BREAK = regex.compile(r"[.!?…][\"'”’»)]?+\s++|(?<=\s)[–—-]\s++")


END_OF_LINE = ", end of line"  # how a reason ends when the span is glued to the end of a line of prose

_MAX_STARTS = 8  # sentence starts remembered per line, from its end
_STARTS = Memo()  # shared by the detectors: each looks at the last sentences of the same lines


def walk_back(
    starts: list[int], end: int, lowest: int, max_sentences: int, judge: Callable[[int, int], str | None]
) -> tuple[int, str | None]:
    """Walk back over a line's last sentences while they are junk: (where the junk starts, reason).

    ``starts`` are where sentences start; ``judge(k, cut)`` says why the text
    from ``starts[k]`` to ``cut`` is junk, or None. One to ``max_sentences``
    sentences are tried at a time ("Like this story? Share it!" is one prompt
    in two), and the walk goes on while they match, so that cleaning twice
    removes nothing more. Returns ``(end, None)`` when the line ends in prose.
    """
    cut, reason, i = end, None, len(starts) - 1
    while i >= lowest:
        for k in range(i, max(i - max_sentences, lowest - 1), -1):
            found = judge(k, cut)
            if found:
                cut, reason, i = starts[k], found, k - 1
                break
        else:
            break
    return cut, reason


def last_sentence_starts(text: str, count: int) -> list[int]:
    """Where the last ``count`` sentences after the first one start, in order (count <= 8).

    Remembered by the line's text for the other detectors.
    """
    starts = _STARTS.get_for(text, _last_sentence_starts)
    return list(starts[-count:]) if count < len(starts) else list(starts)


def _last_sentence_starts(text: str) -> tuple[int, ...]:
    """Where the sentences after the first one start (the last ``_MAX_STARTS``): the ends of SENTENCE_BREAK."""
    starts = [m.end() for m in _MARK_AND_BREAK.finditer(text)]
    if starts and starts[-1] == len(text):
        starts.pop()  # spaces at the end start no sentence
    return tuple(starts[-_MAX_STARTS:])


@dataclass
class PhraseLines(LineLocal):
    """Base for detectors of whole lines that are phrases of a bank, alone or glued at the end.

    A line that is a phrase (``match``) is flagged whole. Otherwise the line is
    walked back from its end one or two sentences at a time while they are
    phrases (a prompt glued to the end of a paragraph), and only those are
    flagged. One-word phrases ("Comments") count only as a whole line.
    """

    name: str = "phrases"
    bank: str = ""
    kind: str | None = None  # only the bank's entries of this kind ("<kind>: <entry>")
    score_cutoff: float = 88.0  # RapidFuzz score against a phrase without slots
    max_words: int = 30  # longer text is never one phrase
    max_tail_sentences: int = 2  # sentences that may form one phrase at the end of a line
    max_tail_phrases: int = 3  # phrases in a row at the end of a line that are looked for
    min_tail_words: int = 2  # shorter phrases are not cut from the end of a line

    @cached_property
    def _phrases(self) -> PhraseBank:
        return PhraseBank(self.bank, score_cutoff=self.score_cutoff, kind=self.kind)

    def match(self, text: str) -> str | None:
        """Why text is one of the phrases, or None."""
        if len(text) > _MAX_WORD_CHARS * self.max_words or not self._phrases.could_match(text):
            return None  # cheap: too long to be max_words words, or no entry starts so
        n = len(text.split())  # words as spaces divide them: enough for the limits below
        if not n or n > self.max_words:
            return None
        found = self._phrases.match(text)
        if found and found.startswith("~") and n < 2:
            return None  # a word alone matches exactly or not at all
        return found

    def could_start(self, text: str, pos: int) -> bool:
        """A cheap test: may a phrase start at text[pos]?"""
        return self._phrases.could_match(text, pos)

    def line_spans(self, line: Line) -> Iterator[Span]:
        if not LETTER.search(line.text):
            return
        reason = self.match(line.text)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
        else:
            yield from self._tail(line)

    def _tail(self, line: Line) -> Iterator[Span]:
        text = line.text
        window = self.max_tail_phrases * self.max_tail_sentences
        breaks = last_sentence_starts(text, window)
        starts = ([0] if len(breaks) < window else []) + breaks

        def judge(k: int, cut: int) -> str | None:
            if k == 0 and cut == len(text):
                return None  # the whole line: already judged
            if not self.could_start(text, starts[k]):
                return None
            piece = text[starts[k] : cut]
            if len(_WORDS.findall(piece)) < self.min_tail_words:
                return None
            return self.match(piece)

        cut, reason = walk_back(starts, len(text), 0, self.max_tail_sentences, judge)
        if reason:
            where = END_OF_LINE if cut > 0 else ", a line of phrases"
            yield Span(*line.offsets_of(cut, len(text)), self.name, reason + where)
