"""Separators: rules and stray full stops with no text ("***", "-----", "——-", "~~~", a lone "."), and a
link's arrow alone on its line ("»").

A rule of three or more dashes, stars, tildes, equals signs or hashes is
removed, alone on its line or glued to the front or the end of a real line
("He lives in Toronto. -------"); so is a full stop alone on a line (left by
an embed). A lone "-", "*" or "|" may be a list's bullet and stays. Emoji and
other symbols are not separators, and neither is an ellipsis that ends a
sentence: only rule characters make a glued rule. Underscores are word
characters (tokens, as the scores count them): a rule of them ("___", AP's
divider between the updates of a developing story) is left alone, as the
exact fixtures want. Rules are removed only from a text that shows other
residue (``needs_other_residue``): in clean article text they break sections.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

import regex

from ..document import Document
from ..spans import Span

__all__ = ["Separators"]

# punctuation, math and modifier symbols, spaces: no letters, digits, underscores or emoji
_ONLY_PUNCTUATION = regex.compile(r"(?:(?!_)[\p{P}\p{Sm}\p{Sk}\s\x1c-\x1f|~+=<>^])++")  # str.isspace() spaces too
_RULE = r"(?:[-=*~#—–━─•·+]\s?+){3,}+"
_RULE_LINE = regex.compile(rf"\s*+{_RULE}\s*+")
_GLUED_FRONT = regex.compile(rf"\s*+{_RULE}\s*+")
# the arrow of a link whose text went elsewhere ("0 Comments" / "»"), alone on its line
_LONE_ARROW = regex.compile(r"\s*+[«»‹›←→]{1,3}+\s*+")
# a rule at the end of a line is found at the start of the reversed line: one left-anchored, linear match
_GLUED_END_REVERSED = _GLUED_FRONT


@dataclass
class Separators:
    name: str = "separators"
    glued: bool = True  # also cut rules glued to the front or end of a line
    # In clean article text a rule is the writer's section break: remove rules
    # only from a text in which another detector finds residue.
    needs_other_residue: bool = True

    def detect(self, doc: Document) -> Iterator[Span]:
        for line in doc.content_lines:
            text = line.text
            if _ONLY_PUNCTUATION.fullmatch(text) and (_RULE_LINE.fullmatch(text) or text.strip() == "."):
                yield Span(line.start, line.end, self.name, "separator: a rule or a stray full stop")
                continue
            if _LONE_ARROW.fullmatch(text):
                yield Span(line.start, line.end, self.name, "separator: a link's arrow alone")
                continue
            if not self.glued:
                continue
            m = _GLUED_FRONT.match(text)
            if m and regex.search(r"\w", text[m.end() :]):
                yield Span(*line.offsets_of(0, m.end()), self.name, "separator rule, front of line")
            m = _GLUED_END_REVERSED.match(text[::-1])
            if m and regex.search(r"\w", text[: len(text) - m.end()]):
                yield Span(*line.offsets_of(len(text) - m.end(), len(text)), self.name, "separator rule, end of line")
