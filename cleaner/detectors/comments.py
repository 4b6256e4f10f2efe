"""Comment notices: comment-policy text and comment-widget labels.

"Please adhere to our commenting policy to avoid being banned. ...",
"Comments", "12 Comments", "Leave a Reply", "Comments are closed",
"Kommentare", "Laisser un commentaire", "Комментарии" (``data/comments/<lang>.txt``):
a line that is one of them is removed; one glued to the end of a paragraph
("... Let us know in the comments.") is cut off. A word alone ("Comments")
must match exactly and only as a whole line, so "The comments were deleted
on Monday." stays.
"""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import PhraseLines

__all__ = ["CommentNotices"]


@dataclass
class CommentNotices(PhraseLines):
    name: str = "comments"
    bank: str = "comments"
    score_cutoff: float = 88.0
    max_words: int = 120  # comment policies run long; they match by their opening words (slots)

    def match(self, text: str) -> str | None:
        found = super().match(text)
        return f"comment notice {found}" if found else None
