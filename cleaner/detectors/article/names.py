"""Names in an article's sentences: what tells a name that a page repeats as a short line
("Emacs" over each row of a table that compares editors) from a template (a comment's
"Reply"): the article's sentences speak of it, with a capital, inside a sentence. Used by
:meth:`~cleaner.detectors.article.ArticleRegion._named_in_prose`.
"""
from __future__ import annotations

import regex

# languages that write every noun with a capital: there a capital names no one ("Weitere Themen")
NOUNS_CAPITALISED = frozenset({"de", "lb"})
WORD = regex.compile(r"\w++")


def names_inside_sentences(text: str, by_first: dict[str, list[tuple[str, ...]]]) -> list[str]:
    """The names (their words, by their first word, case folded: ``by_first``) that text writes
    with a capital, not at a sentence's start, each as its words joined by a space."""
    spans = [(m.start(), m.end()) for m in WORD.finditer(text)]
    words = [text[a:b] for a, b in spans]
    folded = [w.casefold() for w in words]
    found = []
    for k, word in enumerate(words):
        choices = by_first.get(folded[k]) if word[:1].isupper() else None
        if choices is None:
            continue
        gap = text[spans[k - 1][1] if k else 0 : spans[k][0]].rstrip()
        if (gap[-1:] if gap else ("" if k == 0 else "w")) in ("", ".", "!", "?"):
            continue  # a sentence's start: any word has a capital there
        for name in choices:
            n = len(name)
            if tuple(folded[k : k + n]) != name:
                continue
            if all(text[spans[i][1] : spans[i + 1][0]].isspace() for i in range(k, k + n - 1)):  # one space apart
                found.append(" ".join(name))
    return found
