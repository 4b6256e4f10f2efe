"""ArticleRegion: the article kept, the flattened page around it flagged."""
from cleaner import Cleaner
from cleaner.detectors import ArticleRegion

SECTIONS = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Health", "Science", "Money"]
MENU = "\n\n".join(SECTIONS + [f"{s} Home" for s in SECTIONS] + ["Sign in", "Search"])
FOOTER = "\n\n".join(["About us", "Contact", "Privacy policy", "Terms of use", "Careers", "© 2019 Example Media"])
HEADLINE = "Council votes to close the old river bridge for repairs"
BODY = "\n\n".join(
    [
        "The city council voted on Monday to close the old river bridge for at least six months, after engineers found that two of its steel supports had corroded far more than expected during the last inspection.",
        "The mayor said the decision had not been easy, but that the safety of the people who cross the bridge every day had to come first, and that the city would pay for extra buses while the work is done.",
        "Shop owners on both sides of the river said they were worried about losing customers during the busy summer months, and asked the council to keep at least one lane open for pedestrians.",
    ]
)
PAGE = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}"

cleaner_with_region = Cleaner(detectors=[ArticleRegion()])


def test_keeps_headline_and_article_flags_menu_and_footer():
    assert cleaner_with_region.clean(PAGE) == f"{HEADLINE}\n\n{BODY}"
    reasons = {s.reason for s in cleaner_with_region.explain(PAGE).removed}
    assert reasons == {"before the article", "after the article"}


def test_clean_article_comes_back_unchanged():
    text = f"{HEADLINE}\n\nBy Jane Doe\n\n{BODY}\n\nReporting by Jane Doe; editing by John Roe."
    assert cleaner_with_region.clean(text) == text


def test_a_short_text_is_not_a_page():
    text = "Home\n\nNews\n\nSport\n\n" + f"{HEADLINE}\n\n{BODY}\n\nShare\n\nTweet\n\nEmail\n\nPrint\n\nComments"
    assert cleaner_with_region.clean(text) == text


def test_the_article_is_in_the_default_pipeline():
    import cleaner

    assert cleaner.clean(PAGE) == f"{HEADLINE}\n\n{BODY}"


def test_unknown_language_is_kept():
    page = MENU + "\n\n" + "東京で会議が開かれた。" * 40 + "\n\n" + FOOTER
    assert list(ArticleRegion().detect(__import__("cleaner").document.Document(page))) == []


def test_comment_section_after_the_article_is_not_the_article():
    comment = "\n".join(
        [
            "Reply",
            "Rating: {n} Votes",
            "I think the council should have closed the bridge years ago, because everybody in this town knew that it was falling apart and nothing was ever done about it until now, which is typical.",
        ]
    )
    comments = "\n\n".join(comment.format(n=n) for n in range(12))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n12 Comments\n\n{comments}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_poem_is_not_a_page():
    verse = "\n".join(
        f"Then they came for the {w},\nI remained silent;\nI was not one of the {w}." for w in
        ["bakers", "tailors", "drivers", "singers", "farmers", "nurses", "teachers", "miners", "sailors", "clerks", "cooks"]
    )
    text = f"I Was Silent When They Came\n\n{verse}\n\nWhen they came for me,\nthere was no one left to speak out."
    assert cleaner_with_region.clean(text) == text


def test_a_cookie_dialog_below_is_not_the_article():
    dialog = "\n\n".join(
        f"We use cookies to give you the best experience on our website, to measure visits and to show you content that matters to you, as set out in section {n} of our privacy policy."
        for n in range(8)
    )
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}\n\n{dialog}"
    assert cleaner_with_region.clean(page).startswith(f"{HEADLINE}\n\n{BODY}")


def _wrap(paragraph: str, width: int = 38) -> str:
    """The paragraph hard-wrapped at a fixed width, as old pages and <pre> blocks print it."""
    lines, line = [], ""
    for word in paragraph.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    return "\n".join(lines)


WRAPPED_BODY = "\n\n".join(_wrap(p) for p in BODY.split("\n\n"))


def test_hard_wrapped_article_is_found_as_prose():
    # every line of the article is short: judged alone, none is prose; judged as the
    # paragraphs they wrap, they are the article, not the copyright line below
    footer = FOOTER + "\n\nCopyright 2008 Example Media. All rights reserved. Terms of use and privacy policy apply to you."
    page = f"{MENU}\n\n{HEADLINE}\n\n{WRAPPED_BODY}\n\n{footer}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{WRAPPED_BODY}"


def test_wrapped_lines_that_end_sentences_or_start_capitalised_are_not_joined():
    from cleaner.document import Document
    from cleaner.lines import page_features

    text = "Home\nNews\nSport\nThe bridge closed.\nthe end\nWeather\nlast of all"
    _, wrapped = ArticleRegion()._first_pass(page_features(Document(text)).lines)
    assert wrapped == [False, False, False, False, False, True, True]


def test_long_wrapped_text_broken_by_code_is_not_cut_to_its_first_part():
    # a query's output table: short rows that repeat, as in an old SQL tutorial
    code = "\n".join(f"SMITH    CLERK    {800 + n}" for n in range(40))
    more = "\n\n".join(_wrap(p) for p in [BODY.replace("bridge", "tunnel"), BODY.replace("river", "canal")])
    page = f"{MENU}\n\n{HEADLINE}\n\n{WRAPPED_BODY}\n\n{code}\n\n{more}\n\n{code}\n\n{more}"
    out = cleaner_with_region.clean(page)
    assert more in out and out.endswith(more)
