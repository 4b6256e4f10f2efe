"""The bench's definitions: scores checked on cases worked out by hand, C4 line rules,
and bench/flatten.py (and bench/score.py) against the shared reference tools when present."""
from __future__ import annotations

import gzip
import importlib.util
import itertools
import json
import re
from pathlib import Path

import pytest

from bench.c4 import c4_lines, keep_line
from bench.flatten import flatten
from bench.score import bow, shingle_counts, shingle_summary, shingles, snippet_hits, tokens
from cleaner.html import html_to_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
PAGES_PER_FILE = 4
# characters html_to_text drops before parsing, which the naive flattening keeps
REFUSED_BY_THE_PARSER = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


# --- bag of words -------------------------------------------------------------------

def test_tokens_are_lowercased_word_runs():
    assert tokens("The CAT, the cat!  Café_1") == ["the", "cat", "the", "cat", "café_1"]
    assert tokens("") == [] and tokens(None) == [] and tokens("... -- !") == []


@pytest.mark.parametrize(
    ("output", "gold", "expected"),
    [
        # 3 of 3 output tokens are in gold; 3 of 6 gold tokens found.
        ("the cat sat", "the cat sat on the mat", (1.0, 0.5, 2 / 3)),
        # case and punctuation ignored; "the"x2 + "cat"x2 against one each: 2 of 4, 2 of 2.
        ("The CAT, the cat!", "the cat", (0.5, 1.0, 2 / 3)),
        # multisets: {a:3, b:1} & {a:1, b:2} = 2 common; P 2/4, R 2/3, F1 4/7.
        ("a a a b", "a b b", (0.5, 2 / 3, 4 / 7)),
        ("Café naïve", "café", (0.5, 1.0, 2 / 3)),
        ("a b", "c d", (0.0, 0.0, 0.0)),
        ("", "some gold", (0.0, 0.0, 0.0)),
        ("some output", "", (0.0, 0.0, 0.0)),
        ("", "", (1.0, 1.0, 1.0)),
        ("...", "", (1.0, 1.0, 1.0)),  # no tokens on either side
    ],
)
def test_bow_hand_computed(output, gold, expected):
    assert bow(output, gold) == pytest.approx(expected)


# --- shingles -----------------------------------------------------------------------

def test_shingles_are_case_kept_four_token_windows():
    assert shingles("a b c d e") == {("a", "b", "c", "d"): 1, ("b", "c", "d", "e"): 1}
    assert shingles("A b c d") != shingles("a b c d")
    assert shingles("a, b!") == {("a", "b"): 1}  # short text: one short shingle
    assert shingles("") == {} and shingles("!!") == {}


@pytest.mark.parametrize(
    ("output", "gold", "expected"),
    [
        # gold abcd bcde cdef, output abcd bcde: tp 2, fp 0, fn 1 over 3.
        ("a b c d e", "a b c d e f", (2 / 3, 0.0, 1 / 3)),
        # output xabc abcd: tp 1 (abcd), fp 1 (xabc), fn 2 (bcde cdef) over 4.
        ("x a b c d", "a b c d e f", (0.25, 0.25, 0.5)),
        ("a b c d", "a b c d", (1.0, 0.0, 0.0)),
        ("", "a b c d", (0.0, 0.0, 1.0)),
        ("", "", (0.0, 0.0, 0.0)),
    ],
)
def test_shingle_counts_hand_computed(output, gold, expected):
    assert shingle_counts(output, gold) == pytest.approx(expected)


def test_shingle_summary_hand_computed():
    # page 1: P = (2/3) / (2/3 + 0) = 1, R = (2/3) / (2/3 + 1/3) = 2/3
    # page 2: P = .25 / .5 = .5, R = .25 / .75 = 1/3
    # mean P = .75, mean R = .5, F1 = 2 * .75 * .5 / 1.25 = .6
    counts = [(2 / 3, 0.0, 1 / 3), (0.25, 0.25, 0.5)]
    assert shingle_summary(counts) == pytest.approx((0.75, 0.5, 0.6))


