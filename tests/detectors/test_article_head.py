from pathlib import Path

import pytest

import cleaner
from cleaner.detectors import ArticleHead, default_detectors

HEADLINE = "Council votes to close the old river bridge for a year of repairs"
BYLINE = "By Jane Doe"
DATE = "November 19, 2019 at 8:40 AM"
FIRST = (
    "The city council voted on Monday evening to close the old river bridge for most of next year, "
    "after engineers told the members that the steel under the deck had rusted far more than they thought."
)
SECOND = (
    "Drivers will have to use the new bridge to the north, which the council expects to be busy in the "
    "mornings, and the buses that cross the river will take a longer way round until the work is done."
)
BODY = f"{FIRST}\n\n{SECOND}"

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "rt-kim-putin"


def test_headline_byline_and_date_above_the_first_paragraph_are_flagged(flagged):
    text = f"{HEADLINE}\n\n{BYLINE}\n{DATE}\n\n{BODY}"
    assert flagged(ArticleHead(), text) == [f"{HEADLINE}\n\n{BYLINE}\n{DATE}"]


def test_body_only_returns_the_text_from_the_first_paragraph():
    text = f"{HEADLINE}\n\n{BYLINE}\n{DATE}\n\n{BODY}"
    result = cleaner.Cleaner(body_only=True).explain(text)
    assert result.text == BODY
    # each line is explained by the rule made for it: the head yields the date line to date_line
    by_detector = {s.detector: s.text(text).strip() for s in result.removed}
    assert by_detector == {"head": f"{HEADLINE}\n\n{BYLINE}", "date_line": DATE}
    assert "above its first paragraph" in next(s.reason for s in result.removed if s.detector == "head")


def test_not_a_default_detector():
    text = f"{HEADLINE}\n\n{BYLINE}\n\n{BODY}"
    assert "head" not in {d.name for d in default_detectors()}
    assert cleaner.clean(text) == text


def test_a_text_that_starts_with_its_first_paragraph_stays(flagged):
    assert flagged(ArticleHead(), BODY) == []


def test_a_short_sentence_under_the_headline_starts_the_body_from_forty_characters(flagged):
    # near-good (40 to 150 characters), four words or more, ends like a sentence: the body
    # starts there (a caption stays: keep rather than drop); a shorter line is taken for the head
    sentence = "Representatives have closed footbridges."
    short = "Councillors closed the bridge."
    assert len(sentence) >= 40 > len(short)
    assert flagged(ArticleHead(), f"{HEADLINE}\n\n{sentence}\n\n{BODY}") == [HEADLINE]
    assert flagged(ArticleHead(), f"{HEADLINE}\n\n{short}\n\n{BODY}") == [f"{HEADLINE}\n\n{short}"]


STANDFIRST = "Engineers found the steel under the deck had rusted far more than anyone thought."


def test_a_standfirst_and_a_caption_over_the_byline_are_the_head(flagged):
    caption = "The old river bridge in the spring of 2018."
    text = f"{HEADLINE}\n{STANDFIRST}\n{caption}\n{BYLINE}\n{DATE}\n\n{BODY}"
    assert flagged(ArticleHead(), text) == [f"{HEADLINE}\n{STANDFIRST}\n{caption}\n{BYLINE}\n{DATE}"]


def test_cleaning_again_removes_nothing_more():
    lede = "Representatives have closed footbridges."
    for text in (
        f"{HEADLINE}\n\nBy\nJane Doe\n\n{lede}\n\n{BODY}",
        f"{HEADLINE}\n{STANDFIRST}\n{BYLINE}\n{DATE}\n\n{lede}\n\n{BODY}",
        f"{HEADLINE}\n\nCouncillors closed the bridge.\n\n{BODY}",
    ):
        body_only = cleaner.Cleaner(body_only=True)
        once = body_only.clean(text)
        assert once.startswith(lede) or once == BODY
        assert body_only.clean(once) == once


@pytest.mark.parametrize("line", ["By the way", "Por qué importa", "By 2020"])
def test_a_short_line_that_opens_with_by_but_names_no_one_is_no_byline(flagged, line):
    # no byline: the standfirst above it starts the body, and nothing below it is the head
    text = f"{HEADLINE}\n{STANDFIRST}\n{line}\n\n{BODY}"
    assert flagged(ArticleHead(), text) == [HEADLINE]


def test_a_hard_wrapped_first_paragraph_starts_the_body(flagged):
    wrapped = FIRST.replace("evening to close", "evening\nto close").replace("the members that", "the members\nthat")
    assert flagged(ArticleHead(), f"{HEADLINE}\n\n{BYLINE}\n\n{wrapped}\n\n{SECOND}") == [f"{HEADLINE}\n\n{BYLINE}"]


def test_no_paragraph_near_the_top_flags_nothing(flagged):
    menu = "\n".join(f"Section {i}" for i in range(ArticleHead().max_head_lines + 1))
    assert flagged(ArticleHead(), f"{menu}\n\n{BODY}") == []
    # one line fewer and the body is near enough
    shorter = "\n".join(f"Section {i}" for i in range(ArticleHead().max_head_lines))
    assert flagged(ArticleHead(), f"{shorter}\n\n{BODY}") == [shorter]


def test_unknown_language_flags_nothing(flagged):
    text = "Zorp quax blem\n\n" + " ".join(["vlorp"] * 40) + ".\n\n" + " ".join(["krub"] * 40) + "."
    assert flagged(ArticleHead(), text) == []


def test_the_seed_keeps_its_body_only():
    expected = (SEED / "expected.txt").read_text(encoding="utf-8").removesuffix("\n")
    headline, body = expected.split("\n\n", 1)
    assert headline.startswith("Kim Jong-un will visit Russia")
    assert cleaner.Cleaner(body_only=True).clean((SEED / "input.txt").read_text(encoding="utf-8")) == body


@pytest.mark.parametrize("text", ["", "\n\n", "One line"])
def test_texts_with_no_body_stay(flagged, text):
    assert flagged(ArticleHead(), text) == []
