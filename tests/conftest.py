from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

from cleaner.document import Document

# The property tests are reproducible by default: the same examples on every run,
# so a CI run cannot pass or fail by chance. To search for new failures, run them
# with fresh random examples and many more of them:
#   HYPOTHESIS_PROFILE=explore python -m pytest tests/test_properties.py
settings.register_profile(
    "default", max_examples=500, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("explore", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture
def flagged():
    """Run one detector over text; return the flagged substrings in order."""

    def run(detector, text: str) -> list[str]:
        doc = Document(text)
        return [text[s.start : s.end] for s in sorted(detector.detect(doc))]

    return run