def test_shingle_summary_empty_pages():
    # An exact page (P = R = 1) and an empty output (no P; R = 0): P 1, R 1/2, F1 2/3.
    assert shingle_summary([(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)]) == pytest.approx((1.0, 0.5, 2 / 3))
    # A page where both are empty counts for neither average; output without gold: P 0.
    assert shingle_summary([(0.0, 0.0, 0.0), (0.0, 1.0, 0.0)]) == pytest.approx((0.0, 0.0, 0.0))
    assert shingle_summary([]) == (0.0, 0.0, 0.0)


def test_snippets_match_with_whitespace_normalised():
    output = "Hello   world.\nNext\tline"
    assert snippet_hits(output, ["Hello world.", "missing"], ["Next line", "absent"]) == (1, 1)
    assert snippet_hits("", ["a"], ["b"]) == (0, 1)


# --- C4 line rules ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("  This is a sentence.  ", "This is a sentence."),
        ('He said "stop it now"', 'He said "stop it now"'),
        ("A cited claim is here.[12]", "A cited claim is here."),
        ("See the history [edit]", None),  # no terminal punctuation once the citation goes
        ("Too short.", None),
        ("No punctuation at the end", None),
        ("And then it goes on...", None),
        ("Please enable JavaScript to see this page.", None),
        ("Read our Privacy Policy for details.", None),
        ("This site uses cookies to improve things.", None),
        ("A line with " + "x" * 1001 + " word.", None),
    ],
)
def test_c4_keep_line(line, kept):
    assert keep_line(line) == kept


def test_c4_lines_keeps_only_passing_lines():
    text = "Menu\nHome | News\nThis is a real sentence.\n\nShare this\nAnother full sentence here!"
    assert c4_lines(text) == "This is a real sentence.\nAnother full sentence here!"
    assert c4_lines("") == ""


# --- flatten ------------------------------------------------------------------------

def test_flatten_hand_case():
    html = (
        "<html><head><title>T</title></head><body><div>Menu<span>icon</span>bookmark</div>"
        "<p>Para\u00a0 one.</p><script>x()</script>tail<!-- c --><p>Two</p><ul><li>a</li><li>b</li></ul>"
        "</body></html>"
    )
    # inline <span> glued; <p> framed by blank lines; script dropped but its tail kept;
    # each <li> closes with "\n" and the next opens with "\n": a blank line between items.
    assert flatten(html) == "Menuiconbookmark\n\nPara one.\n\ntail\n\nTwo\n\na\n\nb"
    assert flatten("") == ""


def _load_reference(name: str):
    path = SHARED / "eval" / f"{name}.py"
    if not path.is_file():
        pytest.skip(f"reference {name}.py not found beside the project")
    spec = importlib.util.spec_from_file_location(f"reference_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _sample_pages() -> list[dict]:
    files = sorted((SHARED / "data").glob("*/*.jsonl.gz"))
    pages = []
    for path in files:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            records = (json.loads(line) for line in lines)
            pages += [r for r in itertools.islice(records, PAGES_PER_FILE) if r.get("html")]
    if not pages:
        pytest.skip("development data not found beside the project")
    return pages


def test_flatten_matches_reference():
    reference = _load_reference("flatten")
    for page in _sample_pages():
        assert flatten(page["html"]) == reference.flatten(page["html"]), page["id"]


def test_the_library_reads_a_page_as_the_bench_does():
    # clean_html(page) is clean(flatten(page)), so the bench's text-mode figures hold for it;
    # html_to_text adds only what a browser shows outside <body> (none of these pages has any)
    for page in _sample_pages():
        expected = flatten(page["html"])
        if expected and not REFUSED_BY_THE_PARSER.search(page["html"]):
            assert html_to_text(page["html"]) == expected, page["id"]


def test_scores_match_reference():
    reference = _load_reference("score")
    counts, reference_counts = [], []
    for page in _sample_pages():
        if not page.get("gold"):
            continue
        output = flatten(page["html"])
        assert bow(output, page["gold"]) == reference.bow(output, page["gold"]), page["id"]
        counts.append(shingle_counts(output, page["gold"]))
        reference_counts.append(reference.shingle_counts(output, page["gold"]))
    assert counts == reference_counts
    assert shingle_summary(counts) == reference.shingle_summary(reference_counts)
