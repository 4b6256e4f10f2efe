import pytest

from cleaner.detectors import CrossLinks


@pytest.mark.parametrize(
    "line",
    [
        "Also on rt.com Kim Jong-un gives US until end of 2019 to change ‘posture,’ promises to boost defense",
        "Also on www.example.co.uk: Another story about something",
        "READ MORE: Trump signs executive order on steel tariffs",
        "Read more: How the vote was won",
        "Related: Five things to know about the budget",
        "See also: The history of the treaty",
        "SEE MORE: Hong Kong protests: 800 students under siege in university",
        "Auch lesen: Diese drei Städte bauen neue Brücken",
        "PUEDES VER: ¿Qué es la Sunedu y para qué sirve?",
        "Le puede interesar: La JEP abrirá tres nuevos casos",
        "Mehr zum Thema - Putin trifft Kim in Wladiwostok",
        "Lire aussi : Le sommet de Hanoï s'achève sans accord",
        "Leer más: El precio del petróleo sube",
        "Читайте также: Путин встретится с Ким Чен Ыном",
        "Leggi anche: Il vertice di Hanoi",
        "Leia também: Cúpula termina sem acordo",
        "• Related: A bulleted teaser",
    ],
)
def test_flags_teasers(flagged, line):
    assert flagged(CrossLinks(), f"Article paragraph.\n\n{line}\n\nMore article text.") == [line]


def test_headline_on_the_next_line_goes_with_the_lead_in(flagged):
    text = "Article paragraph.\n\nREAD MORE:\nTrump signs executive order on steel tariffs\n\nMore article text here."
    assert flagged(CrossLinks(), text) == ["READ MORE:", "Trump signs executive order on steel tariffs"]


def test_lone_read_more_at_the_end(flagged):
    assert flagged(CrossLinks(), "The article ends here.\n\nRead More") == ["Read More"]


def test_lead_in_without_delimiter_does_not_take_the_next_paragraph(flagged):
    text = "Continue reading\nThe minister said the plan would be announced on Monday."
    assert flagged(CrossLinks(), text) == ["Continue reading"]


@pytest.mark.parametrize(
    "line",
    [
        "Also on Monday, police arrested two suspects.",
        "Also on the agenda was the budget.",
        "Related to this, the ministry said it would review the rules.",
        "Read more about the plan in the ministry's report, which runs to 400 pages.",
        "See also the remarks the minister made last week.",
        "Lire aussi les déclarations du ministre.",
        "Recommended daily intake is 2,000 calories.",
        "Mira: Yes, we did it all on our own.",  # a speaker's label in an interview, not Spanish "Mira:" (look)
    ],
)
def test_leaves_content_alone(flagged, line):
    assert flagged(CrossLinks(), line) == []


def test_long_text_after_a_lead_in_is_prose(flagged):
    long_tail = " ".join(["word"] * 40)
    assert flagged(CrossLinks(), f"Related: {long_tail}") == []


def test_bracketed_headline_alone_on_its_line(flagged):
    line = "[A Maryland county’s nickel tax for plastic bags is paying off, but not as planned]"
    assert flagged(CrossLinks(), f"Paragraph.\n\n{line}\n\nParagraph.") == [line]


@pytest.mark.parametrize(
    "line",
    [
        "[Editor's note: This story has been updated with comments from the ministry.]",
        "[Music]",
        "[H/T: Joe Smith, photo: Max Oden via the Eagle]",
        "[This is the final post in a series about autumn. Click here for more!]",
        "[Images via Getty; other image via AP]",
        "[laughter]",
        "He said [the plan] would work.",
    ],
)
def test_other_brackets_stay(flagged, line):
    assert flagged(CrossLinks(), line) == []


def test_cross_link_in_brackets(flagged):
    line = "[Related: Salesforce Keynote: AI, Integration And Protestors]"
    assert flagged(CrossLinks(), f"Paragraph.\n\n{line}\n\nParagraph.") == [line]


PROSE = "The minister said the plan would be published in full next week, after the vote."


@pytest.mark.parametrize(
    "labels",
    [("« Previous", "Next »"), ("Previous story:", "Next story:"), ("Next Article", "Previous Article"),
     ("← Vorheriger Beitrag", "Nächster Beitrag →"), ("Article précédent", "Article suivant")],
)
def test_titles_between_post_navigation_labels(flagged, labels):
    before, after = labels
    nav = [before, "Europe Widens Stress Test Net", after, "Belgium Takes the Reins at EU"]
    text = "\n".join([PROSE, *nav, "Real Time Brussels Home Page"])
    assert flagged(CrossLinks(), text) == nav


def test_bare_navigation_buttons_over_the_headline_stay(flagged):
    # the buttons link nowhere by title: the headline below them is the article's own
    text = f"← Previous\nNext →\nLearn, Learner, Learni.st?\nBy Matt Tschoegl\n{PROSE}"
    assert flagged(CrossLinks(), text) == []


def test_one_label_over_a_headline_is_not_enough(flagged):
    text = f"Previous post\nWhy King Corn Wasn’t Ready for the Drought\nBy Brandon Keim\n{PROSE}"
    assert flagged(CrossLinks(), text) == []


def test_a_headline_after_the_second_label_with_the_article_below_stays(flagged):
    nav = ["Previous Article", "Table of Contents", "Next Article"]
    kept_prose = "\n".join(["Ask not what America can do for you", "By Sudhakar", PROSE])
    assert flagged(CrossLinks(), "\n".join([*nav, kept_prose])) == nav
    carried = "\n".join(["Ask not what America can do for You, Ask", "what You can do for India", "Sudhakar"])
    assert flagged(CrossLinks(), "\n".join([*nav, carried])) == nav


def test_a_gallery_counter_or_prose_between_labels_is_no_title(flagged):
    assert flagged(CrossLinks(), f"{PROSE}\nPrevious\n1 / 6\nNext\n{PROSE}") == []
    assert flagged(CrossLinks(), f"Previous\n{PROSE}\nNext\nAnother title here") == []


def test_two_labels_the_same_way_are_no_navigation(flagged):
    assert flagged(CrossLinks(), f"{PROSE}\nNext\nFive Ways to Save Energy at Home\nNext\n{PROSE}") == []
