"""The invariants again, on text built from the residue the boilerplate detectors flag."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cleaner
from cleaner.spans import remove

PIECES = [
    "Featured image via Getty", "Photo Credit: ", "Jane Doe", "/", "AFP", "Getty Images", "Source: ",
    "http://example.com/a", "Via ", "h/t ", "(", ")", "Advertisement", "Ad", "Continued below... ",
    "Story Continued Below", "Subscribe to our newsletter", "Share this: ", "Reddit", "Facebook",
    "Like this: Like Loading...", "Comments", "12 Comments", "Please adhere to our commenting policy ",
    "Filed under: ", "Tags: ", "a, b", " | ", "Copyright 2019 ", "All rights reserved.", "Authors:",
    "Josh Gerstein is a senior reporter for POLITICO.", "He ", "***", "-----", "___", "Read More",
    "Continue reading →", "Popular Video ", "BREAKING: ", "Big News Today", "Story highlights ",
    "(CNN) ", "July, 2017 ", "Select Date… ", "{% set x = 1 %}", "…", "?", "The minister said",
    " on Monday.", "\n", "\n\n", " ", ".", ",", "!", "é", "\u00a0", "Related", "PREVIOUS COVERAGE:",
]
page_text = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(page_text)
def test_idempotent(text):
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@SETTINGS
@given(page_text)
def test_deletion_only(text):
    result = cleaner.explain(text)
    assert remove(text, result.removed) == result.text
    source_lines = iter(text.split("\n"))
    for out_line in result.text.split("\n"):
        if out_line.strip():
            assert any(out_line.strip() in src for src in source_lines), out_line
