"""The text helpers' fast paths for ASCII text give what their Unicode paths give."""
from __future__ import annotations

import regex
from hypothesis import given
from hypothesis import strategies as st

from cleaner.textutil import WORD, normalize, words

ASCII_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=80)


def normalize_by_unicode_rules(text: str) -> str:
    return regex.sub(r"[^\w]++", " ", text.casefold()).strip()


@given(ASCII_TEXT)
def test_normalize_ascii_matches_unicode_rules(text):
    assert normalize(text) == normalize_by_unicode_rules(text)


@given(ASCII_TEXT)
def test_words_ascii_matches_unicode_rules(text):
    assert words(text) == WORD.findall(text)


def test_normalize_folds_case_and_punctuation():
    assert normalize("  Share THIS: story!! ") == "share this story"
    assert normalize("Straße — Größe") == "strasse grösse"  # casefold, not lower, off ASCII


@given(ASCII_TEXT)
def test_numberless_ascii_matches_unicode_rules(text):
    from cleaner.detectors.article.shapes import _numberless

    assert _numberless(text) == normalize_by_unicode_rules(regex.sub(r"\d++", " ", text))


SHARE_STEMS = ["share", "tweet", "e-mail this", "send to a friend", "teilen", "partager", "поделиться"]
STEM_TEXT = st.lists(
    st.sampled_from(["Share", "sHaRe", "re", "tweet", "E-MAIL THIS", "send to a friend", "x", " ", "-", "_", "9",
                     "Teilen", "ПОДЕЛИТЬСЯ", "é", "\n", "."]),
    max_size=12,
).map("".join)


@given(st.one_of(STEM_TEXT, ASCII_TEXT))
def test_stem_gate_matches_case_insensitive_search(text):
    from cleaner.textutil import StemGate

    expected = regex.search(rf"(?<!\w)(?:{'|'.join(map(regex.escape, SHARE_STEMS))})", text, regex.IGNORECASE)
    assert StemGate(SHARE_STEMS).found(text) == (expected is not None)


def test_stem_gate_needs_a_word_start():
    from cleaner.textutil import StemGate

    gate = StemGate(["share"])
    assert gate.found("Please SHARE this") and gate.found("(share)")
    assert not gate.found("timeshare") and not gate.found("nothing here")


@given(st.one_of(STEM_TEXT, ASCII_TEXT), st.integers(0, 14))
def test_whole_word_gate_from_a_position_matches_the_search(text, pos):
    from cleaner.textutil import StemGate

    body = "|".join(map(regex.escape, SHARE_STEMS))
    expected = regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE).search(text, pos)
    assert StemGate(SHARE_STEMS, whole_words=True).found(text, pos) == (expected is not None)
    expected = regex.compile(rf"(?<!\w)(?:{body})", regex.IGNORECASE).search(text, pos)
    assert StemGate(SHARE_STEMS).found(text, pos) == (expected is not None)


def test_whole_word_gate_needs_the_whole_word():
    from cleaner.textutil import StemGate

    gate = StemGate(["comment", "comments"], whole_words=True)
    assert gate.found("12 Comments") and gate.found("Post a COMMENT.")
    assert not gate.found("commentary") and not gate.found("Comments here", 1)
