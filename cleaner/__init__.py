"""cleaner: recover clean article text from carelessly scraped web pages.

>>> import cleaner
>>> cleaner.clean("Facebook Twitter WhatsApp Email Print\\n\\nThe article.")
'The article.'
"""
from __future__ import annotations

from functools import lru_cache

from .html import html_to_text, looks_like_html
from .pipeline import CAUTIOUS, Cleaner, HTMLInputWarning, Result
from .spans import Span

__all__ = [
    "clean", "explain", "clean_html", "explain_html", "html_to_text", "looks_like_html", "Cleaner", "CAUTIOUS",
    "HTMLInputWarning", "Result", "Span", "__version__",
]
__version__ = "0.1.0"


@lru_cache(maxsize=1)
def _default() -> Cleaner:
    return Cleaner()


def clean(text: str) -> str:
    """The article text: the input with page residue removed, nothing rewritten."""
    return _default().clean(text)


def explain(text: str) -> Result:
    """The clean text and every removed span (offsets into text, detector, reason)."""
    return _default().explain(text)


def clean_html(html: str | bytes) -> str:
    """The article text of an HTML page: its text (``html_to_text``) with page residue removed."""
    return _default().clean_html(html)


def explain_html(html: str | bytes) -> Result:
    """Like ``explain`` for an HTML page: the spans are offsets into ``html_to_text(html)``."""
    return _default().explain_html(html)
