"""cleaner: recover clean article text from carelessly scraped web pages.

>>> import cleaner
>>> cleaner.clean("Facebook Twitter WhatsApp Email Print\\n\\nThe article.")
'The article.'
"""
from __future__ import annotations

from functools import lru_cache

from .pipeline import Cleaner, Result
from .spans import Span

__all__ = ["clean", "explain", "Cleaner", "Result", "Span", "__version__"]
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
