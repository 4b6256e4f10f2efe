"""Document: the input text split once into lines, with offsets.

Every detector receives the same Document built from the original text, so
detectors never see each other's removals and their order cannot change the
result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

__all__ = ["LINE_BREAKS", "Document", "Line", "only_newlines", "split_lines"]

# What ends a line besides "\n": a lone "\r" (text from old Macs), a vertical tab or a form
# feed (word processors' line breaks, pdftotext's page ends) and Unicode's line and paragraph
# separators. A "\r" before "\n" stays in its line as trailing space, so offsets are those of
# the text as given. Not "\x85": it is "…" in cp1252, and text decoded as Latin-1 holds it.
LINE_BREAKS = "\n\v\f\u2028\u2029"  # and a lone "\r"
_ANY_BREAK = re.compile(rf"\r(?!\n)|[{LINE_BREAKS}]")


def only_newlines(text: str) -> bool:
    r"""Whether "\n" is text's only line break (as in most text): cheap scans, no regex."""
    if any(c in text for c in LINE_BREAKS[1:]):  # every break but "\n", which comes first
        return False
    return "\r" not in text or text.count("\r") == text.count("\r\n")


def split_lines(text: str) -> list[str]:
    """The lines of text, line breaks left out; each break is one character."""
    return text.split("\n") if only_newlines(text) else _ANY_BREAK.split(text)


@dataclass(frozen=True, slots=True)
class Line:
    index: int  # position among all lines of the document
    start: int  # offset of the first character in the document
    end: int  # offset just past the last character (the newline excluded)
    text: str  # the line without its newline

    @property
    def stripped(self) -> str:
        return self.text.strip()

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()

    def offsets_of(self, part_start: int, part_end: int) -> tuple[int, int]:
        """Document offsets of a slice of this line's text."""
        return self.start + part_start, self.start + part_end


class Document:
    """The text and its lines (split at every line break, see :func:`split_lines`)."""

    __slots__ = ("text", "content_lines", "memo", "source", "__dict__")

    def __init__(self, text: str, source: Document | None = None) -> None:
        self.text = text
        # the document of the text as given, when this one is what earlier rounds left of it
        self.source = source
        self.memo: dict[str, object] = {}  # work detectors share, computed once (see lines.py)
        # the non-blank lines, in order: what the detectors look at (blank lines get no object)
        content = []
        pos = 0
        for i, part in enumerate(split_lines(text)):
            if part.strip():
                content.append(Line(i, pos, pos + len(part), part))
            pos += len(part) + 1
        self.content_lines: tuple[Line, ...] = tuple(content)

    @property
    def given(self) -> Document:
        """The document of the text as given to the cleaner, before any round's removals.

        A page's menus may be gone after the first round; a detector that asks
        whether the text is a whole page asks it of the page as given.
        """
        return self.source if self.source is not None else self

    @cached_property
    def lines(self) -> tuple[Line, ...]:
        """Every line, blank ones included (built when first asked for)."""
        out = []
        pos = 0
        for i, part in enumerate(split_lines(self.text)):
            out.append(Line(i, pos, pos + len(part), part))
            pos += len(part) + 1
        return tuple(out)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Document({len(self.text)} chars, {len(self.lines)} lines)"
