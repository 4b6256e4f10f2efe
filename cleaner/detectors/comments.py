"""Comment notices: comment-policy text and comment-widget labels.

"Please adhere to our commenting policy to avoid being banned. ...",
"Comments", "12 Comments", "Leave a Reply", "Comments are closed",
"Kommentare", "Laisser un commentaire", "Комментарии" (``data/comments/<lang>.txt``):
a line that is one of them is removed; one glued to the end of a paragraph
("... Let us know in the comments.") is cut off, once the text shows other
residue (``glued_needs_other_residue``: a clean article may end so). A word alone ("Comments")
must match exactly and only as a whole line, so "The comments were deleted
on Monday." stays.

The fields of a comment form, each label alone on its line and two or more in
a row ("Name *" / "Email *" / "Website", ``data/comment_form_fields.txt``), are
removed too; one such label alone ("Name") stays.

A comment section's heading and form head the comments, which clean copy may
print (CleanEval's human gold keeps them): they go only from a text that shows
other residue (``notices_need_other_residue``), unless nothing but such notices
follows them ("Comments" as the text's last line heads nothing).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from typing import Iterator

import regex

from ..document import Document, Line
from ..phrasebank import load_list
from ..spans import Span
from ..textutil import normalize
from .article import comment_words
from .phrases import END_OF_LINE, PhraseLines, runs

__all__ = ["CommentNotices"]

_AT_THE_END = ", at the end of the text"  # how the reason of a notice that nothing but notices follows ends


@dataclass
class CommentNotices(PhraseLines):
    name: str = "comments"
    bank: str = "comments"
    score_cutoff: float = 88.0
    max_words: int = 120  # comment policies run long; they match by their opening words (slots)

    min_form_fields: int = 2  # field labels on lines in a row that make a comment form
    max_field_chars: int = 40  # a field's label is no longer
    # "... Let us know in the comments." ends many a clean article: a notice glued to the end
    # of a paragraph is cut only from a text that shows other residue
    glued_needs_other_residue: bool = True
    # a comment section's heading and form ("12 Comments", "Leave a Reply") head the comments that
    # clean copy printing its comments keeps (CleanEval's gold does): they go only from a text that
    # shows other residue, unless nothing but such notices follows them (they head nothing)
    notices_need_other_residue: bool = True

    def match(self, text: str) -> str | None:
        found = super().match(text)
        return f"comment notice {found}" if found else None

    @cached_property
    def _count_at_end(self) -> regex.Pattern:
        """A comment count after a link separator at the end of a line ("Posted in C++ | 16 Comments"):
        the one-word headings of data/comment_headings, after a number, "no" or "one"."""
        body = "|".join(map(regex.escape, sorted(comment_words(), key=len, reverse=True)))
        return regex.compile(
            rf"(?<=[•|·])[^\S\n]*+(?:\d[\d,.]*+|no|one)[^\S\n]++(?:{body})[^\S\n]*+»?+[^\S\n]*+$", regex.IGNORECASE
        )

    def line_spans(self, line: Line) -> Iterator[Span]:
        found = list(super().line_spans(line))
        if found:
            yield from found
            return
        text = line.text
        if "|" in text or "•" in text or "·" in text:  # cheap: the count follows one of these separators
            m = self._count_at_end.search(text)
            if m:
                yield Span(*line.offsets_of(m.start(), len(text)), self.name, "comment count after a separator" + END_OF_LINE)

    def waits_for_other_residue(self, span: Span) -> bool:
        if span.reason.endswith(END_OF_LINE):
            return self.glued_needs_other_residue
        return self.notices_need_other_residue and not span.reason.endswith(_AT_THE_END)

    @cached_property
    def _fields(self) -> frozenset[str]:
        return frozenset(normalize(f) for f in load_list("comment_form_fields"))

    @cached_property
    def _required(self) -> regex.Pattern:
        """The mark of a required field ("Name *", "Email (required)")."""
        marks = sorted(load_list("comment_form_marks"), key=len, reverse=True)
        return regex.compile("|".join(map(regex.escape, marks)), regex.IGNORECASE)

    def is_field(self, text: str) -> bool:
        """Is text the label of a comment form's field ("Name *", "Email (required)")?"""
        if len(text) > self.max_field_chars:
            return False
        return normalize(self._required.sub("", text)) in self._fields

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        found = [list(spans) for spans in self.spans_by_line(doc)]
        # the fields of a comment form, each label alone on its line, one after the other
        for run in runs(lines, lambda line: self.is_field(line.text), self.min_form_fields):
            for k in run:
                if not found[k]:
                    found[k] = [Span(lines[k].start, lines[k].end, self.name, "comment form field")]
        # the notices that end the text head nothing: they go from any text
        k = len(found) - 1
        while k >= 0 and found[k] and not any(s.reason.endswith(END_OF_LINE) for s in found[k]):
            found[k] = [replace(s, reason=s.reason + _AT_THE_END) for s in found[k]]
            k -= 1
        for spans in found:
            yield from spans
