"""Adversarial inputs: each finishes quickly (no catastrophic backtracking, no quadratic loop).

The bound is generous (seconds for a few hundred kilobytes, where a linear
pass takes milliseconds); it catches blow-ups, it does not measure speed.
"""
from __future__ import annotations

import time

import pytest

import cleaner

SIZE = 200_000
LIMIT_SECONDS = 5.0
PARAGRAPH = (
    "The city council voted on Monday to close the old river bridge for at least six months, after engineers "
    "found that two of its steel supports had corroded far more than expected.\n"
)

ADVERSARIAL = {
    "one long line of icon markers": "icon " * (SIZE // 5),
    "glued icon markers": "iconicon-" * (SIZE // 9),
    "one line of labels": "Facebook Twitter " * (SIZE // 17),
    "label lines": "Facebook\n" * (SIZE // 9),
    "share sentences on one line": "Share this. " * (SIZE // 12),
    "share lines": "Share this story\n" * (SIZE // 17),
    "time codes": "0:00 / " * (SIZE // 7),
    "time code lines": "0:00\n" * (SIZE // 5),
    "player labels glued": "PlayMuteCurrent Time " * (SIZE // 21),
    "cross-link lead-ins": "Read more: Read more: " * (SIZE // 22),
    "separators": "| / - " * (SIZE // 6),
    "date words": "22 Apr, 2019 21:44 " * (SIZE // 19),
    "brackets": "[" * SIZE,
    "spaces between newlines": " \n" * (SIZE // 2),
    "sentence breaks": "a. " * (SIZE // 3),
    "one huge word": "x" * SIZE,
    "digits": "1" * SIZE,
    # boilerplate detectors (credits, prompts, page tails, teasers, widgets, separators)
    "credit slashes": "Photo Credit: " + "Jane Doe/" * (SIZE // 9),
    "agency lines": "Paul J. Richards/AFP/Getty Images\n" * (SIZE // 34),
    "question then prompt": "Why? " * (SIZE // 5) + "Share your thoughts!",
    "open slots": "12 " * (SIZE // 3) + "Comments",
    "prompt sentences on one line": "Sign up for our newsletter. " * (SIZE // 28),
    "copyright marks": "© 2019 " * (SIZE // 7),
    "rule then letter": "-" * SIZE + "a",
    "spaced rule then letter": "- " * (SIZE // 2) + "a",
    "month years": "July, 2017 " * (SIZE // 11),
    "template braces": "{% " * (SIZE // 3),
    "a formula's source with braces and no end": "{\\displaystyle " + "}{" * (SIZE // 2),
    "tag list": "Tags: " + "a, " * (SIZE // 3),
    "teaser lead-ins": "Popular Video " * (SIZE // 14),
    "read more runs": "More… " * (SIZE // 6),
    "bio names": "Jane Doe is a writer. " * (SIZE // 22),
    # the article detector: a page whose every line below a short article is a lead-in to teasers,
    # with a longer article at the end (each lead-in compares the prose above it with the prose below)
    "teaser lead-ins between two articles": "Home\nContact\nPrivacy Policy\nAbout us\n" + PARAGRAPH * 2
    + "Related Posts\n" * (SIZE // 14) + PARAGRAPH * 10,
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_input_finishes(name):
    text = ADVERSARIAL[name]
    start = time.perf_counter()
    out = cleaner.clean(text)
    assert time.perf_counter() - start < LIMIT_SECONDS
    assert isinstance(out, str)


ADVERSARIAL_HTML = {
    "title start tags that never end": "<title" * (SIZE // 6),
    "title end tags that never end": "</title" * (SIZE // 7),
    "an unclosed title over nested elements": "<title>" + "<div>" * (SIZE // 5),
}


@pytest.mark.parametrize("name", ADVERSARIAL_HTML)
def test_adversarial_html_finishes(name):
    start = time.perf_counter()
    out = cleaner.html_to_text(ADVERSARIAL_HTML[name])
    assert time.perf_counter() - start < LIMIT_SECONDS
    assert isinstance(out, str)
