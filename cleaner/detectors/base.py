"""The detector protocol, and a helper for detectors whose rules judge one line at a time.

A detector is any object with a ``name`` and a ``detect(doc)`` method that
yields :class:`~cleaner.spans.Span` objects. Detectors only flag; the pipeline
removes.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Protocol, runtime_checkable

from ..document import Document, Line
from ..spans import Span

__all__ = ["Detector", "LineDetector"]


@runtime_checkable
class Detector(Protocol):
    name: str

    def detect(self, doc: Document) -> Iterable[Span]: ...


class LineDetector:
    """Base for detectors that judge each non-blank line alone.

    Subclasses set ``name`` and implement :meth:`check_line`, returning the
    reason a whole line is junk, or ``None`` to keep it.
    """

    name = "line"

    def check_line(self, line: Line) -> str | None:
        raise NotImplementedError

    def detect(self, doc: Document) -> Iterator[Span]:
        for line in doc.content_lines:
            reason = self.check_line(line)
            if reason:
                yield self.line_span(line, reason)

    def line_span(self, line: Line, reason: str) -> Span:
        return Span(line.start, line.end, self.name, reason)
