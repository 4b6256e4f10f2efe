import pytest

from cleaner.bylines import is_byline


@pytest.mark.parametrize(
    "line",
    ["By Jane Doe", "By LISA MASCARO and ERIC TUCKER", "By", "Von Moritz Bachmann", "Par Jean Dupont", "  By Mike Corder  "],
)
def test_bylines(line):
    assert is_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "By the way",  # the name is not capitalised
        "Por qué importa",
        "By Jane Doe.",  # a sentence
        "By Jane Doe and John Roe and Richard Miles of the Daily Planet",  # too long
        "Bye Jane Doe",  # no byline word
        "",
    ],
)
def test_not_bylines(line):
    assert not is_byline(line)


def test_thresholds_are_parameters():
    assert not is_byline("By Jane Doe", max_words=2)
    assert is_byline("By Jane doe", min_capitalised=0.5)
    assert not is_byline("By Jane doe", min_capitalised=0.6)
