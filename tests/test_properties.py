"""Invariants on any input: no exception, idempotent, deletion only, clean prose unchanged."""
from __future__ import annotations

import string

from hypothesis import assume, example, given
from hypothesis import strategies as st

import cleaner
from cleaner.document import split_lines
from cleaner.spans import remove

# Text built from the pieces page dumps are made of, so that detectors fire: the seed's
# residue ...
SEED_PIECES = [
    "Facebook", "Twitter", "WhatsApp", "Email", "Print", "icon", "iconfb", "share", "Share this:",
    "READ MORE:", "Also on rt.com", "0:00", "24:55", "Podcasts", "Play", "22 Apr, 2019 21:44",
    "Updated", "The minister said", "on Monday.", "\n", "\n\n", " ", "  ", "\t", "\r\n", "\r", "\f", "Related",
    "If you like this story, share it with a friend!", "Mehr zum Thema -", "Читайте также:",
    ".", ",", "!", "?", "é", "\u00a0", "\u2028", "Kim Jong-un will visit Russia",
]
# ... and from the residue the boilerplate detectors flag.
BOILERPLATE_PIECES = [
    "Featured image via Getty", "Photo Credit: ", "Jane Doe", "/", "AFP", "Getty Images", "Source: ",
    "http://example.com/a", "Via ", "h/t ", "(", ")", "Advertisement", "Ad", "Continued below... ",
    "Story Continued Below", "Subscribe to our newsletter", "Share this: ", "Reddit", "Facebook",
    "Like this: Like Loading...", "Comments", "12 Comments", "Please adhere to our commenting policy ",
    "Filed under: ", "Tags: ", "a, b", " | ", "Copyright 2019 ", "All rights reserved.", "Authors:",
    "Josh Gerstein is a senior reporter for POLITICO.", "He ", "***", "-----", "___", "Read More",
    "Continue reading →", "Popular Video ", "BREAKING: ", "Big News Today", "Story highlights ",
    "(CNN) ", "July, 2017 ", "Select Date… ", "{% set x = 1 %}", "…", "?", "The minister said",
    " on Monday.", "\n", "\n\n", " ", ".", ",", "!", "é", "\u00a0", "Related", "PREVIOUS COVERAGE:",
    "New Jersey State Police", "Reply", "[Reply]", "Name (required)", "50% OFF", " plus Free Shipping",
    " and a Free Gift", "Source (Reuters)", "(Screenshot: YouTube) ", "ABC News",
    "Officers stood at the scene of the crash on the highway in the town on Sunday morning",
]
page_text = st.one_of(
    *(st.lists(st.sampled_from(pieces), max_size=60).map("".join) for pieces in (SEED_PIECES, BOILERPLATE_PIECES))
)
any_text = st.one_of(st.text(max_size=300), page_text)


# examples, randomness and deadlines: the profile loaded in conftest.py
@given(any_text)
def test_any_str_is_accepted(text):
    assert isinstance(cleaner.clean(text), str)


@given(any_text)
# a label glued to the front of a line several times over: all copies go in one clean
@example("CONTINUED:BELOW.CONTINUED:BELOW.CONTINUED:BELOW.CONTINUED:BELOW.0:0:0:0")
# ... and to its end, behind a credit: every copy goes in one pass, or the rounds run out
@example("Feature image via C 0 b. Continued bel. Continued bel. Feature image via 0")
def test_idempotent(text):
    once = cleaner.clean(text)
    assert cleaner.clean(once) == once


@given(any_text)
def test_deletion_only(text):
    """Every output line is part of an input line, in order; nothing is invented."""
    result = cleaner.explain(text)
    assert remove(text, result.removed) == result.text
    source_lines = iter(split_lines(text))
    for out_line in split_lines(result.text):
        if not out_line.strip():
            continue
        assert any(out_line.strip() in src for src in source_lines), out_line


BODY_ONLY = cleaner.Cleaner(body_only=True)


@given(any_text)
def test_body_only_deletes_only_and_is_idempotent(text):
    result = BODY_ONLY.explain(text)
    assert remove(text, result.removed) == result.text
    assert BODY_ONLY.clean(result.text) == result.text


WORDS = st.text(alphabet=string.ascii_lowercase, min_size=2, max_size=9)
SENTENCE = st.lists(WORDS, min_size=6, max_size=25).map(lambda ws: " ".join(ws).capitalize() + ".")
PARAGRAPH = st.lists(SENTENCE, min_size=1, max_size=4).map(" ".join)
PROSE = st.lists(PARAGRAPH, min_size=1, max_size=8).map("\n\n".join)


def _repeats_a_passage(text: str) -> bool:
    """Whether a paragraph, or the last sentence of one, of six words or more stands
    again in another paragraph: the shape of a pull-quote or of a glued preview of the
    next paragraph, which the repeats detector removes (so not clean prose)."""
    paragraphs = text.split("\n\n")

    def words(t: str) -> str:
        return f" {' '.join(t.casefold().replace('.', ' ').split())} "

    whole = [words(p) for p in paragraphs]
    pieces = [(i, piece) for i, p in enumerate(paragraphs) for piece in (whole[i], words(p.rsplit(". ", 1)[-1]))]
    return any(
        piece.count(" ") > 6 and i != j and piece != other and piece in other
        for i, piece in pieces
        for j, other in enumerate(whole)
    )


@given(PROSE)
def test_clean_prose_comes_back_unchanged(text):
    assume(not _repeats_a_passage(text))
    assert cleaner.clean(text) == text
