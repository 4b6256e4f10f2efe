"""Helpers (no tests) for the tests of one language's phrase banks."""
from __future__ import annotations

import cleaner


def removed_between(block: str, paragraph: str, residue: str) -> list[tuple[str, str]]:
    """What ``cleaner.explain`` removes from ``block`` standing between two copies of a paragraph,
    below a line of residue (so that detectors that wait for other residue act too): (detector,
    removed text) for each span, the residue's own left out."""
    text = f"{residue}\n\n{paragraph}\n\n{block}\n\n{paragraph}"
    result = cleaner.explain(text)
    return [(s.detector, text[s.start : s.end].strip()) for s in result.removed if text[s.start : s.end].strip() != residue]
