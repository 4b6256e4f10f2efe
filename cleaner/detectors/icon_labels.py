"""Icon-label runs: the names of UI icons and buttons that leak into page dumps.

Two shapes are flagged:

- **icon-sprite runs**: labels each introduced by the word ``icon``, glued or
  spaced (``icon bookmarkicon cameraicon checkicon ...``,
  ``icon-facebookicon-twittericon-whatsapp``). Many ``icon`` markers with only
  a few short words between them are chrome whatever the words are.
- **label runs**: runs of known labels (``data/ui_labels/``): brands
  (``Facebook Twitter WhatsApp``), icon-font glyph names (``expand_more
  chevron_right``) and button words (``Email Print``). Button words are ordinary
  words too, so a run needs enough *distinctive* labels (brands, glyphs).

A run that fills a whole line removes the line; a run glued to the front or
the end of a real line is removed and the rest of the line kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, NamedTuple

import regex

from ..document import Document, Line
from ..memo import Memo
from ..phrasebank import load_bank
from ..spans import Span
from ..textutil import normalize

__all__ = ["IconLabelRuns"]

# Separators between labels in a run: spaces and the bars, bullets and slashes
# that button rows are joined with. Commas are left out on purpose: a list of
# brands with commas is usually a sentence.
_SEPARATORS = regex.compile(r"[\s|/•·\-–—]*+")
_MARKER = regex.compile(r"icon(?!ic|ograph|oclas)", regex.IGNORECASE)
_PIECE_WORD = regex.compile(r"[^\W\d_]++|\d++")
_LEADING_LABEL = regex.compile(r"[\s\-_]*+[a-z0-9_+-]++", regex.IGNORECASE)
_SENTENCE_START = regex.compile(r"[\p{Lu}\p{N}\"'“‘«(\[]")
# a sentence's end mark and the spaces after it: a match ends where the next sentence starts
# (the mark is taken in rather than looked behind for: the engine skips from mark to mark)
_MARK_AND_BREAK = regex.compile(r"[.!?…]\s++")
# "61.3k SHARES", "1,204 Shares": share counters only stand in share bars
_COUNTER = r"(?P<counter>\d[\d.,]*+\s*+[km]?\s*+(?:shares?|likes?|tweets?|comments?|pins?))"
_SHARE_COUNT = regex.compile(r"\d[\d.,]*+\s*+[km]?\s*+(?:shares?|likes?|tweets?|pins?)\b", regex.IGNORECASE)
DISTINCTIVE_KINDS = ("brands", "glyphs", "prompts", "counters")
_ICON_PREFIX = regex.compile(r"^icon", regex.IGNORECASE)
_LEADING_WORD = regex.compile(r"[^\W_]++")
_LONGEST_FIRST_WORD = 20  # characters of a label's first word looked up at most


def _sentence_case(text: str) -> bool:
    """Whether a line's words read as a phrase: the first capitalised, the others in lower case
    (a row of buttons prints every label alike: "Email Print Share", "email print share")."""
    initials = [w[0] for w in _PIECE_WORD.findall(text) if not w[0].isdigit()]
    return len(initials) >= 2 and initials[0].isupper() and all(c.islower() for c in initials[1:])


def _label_key(text: str) -> str:
    return regex.sub(r"[\s_-]++", " ", text.casefold()).strip()


class _Found(NamedTuple):
    whole: list[str] | None  # the kinds of its labels, if the line is only labels
    parts: tuple[tuple[int, int, str], ...]  # (start, end, reason) of runs to cut from the line


@dataclass
class IconLabelRuns:
    name: str = "icon_labels"
    min_markers: int = 3  # "icon" markers needed for an icon-sprite run
    max_piece_words: int = 3  # words between two markers in such a run
    max_piece_chars: int = 24  # characters between two markers in such a run
    min_distinctive: int = 2  # brands/glyphs that make a label run chrome by themselves
    min_labels_with_one_distinctive: int = 3  # or this many labels, one distinctive
    min_prefix_labels: int = 3  # labels in a run glued to the front or end of a real line
    max_tail_checks: int = 3  # sentence starts, from the end of a line, where a glued run may begin
    max_prompt_words: int = 4  # share prompts this short count as labels ("Share this story")
    label_kinds: tuple[str, ...] = field(default=("brands", "glyphs", "buttons"))
    _memo: Memo = field(default_factory=Memo, init=False, repr=False, compare=False)

    @cached_property
    def _labels(self) -> dict[str, str]:
        """label key -> kind ('brands', 'glyphs' or 'buttons')."""
        bank = load_bank("ui_labels")
        kinds: dict[str, str] = {}
        for kind in self.label_kinds:
            for entry in bank.get(kind, ()):
                kinds.setdefault(_label_key(entry), kind)
        for phrases in load_bank("share_prompts").values():
            for phrase in phrases:
                key = normalize(phrase)
                if 1 < len(key.split()) <= self.max_prompt_words:
                    kinds.setdefault(key, "prompts")
        return kinds

    @cached_property
    def _label_re(self) -> regex.Pattern:
        alternatives = sorted(self._labels, key=len, reverse=True)
        body = "|".join(r"[\s_-]?".join(regex.escape(w) for w in a.split(" ")) for a in alternatives)
        return regex.compile(rf"{_COUNTER}|(?:icon[\s_-]?)?(?:{body})", regex.IGNORECASE)

    @cached_property
    def _first_words(self) -> frozenset[str]:
        """The words a label can start with (and "icon"): a cheap gate before the big pattern."""
        return frozenset({"icon"} | {key.split(" ")[0].replace("+", "") for key in self._labels})

    @cached_property
    def _first_word_start(self) -> re.Pattern:
        """Matches a word that starts with one of ``_first_words`` (of up to ``_LONGEST_FIRST_WORD``
        characters): one look-up for every start of the word."""
        starts = sorted((w for w in self._first_words if 0 < len(w) <= _LONGEST_FIRST_WORD), key=len, reverse=True)
        return re.compile("|".join(map(re.escape, starts)) or r"(?!)")

    def _may_start_label(self, text: str, pos: int) -> bool:
        m = _LEADING_WORD.match(text, pos)
        if not m:
            return False
        word = m.group().casefold()
        if word[0].isdigit():
            return True  # a share counter
        return self._first_word_start.match(word) is not None

    def detect(self, doc: Document) -> Iterator[Span]:
        stack: list[tuple[Line, list[str]]] = []  # consecutive lines made only of labels
        for line in doc.content_lines:
            found = self._memo.get_for(line.text, self._analyse)
            if found.whole is not None:
                stack.append((line, found.whole))
                continue
            yield from self._whole_lines(stack)
            stack = []
            for start, end, reason in found.parts:
                yield Span(*line.offsets_of(start, end), self.name, reason)
        yield from self._whole_lines(stack)

    def _analyse(self, text: str) -> "_Found":
        """What one line holds: icon-sprite runs, only labels, or a label run glued to text."""
        if "icon" in text.casefold():
            sprites = tuple(self._icon_sprite_runs(text))
            if sprites:
                return _Found(None, sprites)
        scan = self._scan_labels(text)
        kinds, end, _ = scan
        if kinds and end >= len(text):
            return _Found(kinds, ())
        return _Found(None, tuple(self._glued_runs(text, scan)))

    # -- icon-sprite runs -------------------------------------------------

    def _short(self, piece: str) -> bool:
        piece = piece.strip(" -_")
        return len(piece) <= self.max_piece_chars and len(_PIECE_WORD.findall(piece)) <= self.max_piece_words

    def _labels_one(self, piece: str) -> bool:
        """Whether the piece between two markers is one icon's label: short, and a word at least
        ("iconfb", "icon chevron down"; not the nothing between the words of "icon icon icon")."""
        return self._short(piece) and _PIECE_WORD.search(piece) is not None

    def _icon_sprite_runs(self, text: str) -> Iterator[tuple[int, int, str]]:
        markers = [m.start() for m in _MARKER.finditer(text)]
        if len(markers) < self.min_markers:
            return
        # piece i runs from the end of marker i to the start of marker i+1
        bounds = markers + [len(text)]
        i = 0
        while i < len(markers):
            j = i
            while j + 1 < len(markers) and self._labels_one(text[markers[j] + 4 : markers[j + 1]]):
                j += 1
            if j + 1 - i >= self.min_markers:
                start = 0 if self._short(text[: markers[i]]) else markers[i]
                end = self._end_of_last_piece(text, markers[j] + 4, bounds[j + 1])
                # only at the front or the end of a line: cutting out the middle
                # would glue two pieces of text into a new one
                if start == 0 or end == len(text):
                    yield start, end, f"icon-sprite run of {j + 1 - i} icons"
            i = j + 1

    def _end_of_last_piece(self, text: str, start: int, stop: int) -> int:
        piece = text[start:stop]
        if self._short(piece):
            return stop
        # A real line is glued on: keep only the label word that follows the marker.
        m = _LEADING_LABEL.match(piece)
        if not m:
            return start
        end = m.end()
        # "whatsappThe president" -> the label ends where a capital follows lower case.
        for k in range(m.start() + 1, end):
            if piece[k].isupper() and piece[k - 1].islower():
                return start + k
        return start + end

    # -- label runs -------------------------------------------------------

    def _scan_labels(self, text: str, pos: int = 0) -> tuple[list[str], int, bool]:
        """Labels from pos on: (their kinds, where the run ends, glued to what follows)."""
        kinds: list[str] = []
        pos = _SEPARATORS.match(text, pos).end()
        glued = False
        if not self._may_start_label(text, pos):
            return kinds, pos, glued
        while pos < len(text):
            m = self._label_re.match(text, pos)
            if not m:
                break
            end = m.end()
            glued = end < len(text) and text[end].isupper() and text[end - 1].islower()
            if not (end == len(text) or glued or _SEPARATORS.match(text, end).end() > end):
                break
            kinds.append(self._kind_of(m))
            pos = _SEPARATORS.match(text, end).end()
        return kinds, pos, glued

    def _kind_of(self, m: regex.Match) -> str:
        if m.group("counter"):
            return "counters"
        key = _label_key(_ICON_PREFIX.sub("", m.group()))
        return self._labels.get(key, "buttons")

    def _enough(self, kinds: list[str]) -> bool:
        """Whether labels that fill whole lines are chrome."""
        distinctive = sum(k in DISTINCTIVE_KINDS for k in kinds)
        return distinctive >= self.min_distinctive or (
            distinctive >= 1 and len(kinds) >= self.min_labels_with_one_distinctive
        )

    def _enough_beside_text(self, kinds: list[str]) -> bool:
        """Whether a run glued to real text is chrome: stricter, the rest of the line stays."""
        distinctive = sum(k in DISTINCTIVE_KINDS for k in kinds)
        return len(kinds) >= self.min_prefix_labels and distinctive >= self.min_distinctive

    def _whole_lines(self, stack: list[tuple[Line, list[str]]]) -> Iterator[Span]:
        kinds = [k for _, line_kinds in stack for k in line_kinds]
        enough = self._enough(kinds)
        if not stack or not (enough or any(_SHARE_COUNT.search(line.text) for line, _ in stack)):
            return  # a share bar's count alone ("62.1k SHARES") is chrome; a count of comments may head them
        if len(stack) == 1 and sum(k in DISTINCTIVE_KINDS for k in kinds) < self.min_distinctive and _sentence_case(stack[0][0].text):
            return  # "Twitter done right": a heading that names a brand, not a row of buttons
        if not enough:
            where = "a share bar's count"
        elif len(stack) == 1:
            where = f"line of {len(kinds)} UI labels"
        else:
            where = f"{len(stack)} lines of UI labels"
        for line, _ in stack:
            yield Span(line.start, line.end, self.name, where)

    def _glued_runs(self, text: str, scan: tuple[list[str], int, bool]) -> Iterator[tuple[int, int, str]]:
        """Label runs glued to the front or the end of a real line; ``scan`` is ``_scan_labels(text)``."""
        # a run glued to the front of a real line: remove the run, keep the line
        kinds, end, glued = scan
        if kinds and (glued or _SENTENCE_START.match(text, end)) and self._enough_beside_text(kinds):
            yield 0, end, f"run of {len(kinds)} UI labels before a line"
            return
        # a run that ends the line after the last sentences: remove the run
        starts = [m.end() for m in _MARK_AND_BREAK.finditer(text)][-self.max_tail_checks :]
        for start in starts:
            kinds, end, _ = self._scan_labels(text, start)
            if end >= len(text) and self._enough_beside_text(kinds):
                yield start, end, f"run of {len(kinds)} UI labels after a line"
                return
