"""HTML page -> the plain text a naive scraper produces (the bench's text-mode input).

Defines the flattening of the shared evaluation (`shared/eval/flatten.py`), reimplemented:
every text node under <body> is kept except inside DROP elements; paragraph-like
elements (PARA) are framed by a blank line, other block elements by a line break, and
inline elements are glued with no added space ("icon bookmarkicon camera" runs).
Runs of spaces, tabs and no-break spaces collapse to one space, each line is stripped,
and at most one blank line is kept between lines.
"""
from __future__ import annotations

import re

import lxml.html

DROP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object", "embed"})
PARA = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table"})
BLOCK = PARA | frozenset({
    "div", "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "li",
    "dl", "dt", "dd", "tr", "form", "fieldset", "address", "figcaption", "hr", "br", "details",
    "summary", "menu", "caption", "thead", "tbody", "tfoot", "center",
})

INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def _local_name(element) -> str | None:
    """Lower-case tag without namespace; None for comments and processing instructions."""
    if not isinstance(element.tag, str):
        return None
    return element.tag.rsplit("}", 1)[-1].lower()


def _separator(name: str) -> str:
    if name in PARA:
        return "\n\n"
    return "\n" if name in BLOCK else ""


def _pieces(body) -> list[str]:
    """The raw text pieces of `body` in document order (iterative, so depth is no limit)."""
    pieces: list[str] = []
    # Stack items: an element to open, or a string to emit when it is popped.
    stack: list = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        name = _local_name(item)
        if name is None or name in DROP:
            pieces.append(item.tail or "")
            continue
        sep = _separator(name)
        pieces.append(sep)
        pieces.append(item.text or "")
        stack.append(item.tail or "")
        stack.append(sep)
        stack.extend(reversed(list(item)))
    return pieces


def flatten(html: str) -> str:
    """Return the naive scraped text of the HTML page `html` ("" if it cannot be parsed)."""
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # empty or unparsable page: nothing a scraper could read
        return ""
    body = root.find(".//body")
    text = "".join(_pieces(root if body is None else body))
    lines = (INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
