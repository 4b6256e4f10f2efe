import pytest

from cleaner.detectors import CommentNotices

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Comments",
        "comments",
        "12 Comments",
        "Leave a Reply",
        "Comments are closed.",
        "Please adhere to our commenting policy to avoid being banned. As a privately owned website, we reserve the right to remove any comment and ban any user at any time.",
        "Join the discussion",
        "Kommentare",
        "Laisser un commentaire",
        "Deja un comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Комментарии",
    ],
)
def test_flags_comment_notices(flagged, line):
    assert flagged(CommentNotices(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_notice_glued_to_the_end_is_cut(flagged):
    text = "The vote is set for March. Let us know what you think in the comments."
    assert [s.strip() for s in flagged(CommentNotices(), text)] == ["Let us know what you think in the comments."]


@pytest.mark.parametrize(
    "text",
    [
        "The comments were deleted on Monday.",
        "Comments from the minister drew criticism.",
        "He declined to comment. Comments",  # a word alone is cut only as a whole line
        "No comment, she said.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(CommentNotices(), text) == []
