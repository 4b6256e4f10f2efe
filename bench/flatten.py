"""HTML page -> the plain text a naive scraper produces (the bench's text-mode input).

Defines the flattening of the shared evaluation (`shared/eval/flatten.py`): the page
is parsed as that definition parses it (a page lxml refuses as given, such as a
string that opens with an XML encoding declaration, gives ""), then rendered by
`cleaner.html.render`, the rendering `cleaner.html_to_text` uses: every text node
under <body> is kept except inside dropped elements; paragraph-like elements are
framed by a blank line, other block elements by a line break, and inline elements
are glued with no added space ("icon bookmarkicon camera" runs). Runs of spaces,
tabs and no-break spaces collapse to one space, each line is stripped, and at most
one blank line is kept between lines.
"""
from __future__ import annotations

import lxml.html

from cleaner.html import render

__all__ = ["flatten"]


def flatten(html: str) -> str:
    """Return the naive scraped text of the HTML page `html` ("" if it cannot be parsed)."""
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # empty or unparsable page: nothing a scraper could read
        return ""
    return render(root)
