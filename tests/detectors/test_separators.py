import pytest

from cleaner.detectors import Separators


@pytest.mark.parametrize("line", ["***", "——-", "-----", "~~~", ".", "* * *", "= = =", "• • •", "»", "«", "››", "←"])
def test_flags_separator_lines(flagged, line):
    assert flagged(Separators(), f"One line of text.\n\n{line}\n\nAnother line.") == [line]


def test_rule_glued_to_the_end_is_cut(flagged):
    assert [s.strip() for s in flagged(Separators(), "He lives in Toronto. -------")] == ["-------"]


@pytest.mark.parametrize(
    "text",
    [
        "___",  # AP's divider between updates: underscores are word characters
        "He paused... and went on.",
        "A -- B -- C",
        "🇺🇸🇺🇸🇺🇸",
        "- item one",
        "2 + 2 = 4",
        "-",  # a list's bullet on its own line
        "*",
        "|",
        "...",
        "» Read the council's report",  # an arrow with its link's text: not a separator
        "Next »",
    ],
)
def test_leaves_text_alone(flagged, text):
    assert flagged(Separators(), text) == []
