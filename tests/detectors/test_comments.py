import pytest

from cleaner.detectors import CommentNotices
from cleaner.document import Document

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Comments",
        "comments",
        "12 Comments",
        "Leave a Reply",
        "Comments are closed.",
        "Kommentare sind geschlossen.",
        "Schreib einen Kommentar",
        "Kommentar hinzufügen",
        "Post Your Comments",
        "Please adhere to our commenting policy to avoid being banned. As a privately owned website, we reserve the right to remove any comment and ban any user at any time.",
        "Join the discussion",
        "Kommentare",
        "Laisser un commentaire",
        "Deja un comentario",
        "Lascia un commento",
        "Deixe um comentário",
        "Комментарии",
        "Lascia un commento Annulla risposta",
        "Schreibe einen Kommentar Antworten abbrechen",
        "Deja una respuesta Cancelar la respuesta",
        "35 Responses to “More Landscape Stream of Consciousness”",
        "One thought on “These Weeks in Firefox: Issue 85”",
        "15 comments to Taking the Birdcrap Counter to the Next Level",
        "3 Gedanken zu „Ein Tag im Wald“",
        "34 Comments Feed for comments",
        "blog comments powered by Disqus",
        "Loading comments...",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Want to join the discussion?",
        "As you comment, please be respectful of other commenters and other viewpoints. We reserve the right to remove any comment.",
        "We ask that comments are civil and free of libellous or hateful material. Also please stick to the topic under discussion.",
        "Kommentar verfassen Antwort abbrechen",
        "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert",
        "Para comentar debes registrarte y completar los datos generales.",
        "We welcome thoughtful comments from readers. Please comply with our guidelines. Our blogs do not require the use of your real name.",
    ],
)
def test_flags_comment_notices(flagged, line):
    assert flagged(CommentNotices(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Leave a Reply Cancel reply",
        "Required fields are marked *",
        "You can follow any responses to this entry through the RSS 2.0 feed.",
        "You can follow any responses to this entry through the RSS 2.0 feed. You can leave a response, or trackback from your own site.",
        "TrackBack URL for this entry: http://example.com/t/trackback/2533854",
        "TrackBack URL for this entry:",
        "This is only a preview. Your comment has not yet been posted.",
        "Your comment could not be posted. Error type:",
        "The letters and numbers you entered did not match the image. Please try again.",
        "Having trouble reading this image? View an alternate.",
        "You are currently signed in as (nobody).",
        "(URLs automatically linked.)",
        "Remember personal info?",
        "YesNo",  # its two radio buttons, glued
        "Your comment has been saved.",
        "{ 4 comments… read them below or add one }",
        "{ 1 comment… read it below or add one }",
        "RSS feed for comments on this post.",  # WordPress's default theme
        "Have your say on this story",
        "Comments are now closed on Example Letters.",
        "No Comments »",
        'You may use these HTML tags and attributes: <a href="" title=""> <b> <blockquote cite="">',
        "Enter your comment here...",  # WordPress.com's form
        "Fill in your details below or click an icon to log in:",
        "Email (required) (Address never made public)",
        "You are commenting using your WordPress.com account. ( Log Out / Change )",
        "You are commenting using your Twitter account. ( Log Out / Change )",
        "Connecting to %s",
    ],
)
def test_flags_the_texts_of_comment_forms(flagged, line):
    assert flagged(CommentNotices(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_the_fields_of_a_comment_form_go_together(flagged):
    fields = ["Name *", "Email (required)", "Website"]
    text = f"{ARTICLE}\n\n" + "\n\n".join(fields) + f"\n\n{ARTICLE}"
    assert flagged(CommentNotices(), text) == fields


def test_one_field_label_alone_stays(flagged):
    text = f"{ARTICLE}\n\nName\n\n{ARTICLE}\n\nWebsite"
    assert flagged(CommentNotices(), text) == []


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
        "Required fields are the ones the clerk checks first.",
        "The letters were posted to every household in the district.",
        "You can follow the vote on the council's website from 7pm.",
        # a count and "comments on" open a sentence, not a heading: it ends in a full stop
        "3 comments on the proposal were received from the public and all were rejected.",
        "12 responses to the survey were spoiled, he said.”",
        "The site uses a filter to reduce spam in its forums.",
        "Thousands want to join the discussion about the new stadium.",
        "We welcome thoughtful comments on the draft, the ministry said on Monday.",
        "Please comply with the guidelines the health ministry issued, the mayor said.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(CommentNotices(), text) == []


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("by Nicole Perry · 0 comments", " 0 comments"),
        ("In Personal Branding | No Comment", " No Comment"),
        ("Posted in C++, Microsoft | 16 Comments", " 16 Comments"),
        ("Posted on September 4th, 2012 • 46 Comments", " 46 Comments"),
        ("In Personal Branding | 3 Replies", " 3 Replies"),
        ("Publicado en Noticias | 2 comentarios", " 2 comentarios"),
    ],
)
def test_a_comment_count_after_a_separator_is_cut_from_the_end(flagged, line, count):
    assert flagged(CommentNotices(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [count]


def test_a_count_of_comments_in_a_sentence_stays(flagged):
    assert flagged(CommentNotices(), "The mayor said 46 comments were received | by the end of May.") == []
    assert flagged(CommentNotices(), "Readers sent 46 comments") == []


def test_a_comment_heading_over_comments_goes_only_from_a_text_with_other_residue():
    import cleaner

    comment = "I drive over that bridge every day and I am glad somebody finally did something about it."
    text = f"{ARTICLE}\n\n3 Comments\n\n{comment}"
    assert cleaner.clean(text) == text  # clean copy that prints its comments keeps their heading
    scraped = cleaner.clean(f"{text}\n\nIf you like this story, share it with a friend!")
    assert "3 Comments" not in scraped and comment in scraped


def test_comment_notices_that_end_the_text_head_nothing_and_go():
    import cleaner

    assert cleaner.clean(f"{ARTICLE}\n\nComments\n\ncomments") == ARTICLE
    assert cleaner.clean(f"{ARTICLE}\n\nLeave a Reply") == ARTICLE
    reasons = [s.reason for s in CommentNotices().detect(Document(f"{ARTICLE}\n\n3 Comments\n\n{ARTICLE}\n\nComments"))]
    assert [r.endswith("at the end of the text") for r in reasons] == [False, True]
