import pytest

from cleaner.detectors import SharePrompts


@pytest.mark.parametrize(
    "line",
    [
        "If you like this story, share it with a friend!",
        "If you liked this story, share it with your friends!",  # near variant
        "Like this article? Share it with a friend.",
        "SHARE THIS STORY",
        "Teilen mit:",
        "Mit Freunden teilen",
        "Share this:",
        "Share on Facebook",
        "Email to a friend",  # a story's links to mail and print it
        "Printer-friendly version",
        "Print-friendly version | Email to a friend",
        "BlogThis!",  # Blogger's post links
        "Send as SMS",
        "Share on:",
        "Please share this article",
        "Teilen Sie diesen Artikel",
        "Wenn Ihnen dieser Artikel gefallen hat, teilen Sie ihn mit Ihren Freunden!",
        "Partagez cet article",
        "Si vous avez aimé cet article, partagez-le avec vos amis !",
        "Comparte esta noticia",
        "Si te ha gustado este artículo, compártelo con tus amigos",
        "Поделитесь этой статьей",
        "Если вам понравилась статья, поделитесь ею с друзьями!",
        "Condividi questo articolo",
        "Compartilhe esta notícia",
    ],
)
def test_flags_share_prompts(flagged, line):
    assert flagged(SharePrompts(), f"Some article text here.\n\n{line}") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Share prices fell 3% on Friday after the company cut its forecast.",
        "She wanted to share the story with her friends before it was published.",
        "Shares of Apple rose 2% in early trading.",
        "The two countries share a long border.",
        "Teile der Stadt waren ohne Strom.",
        "Ils partagent la même vision de l'Europe, a-t-il dit.",
        "The company shared the news on Twitter, and its share price jumped.",
        "Print the page and email it to a friend, the teacher said.",
        "The printer-friendly version of the form is due on Friday.",
        "Send as SMS messages, the alerts reached every phone in the town.",
    ],
)
def test_leaves_content_about_sharing_alone(flagged, line):
    assert flagged(SharePrompts(), line) == []


def test_prompt_glued_to_the_end_of_a_paragraph_is_cut_off():
    text = "The talks broke down in Hanoi. If you like this story, share it with a friend!"
    assert flagged_tail(text) == "If you like this story, share it with a friend!"


@pytest.mark.parametrize("end", ["", " ", "\t  "])
def test_spaces_that_end_the_line_hide_no_prompt(end):
    # a stray full stop after the prompt is a sentence of its own; the spaces after it are none,
    # so cleaning the text again, its end stripped, finds nothing more (the property tests found this)
    text = "The council voted on Monday to close the old bridge for repairs. If you like this story, share it with a friend! ." + end
    assert flagged_tail(text).startswith("If you like this story, share it with a friend! .")


def flagged_tail(text):
    from cleaner.document import Document

    spans = list(SharePrompts().detect(Document(text)))
    assert len(spans) == 1
    assert spans[0].reason.endswith("end of line")
    return text[spans[0].start : spans[0].end]


def test_reason_names_the_matched_phrase():
    from cleaner.document import Document

    (span,) = SharePrompts().detect(Document("Share this story"))
    assert "Share this story" in span.reason


def test_cutoff_is_a_field():
    from cleaner.document import Document

    loose, strict = SharePrompts(score_cutoff=70), SharePrompts(score_cutoff=99)
    line = "If you liked this story, share it with your friends!"
    assert list(loose.detect(Document(line)))
    assert not list(strict.detect(Document(line)))
