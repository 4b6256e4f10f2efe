"""Spans: what a detector flags, and the pure functions that resolve and remove them.

A span is a half-open range ``[start, end)`` of offsets into the ORIGINAL text,
together with the detector that flagged it and the rule that fired. Detectors
only produce spans; :func:`resolve` makes them disjoint and :func:`remove`
cuts them out. Nothing here rewrites text: the output of :func:`remove` is the
input with the spans deleted, followed by :func:`tidy`, which only touches
whitespace between lines.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable

import regex

from .document import LINE_BREAKS, only_newlines

__all__ = ["Span", "resolve", "uncovered", "remove", "tidy", "snap_to_lines", "Cut"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    start: int  # offset into the original text, inclusive
    end: int  # offset into the original text, exclusive
    detector: str = ""  # the detector that flagged it
    reason: str = ""  # the rule or phrase that fired
    score: float = 1.0

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span offsets: {self.start}..{self.end}")

    def text(self, source: str) -> str:
        """The flagged text itself."""
        return source[self.start : self.end]

    def to_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "detector": self.detector,
            "reason": self.reason,
            "score": self.score,
        }


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Make spans disjoint, sorted by offset.

    The earliest-starting (then longest) span wins; a span inside it is dropped,
    and a span that sticks out of it keeps only the part that sticks out, so
    every removed character is reported exactly once, by the first detector
    that covers it.
    """
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.detector)):
        if span.start == span.end:
            continue
        if out and span.start < out[-1].end:
            if span.end <= out[-1].end:
                continue
            span = Span(out[-1].end, span.end, span.detector, span.reason, span.score)
        out.append(span)
    return out


def uncovered(span: Span, covered: list[Span]) -> list[Span]:
    """The pieces of ``span`` that no span of ``covered`` (disjoint, sorted) overlaps,
    each with ``span``'s detector and reason."""
    pieces: list[Span] = []
    start = span.start
    for c in covered:
        if c.start >= span.end:
            break
        if c.end <= start:
            continue
        if c.start > start:
            pieces.append(Span(start, c.start, span.detector, span.reason, span.score))
        start = max(start, c.end)
    if start < span.end:
        pieces.append(Span(start, span.end, span.detector, span.reason, span.score))
    return pieces


_HSPACE = " \t\u00a0"  # and a "\r" before "\n" (see _is_space)


def _is_space(text: str, i: int) -> bool:
    r"""Whether text[i] is horizontal space: a "\r" is, before "\n" (a CRLF line end)."""
    c = text[i]
    return c in _HSPACE or (c == "\r" and i + 1 < len(text) and text[i + 1] == "\n")


def _is_break(text: str, i: int) -> bool:
    r"""Whether text[i] ends a line: "\n", a lone "\r", a vertical tab, a form feed, U+2028, U+2029."""
    c = text[i]
    return c in LINE_BREAKS or (c == "\r" and not (i + 1 < len(text) and text[i + 1] == "\n"))


def snap_to_lines(text: str, spans: Iterable[Span]) -> list[Span]:
    """Widen spans over the whitespace that would be left dangling.

    - trailing horizontal whitespace after a span is taken with it;
    - if the span then reaches the end of its line, the whitespace before it is
      taken too, and if it also started at the beginning of its line, the line
      break after it goes with it, so a removed line disappears instead of
      leaving a blank line behind.
    """
    out = []
    n = len(text)
    for s in spans:
        start, end = s.start, s.end
        while end < n and _is_space(text, end):
            end += 1
        if end == n or _is_break(text, end):
            while start > 0 and _is_space(text, start - 1):
                start -= 1
            if (start == 0 or _is_break(text, start - 1)) and end < n:
                end += 1  # the line's own line break
        out.append(Span(start, end, s.detector, s.reason, s.score))
    return out


# A run of line breaks with only horizontal whitespace between them, i.e. two
# or more line breaks ("\r\n" counts as one): collapses to one blank line.
_BLANK_RUN = regex.compile(r"\n(?:[^\S\n]*+\n)++")
_BREAK = rf"(?:\r\n|\r(?!\n)|[{LINE_BREAKS}])"  # "\r\n" is one break, never "\r" and "\n"
_ANY_BLANK_RUN = regex.compile(rf"(?P<first>{_BREAK})(?:[^\S\r{LINE_BREAKS}]*+(?P<last>{_BREAK}))++")


def tidy(text: str) -> str:
    r"""Collapse runs of blank lines to one blank line, the run's first and last line breaks
    ("\n\n", or "\r\n\r\n" in a CRLF text); strip the ends.

    Only whitespace between lines is touched; every non-blank line is kept
    byte for byte.
    """
    if only_newlines(text) and "\r" not in text:
        return _BLANK_RUN.sub("\n\n", text).strip()  # cheap: the common case
    return _ANY_BLANK_RUN.sub(r"\g<first>\g<last>", text).strip()


def _cut(text: str, spans: Iterable[Span]) -> str:
    pieces = []
    pos = 0
    for s in spans:
        pieces.append(text[pos : s.start])
        pos = s.end
    pieces.append(text[pos:])
    return "".join(pieces)


def remove(text: str, spans: Iterable[Span]) -> str:
    """Delete disjoint, sorted spans from text, then tidy whitespace."""
    return tidy(_cut(text, spans))


class Cut:
    """A text with spans deleted, which maps its offsets back to the original.

    Lets the pipeline look again at what is left after a round of removals
    while every span it reports stays an offset range of the original text.
    """

    __slots__ = ("text", "_starts", "_origins")

    def __init__(self, original: str) -> None:
        self.text = original
        self._starts = [0]  # where each kept piece starts in self.text
        self._origins = [0]  # where the same piece starts in the original

    def to_original(self, span: Span) -> Span:
        """The span in original offsets; it may cover text already removed inside it."""
        start = self._map(span.start)
        end = self._map(span.end - 1) + 1 if span.end > span.start else start
        return Span(start, end, span.detector, span.reason, span.score)

    def _map(self, pos: int) -> int:
        i = bisect_right(self._starts, pos) - 1
        return self._origins[i] + pos - self._starts[i]

    def without(self, spans: list[Span]) -> "Cut":
        """A new Cut with disjoint, sorted spans (offsets into self.text) deleted."""
        out = Cut.__new__(Cut)
        out.text = _cut(self.text, spans)
        starts, origins = [], []
        kept = 0  # length of self.text kept so far
        pos = 0
        for gap_start, gap_end in [(s.start, s.end) for s in spans] + [(len(self.text), len(self.text))]:
            if gap_start > pos:
                # the kept range [pos, gap_start) of self.text, which may span several pieces
                i = bisect_right(self._starts, pos) - 1
                while i < len(self._starts) and self._starts[i] < gap_start:
                    piece_start = max(pos, self._starts[i])
                    starts.append(kept + piece_start - pos)
                    origins.append(self._origins[i] + piece_start - self._starts[i])
                    i += 1
                kept += gap_start - pos
            pos = gap_end
        out._starts, out._origins = starts or [0], origins or [0]
        return out
