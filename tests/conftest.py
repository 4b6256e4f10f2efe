from __future__ import annotations

import pytest

from cleaner.document import Document


@pytest.fixture
def flagged():
    """Run one detector over text; return the flagged substrings in order."""

    def run(detector, text: str) -> list[str]:
        doc = Document(text)
        return [text[s.start : s.end] for s in sorted(detector.detect(doc))]

    return run
