"""The C4 line rules, as a text-only baseline (no dependency on datatrove).

A faithful equivalent of the line-level part of datatrove's `C4QualityFilter`
(defaults, `split_paragraph=True`), which follows the C4 paper (Raffel et al. 2020) and
TensorFlow Datasets' `c4_utils`. Each line (`str.splitlines`) is stripped and then:

1. dropped if one of its whitespace-separated words is longer than MAX_WORD_LENGTH;
2. cleared of Wikipedia-style citations ("[12]", "[edit]", "[citation needed]");
3. dropped unless it ends in terminal punctuation (END_PUNCTUATION), or if it ends
   in an ellipsis;
4. dropped if it had fewer than MIN_WORDS_PER_LINE words (counted before step 2);
5. dropped if it mentions "javascript" or a cookie / terms-of-use phrase (POLICY_PHRASES).

The kept lines are joined with "\\n". The filter's page-level rules (drop the whole
page for "lorem ipsum", for a curly bracket, or for fewer than 5 sentences) are left
out on purpose: they decide whether a page enters a corpus, not which of its lines
are article text, and turning an imperfect page into "" says nothing about cleaning.
"""
from __future__ import annotations

import re

MAX_WORD_LENGTH = 1000
MIN_WORDS_PER_LINE = 3
CITATION = re.compile(r"\[\d*]|\[edit]|\[citation needed]")
END_PUNCTUATION = (".", "?", "!", '"', "'")
ELLIPSIS = "..."
JAVASCRIPT = "javascript"
POLICY_PHRASES = (
    "terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies",
)


def keep_line(line: str) -> str | None:
    """The line as C4 keeps it (citations removed), or None when a line rule drops it."""
    line = line.strip()
    words = line.split()
    if any(len(word) > MAX_WORD_LENGTH for word in words):
        return None
    line = CITATION.sub("", line)
    if not line.endswith(END_PUNCTUATION) or line.endswith(ELLIPSIS):
        return None
    if len(words) < MIN_WORDS_PER_LINE:
        return None
    lowered = line.lower()
    if JAVASCRIPT in lowered or any(phrase in lowered for phrase in POLICY_PHRASES):
        return None
    return line


def c4_lines(text: str) -> str:
    """Apply the C4 line rules to `text`: the kept lines, joined by newlines."""
    kept = (keep_line(line) for line in text.splitlines())
    return "\n".join(line for line in kept if line is not None).strip()
