"""Span resolution, removal, whitespace tidying and offset mapping across rounds."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cleaner.spans import Cut, Span, remove, resolve, snap_to_lines, tidy


def test_resolve_drops_contained_and_trims_overlapping():
    spans = [Span(5, 10, "b"), Span(0, 6, "a"), Span(7, 9, "c"), Span(8, 14, "d")]
    assert [(s.start, s.end, s.detector) for s in resolve(spans)] == [(0, 6, "a"), (6, 10, "b"), (10, 14, "d")]


def test_snap_takes_the_line_break_of_a_whole_line():
    text = "keep\njunk  \nkeep"
    (span,) = snap_to_lines(text, [Span(5, 9, "x")])
    assert text[span.start : span.end] == "junk  \n"


def test_snap_takes_trailing_space_of_a_front_run():
    text = "RUN The line."
    (span,) = snap_to_lines(text, [Span(0, 3, "x")])
    assert text[span.start : span.end] == "RUN "


def test_tidy_collapses_blank_runs_and_strips_ends():
    assert tidy("\n\n a\n \n\t\n\nb \n") == "a\n\nb"
    assert tidy("a\nb") == "a\nb"


def test_tidy_writes_a_blank_run_with_the_texts_own_line_break():
    assert tidy("a\r\n\r\n \r\n\r\nb") == "a\r\n\r\nb"
    assert tidy("a\r\r\r\rb") == "a\r\rb"
    assert tidy("a\r\nb\r\n\r\nc") == "a\r\nb\r\n\r\nc"  # "\r\n" is one break, not two


def test_snap_takes_a_lone_carriage_return_as_the_line_break():
    text = "keep\rjunk  \rkeep"
    (span,) = snap_to_lines(text, [Span(5, 9, "x")])
    assert text[span.start : span.end] == "junk  \r"


def test_remove():
    assert remove("abc\ndef\n\nghi", [Span(4, 8, "x")]) == "abc\n\nghi"


@given(
    st.text(alphabet="ab\n ", min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=4),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=4),
)
def test_cut_maps_two_rounds_back_to_the_original(text, first, second):
    """Removing round-2 spans from the round-1 text equals removing their mapped spans from the original."""
    def spans_in(t, pairs):
        return resolve(Span(min(a, len(t)), min(a + n, len(t)), "x") for a, n in pairs)

    cut = Cut(text)
    round1 = spans_in(cut.text, first)
    after1 = cut.without(round1)
    round2 = spans_in(after1.text, second)
    after2 = after1.without(round2)
    original = resolve([cut.to_original(s) for s in round1] + [after1.to_original(s) for s in round2])
    assert remove(text, original) == tidy(after2.text)


def test_uncovered_keeps_the_pieces_no_other_span_overlaps():
    from cleaner.spans import uncovered

    span = Span(0, 100, "head", "r")
    covered = [Span(0, 10, "a"), Span(20, 30, "b"), Span(95, 120, "c")]
    assert uncovered(span, covered) == [Span(10, 20, "head", "r"), Span(30, 95, "head", "r")]
    assert uncovered(span, []) == [span]
    assert uncovered(Span(22, 28, "head"), covered) == []
    assert uncovered(Span(40, 50, "head"), covered) == [Span(40, 50, "head")]


def test_a_detector_that_yields_to_others_keeps_only_what_they_leave():
    from cleaner import Cleaner

    class Everything:  # flags the whole text, but yields to any other detector
        name = "everything"
        yields_to_others = True

        def detect(self, doc):
            yield Span(0, len(doc.text), self.name, "all of it")

    class Second:  # flags the second line
        name = "second"

        def detect(self, doc):
            for line in doc.content_lines:
                if line.text == "two":
                    yield Span(line.start, line.end, self.name, "line two")

    text = "one\ntwo\nthree"
    removed = Cleaner(detectors=[Everything(), Second()]).explain(text).removed
    assert [(s.detector, s.text(text).strip()) for s in removed] == [("everything", "one"), ("second", "two"), ("everything", "three")]
