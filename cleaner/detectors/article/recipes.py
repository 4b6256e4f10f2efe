"""A recipe's ingredients above its steps: a step of
:class:`~cleaner.detectors.article.ArticleRegion`, a mixin of it; the thresholds it reads
are fields of :class:`~cleaner.detectors.article.settings.ArticleSettings`.
"""
from __future__ import annotations

from typing import Sequence

import regex

from ...lines import LineFeatures
from ...textutil import normalize
from .scoring import GOOD
from .settings import ArticleSettings
from .shapes import _DIGITS
from .vocabulary import _ingredient_headings

# an amount opens the line: "125 g", "1", "1/4 xícara", "½ cup", "2-3 EL"
_AMOUNT = regex.compile(r"[^\S\n]*+[\d½⅓⅔¼¾⅕⅛]")


class RecipeLists(ArticleSettings):
    """Where a recipe starts when its ingredients stand above its steps."""

    def _ingredients_above(self, lines: Sequence[LineFeatures], first_pass: list[str], first: int) -> int:
        """The heading over a recipe's ingredients ("Zutaten", "Ingredients (serves 4)":
        ``data/ingredient_headings/``) when the article region starts at the recipe's steps
        below it, or ``first``.

        A recipe page prints its ingredients as a list of short lines, an amount on one
        line and what to take on the next ("125 g" / "Mehl"), between the headline and
        the steps: no prose, so the densest run of prose starts at the steps and leaves
        the ingredients out. The region grows up to such a heading at most
        ``ingredients_max_lines`` lines above it, over lines none of them good prose, at
        least ``ingredients_min_amounts`` of them opening with an amount, and on over the
        prose right above the heading, the recipe's introduction.
        """
        headings = _ingredient_headings()
        amounts = 0
        for j in range(first - 1, max(first - 1 - self.ingredients_max_lines, -1), -1):
            f = lines[j]
            if first_pass[j] == GOOD:
                return first
            if f.words <= self.ingredients_heading_max_words and _is_heading(normalize(f.line.text), headings):
                if amounts < self.ingredients_min_amounts:
                    return first
                while j > 0 and first_pass[j - 1] == GOOD:
                    j -= 1
                return j
            if _AMOUNT.match(f.line.text):
                amounts += 1
        return first


def _is_heading(folded: str, headings: frozenset[str]) -> bool:
    """Whether a case-folded line is one of the headings, alone or with the servings it is for
    ("zutaten für 4 personen", "ingredients serves 4": words with a number; not a button
    such as "Zutaten auf die SmartList")."""
    if folded in headings:
        return True
    return any(folded.startswith(h + " ") and _DIGITS.search(folded, len(h)) for h in headings)
