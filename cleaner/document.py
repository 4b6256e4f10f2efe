"""Document: the input text split once into lines, with offsets.

Every detector receives the same Document built from the original text, so
detectors never see each other's removals and their order cannot change the
result.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

__all__ = ["Document", "Line"]


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
    """The text and its lines. Lines split on ``\\n`` only."""

    __slots__ = ("text", "content_lines", "memo", "source", "__dict__")

    def __init__(self, text: str, source: Document | None = None) -> None:
        self.text = text
        # the document of the text as given, when this one is what earlier rounds left of it
        self.source = source
        self.memo: dict[str, object] = {}  # work detectors share, computed once (see lines.py)
        # the non-blank lines, in order: what the detectors look at (blank lines get no object)
        content = []
        pos = 0
        for i, part in enumerate(text.split("\n")):
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
        for i, part in enumerate(self.text.split("\n")):
            out.append(Line(i, pos, pos + len(part), part))
            pos += len(part) + 1
        return tuple(out)

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Document({len(self.text)} chars, {len(self.lines)} lines)"
