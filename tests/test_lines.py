"""Line features: the fast path for ASCII lines must agree with the general one."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.lines import _shape, _unicode_shape
from cleaner.textutil import WORD, feature_words, words

ASCII_PIECES = st.sampled_from(
    ["O'Neil", "U.S.", "co-op", "don't", "x--y", "a_b", "1.5.6", "'", ".", "-", " ", "  ", "Hello", "WORLD",
     "said:", "end.", '"quoted"', "e.g.", "(AP)", "\t", "Z", "z", "9"]
)


@given(st.lists(ASCII_PIECES, max_size=12).map("".join) | st.text(st.characters(max_codepoint=127), max_size=40))
def test_ascii_lines_get_the_shape_of_the_general_path(text):
    assert _shape(text) == _unicode_shape(text.strip())


@given(st.lists(ASCII_PIECES, max_size=12).map("".join) | st.text(st.characters(max_codepoint=127), max_size=40))
def test_ascii_text_gets_the_words_of_the_unicode_pattern(text):
    assert words(text) == feature_words(text) == WORD.findall(text)


def test_shape_counts_words_capitals_and_sentence_ends():
    shape = _shape("  The U.S.-based co-op said: Hello world.  ")
    assert shape.folded == ("the", "u.s", "based", "co-op", "said", "hello", "world")  # a separator joins two word characters only
    assert shape.capitalised == 3
    assert shape.ends_sentence
    assert shape.chars == len("The U.S.-based co-op said: Hello world.")


@given(st.text(st.sampled_from(list(".!?…:;,\"'”’»)]([ a\t\n\u00a0\u2003\u3000\x1c\x1f\x85")), max_size=12))
def test_a_sentence_end_is_told_without_a_search(text):
    from cleaner.lines import _SENTENCE_END, ends_sentence

    stripped = text.strip()
    assert ends_sentence(stripped) == bool(_SENTENCE_END.search(stripped))
