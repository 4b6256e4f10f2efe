"""ArticleRegion: the article kept, the flattened page around it flagged."""
import pytest

from cleaner import Cleaner
from cleaner.detectors import ArticleRegion
from cleaner.document import Document
from cleaner.lines import page_features
from cleaner.detectors.article import GOOD, SHORT
from cleaner.detectors.article.names import names_inside_sentences
from cleaner.detectors.article.shapes import _is_comment_stamp

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


LEGAL = (
    "Example.com is the official web site of Example Media. Example, the Example logo and the names of its "
    "sections and programmes are registered trademarks of Example Media, and all other marks and logos shown "
    "here are the property of their owners and may not be reproduced without the prior written consent of "
    "Example Media. © Example Media 2019. All Rights Reserved. All photographs on this site are licensed "
    "by Example Media from their owners and may not be copied, reproduced or published in any form."
)


# another story's teaser under the article: its blurb is prose, so a short line above it reads
# as good prose in the second pass
TEASER_BELOW = (
    "Share\n\nTweet\n\nEmail\n\nPrint\n\nSave\n\nText size\n\nTopics\n\nBridges\n\nCouncil\n\nTransport\n\n"
    "More stories\n\nThe harbour board said on Friday that the new ferry to the island would start running in"
    " the spring, after a winter of delays caused by problems with the engines and the landing stage."
)


@pytest.mark.parametrize("closing", ["No charges have been laid.", "Thanks for reading!", "I commend the Bill to this House."])
def test_the_articles_short_closing_sentence_on_its_own_line_stays(closing):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{closing}\n\n{TEASER_BELOW}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{closing}"


@pytest.mark.parametrize("line", [
    "What is this?",  # a box's question
    "More news from the river...",  # a link's ellipsis
    "Sign up for our newsletter.",  # a prompt
    "© Copyright 2019 Example Media. Any copying of it is not allowed.",  # a legal notice
])
def test_a_short_line_below_the_article_that_closes_no_sentence_of_it_goes(line):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{line}\n\n{TEASER_BELOW}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_long_legal_notice_is_no_article():
    # the notice is the page's longest line of words; the article is the run of prose above it
    body = "\n\n".join(BODY.split("\n\n")[:2])
    page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{FOOTER}\n\nSign in\n\nSearch\n\n{LEGAL}\n\nCareers"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}"


def test_a_copyright_mark_inside_a_name_is_no_legal_notice():
    from cleaner.detectors.article.shapes import _LEGAL_NOTICE

    assert _LEGAL_NOTICE.search("© 2019 Example Media") and _LEGAL_NOTICE.search("All rights reserved.")
    assert _LEGAL_NOTICE.search("저작권자 ⓒ 예시미디어, 무단전재 및 재배포금지")  # Korean sites' circled c
    assert not _LEGAL_NOTICE.search("HP leads the SPECweb©2005 benchmark with the top three results.")


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


def _commented_page(heading: str) -> str:
    comment = "\n".join(
        [
            "Reply",
            "Rating: {n} Votes",
            "I think the council should have closed the bridge years ago, because everybody in this town knew that it was falling apart and nothing was ever done about it until now, which is typical.",
        ]
    )
    comments = "\n\n".join(comment.format(n=n) for n in range(12))
    return f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{heading}\n\n{comments}\n\n{FOOTER}"


def test_a_comment_heading_that_names_the_post_ends_the_article():
    for heading in (
        f"12 Responses to “{HEADLINE}”",
        f"One thought on “{HEADLINE}”",
        f"12 Gedanken zu „{HEADLINE}“",
        f"12 réflexions sur « {HEADLINE} »",
        f"12 Antworten zu „{HEADLINE}“",  # the headings of WordPress's replies
        f"Eine Antwort zu „{HEADLINE}“",
        f"12 réponses à « {HEADLINE} »",
        f"Una risposta a “{HEADLINE}”",
    ):
        assert cleaner_with_region.clean(_commented_page(heading)) == f"{HEADLINE}\n\n{BODY}", heading


def test_the_title_a_comment_heading_names_is_the_headline():
    # the title shares no word with the article's opening, but the comments' heading names it
    title = "Taking the Birdcrap Counter to the Next Level"
    meta = "Posted on November 1st, 2012 • 12 Comments\n\nCategories England"
    page = _commented_page(f"12 comments to {title}").replace(f"{HEADLINE}\n\n", f"{title}\n\n{meta}\n\n", 1)
    page = page.replace(BODY, f"{BODY}\n\n{BODY}")  # an opening that does not reach the comments
    out = cleaner_with_region.clean(page)
    assert out.startswith(title) and out.endswith(BODY)
    page_without_naming = page.replace(f"12 comments to {title}", "12 Comments")
    assert not cleaner_with_region.clean(page_without_naming).startswith(title)


def test_an_articles_section_called_comment_heads_no_comment_thread():
    # a how-to for founders with sections "Comment", "Briefing", ...; the thread follows "COMMENTS"
    section = (
        "Journalists often need someone to comment on the news of the day, and a founder who can explain a "
        "complex topic in a few clear sentences will be called again and again when the next story breaks."
    )
    more = (
        "Most journalism is about distilling complex topics into chunks that readers understand, so a short "
        "briefing on the background of a story, sent before the reporter asks for it, is often welcome.\n\n"
        "Keep such a briefing to one page, say where the numbers come from, and offer to answer questions by "
        "phone at a time that suits the reporter rather than the company."
    )
    article = f"{HEADLINE}\n\n{BODY}\n\nComment\n\n{section}\n\nBriefing\n\n{more}"
    page = _commented_page("COMMENTS").replace(f"{HEADLINE}\n\n{BODY}", article, 1)
    assert cleaner_with_region.clean(page) == article


def test_a_counter_of_the_comments_loaded_ends_the_article():
    # a comment system that loads the comments in pages heads them with a counter
    page = _commented_page("100 of 254 comments loaded")
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize("heading", ["Load All Comments", "100 of 254 comments loaded", "View all comments"])
def test_a_comment_systems_buttons_over_its_comments_are_comment_headings(heading):
    # Slashdot heads a thread it shows whole with a "Load All Comments" button, no counter
    from cleaner.detectors.article.vocabulary import _comment_headings

    line = page_features(Document(heading)).lines[0]
    assert ArticleRegion()._is_comment_heading(line, _comment_headings())


@pytest.mark.parametrize("label", ["Write a comment", "| Comments (0)"])
def test_a_comment_heading_over_the_article_does_not_cut_it_off(label):
    # a share bar's "Write a comment" (or a count of no comments) between a newsletter box and the
    # story: the story below it is one run of prose that far outweighs the box, so the line heads
    # no comment section
    newsletter = (
        "Join thousands of people who receive the latest council news every day. The administrator of your "
        "personal data will be Example Media, and details of how we process it can be found in our privacy policy, "
        "which you will also find in the message that confirms your subscription to the newsletter."
    )
    form = "\n\n".join(["Email", "Name", "Phone", "Subscribe"])
    more = BODY.replace("bridge", "tunnel").replace("council", "city")
    teasers = "\n\n".join(f"Other story number {n}\n\nRead more" for n in range(4))
    page = (
        f"{MENU}\n\n{newsletter}\n\n{form}\n\n{label}\n\nShare this article:\n\n{HEADLINE}\n\n"
        f"{BODY}\n\n{more}\n\n{teasers}\n\n{FOOTER}"
    )
    out = cleaner_with_region.clean(page)
    assert BODY in out and more in out


def test_a_count_of_comments_heads_them_however_long_a_comment_is():
    # one reader's comment of twelve paragraphs outweighs the article far: "12 Comments" still heads it
    long_comment = "\n\n".join(OPINIONS * 3)
    short = "\n\n".join(f"Reply\n\nRating: {n} Votes\n\n{OPINIONS[n]}" for n in range(3))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n12 Comments\n\nReply\n\nRating: 9 Votes\n\n{long_comment}\n\n{short}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_line_that_only_starts_like_a_titled_comment_heading_is_no_heading():
    # no count, or a count with other words: the region does not stop there
    for line in ("Responses to the closure were mixed", "12 people responded to “the closure”"):
        page = _commented_page(line)
        assert line in cleaner_with_region.clean(page), line


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


WRITERS = ["Chris Nahr", "Matthew Wyatt", "Michael Watts", "Shivaram S", "Brendan Dowling", "Thony C", "Mike", "Darius Bacon"]
OPINIONS = [
    "I drive over that bridge every morning and I have seen the rust on the supports myself, so I am glad that somebody finally did something about it before it was too late.",
    "The buses will not help the people who live on the east side, because the nearest stop is a long walk away from most of the houses there, and nobody asked them about it.",
    "Six months is far too long for a repair like this one, and I would like to know how much of the money is going to the same firm that did the last inspection of the bridge.",
    "My father worked on that bridge when it was built, and he always said that the steel they used was the cheapest that the city could find at the time, which explains a lot.",
]


def _thread(stamp: str) -> str:
    return "\n\n".join(
        f"{stamp.format(name=name, day=10 + n, hour=8 + n)}\n{OPINIONS[n % len(OPINIONS)]}" for n, name in enumerate(WRITERS)
    )


def test_a_comment_thread_of_named_and_dated_comments_is_not_the_article():
    # no "Comments" heading and no repeated button: only each comment's "name, date, time" line
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread('{name} 07.{day}.12 at {hour}:59')}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"
    unstamped = ArticleRegion(stamp_run=len(WRITERS) + 1)  # the rule turned off
    assert OPINIONS[0] in Cleaner(detectors=[unstamped]).clean(page)

@pytest.mark.parametrize("stamp", ["{name} {day} days ago", "by {name} about {hour} hours ago"])
def test_a_thread_stamped_with_how_long_ago_each_comment_was_written_is_not_the_article(stamp):
    # "Miles Taylor 12 days ago" over each comment, as comment systems print their times
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread(stamp)}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_how_long_ago_alone_names_no_writer():
    # a live blog's "5 minutes ago" over each update stamps no comment: no name stands beside it
    assert not _is_comment_stamp(page_features(Document("about 5 minutes ago")).lines[0])
    assert _is_comment_stamp(page_features(Document("Miles Taylor 12 days ago")).lines[0])


def test_a_thread_whose_times_stand_under_each_comment_is_not_the_article():
    # each comment: its writer's name, its text, then its date and time (no heading, no button)
    thread = "\n\n".join(
        f"{name}\n{OPINIONS[n % len(OPINIONS)]}\nNovember {10 + n}, 2012 at {8 + n}:15 pm" for n, name in enumerate(WRITERS)
    )
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{thread}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"

@pytest.mark.parametrize(
    "name, text, stamped",
    [
        ("ninevegetable", OPINIONS[0], True),
        ("California Gary", OPINIONS[1], True),
        ("Well said, Becky!", OPINIONS[0], False),  # a comment's short first line, under the time that heads it
        ("Pin It", "23 comments to Council votes to close the old river bridge", False),  # a heading over the first comment
    ],
)
def test_a_time_under_a_line_of_text_stamps_the_name_above_that_text(name, text, stamped):
    lines = page_features(Document(f"{name}\n{text}\nNovember 12, 2012 at 10:52 am")).lines
    assert ArticleRegion()._time_under_comment(lines, 2) is stamped


@pytest.mark.parametrize(
    "stamp",
    [
        "{name} says:\nNovember {day}, 2012 at {hour}:07 am",
        "{name}\nSeptember {day}th, 2012 at {hour}:01 pm",  # an ordinal day
        "August {day}th, 2012 at {hour}:38 am\n{name} said,",  # the date and time over the writer
    ],
)
def test_a_comment_thread_with_the_writer_on_a_line_of_its_own_is_not_the_article(stamp):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread(stamp)}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"
    # the rule turned off: more stamps than the thread can show (a time under one comment's
    # text, over the next writer, reads as a stamp of each kind)
    unstamped = ArticleRegion(stamp_run=2 * len(WRITERS) + 1)
    assert OPINIONS[0] in Cleaner(detectors=[unstamped]).clean(page)


NAME_OVER_DATE = "{name}\n{day} Nov 12"  # a date without a clock time under the commenter's name


def test_names_over_dates_without_a_time_are_a_thread_under_a_count_of_comments():
    # "Jermaine" / "07 Nov 12" / the comment, after "There are 12 comments." glued to the post's byline
    byline = "Seen by Jane Doe on November 7 2012. There are 8 comments."
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{byline}\n\n{_thread(NAME_OVER_DATE)}\n\n{FOOTER}"
    out = cleaner_with_region.clean(page)
    assert BODY in out and OPINIONS[0] not in out


def test_names_over_dates_without_a_time_and_no_count_of_comments_may_be_a_chronology():
    # a wiki's table of who did what when: "Fleur Delacour" / "24 November, 1994" / what she did
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread(NAME_OVER_DATE)}\n\n{FOOTER}"
    assert OPINIONS[0] in cleaner_with_region.clean(page)


def test_a_comment_thread_of_linked_names_is_not_the_article():
    # each comment opens with its writer's web address and name alone: "http://twitter.com/danamac Dana McMahan"
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread('http://example.com/reader{day} {name}')}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_link_with_a_sentence_after_it_stamps_no_comment():
    stamp = "http://example.com/reader{day} is where I read it first"
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread(stamp)}\n\n{FOOTER}"
    assert OPINIONS[0] in cleaner_with_region.clean(page)


def test_a_sentence_under_a_date_and_time_names_no_writer():
    # "31. Oktober 2023 um 15:17 Uhr" over "Böse, böse Autokorrektur!": the comment's first line, not its writer
    thread = _thread("August {day}th, 2012 at {hour}:38 am\nWell said, {name}!")
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{thread}\n\n{FOOTER}"
    assert OPINIONS[0] in cleaner_with_region.clean(page)


SITE_LABELS = ("Home", "Archives", "About us", "Contact us", "Search")


def _prose_page(stamp: str, labels: tuple[str, ...] = SITE_LABELS) -> str:
    """A short article under a long thread of comments: mostly prose, and the site's labels
    (with the privacy policy's at the end, six by default)."""
    top = "\n\n".join(labels)
    return f"{top}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread(stamp)}\n\n{_thread(stamp)}\n\nPrivacy policy"


def test_a_page_of_mostly_comments_loses_them_when_they_plainly_are_comments():
    page = _prose_page("Posted by: {name} at November {day}, 2012 {hour}:00 AM")
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"
    assert Cleaner(detectors=[ArticleRegion(commented_page_site_labels=7)]).clean(page) == page  # too few labels


def _commented_post(stamp: str) -> str:
    """A short post under a long thread of comments, with three labels of the site only."""
    return _prose_page(stamp, labels=("Home", "Search"))


def _saying_thread(first_line: str) -> str:
    """Comments stamped "<name> says:" over the date and time, each opening with ``first_line``."""
    return "\n\n".join(
        f"{name} says:\n\nNovember {10 + n}, 2012 at {8 + n}:07 am\n\n{first_line}\n\n{OPINIONS[n % len(OPINIONS)]}"
        for n, name in enumerate(WRITERS)
    )


def test_comments_stamped_by_a_name_that_says_are_plainly_comments():
    # "Narayan Chabbi Says:" over "23 October 2012 at 8:38 pm": no post is stamped so, however few
    # labels of the site the page shows and however much of it is prose
    page = _commented_post("{name} says:\nNovember {day}, 2012 at {hour}:07 am")
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_name_that_says_stamps_a_comment_whose_first_line_is_short():
    # "Communal Award Says:" / "23 October 2012 at 9:03 pm" / "India is an uncivilized nation." / ...
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_saying_thread('Well put.')}\n\n{FOOTER}"
    out = cleaner_with_region.clean(page)
    assert out.startswith(HEADLINE) and BODY in out and "Well put." not in out and OPINIONS[0] not in out


def test_a_name_with_no_verb_of_saying_over_a_time_may_stamp_a_post():
    page = _commented_post("{name}:\nNovember {day}, 2012 at {hour}:07 am")
    assert cleaner_with_region.clean(page) == page


def _titled_comments(heading: str) -> str:
    """A short post with two labels of the site, under a heading of its comments: mostly prose,
    each comment stamped by name and time alone (no verb of saying) and closed by "Reply"."""
    thread = "\n\n".join(
        f"{name}\nNovember {10 + n}, 2012 at {8 + n}:07 am\n"
        + "\n\n".join(f"{OPINIONS[(n + k) % len(OPINIONS)]} So says {name}, point {k + 1}." for k in range(3))
        + "\n\nReply"
        for n, name in enumerate(WRITERS)
    )
    return f"Home\n\nSearch\n\n{HEADLINE}\n\n{BODY}\n\n{heading}\n\n{thread}\n\nPrivacy policy"


def test_a_heading_that_counts_the_comments_and_names_the_post_above_makes_them_plainly_comments():
    # WordPress's "10 thoughts on “Business Focus: ...”" under the post "Business Focus: ...",
    # on a blog whose page shows few labels of its menus
    page = _titled_comments(f"8 thoughts on “{HEADLINE}”")
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_a_post_with_no_prose_ends_over_the_heading_that_names_it():
    # "My New Project" / "Max Jacob Newport. Born 11/6/12." / "111 Responses to “My New Project”":
    # the post is what stands above the heading that names it, not the longest comment below
    post = "Our daughter was born on Monday."
    page = _titled_comments(f"8 thoughts on “{HEADLINE}”").replace(BODY, post)
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{post}"


def test_a_post_with_no_prose_ends_over_a_comment_heading_with_a_commenter_who_says_below():
    # Blogger: "prepping for a new week." / "13" / "comments:" / "tRiSh" / "said..." / the comment / its time
    post = "Our daughter was born on Monday."
    thread = "\n\n".join(
        f"{name}\n\nsaid...\n\n{OPINIONS[n % len(OPINIONS)]}\n\nSeptember {10 + n}, 2012 {1 + n}:45 AM"
        for n, name in enumerate(WRITERS)
    )
    page = f"Home\n\nSearch\n\n{HEADLINE}\n\n{post}\n\n13\n\ncomments:\n\n{thread}\n\nPost a Comment\n\nOlder Post"
    out = cleaner_with_region.clean(page)
    assert out.startswith(f"{HEADLINE}\n\n{post}") and OPINIONS[0] not in out


def test_a_comment_link_in_the_menu_above_a_post_ends_nothing():
    # "Comments" among the menu's links: no commenter says anything under it
    lines = page_features(Document(f"Home\nComments\nSearch\n{HEADLINE}\n{BODY}")).lines
    region = ArticleRegion()
    first_pass, _ = region._first_pass(lines)
    assert region._titled_post_end(lines, first_pass, len(lines)) is None


def test_a_heading_that_names_no_post_above_keeps_the_page():
    page = _titled_comments("8 thoughts on “Ferry timetable changes for the summer”")
    assert cleaner_with_region.clean(page) == page


def test_a_name_that_says_heads_its_comments_stamp():
    # "Aylin sagt:" / "20. November 2022 um 10:36 Uhr" / "Liebe Karo," (a short first line, under the time)
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_saying_thread('Dear Jane,')}\n\n{FOOTER}"
    out = cleaner_with_region.clean(page)
    assert out.startswith(HEADLINE) and OPINIONS[0] not in out and f"{WRITERS[0]} says:" not in out


def test_a_text_of_mostly_prose_with_stamps_that_may_be_posts_is_kept_whole():
    # "name, date, time" may stamp each post of a blog's front page: no plain comment section
    page = _prose_page("{name}, November {day}, 2012 at {hour}:00 AM")
    assert cleaner_with_region.clean(page) == page


def test_a_text_whose_lines_are_mostly_one_line_repeated_is_a_page():
    # a gallery's "Mouseover photo to load notes or add comment" under each photo reads like
    # prose, but no article repeats a line so: the text is a page, and its menu goes
    gallery = "\n\n".join(["Mouseover photo to load notes or add comment"] * 24)
    page = f"Home\n\nAbout us\n\nContact us\n\n{HEADLINE}\n\n{BODY}\n\n{gallery}\n\nPrivacy policy\n\nTerms of use"
    out = cleaner_with_region.clean(page)
    assert out.startswith(f"{HEADLINE}\n\n{BODY}")
    assert Cleaner(detectors=[ArticleRegion(page_repeat_min=25)]).clean(page) == page  # the rule turned off


OUTLINE_SECTIONS = ["Background", "Methods", "Results", "Discussion"]
SECTION_TEXT = {
    "Background": "Idiopathic ventricular fibrillation is defined as a spontaneous arrhythmia in patients without any "
    "structural heart disease, and it accounts for a small share of the sudden deaths that occur every year.",
    "Methods": "Since 1992, eighteen patients with idiopathic fibrillation out of all those who received a device at "
    "the university hospital were followed at the outpatient clinic every three months for as long as possible.",
    "Results": "During a mean follow-up period of forty-one months, the arrhythmia came back in a third of the "
    "patients, and every one of those episodes was ended by the device without any harm to the patient.",
    "Discussion": "The recurrence rate in this group was high, which supports the use of a device in these patients "
    "even when the tests that are made before the implantation do not predict any further arrhythmia at all.",
}


def _outlined_paper(outline_lines: list[str]) -> str:
    """A paper whose outline ("Outline" / the section / "Abstract" / the sections ...) is
    printed above each section, as BioMed Central's pages print it."""
    abstract = "\n\n".join(f"{name}\n\n{SECTION_TEXT[name]}" for name in OUTLINE_SECTIONS[:3])
    parts = []
    for name in OUTLINE_SECTIONS:
        outline = "\n".join(["Outline", name, *outline_lines])
        body = "\n\n".join(SECTION_TEXT[name].replace("the", word) for word in ("the", "this", "that"))
        parts.append(f"{outline}\n\n{body}")
    return f"{MENU}\n\n{HEADLINE}\n\n{abstract}\n\n" + "\n\n".join(parts) + f"\n\n{FOOTER}"


def test_an_outline_printed_between_the_sections_of_a_paper_does_not_cut_it():
    # each copy of the outline is a run of repeated short lines, as a comment's buttons are;
    # its labels head the paper's paragraphs, so it is the paper's own and its sections stay
    page = _outlined_paper(["Abstract", *OUTLINE_SECTIONS, "References"])
    out = cleaner_with_region.clean(page)
    assert SECTION_TEXT["Discussion"].replace("the", "that") in out and "Sign in" not in out
    # with neither the outline found nor "Discussion" read as the paper's section, the comment
    # heading it then is cuts the paper short
    no_outlines = Cleaner(detectors=[ArticleRegion(outline_min_copies=99, paper_sections_min=99)]).clean(page)
    assert SECTION_TEXT["Discussion"].replace("the", "that") not in no_outlines


def test_a_menu_printed_between_sections_whose_labels_head_no_paragraph_is_no_outline():
    cities = ["Bregenz", "Innsbruck", "Salzburg", "Klagenfurt", "Graz", "Linz"]
    lines = page_features(Document(_outlined_paper(cities))).lines
    region = ArticleRegion()
    first_pass, _ = region._first_pass(lines)
    assert region._outline(lines, region._templates(lines), first_pass) == set()


SHORTCUTS = "\n\n".join(
    f"{editor}\n\nDelete the next word:\n\n{keys}\n\nDelete the previous word:\n\n{back}\n\n{note}"
    for editor, keys, back, note in [
        ("Mac OS X", "Option + Fn + Delete", "Option + Delete",
         "These work in every text field of the system, so the habit pays off in any application that edits text, "
         "from the mail program to the notes on your phone, and nobody has to install anything for them."),
        ("Vim", "dw in normal mode", "db in normal mode",
         "The editor counts words a little differently from the others, so punctuation may stop the motion earlier "
         "than you expect, but after a week of practice the difference will hardly be noticed at all."),
        ("Emacs", "Meta + D", "Meta + Backspace",
         "The same keys work in most terminals and shells as well, because they borrow the editor's bindings for "
         "their own command lines, which is one more reason to learn them well before anything else."),
    ]
)


def test_labels_ending_in_a_colon_that_the_article_repeats_do_not_cut_it():
    # "Delete the next word:" under each editor's name is the article's own label, not a
    # comment thread's template ("Reply", "Report"): the article is not cut between them
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{SHORTCUTS}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{SHORTCUTS}"


EDITORS_COMPARED = "\n\n".join(
    f"{task}\n\n{prose}\n\nVim\n\n{vim}\n\nEmacs\n\n{emacs}\n\nSublime Text\n\n{sublime}"
    for task, prose, vim, emacs, sublime in [
        ("1. Delete a word",
         "Deleting a whole word at once saves more time than any other trick, and both Emacs and Sublime Text bind it "
         "to keys that are easy to reach, while in Vim it is a motion like any other.",
         "dw in normal mode", "Meta + D", "Ctrl + Delete"),
        ("2. Search in the file",
         "Searching is the fastest way to move around a long file, and the live search of Emacs is the model that the "
         "others have followed, though Sublime Text shows every match as you type.",
         "/ then the word", "Ctrl + S", "Ctrl + I"),
        ("3. Open a file by name",
         "Programs live in many files, and finding one by a few letters of its name is what made me leave the others "
         "for Sublime Text, whose fuzzy finder is built in, where Vim and Emacs need a plugin.",
         ":e then the name", "Ctrl + X Ctrl + F", "Ctrl + P"),
    ]
) + (
    "\n\nConclusion\n\nLearning these few keys has made me faster than any plugin could, and I would advise everyone "
    "who writes code for a living to spend a week on them before looking for anything new."
)


def test_names_the_article_speaks_of_repeated_under_its_sections_are_no_template():
    # a comparison table under each section repeats the editors' names, which its sentences name
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{EDITORS_COMPARED}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{EDITORS_COMPARED}"


@pytest.mark.parametrize("lang, templates", [("en", []), ("de", ["Vim", "Emacs", "Sublime Text"] * 3)])
def test_only_where_capitals_mark_names_does_prose_naming_a_repeated_line_make_it_no_template(lang, templates):
    # German writes every noun with a capital ("Weitere Themen" over each teaser box)
    lines = page_features(Document(EDITORS_COMPARED)).lines
    marked = ArticleRegion()._templates(lines, lang)
    assert [f.line.text for f, m in zip(lines, marked) if m] == templates


def test_a_comments_button_named_at_a_sentences_start_is_still_a_template():
    text = "\n\n".join(f"{OPINIONS[n % len(OPINIONS)]} Reply to me if you agree.\n\nReply" for n in range(4))
    lines = page_features(Document(text)).lines
    marked = ArticleRegion()._templates(lines, "en")
    assert [f.line.text for f, m in zip(lines, marked) if m] == ["Reply"] * 4

@pytest.mark.parametrize(
    "text, names",
    [
        ("I like Emacs. Emacs is good, and so is Sublime Text", ["emacs", "sublime text"]),  # not the second: a sentence's start
        ("I use Sublime Text and also Sublime", ["sublime text"]),  # a name's first word alone at the end names nothing
        ("I use Sublime  , Text", []),  # its words one space apart
        ("Emacs opens the sentence", []),
    ],
)
def test_names_inside_sentences(text, names):
    assert names_inside_sentences(text, {"emacs": [("emacs",)], "sublime": [("sublime", "text")]}) == names


@pytest.mark.parametrize("stamp", ["Posted by:", "Becky says:", "2 comments:"])
def test_a_repeated_comment_stamp_ending_in_a_colon_is_still_a_template(stamp):
    text = "\n\n".join(f"{stamp}\n{OPINIONS[n % len(OPINIONS)]}" for n in range(4))
    lines = page_features(Document(text)).lines
    marked = ArticleRegion()._templates(lines)
    assert [f.line.text for f, m in zip(lines, marked) if m] == [stamp] * 4


NEXT_POST = "\n\n".join(["Ferry timetable changes for the summer", BODY.replace("bridge", "ferry").replace("council", "harbour board")])
POST_FOOTER = "Posted by Jane Doe at 09:39 PM in Local news | Permalink"


def test_what_follows_a_posts_only_footer_is_not_the_article():
    # trackbacks, comments or the next posts: no heading, no stamps, only the post's footer above them
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{POST_FOOTER}\n\n{NEXT_POST}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"
    reasons = {s.reason for s in cleaner_with_region.explain(page).removed}
    assert "comment thread after the article" in reasons

def test_a_posts_only_footer_whose_link_stands_on_the_next_line_ends_it():
    # "Posted ... |" / "Permalink": the flattened page put the footer's link on a line of its own
    footer = "Posted Nov. 6, 2012 at 5:32 PM by Jane Doe |\nPermalink"
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{footer}\n\n{NEXT_POST}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize(
    "footer",
    [
        "Posted by\nJane Doe\nat\n9:39 PM",  # Blogger's footer, each part an element of its own
        "Posted by:\nJane Doe\non\n10/29/2012 14:05",
        "Eingestellt von\nJane Doe\num\n21:39",
    ],
)
def test_a_posts_only_footer_printed_over_four_lines_ends_it(footer):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{footer}\n\n{NEXT_POST}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


SHORT_POST_BODY = "No matter how long I stare at this drawing, I still cannot believe that it was made with a pencil."
BLOG_SIDEBAR = "\n\n".join(
    [
        "About this blog",
        "Jane Doe is a prolific blogger, maker and writer who lives by the river with her family and two cats, and "
        "she has written about drawing, painting and the people who make things by hand for more than ten years.",
        "This blog represents a different kind of tribe in the world of making things, one that welcomes everyone "
        "who has ever picked up a pencil, a brush or a needle and wondered what they could make with it.",
    ]
)


def _blogger_post(below_footer: str) -> str:
    footer = "Posted by\nJane Doe\nat\n6:35 AM"
    return f"{MENU}\n\n{HEADLINE}\n\n{SHORT_POST_BODY}\n\n{footer}\n\n{below_footer}\n\n{BLOG_SIDEBAR}\n\n{FOOTER}"


def test_a_short_post_ends_at_its_four_line_footer_over_its_comments():
    # a post of one short paragraph: the sidebar's prose below outweighs it, but the footer
    # ("Posted by" / name / "at" / time) over the comments' heading ends it
    page = _blogger_post("Labels:\ndrawing\n\nNo comments:\n\nPost a Comment")
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{SHORT_POST_BODY}"


BYLINE = "by Jane Doe on July 21, 2012"
SHORT_TITLE = "The bridge in the snow"  # too short for prose: a video or a photo was the post
POST_NAVIGATION = "Previous post: Ferry timetable changes for the summer\nNext post: New buses for the river crossing"


def _commented(stamp: str) -> str:
    return "\n\n".join(f"{name}\n{stamp}\n{OPINIONS[n % len(OPINIONS)]}\nReply" for n, name in enumerate(WRITERS))


@pytest.mark.parametrize(
    "page",
    [
        # its navigation over its comments and again below them
        f"{MENU}\n\n{SHORT_TITLE}\n\n{BYLINE}\n\n{POST_NAVIGATION}\n\n4 comments\n\n"
        f"{_commented('July 26, 2012 at 8:42 am')}\n\nLeave a Comment\n\n{POST_NAVIGATION}\n\n{BLOG_SIDEBAR}\n\n{FOOTER}",
        # its footer over the heading of its comments
        f"{MENU}\n\n{SHORT_TITLE}\n\n{BYLINE}\n\nPosted by\nJane Doe\nat\n6:35 AM\n\n4 comments:\n\n"
        f"{_commented('said...')}\n\nPost a Comment\n\n{BLOG_SIDEBAR}\n\n{FOOTER}",
    ],
)
def test_a_post_with_no_prose_of_its_own_is_its_head_not_its_comments(page):
    # the comments' prose (and the sidebar's) outweighs the post's head, but the post ends
    # where its navigation or its footer says: what stands right above is the post
    assert cleaner_with_region.clean(page) == f"{SHORT_TITLE}\n\n{BYLINE}"


ONE_LINE_POST = "Simply beautiful! New songs from the river band, recorded live at the old bridge."
ARCHIVE = "\n\n".join(f"{month} 2012" for month in ["November", "October", "September", "August", "July", "June", "May", "April"])
FIRST_COMMENT_FORM = "Leave a comment\n\nName (required)\n\nMail (will not be published) (required)\n\nWebsite"


def test_a_short_post_ends_over_its_notice_of_no_comments_yet():
    # the sidebar's blurb is the page's densest prose; the post of one line ends where the
    # page says it has no comments yet and offers the form for the first
    page = (
        f"{MENU}\n\nNew songs from the river band\n\n{ONE_LINE_POST}\n\nComments (0)\n\nNo comments yet.\n\n"
        f"{FIRST_COMMENT_FORM}\n\n{BLOG_SIDEBAR}\n\n{ARCHIVE}\n\n{FOOTER}"
    )
    assert Cleaner().clean(page) == f"New songs from the river band\n\n{ONE_LINE_POST}"


def test_a_notice_of_no_comments_in_the_header_ends_no_article():
    # "No comments yet" under the headline counts the comments of the article that follows:
    # the form for the first comment stands below the article, not right under the notice
    page = f"{MENU}\n\n{HEADLINE}\n\nNo comments yet.\n\n{BODY}\n\n{FIRST_COMMENT_FORM}\n\n{FOOTER}"
    assert BODY in cleaner_with_region.clean(page)
    anywhere = ArticleRegion(closed_form_lines=len(page))  # the rule turned off: a form anywhere below
    assert BODY not in Cleaner(detectors=[anywhere]).clean(page)


def test_a_four_line_byline_over_a_post_ends_nothing():
    # a template may print "Posted by" / name / "at" / time under the headline: only a heading
    # of comments below makes it the post's footer
    page = f"{MENU}\n\n{HEADLINE}\n\nPosted by\nJane Doe\nat\n6:35 AM\n\n{BODY}\n\n{BLOG_SIDEBAR}\n\n{FOOTER}"
    assert BODY in cleaner_with_region.clean(page)


@pytest.mark.parametrize(
    "footer",
    [
        "Posted by\nJane Doe\nin\n9:39 PM",  # no word that joins a name to a time
        "Posted by\nJane Doe\nat\nthe town hall",  # no time
        "Posted by\nthe people who live on the east side of the river\nat\n9:39 PM",  # no name
    ],
)
def test_four_lines_that_are_no_posts_footer_end_nothing(footer):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{footer}\n\n{NEXT_POST}\n\n{FOOTER}"
    assert NEXT_POST in cleaner_with_region.clean(page)


def test_a_front_page_of_posts_each_with_its_footer_is_not_cut_at_the_first():
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{POST_FOOTER}\n\n{NEXT_POST}\n\n{POST_FOOTER}\n\n{FOOTER}"
    assert NEXT_POST in cleaner_with_region.clean(page)


SHORT_POST = "Paper leaves for the bridge party\n\nI love the idea of paper leaves on the railings.\n\nGet the details at the town hall."
NAVIGATION = "« Ferry timetable changes for the summer |\nMain\n| New buses for the river crossing »"
PERMALINK_FOOTER = "November 03, 2012 in Local news, Bridges | Permalink"


def _framed_post(navigation: str = NAVIGATION, footer: str = PERMALINK_FOOTER, more: str = "") -> str:
    """A short blog post under a long sidebar of reading and above readers' comments: most of the page's prose is not the post's."""
    sidebar = "\n\n".join(f"{s}: a history of the river crossing and of the people who built its bridges" for s in SECTIONS)
    comments = "\n\n".join(f"Reader {n}\n{OPINIONS[n % len(OPINIONS)]}" for n in range(8))
    return f"{MENU}\n\n{sidebar}\n\n{navigation}\n\n{SHORT_POST}\n\n{footer}\n\n{more}Comments\n\n{comments}\n\n{FOOTER}"


def test_a_short_post_between_its_navigation_and_its_only_footer_is_the_article():
    page = _framed_post()
    assert cleaner_with_region.clean(page) == SHORT_POST
    reasons = {s.reason for s in cleaner_with_region.explain(page).removed}
    assert reasons == {"above the post (the page's header, the post's navigation)", "from the post's footer on (comments, the page's footer)"}


def test_a_post_is_framed_by_the_nearest_navigation_above_the_only_footer():
    framed = ArticleRegion()._post_frame
    post = _framed_post()
    first = [line for line in post.split("\n") if line].index(SHORT_POST.split("\n")[0])
    assert framed(Document(post)) == (first, first + 3)
    home = NAVIGATION.replace("\nMain\n", "\nBlog Home\n")
    assert framed(Document(_framed_post(navigation=home))) == (first, first + 3)
    twice = framed(Document(_framed_post(navigation=f"{home}\n\n{NAVIGATION}")))
    assert twice == (first + 3, first + 6)  # the nearer navigation frames the post


def test_no_frame_without_a_navigation_above_the_only_footer():
    framed = ArticleRegion()._post_frame
    assert framed(Document(_framed_post(navigation="Main"))) is None  # no previous or next post around it
    titled = NAVIGATION.replace("\nMain\n", f"\n{HEADLINE}\n")
    assert framed(Document(_framed_post(navigation=titled))) is None  # a title between them is no link home
    one_side = "« Ferry timetable changes for the summer |\nBlog Home"
    assert framed(Document(_framed_post(navigation=one_side))) is None  # only "Main" needs one side alone
    assert framed(Document(_framed_post(footer=f"{PERMALINK_FOOTER}\n\n{PERMALINK_FOOTER}"))) is None  # a front page
    assert framed(Document(_framed_post(footer="Posted in Local news"))) is None  # no footer
    below = _framed_post(navigation="", more=f"{NAVIGATION}\n\n")
    assert framed(Document(below)) is None  # the navigation under the footer frames nothing


def test_a_posted_by_footer_ends_the_post_before_the_permalinks_of_comments():
    comment = "Friday, November 2, 2012 at 7:28 pm | Permalink"
    page = _framed_post(footer=f"{POST_FOOTER}\n\nReader 9\n{OPINIONS[0]}\n\n{comment}")
    assert cleaner_with_region.clean(page) == SHORT_POST


def test_with_comments_kept_a_framed_posts_comments_stay():
    kept = Cleaner(detectors=[ArticleRegion(keep_comments=True)]).clean(_framed_post())
    assert OPINIONS[0] in kept


POST_NAVIGATION = "Previous post: Ferry timetable changes for the summer\nNext post: New buses for the river crossing"


def _post_above_comments(after_post: str = POST_NAVIGATION, after_comments: str = POST_NAVIGATION) -> tuple[str, str]:
    """A page and its short post (under ``min_article_words`` of prose) above a long thread of comments, with what follows each."""
    post = "Paper leaves will hang from the railings of the old river bridge this weekend, and the council hopes that many families come to see them."
    comments = "\n\n".join(f"Reader {n}\n{OPINIONS[n % len(OPINIONS)]}" for n in range(12))
    return f"{MENU}\n\n{HEADLINE}\n\n{post}\n\n{after_post}\n\n{comments}\n\n{after_comments}\n\n{FOOTER}", post


def test_a_posts_navigation_printed_again_below_its_comments_ends_the_post():
    page, post = _post_above_comments()
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{post}"


def test_a_posts_navigation_ends_it_only_when_printed_twice_the_same_far_apart():
    other = POST_NAVIGATION.replace("Ferry", "Tram")
    for after_post, after_comments in ((POST_NAVIGATION, ""), (POST_NAVIGATION, other), ("", POST_NAVIGATION)):
        page, _ = _post_above_comments(after_post, after_comments)
        assert OPINIONS[0] in cleaner_with_region.clean(page), (after_post, after_comments)
    lines = page_features(Document(_post_above_comments(f"{POST_NAVIGATION}\n\n{POST_NAVIGATION}", "")[0])).lines
    assert ArticleRegion()._navigation_again(lines) is None  # printed twice in a row: one navigation


def _front_page(count: str) -> str:
    """A blog's front page: four posts, each with its footer and a link to its comments."""
    titles = ["Council votes to close the old river bridge", "Ferry timetable changes for the summer", "New buses for the river crossing", "Pedestrians get one lane back"]
    posts = [
        f"{title}\n\n{BODY.replace('bridge', word)}\n\nPosted by Jane Doe at 0{n + 1}:39 PM\n{count.format(n=n)}\n| Trackbacks (0)"
        for n, (title, word) in enumerate(zip(titles, ["bridge", "ferry", "bus", "lane"]))
    ]
    return f"{MENU}\n\n" + "\n\n".join(posts) + f"\n\n{FOOTER}"


def test_the_comment_count_under_each_post_of_a_front_page_heads_no_comment_section():
    page = _front_page("| Comments ({n})")
    kept = cleaner_with_region.clean(page)
    for word in ("ferry", "bus", "lane"):
        assert BODY.replace("bridge", word) in kept, word


def test_a_link_under_each_comment_is_no_count_of_a_posts_comments():
    comments = "\n\n".join(f"Comment |\nReply\n{OPINIONS[n % len(OPINIONS)]}" for n in range(12))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{comments}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


TOP_FIVE = "\n\n".join(
    f"{n}) {item}\n\nhttp://example.com/{n}"
    for n, item in enumerate(["Blue river ferry", "Old bridge model", "City bus pass", "Harbour map", "Lamp for the lane"], 1)
)


def test_a_numbered_list_right_below_the_article_is_the_articles():
    for lead_in in ("", "Five things to buy before the bridge closes:\n\n"):
        page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{lead_in}{TOP_FIVE}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{lead_in}{TOP_FIVE}", lead_in


def test_a_numbered_box_below_the_article_is_not_the_articles():
    for box in (
        f"Popular Reviews\n\n{TOP_FIVE}",  # under a box's title, not a lead-in
        TOP_FIVE.replace("1) ", "0) "),  # not numbered from 1
        "\n\n".join(TOP_FIVE.split("\n\n")[:4]),  # two items
    ):
        page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{box}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}", box


TOUR = "\n\n".join(f"June {day} -- {place}" for day, place in [(9, "West Palm Beach, FL"), (10, "Tampa, FL"), (14, "Alpharetta, GA"), (17, "Nashville, TN")])


def test_a_list_of_dates_right_below_the_article_is_the_articles():
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nThe band's tour dates:\n\n{TOUR}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\nThe band's tour dates:\n\n{TOUR}"


WORKS = "\n\n".join(
    f"June {day} -- {what}"
    for day, what in [(9, "North lane closed"), (10, "Buses replace trams"), (14, "Steel supports removed"), (17, "Footpath reopens")]
)


def test_a_list_of_dates_under_a_heading_on_the_articles_subject_is_the_articles():
    # no colon: the heading's words are the article's ("river", "bridge", "repairs")
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nRiver Bridge Repairs Timeline\n\n{WORKS}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\nRiver Bridge Repairs Timeline\n\n{WORKS}"


@pytest.mark.parametrize("heading", ["Upcoming Concerts", "Festival Tour Dates"])
def test_a_list_of_dates_under_another_boxs_title_is_not_the_articles(heading):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{heading}\n\n{TOUR}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


OPENING = (
    "Two workers were hurt on the old river bridge on Monday, the city council said in a statement.\n\n"
    '"The cause of the fall is not known yet, but the repairs will go on," the council said.'
)
LINK_BOX = "More:\n\nMayor visits the ferry terminal\n\nNew bus lanes open in the north\n\nCity budget vote set for June"


def test_the_opening_sentences_above_a_box_of_links_inside_the_article_are_the_articles():
    # the headline stands too far above the body below the box to be found from it
    head = f"{HEADLINE}\n\nThe bridge will stay shut until the summer\n\nBy Jane Doe\n\n20 Nov 2019 08:00 GMT\n\nPhoto: the bridge at dusk"
    page = f"{MENU}\n\n{head}\n\n{OPENING}\n\n{LINK_BOX}\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{head}\n\n{OPENING}\n\n{LINK_BOX}\n\n{BODY}"


def test_a_sentence_of_few_stopwords_in_the_opening_above_a_box_is_the_articles():
    # a game's report: its score line holds names and numbers, few stopwords
    head = f"{HEADLINE}\n\nThe bridge will stay shut until the summer\n\nBy Jane Doe\n\n20 Nov 2019 08:00 GMT\n\nPhoto: the bridge at dusk"
    score = "Freshman Tom Reyes led North Bank (7-7, 1-2) with 17 points, 9 rebounds, 4 steals."
    opening = f"{score}\n\n{OPENING.split(chr(10))[0]}"  # two sentences, one of them the score line
    page = f"{MENU}\n\n{head}\n\n{opening}\n\n{LINK_BOX}\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{head}\n\n{opening}\n\n{LINK_BOX}\n\n{BODY}"


@pytest.mark.parametrize(
    "above",
    [
        # a caption printed twice over a gallery's box: one sentence, not an opening
        "Two workers were hurt on the old river bridge on Monday, the city council said in a statement.\n\n"
        "Two workers were hurt on the old river bridge on Monday, the city council said in a statement.\n\n" + LINK_BOX,
        # the sentences above a longer block than a box
        OPENING + "\n\n" + LINK_BOX + "\n\nWeather\n\nTraffic\n\nJobs",
    ],
)
def test_sentences_above_a_long_block_or_one_caption_twice_are_no_opening(above):
    page = f"{MENU}\n\n{above}\n\n{BODY}\n\n{FOOTER}"
    assert "Two workers were hurt" not in cleaner_with_region.clean(page)


LANES = "\n\n".join(
    f"{lane} (Zone {zone}): {state}"
    for lane, zone, state in [("North lane", "A", "closed until June"), ("South lane", "A", "open"),
                              ("Footpath", "B", "closed at night"), ("Cycle lane", "C", "reopened in May")]
)


def test_lines_of_one_labelled_form_under_a_heading_on_the_articles_subject_are_the_articles():
    # "Label (Zone X): state", four times: a list, as numbered or dated lines are
    for heading in ("River Bridge Repairs\n\n", ""):
        page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{heading}{LANES}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{heading}{LANES}", heading


@pytest.mark.parametrize(
    "box",
    [
        "\n\n".join(LANES.split("\n\n")[:3]),  # three lines only
        "Gate A: shut\n\nGate B (north): open\n\nKiosk, east: shut at night.\n\nCycle hire: back in May, 2024",  # forms differ
        "Upcoming Concerts\n\n" + LANES,  # under another box's title
    ],
)
def test_labelled_lines_of_different_forms_or_too_few_are_no_list_of_the_articles(box):
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{box}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


CLOSED = "\n\n".join(f"• {name} Public Schools" for name in ("Bernards Township", "Franklin Township", "Hillsborough", "Manville"))


def test_a_bulleted_list_right_below_the_article_is_the_articles():
    for lead_in in (
        "",
        "The following schools will be closed on Thursday:\n\n",  # below the article
        "The council said that the following schools will stay closed until the buses can reach them again from"
        " the old depot, and asked parents to keep their children at home and check the list again on Friday:\n\n",
    ):
        page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{lead_in}{CLOSED}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}\n\n{lead_in}{CLOSED}", lead_in


CREW = "\n\n".join(
    f"{name} ({where})"
    for name, where in [("Ann Moss", "City Engineering Office"), ("* Tom Reyes", "Harbour Board"), ("Li Wen", "North Bank Traders"),
                        ("Sara Kim", "River Users Group"), ("Joe Hart", "Department of Transport")]
)


def test_names_glossed_in_brackets_below_a_lead_in_are_the_articles_list():
    for lead_in in (
        "The council named the members of the panel that will oversee the work:\n\n",  # a line of its own
        "",  # the article's last line, below
    ):
        body = BODY if lead_in else f"{BODY}\n\nThese are the members of the panel that will oversee the work:"
        page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{lead_in}{CREW}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}\n\n{lead_in}{CREW}", lead_in


def test_a_note_right_below_the_articles_list_is_the_articles():
    # one sentence with no heading under a roster: the list's note; the footer below still goes
    body = f"{BODY}\n\nThese are the members of the panel that will oversee the work:"
    note = "* - Marked members join the panel in June, once their terms at the harbour board have ended."
    page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{CREW}\n\n{note}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}\n\n{CREW}\n\n{note}"


def test_names_glossed_in_brackets_with_no_lead_in_are_no_list_of_the_article():
    # a box of the site's columnists under the story: no colon announces it
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{CREW}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


HOW_TO = "\n\n".join([
    "How to Build a Bird Box",
    "A bird box is easy to make from a single plank, and a family of blue tits may move in the same spring if you hang it in a quiet corner of the garden before the end of February.",
    "Step 1",
    "Cut the plank into six pieces following the plan: a front, a back, two sides, a roof and a floor. Sand the edges so that the pieces fit closely together and no rain gets in.",
    "Step 2",
    "Drill a hole in the front piece.",
    "The hole for the birds (photo: Ann Moss)",
    "Step 3",
    "Nail the sides to the back.",
    "Sides and back (photo: Ann Moss)",
    "Step 4",
    "Fix the roof with a strip of rubber.",
    "The finished box (photo: Ann Moss)",
])


def test_numbered_steps_that_go_on_below_the_densest_prose_are_the_article():
    # the densest run ends in "Step 1"'s paragraph; the next steps in order are the article's
    page = f"{MENU}\n\n{HOW_TO}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == HOW_TO


CLOSING_SECTION = (
    "The Finished Box\n\nHung on a quiet wall facing east, the box should have its first visitors within a few"
    " weeks of the first warm days of spring.\n\nThe box on the garden wall (Ann Moss)"
)


def test_a_short_section_right_below_the_articles_list_is_the_articles():
    # a heading, a paragraph and its photo's caption under the last step
    page = f"{MENU}\n\n{HOW_TO}\n\n{CLOSING_SECTION}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HOW_TO}\n\n{CLOSING_SECTION}"


def test_a_label_with_a_colon_below_the_articles_list_heads_no_section_of_it():
    box = CLOSING_SECTION.replace("The Finished Box", "Previously: Bird Tables")
    page = f"{MENU}\n\n{HOW_TO}\n\n{box}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == HOW_TO


def test_steps_out_of_order_below_the_article_are_not_its_list():
    # the numbers below do not go on from the article's "Step 1": no steps of the article
    other = HOW_TO.split("\n\nStep 2", 1)[0]
    box = "\n\n".join(["Step 3", "Choose the wood.", "Step 4", "Measure twice.", "Step 5", "Cut once."])
    assert cleaner_with_region.clean(f"{MENU}\n\n{other}\n\n{box}\n\n{FOOTER}") == other


def test_teasers_stamped_with_a_date_and_time_are_no_list_of_dates():
    stamps = "\n\n".join(f"June {day}, 2012 at 8:{day} am PT\nMore news from the river crossing, part {day}" for day in (10, 11, 12, 13))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nMore news:\n\n{stamps}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_the_menu_above_prose_that_stays_above_the_article_goes():
    # a site's blurb above the article holds too much prose to go as chrome; the menu above it goes
    blurb = (
        "Our newsroom has covered the river and its bridges for more than forty years, and this week we look back at "
        "the floods, the repairs and the long debates about who should pay for them, in a series of stories from our "
        "archive that readers can find on the bridges page."
    )
    page = f"Sign in\n\nSearch\n\n{blurb}\n\nArchives\n\nSubscribe\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}\n\n{MENU}"
    kept = cleaner_with_region.clean(page)
    assert kept.startswith(blurb) and kept.endswith(BODY)


def test_labels_below_prose_above_the_article_are_no_menu():
    # "Tags" and "Comments" under a paragraph above the article: the menu ends before any prose
    text = f"Home\n\nArchives\n\n{BODY.split(chr(10))[0]}\n\nTags\n\nComments\n\n{HEADLINE}\n\n{BODY}"
    page = page_features(Document(text))
    region = ArticleRegion()
    first_pass, _ = region._first_pass(page.lines)
    start = len(page.lines) - 4  # the headline
    assert region._menu_above(page.lines, first_pass, start) == 2


def test_a_live_blogs_times_are_not_comment_stamps():
    # "10:45 AM" names no one: the entries are the article
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{_thread('{hour}:45 AM')}\n\n{FOOTER}"
    assert all(opinion in cleaner_with_region.clean(page) for opinion in OPINIONS)


def test_what_a_comment_stamp_is():
    from cleaner.detectors.article.shapes import _is_comment_stamp
    lines = [
        "Chris Nahr 07.15.12 at 11:59",  # a name, a date and a time
        "Posted by: Pam Owen of Adelaide 11:00pm January 08, 2008",
        "Jeet Banerjee09-04-2012",
        "10:45 AM",  # a time alone names no one
        "Monday, 23 May 2005 10:21",  # date words only
        "18-02-2006 13:21 | 1 comment(s)",  # a listing's count of comments
        "http://example.com/2012/08/14/bridge-closed",  # a link
        "Chris Nahr wrote on Sunday",  # no date or time
    ]
    page = page_features(Document("\n".join(lines)))
    assert [_is_comment_stamp(f) for f in page.lines] == [True, True, True, False, False, False, False, False]


def _below_the_article(text: str, mass: float) -> list[str]:
    """The lines ArticleRegion flags as chrome when ``text`` stands below an article of ``mass`` words."""
    from cleaner.detectors.article import revise
    region = ArticleRegion()
    lines = page_features(Document(text)).lines
    first_pass, wrapped = region._first_pass(lines)
    gains = region._gains(first_pass, revise(first_pass), lines)
    chrome = region._chrome_after(range(len(lines)), first_pass, lines, gains, mass, wrapped)
    return [lines[i].line.text for i in chrome]


def test_the_page_below_a_link_list_is_judged_apart_from_the_lines_above_it():
    # Readers' short comments below a short article: not mostly junk, so the lines below the article as a
    # whole stay; the sidebar after the first run of links is chrome on its own.
    comments = "\n".join(f"{name}\nGreat news, thank you for the report." for name in WRITERS[:6])
    sidebar = "\n".join(["Most read", "Buses to replace trams", "Mayor on the budget", "Weather warning",
                         "Photos of the week", "Letters to the editor", "Subscribe", FOOTER])
    flagged = _below_the_article(f"{comments}\n{OPINIONS[0]}\n{OPINIONS[1]}\n{sidebar}", mass=100.0)
    assert flagged == sidebar.replace("\n\n", "\n").split("\n")
    # a sidebar with as much prose as the article may be more of it: kept
    assert _below_the_article(f"{comments}\n{sidebar}\n{OPINIONS[0]}\n{OPINIONS[1]}", mass=100.0) == []


def test_the_sidebar_below_teasers_between_two_link_lists_is_chrome():
    # a tag list, then teasers with their blurbs (as much prose as a short article), then the
    # sidebar: the sidebar goes on its own, from the link list below which little prose is left
    tags = "\n".join(["Tags:", "Bridges", "Council", "Repairs", "Buses", "Traffic", "River"])
    sidebar = "\n".join(["Most read", "Buses to replace trams", "Mayor on the budget", "Weather warning",
                         "Photos of the week", "Letters to the editor", "Subscribe", FOOTER])
    flagged = _below_the_article(f"{tags}\n{OPINIONS[0]}\n{OPINIONS[1]}\n{sidebar}", mass=100.0)
    assert flagged == sidebar.replace("\n\n", "\n").split("\n")


def test_prose_that_resumes_after_a_list_in_the_article_stays():
    steps = "\n\n".join(["Close the east lane", "Lift the deck", "Cut out the old supports", "Weld the new ones in",
                         "Paint the steel", "Load test", "Reopen the east lane"])
    ending = (
        "The engineers said that every step of the work would be checked by an independent inspector, and that the council would "
        "publish each of the inspector's reports on its website so that the people who use the bridge every day can see for "
        "themselves how the repairs are going, what they cost and when the bridge is expected to open again."
    )
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nThe work will be done in seven steps:\n\n{steps}\n\n{ending}\n\n{FOOTER}"
    assert ending in cleaner_with_region.clean(page)


def test_a_page_of_many_equal_pieces_is_kept_whole_but_for_the_sites_menu():
    # a blog's front page: eight posts, none the article; the densest run holds one of them.
    # The site's menu above the first post is no piece of it.
    meta = "Filed in Bridges | Tags: council, river, steel, repairs, transport | Permalink\n\nShare\n\nTweet\n\nEmail"
    posts = "\n\n".join(f"{HEADLINE} ({n})\n\n{opinion}\n\n{meta}" for n, opinion in enumerate(OPINIONS * 2))
    page = f"{MENU}\n\n{posts}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{posts}\n\n{FOOTER}"
    reasons = {s.reason for s in cleaner_with_region.explain(page).removed}
    assert reasons == {"the site's menus above the page"}
    # the rule turned off: the page is cut to the densest run (perhaps with the post above it)
    piece = Cleaner(detectors=[ArticleRegion(min_prose_share=0.0)]).clean(page)
    assert 0 < sum(opinion in piece for opinion in OPINIONS) < len(OPINIONS)


def test_a_text_of_lists_with_no_site_labels_is_not_a_page():
    # an article that is mostly a list: many short lines, as on a page, but no menu or footer labels
    items = "\n".join(f"{n}. {name}, {SECTIONS[n % len(SECTIONS)].lower()} desk" for n, name in enumerate(WRITERS * 5))
    text = f"{HEADLINE}\n\n{BODY}\n\nThe people who signed the letter:\n\n{items}\n\n{OPINIONS[0]}"
    assert cleaner_with_region.clean(text) == text
    page = f"Home\n\nContact us\n\n{text}"  # the same with two labels of a site's menu
    assert cleaner_with_region.clean(page) != page


def test_site_labels_are_counted_on_the_page_as_given():
    region = ArticleRegion()
    page = Document(PAGE)
    assert region._site_labels(page) >= 10
    article = Document(f"{HEADLINE}\n\n{BODY}", source=page)  # what a first round left of the page
    assert region._site_labels(article) == region._site_labels(page)


def _page(menu: list[str], headline: str, paragraphs: list[str], footer: list[str]) -> tuple[str, str]:
    """A flattened page (menu, headline, paragraphs, footer; a blank line between lines) and its article."""
    article = "\n\n".join([headline, *paragraphs])
    return "\n\n".join([*menu, article, *footer]), article


def test_a_chinese_page_is_read_character_by_character():
    # no spaces between words: each character counts as one, and a Chinese character as three letters of length
    menu = ["首页", "新闻", "财经", "体育", "娱乐", "科技", "视频", "图片", "登录", "注册"] * 3
    paragraphs = [
        "市议会周一投票决定关闭这座老桥至少六个月，因为工程师在上一次检查中发现它的两根钢支柱的腐蚀程度远远超过了预期，"
        "所以必须尽快进行维修，否则在冬天到来之前可能会出现更大的安全问题。",
        "市长说这个决定并不容易，但是每天经过这座桥的人们的安全必须放在第一位，而且在维修期间市政府会为市民提供额外的公共汽车，"
        "让大家上班和上学都不会受到太大的影响。",
    ]
    footer = ["关于我们", "联系我们", "隐私政策", "免责声明", "网站地图", "返回顶部"]
    page, article = _page(menu, "市议会投票关闭老桥进行维修", paragraphs, footer)
    assert cleaner_with_region.clean(page) == article


def test_a_korean_page_is_read_by_the_endings_of_its_words():
    # Korean glues its particles to its words: a paragraph's words end in them, a menu's nouns do not
    menu = ["홈", "뉴스", "정치", "경제", "사회", "문화", "스포츠", "로그인", "회원가입", "전체메뉴"] * 2
    paragraphs = [
        "시의회는 월요일 오래된 강 다리를 적어도 여섯 달 동안 폐쇄하기로 결정했다. 지난 점검에서 기술자들이 다리의 강철 지지대 두 개가 "
        "예상보다 훨씬 심하게 부식된 것을 발견했기 때문이다. 시의회는 겨울이 오기 전에 보수 공사를 마쳐야 한다고 밝혔다.",
        "시장은 이번 결정이 쉽지 않았지만 매일 다리를 건너는 시민들의 안전이 가장 중요하다고 말했다. 시는 공사 기간 동안 "
        "출근과 등교에 불편이 없도록 임시 버스를 추가로 운행할 계획이며, 버스 시간표는 다음 주에 시청 누리집에 올라온다.",
        "강 양쪽의 상인들은 바쁜 여름철에 손님을 잃을까 걱정된다며 공사 중에도 보행자를 위해 적어도 한 개의 차로는 열어 두어야 "
        "한다고 시의회에 요청했다. 시의회는 상인들의 요청을 검토한 뒤 다음 달 회의에서 답하겠다고 했다.",
    ]
    # the site's notice under every story ("copyright holder ⓒ ...: no copying or redistribution"), then its footer
    notice = "저작권자 ⓒ 예시미디어(www.example.co.kr), 무단전재 및 재배포금지. 예시미디어의 모든 기사는 저작권법의 보호를 받으며, 무단 전재 복사 배포 등을 금지합니다."
    footer = [notice, "회사소개", "이용약관", "개인정보처리방침", "고객센터", "사이트맵", "맨위로"]
    page, article = _page(menu, "시의회, 오래된 강 다리 보수 위해 여섯 달 폐쇄", paragraphs, footer)
    assert page_features(Document(page)).language.lang == "ko"
    assert cleaner_with_region.clean(page) == article


def test_a_hungarian_page_is_cut_by_its_own_stopwords_and_site_labels():
    menu = ["Főoldal", "Hírek", "Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Időjárás", "Belépés", "Regisztráció"] * 2
    paragraphs = [
        "A városi közgyűlés hétfőn úgy döntött, hogy legalább hat hónapra lezárja a régi folyami hidat, mert a mérnökök "
        "a legutóbbi vizsgálat során azt találták, hogy két acéltartója sokkal jobban rozsdásodott, mint várták.",
        "A polgármester azt mondta, hogy a döntés nem volt könnyű, de a hídon naponta átkelő emberek biztonsága az első, "
        "és a város a munkák ideje alatt pótlóbuszokat indít, hogy senkinek ne legyen gondja a munkába járással.",
        "A folyó két partján lévő boltosok attól tartanak, hogy a forgalmas nyári hónapokban elveszítik vásárlóikat, ezért "
        "azt kérték a közgyűléstől, hogy legalább a gyalogosok számára maradjon nyitva egy sáv.",
    ]
    footer = ["Rólunk", "Kapcsolat", "Impresszum", "Adatvédelem", "Felhasználási feltételek", "Vissza a tetejére"]
    page, article = _page(menu, "Hat hónapra lezárják a régi folyami hidat", paragraphs, footer)
    assert page_features(Document(page)).language.lang == "hu"
    assert cleaner_with_region.clean(page) == article


def test_a_page_with_a_full_menu_is_a_page_however_much_else_it_holds():
    # forty short replies below the article make most lines neither short-and-bare nor bad,
    # but a menu with a dozen of a site's labels still marks the text as a whole page
    replies = "\n\n".join(f"Thank you for the report number {n}, it was very useful to me." for n in range(40))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{replies}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page).startswith(f"{HEADLINE}\n\n{BODY}")
    quiet = ArticleRegion(busy_page_site_labels=100)  # the rule turned off
    assert Cleaner(detectors=[quiet]).clean(page) == page


def test_prose_that_resumes_below_a_table_inside_the_article_is_the_article():
    # a table of short cells (its header repeated per row) breaks a long article in two
    first_half = "\n\n".join([BODY, *OPINIONS])
    rows = "\n".join(f"Pos\nPlayer\nSnaps\n{name}\n{60 - n}\n{90 - n}%" for n, name in enumerate(WRITERS[:5]))
    second_half = "\n\n".join(
        f"The council's engineers also said that the {part} of the bridge would be inspected again before it reopens, "
        f"because the last inspection had found more rust than anyone expected, and that the report on the {part} "
        f"would be published so that every resident who crosses the river each day can read it for themselves."
        for part in ["north side", "south side", "deck", "railings"]
    )
    page = f"{MENU}\n\n{HEADLINE}\n\n{first_half}\n\n{rows}\n\n{second_half}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{first_half}\n\n{rows}\n\n{second_half}"
    stopped = ArticleRegion(resume_max_gap=0)  # the rule turned off
    assert "railings" not in Cleaner(detectors=[stopped]).clean(page)


def _snap_table(position: str, names: list[str], note: str = "No stats registered.") -> str:
    # a game's snap counts: the header row printed twice, then one row of cells per player
    header = "Pos\nPlayer\nPlays\n%\nStats"
    rows = "\n".join(f"{position}\n{name}\n{70 - 9 * n}\n{95 - 12 * n}%\n{note}" for n, name in enumerate(names))
    return f"{header}\n{header}\n{rows}"


POSITION_NOTES = [
    "The defensive line was on the field for most of the game, and the coaches said after it that the two starters had played more snaps than at any point of the season so far.",
    "The linebackers had a quieter afternoon than the week before, but the youngest of them kept his place ahead of the veteran on the depth chart for the third week in a row.",
    "The cornerbacks were tested far more often than the safeties, and the coach said that he was pleased with how the rookie had stayed with the best receiver of the other team.",
]
POSITIONS = [("DL", WRITERS[:3]), ("LB", WRITERS[3:6]), ("CB", WRITERS[5:8])]


def _tables_page(note: str = "No stats registered.") -> tuple[str, str]:
    first_half = "\n\n".join([BODY, *OPINIONS])
    parts = "\n\n".join(
        f"{_snap_table(position, names, note)}\n\n{comment}" for (position, names), comment in zip(POSITIONS, POSITION_NOTES)
    )
    article = f"{HEADLINE}\n\n{first_half}\n\n{parts}"
    return f"{MENU}\n\n{article}\n\n{FOOTER}", article


def test_a_paragraph_under_each_of_several_tables_is_the_article():
    # each paragraph alone holds less than half the article above; together they hold more
    page, article = _tables_page()
    assert cleaner_with_region.clean(page) == article
    one_at_a_time = Cleaner(detectors=[ArticleRegion(bare_table_sentence_share=-1.0)])  # no table is bare
    assert not any(note in one_at_a_time.clean(page) for note in POSITION_NOTES)


def test_a_short_label_printed_again_in_a_table_is_a_cell():
    # most of the table's lines are its header row ("Pos", "Player") printed twice, the
    # position of each row ("LB") and players' names: few hold a number
    page, article = _tables_page()
    assert cleaner_with_region.clean(page) == article
    digits_only = Cleaner(detectors=[ArticleRegion(table_label_max_words=0)])
    assert not any(note in digits_only.clean(page) for note in POSITION_NOTES)


def test_tables_whose_rows_hold_sentences_are_no_bare_tables():
    # a list of entries each with a sentence ("Course: From Milan to ..."): the paragraphs
    # below the next lists do not add up, each must hold half the article on its own
    page, _ = _tables_page(note="He made two tackles and was beaten once in coverage.")
    assert not any(note in cleaner_with_region.clean(page) for note in POSITION_NOTES)
    any_table = Cleaner(detectors=[ArticleRegion(bare_table_sentence_share=1.0)])
    assert all(note in any_table.clean(page) for note in POSITION_NOTES)



RECALL_INTRO = "\n\n".join([
    "Three more sauces have been added to the list of foods recalled this month because the chilli powder used to make them was found to contain an illegal red dye, the food safety agency said on Wednesday.",
    "The companies concerned are taking the products off their shelves in every store, and shoppers who have already bought one can take it back to the store or write to the maker for a full refund.",
    "The affected products are listed below.",
])
RECALL_ROWS = [("Curry Cooking Sauce", "500g", "Cooking Sauce"), ("Hot Chilli Sauce", "570g", "Cooking Sauce"),
               ("Ground Paprika", "46g", "Spice"), ("Tikka Cooking Sauce", "450g", "Cooking Sauce"),
               ("Korma Curry Sauce", "715g", "Cooking Sauce"), ("Hoi Sin Sauce", "460g", "Cooking Sauce"),
               ("Chilli Bean Pate", "115g", "Chilled Pate"), ("Salmon Terrine", "120g", "Chilled Pate")]
RECALL_TABLE = "".join(
    f"{k}\n{name}\n{size}\n{kind}\nBest before end of April 2006\n\n" for k, (name, size, kind) in enumerate(RECALL_ROWS, 1)
)
RECALL_SECTION = "\n\n".join([
    "Background",
    "The contamination of spices with illegal dyes is a problem across Europe, and the agency has been pressing the European Commission to act on it for more than a year.",
    "The dye is an industrial colouring that is not allowed in food. It is chemically close to another dye that was found in a large number of products two years ago.",
    "The contaminated powder was supplied by a company abroad, and the agency believes that it reached several other food makers in this country as well.",
    "The agency will keep working with the food industry to find out whether any other companies were supplied with the powder, and will publish what it finds.",
    "People who have any of the listed products at home should not eat them, and may return them to the shop where they bought them for a refund.",
])


def test_a_table_repeating_its_cells_between_the_articles_paragraphs_is_the_article():
    # the table's repeated cells ("Cooking Sauce") read as templates, and the densest prose
    # is the last section: the opening paragraphs above the table hold too much prose for chrome
    article = f"{HEADLINE}\n\n{RECALL_INTRO}\n\n{RECALL_TABLE}{RECALL_SECTION}"
    assert cleaner_with_region.clean(f"{MENU}\n\n{article}\n\n{FOOTER}") == article


def test_templates_above_the_article_with_a_notice_printed_again_are_chrome():
    # a reprint notice printed over each copy of the story is prose, but no article's own
    notice = (
        "Reprints: This copy is for your personal, non-commercial use only. To order presentation-ready "
        "copies for distribution to your colleagues, clients or customers, use the order form below."
    )
    above = "".join(f"{notice}\n\nwww.reprints.example.com\n\nOrder a reprint of this article now\n\nBusiness\n\n" for _ in range(3))
    article = f"{HEADLINE}\n\n{BODY}"
    assert cleaner_with_region.clean(f"{MENU}\n\n{above}{article}\n\n{FOOTER}") == article


SHORT_STORY = [
    "A video released on Monday shows the moment police found a missing girl in a hotel room in the city.",
    "The man who held her was sentenced to life in prison last month after a trial of three days.",
    "Officers ran up the stairs and stopped outside the door of the room on the second floor.",
    "One of them knocked on the door and shouted that the police were coming in.",
    "The man said that he needed some time to get dressed before he could open it.",
    "The officers did not wait for him and forced the door open with a heavy ram.",
    "At first there was no sign of the girl anywhere in the small and dark room.",
    "Then they found her hidden in a basket of clothes at the back of the room.",
    "An officer carried her down the stairs and out to the parking lot, where her family waited.",
    "The man was arrested in the hallway and still faces charges in the state courts as well.",
    "He is expected to appear in court again next month, where the prosecutors will ask the judge to keep him in "
    "prison until the second trial, because they say that he is still a danger to the children of the city.",
]
OTHER_STORIES = [
    "Man Shot at Dallas Gas Station Dies at Hospital",
    "Fitzgerald Equates Firing to Professional Death Sentence",
    "New Safety Recommendations Issued After Deadly Flight",
]


def _story_between_headlines(other_stories: list[str]) -> tuple[str, str]:
    # a story told in short paragraphs, another story's headline after every third one
    lines = []
    for k, sentence in enumerate(SHORT_STORY):
        lines.append(sentence)
        if k % 3 == 2 and k // 3 < len(other_stories):
            lines.append(other_stories[k // 3])
    lead = "\n\n".join(BODY.split("\n\n")[:2])
    article = f"{HEADLINE}\n\n{lead}\n\n" + "\n\n".join(lines)
    return f"{MENU}\n\n{article}\n\n{MENU}\n\n{FOOTER}", article


def test_headlines_of_other_stories_between_its_sentences_do_not_end_the_article():
    # "Fitzgerald Equates ..." has few stopwords: a bad line, which made the sentences
    # next to it bad too, and the story ended there
    page, article = _story_between_headlines(OTHER_STORIES)
    assert cleaner_with_region.clean(page) == article
    not_passed_over = Cleaner(detectors=[ArticleRegion(lone_headline_sentences=len(SHORT_STORY))])
    assert SHORT_STORY[-1] not in not_passed_over.clean(page)


@pytest.mark.parametrize(
    "line, passed_over",
    [
        ("Fitzgerald Equates Firing to Professional Death Sentence", True),
        ("Technology, Patent, Starbucks, Order Processing, Apple", False),  # a tag line
        ("Sources: Instagram, The Heated Newsletter and Good On You", False),  # a label and its values
        ("Barton Will Begin Training With League Two Fleetwood Town", False),  # a sentence carrying on below
    ],
)
def test_which_lines_between_sentences_are_passed_over(line, passed_over):
    below = SHORT_STORY[5]
    if line.startswith("Barton"):
        below = "this week, as the club is away on a tour of Malaysia before the season starts."
    text = "\n\n".join([*SHORT_STORY[:4], line, below, *SHORT_STORY[6:8]])
    region = ArticleRegion()
    lines = page_features(Document(text)).lines
    first_pass, wrapped = region._first_pass(lines)
    assert (4 in region._lone_headlines(lines, first_pass, wrapped)) is passed_over


NETWORK = [
    "The Morning Ledger", "Riverside Sport", "Harbour Tech", "The Kitchen Table", "Valley Motors", "The Garden Shed",
    "Northern Lights", "The Weekend Quiz", "City Cycling", "The Long Read", "Market Watchers", "The Film Room",
]
NETWORK_TEASERS = "\n\n".join(
    [
        "You may also like", "Harbour Tech", "A new phone that folds in three was shown on Monday", "Tom Baker",
        "Monday 10:00PM", "Valley Motors", "Why electric buses are cheaper to run than ever", "Ann Lee", "Sunday 3:00PM",
    ]
)
NETWORK_ARTICLE = f"{HEADLINE}\n\n" + "\n\n".join([BODY, *OPINIONS])


def _network_page(tail: str) -> str:
    # the menu of a network's sites, none of them a label of data/site_labels, over teasers
    return "\n\n".join(NETWORK) + f"\n\n{NETWORK_TEASERS}\n\n{NETWORK_ARTICLE}\n\n{tail}"


def test_a_menu_opening_the_text_stands_for_a_second_site_label():
    page = _network_page("Share This Story\n\nContact")  # "Contact": the page's one site label
    assert cleaner_with_region.clean(page).startswith(NETWORK_ARTICLE)
    no_menu = Cleaner(detectors=[ArticleRegion(menu_lines=100)])  # no text opens with a menu so long
    assert no_menu.clean(page) == page


def test_an_opening_menu_makes_no_page_of_a_text_without_a_site_label():
    # a directory of links is a clean text as much as an article is
    page = _network_page("Share This Story")
    assert cleaner_with_region.clean(page) == page


@pytest.mark.parametrize(
    "opening, menu",
    [
        (NETWORK, True),
        (NETWORK[:9], False),  # too few lines
        ([*NETWORK[:3], HEADLINE, *NETWORK[3:]], False),  # a headline is longer than a menu's labels
        ([*NETWORK[:9], "Read the letter from our editor."], False),  # a sentence
        (["きょうの記念日", "元旦", "きょうの誕生花", "松", "恋の誕生日占い", "なぞなぞ小学校", "歌手", "福娘童話集", "おしまい", "366日への旅"], False),
    ],
)
def test_which_openings_are_a_menu(opening, menu):
    text = "\n\n".join([*opening, BODY])
    assert ArticleRegion()._opens_with_a_menu(Document(text)) is menu


def test_an_embedded_tweets_signature_below_the_article_is_the_articles():
    # the tweet's text is prose; its signature line has few stopwords, a bad line
    tweet = "The bridge is closed again this morning, and the buses are late. pic.twitter.com/AbC123"
    article = f"{HEADLINE}\n\n{BODY}\n\n{tweet}\n\n— Jane Doe (@janedoe) November 18, 2019"
    assert cleaner_with_region.clean(f"{MENU}\n\n{article}\n\n{FOOTER}") == article


@pytest.mark.parametrize(
    "line, signature",
    [
        ("— Cooper Lund (@cooperlund) November 18, 2019", True),
        ("— PFF CLE Browns (@PFF_Browns) November 16, 2019", True),
        ("- Michael Preetz (@michaelpreetz) 21. Juli 2017", True),
        ("— Jane Doe (@janedoe)", False),  # no date
        ("Follow Jane Doe (@janedoe) on Twitter since 2019", False),  # no dash first
    ],
)
def test_which_lines_are_a_tweets_signature(line, signature):
    from cleaner.detectors.article.shapes import _TWEET_SIGNATURE

    assert (_TWEET_SIGNATURE.fullmatch(line) is not None) is signature


STAFF = ["Jane Doe", "John Roe", "Mary Major", "Richard Miles", "Anna Smith", "Peter Brown", "Lucy Green", "Tom White",
         "Sara Black", "Paul Grey", "Nina Stone", "Omar Hill"]
APPEAL = "\n\n".join(
    [
        "Most of our stories begin when readers ask us whether something they saw is true, and those questions send "
        "our reporters across a vast range of sources every single day of the year.",
        "We do this work every day at no cost to you, but it is far from free to produce, and we cannot afford to slow "
        "down, so we ask the readers who can to give what they can today.",
    ]
)


def test_a_prompt_is_no_prose_of_the_article():
    # a donation box below the article: a prompt over the staff's names and an appeal; judged
    # near-good, the prompt made the names good (between prose) and the region ran on to the appeal
    box = "Support Example News and make a difference for readers everywhere.\n\nRead the Letter\n\nEditorial"
    article = f"{HEADLINE}\n\n" + "\n\n".join([BODY, *OPINIONS])
    page = f"{MENU}\n\n{article}\n\n{box}\n\n" + "\n\n".join(STAFF) + f"\n\n{APPEAL}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == article


COLLAPSES = [
    ("19 Dec 2012", "Wagholi Maharashtra"), ("24 Sept 2012", "Pune Maharashtra"), ("15 April 2012", "Jalandhar Punjab"),
    ("16 Nov 2010", "Delhi Laxmi Nagar"), ("18 Aug 2010", "Uttarakhand Bageshwar"), ("26 Jan 2010", "Bellary Karnataka"),
    ("23 Sept 2009", "Korba Chhattisgarh"), ("13 Aug 2008", "Mumbai Mahim"), ("18 July 2007", "Thane Mumbra"),
]
AFTER_THE_BOX = "\n\n".join(
    f"Police said a case had been registered about the {part} and that an inquiry had begun, and the engineers"
    f" said the {part} had rusted for years before anyone looked at it closely."
    for part in ["north side", "south side", "deck"]
)


def _boxed_page(box: str) -> str:
    first_half = "\n\n".join([BODY, *OPINIONS])
    return f"{MENU}\n\n{HEADLINE}\n\n{first_half}\n\n{box}\n\n{AFTER_THE_BOX}\n\n{FOOTER}"


def test_prose_below_a_box_of_numbers_resumes_the_article_with_half_its_prose():
    # a box of dated facts inside the article; the prose below it holds less than the article above
    box = "\n\n".join(f"{day}: building collapse in {place}" for day, place in COLLAPSES)
    assert AFTER_THE_BOX in cleaner_with_region.clean(_boxed_page(box))
    whole = Cleaner(detectors=[ArticleRegion(table_resume_share=1.0)])  # as much prose as above needed
    assert AFTER_THE_BOX not in whole.clean(_boxed_page(box))


def test_prose_below_lines_without_numbers_needs_as_much_prose_as_the_article():
    links = "\n\n".join(f"{place} building collapse victims remembered" for _, place in COLLAPSES)
    assert AFTER_THE_BOX not in cleaner_with_region.clean(_boxed_page(links))


SHORT_PARAGRAPHS = "\n\n".join(
    [
        "Salina South diver Keetan Munsell won the state title on Saturday.",
        "Trinity Academy junior Ben Patton added two more titles to his collection.",
        "In the backstroke, Patton was beaten by a swimmer from Wichita Heights.",
        "Wichita North took first place in the diving for the second year in a row.",
        "Wichita East won the freestyle relay, and its coach said he was proud of them.",
    ]
)


def test_an_article_in_short_paragraphs_is_found():
    # no line reaches length_high (150 characters): the article is judged with shorter good lines
    assert all(len(p) < ArticleRegion().length_high for p in SHORT_PARAGRAPHS.split("\n\n"))
    page = f"{MENU}\n\n{HEADLINE}\n\n{SHORT_PARAGRAPHS}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{SHORT_PARAGRAPHS}"
    off = Cleaner(detectors=[ArticleRegion(short_paragraph_length=None)])
    assert off.clean(page) == page


def test_a_page_of_two_equal_short_pieces_is_kept_whole():
    # two pictures' captions, each among its own links: neither is the article (the site's menu goes)
    links = "\n\n".join(f"More {s} pictures" for s in SECTIONS)
    caption = "The photographer took this picture of the {} at the market in the early morning."
    pieces = f"{caption.format('bakers')}\n\n{links}\n\n{caption.format('tailors')}\n\n{links}\n\n{FOOTER}"
    page = f"{MENU}\n\n{pieces}"
    assert cleaner_with_region.clean(page) == pieces
    # one caption holds half the prose: enough for an article of long lines, not of short ones
    assert Cleaner(detectors=[ArticleRegion(short_paragraph_min_share=0.3)]).clean(page) not in (page, pieces)


def test_a_credit_under_each_picture_does_not_cut_the_article():
    credit = "Image copyright\n\nGetty Images"
    paragraphs = [
        "A row involving a singer and her former record label has been settled, the label says.",
        "The group that owns most of her music says she will be allowed to play her old songs.",
        "She had accused them of trying to stop her performing at an awards show next week.",
        "The company said on Monday that she never needed its permission in the first place.",
        "Her fans had started a campaign online, and two senators spoke up for her as well.",
        "The awards show will go ahead on Sunday night, with her performance as its last act.",
        "Tickets for the show sold out within an hour of going on sale, the organisers said.",
        "The label has not said whether it will now let her use the songs in a documentary.",
    ]
    body = f"\n\n{credit}\n\n".join("\n\n".join(paragraphs[i : i + 2]) for i in range(0, 8, 2))
    page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{FOOTER}"
    kept = cleaner_with_region.clean(page)
    assert all(p in kept for p in paragraphs)
    assert "Sign in" not in kept and "Privacy policy" not in kept


def test_a_page_of_a_hundred_short_lines_needs_no_site_labels():
    # the menu is one line of links; below the article, a list of 150 company names
    companies = "\n".join(f"Company {n} Ltd" for n in range(150))
    menu = "Mutual Funds | Portfolio Tracker | RSS Feeds | Search"
    page = f"{menu}\n\n{HEADLINE}\n\n{BODY}\n\n{companies}"
    assert cleaner_with_region.clean(page) == f"{menu}\n\n{HEADLINE}\n\n{BODY}"  # one line above is too few to judge
    # the same list with a shorter tail is not enough to call the text a page
    short = f"Mutual Funds | Portfolio Tracker | RSS Feeds | Search\n\n{HEADLINE}\n\n{BODY}\n\n" + "\n".join(
        f"Company {n} Ltd" for n in range(40)
    )
    assert cleaner_with_region.clean(short) == short


def test_teasers_glued_to_their_headlines_are_not_the_article():
    teasers = "\n\n".join(
        [
            "Police: Two In Custody After Death Of Student-AthleteA 24-year-old woman and a man were taken into custody after the death of a student at the university on Friday night.",
            "Customers Leave Without Paying $690 Bill At SteakhouseA party of six left the restaurant without paying their bill after ordering several bottles of wine, the owner said.",
            "State To Mail Redistricting Panel Applications To 250,000The state will mail applications for its new redistricting commission to a quarter of a million voters this month.",
            "Mayor: Move For Health Benefits Won’t StandThe mayor says it was despicable for members of the council to vote themselves health benefits for the rest of their lives.",
        ]
    )
    page = f"{MENU}\n\n{teasers}\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def _teasers_cut_off(headlines: list[str], ledes: list[str]) -> str:
    return "\n\n".join(f"{h}\n\n{lede}" for h, lede in zip(headlines, ledes))


TEASER_HEADLINES = [
    "Ferry service to the islands to resume next week",
    "School board approves the new budget after long debate",
    "Hospital opens a children's wing after four years of work",
    "Farmers warn that the dry spring will push up prices",
]
TEASER_LEDES = [
    "The ferry company said on Tuesday that its boats would sail to the islands again from Monday, after the harbour repairs that kept them in port for most of the winter were finished ahead of...",
    "The school board voted by five to two to approve a budget that adds three teachers and a new bus route, after a meeting that ran past midnight and heard from more than forty parents who...",
    "The new wing has thirty beds and a playroom, and the hospital said it would let children who need long treatment stay close to their families instead of travelling to the city, which...",
    "Farmers in the valley said the driest spring in twenty years had left their fields short of water, and that the price of vegetables in the shops was likely to rise before the summer, as...",
]


def test_summaries_cut_off_under_their_headlines_are_teasers_not_the_article():
    # each summary ends in an ellipsis: excerpts of other pages, more prose than the article
    page = f"{MENU}\n\n{_teasers_cut_off(TEASER_HEADLINES, TEASER_LEDES)}\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_paragraphs_of_the_article_that_trail_off_are_the_articles():
    # two paragraphs in a row that trail off, or three far apart: the article's own
    trailing = [p[:-1] + "..." for p in BODY.split("\n\n")]
    two = "\n\n".join([trailing[0], trailing[1], BODY.split("\n\n")[2]])
    more = [lede.replace("...", "the end of the month.") for lede in TEASER_LEDES] + [
        "Engineers will inspect the other two bridges in the city before the end of the year, and the council said it would publish what they find as soon as the reports are ready for the public to read.",
        "The last time the old bridge was closed for repairs was in the spring of 1998, when the work took almost a year and the council was criticised for letting the costs run far above the first estimate.",
    ]
    far = "\n\n".join([trailing[0], *more[:3], trailing[1], *more[3:], trailing[2]])
    for body in (two, far):
        page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{FOOTER}"
        assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}"


def test_a_name_glued_in_the_article_is_not_a_teaser():
    # "McCoy" and "DeAngelis" glue case too: one or two such lines are the article's
    body = BODY.replace("The mayor said", "Mayor Frost and Judge McCoy Of The County Court said")
    page = f"{MENU}\n\n{HEADLINE}\n\n{body}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}"


def test_comments_can_be_kept_with_the_article():
    comment = (
        "Reply\n\nRating: {n} Votes\n\nI think the council should have closed the bridge years ago, because everybody"
        " in this town knew that it was falling apart and nothing was ever done about it until now, which is typical."
    )
    comments = "\n\n".join(comment.format(n=n) for n in range(12))
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n12 Comments\n\n{comments}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"
    kept = Cleaner(detectors=[ArticleRegion(keep_comments=True)]).clean(page)
    assert kept.startswith(f"{HEADLINE}\n\n{BODY}") and "which is typical." in kept
    assert "Sign in" not in kept  # the menu still goes


TEASERS = "\n\n".join(
    [
        "Buses to replace trams on the east side",
        "The last tram will run on Sunday night.",
        "Mayor presents the budget for next year",
        "More money for schools, less for roads.",
        "Weather warning for the weekend",
        "Storms are expected from Saturday noon.",
        "Photos of the week",
        OPINIONS[2],
        "Letters to the editor",
        OPINIONS[3],
    ]
)


def test_a_list_of_teasers_after_its_lead_in_is_not_the_article():
    # teasers with their blurbs, as much prose as a short article, below "You may also like":
    # the page goes from the lead-in on
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nYou may also like\n\n{TEASERS}\n\n{FOOTER}"
    result = cleaner_with_region.explain(page)
    assert result.text == f"{HEADLINE}\n\n{BODY}"
    assert "list of teasers after the article" in {s.reason for s in result.removed}


def test_the_article_that_resumes_below_a_box_of_links_stays():
    # a short "Related:" box between two paragraphs of the article: the article goes on below it
    first, second, third = BODY.split("\n\n")
    box = "Related:\n\nBuses to replace trams on the east side\n\nMayor presents the budget for next year"
    page = f"{MENU}\n\n{HEADLINE}\n\n{first}\n\n{second}\n\n{box}\n\n{third}\n\n{OPINIONS[3]}\n\n{FOOTER}"
    kept = cleaner_with_region.clean(page)
    assert third in kept and OPINIONS[3] in kept


METADATA = "\n\n".join(["2019-11-19T08:57:40+01:00", "https://img.example.com/bridge-500-250.jpg", "500", "250", "ExampleMedia"])


def test_an_article_that_goes_on_after_repeating_its_opening_is_not_a_copy():
    # the opening printed again, then paragraphs the article has not had yet: no copy, nothing lost
    more = "\n\n".join(OPINIONS[:2])
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{METADATA}\n\n{BODY}\n\n{more}\n\n{FOOTER}"
    kept = cleaner_with_region.clean(page)
    assert OPINIONS[0] in kept and OPINIONS[1] in kept


REPRINTS = (
    "Reprints: this copy is for your personal, non-commercial use only. To order presentation-ready copies "
    "for distribution to your colleagues, clients or customers, use the order form on our reprints page."
)


@pytest.mark.parametrize(
    "article, copies",
    [
        # the same article three times, each copy after a block of metadata (for other devices)
        (BODY, f"{METADATA}\n\n{BODY}\n\n{METADATA}\n\n{BODY}"),
        # the copy's first paragraphs come back, not the region's first (a notice above the article)
        (f"{REPRINTS}\n\n{BODY}", f"{METADATA}\n\n{BODY}"),
    ],
)
def test_an_article_printed_again_is_flagged_once(article, copies):
    page = f"{MENU}\n\n{HEADLINE}\n\n{article}\n\n{copies}\n\n{FOOTER}"
    result = cleaner_with_region.explain(page)
    assert result.text == f"{HEADLINE}\n\n{article}"
    assert "the article printed again" in {s.reason for s in result.removed}


def test_two_captions_printed_twice_above_the_article_are_no_copy_of_it():
    captions = "\n\n".join(OPINIONS[:2])
    page = f"{MENU}\n\n{HEADLINE}\n\n{captions}\n\n{captions}\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page).endswith(BODY)


def _teasers_below(article: str, lead_in: str, heads: list[str], byline: str) -> str:
    """A page whose article is followed by a lead-in and teasers: each a headline, a byline
    (``byline`` with the writer's ``{name}``) and a blurb of prose."""
    teasers = "\n\n".join(
        f"{head}\n\n{byline.format(name=name)}\n\n{blurb}" for head, name, blurb in zip(heads, WRITERS, OPINIONS)
    )
    return f"{MENU}\n\n{HEADLINE}\n\n{article}\n\n{lead_in}\n\n{teasers}\n\n{FOOTER}"


def _teasers_after(lead_in: str) -> str:
    heads = ["Buses to replace trams", "Mayor on the budget", "Weather warning"]
    return _teasers_below(f"{BODY}\n\n{OPINIONS[3]}", lead_in, heads, "{name}, Example Media")


def test_teasers_whose_blurbs_follow_the_lead_in_at_once_are_not_the_article_resuming():
    # each teaser a headline, a byline and a blurb of prose: paragraphs, but never two in a row
    assert cleaner_with_region.clean(_teasers_after("Related Stories")) == f"{HEADLINE}\n\n{BODY}\n\n{OPINIONS[3]}"


def test_teasers_after_a_lead_in_that_names_the_site_are_not_the_article_resuming():
    result = cleaner_with_region.explain(_teasers_after("More from Example Media"))
    assert result.text == f"{HEADLINE}\n\n{BODY}\n\n{OPINIONS[3]}"
    assert "list of teasers after the article" in {s.reason for s in result.removed}


def test_a_lead_in_that_names_the_site_needs_blurbs_below_it():
    # the article resuming below such a line (paragraphs in a row) is the article's
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nMore from Example Media\n\n{OPINIONS[0]}\n\n{OPINIONS[1]}\n\n{FOOTER}"
    assert OPINIONS[1] in cleaner_with_region.clean(page)


TEASER_HEADS = [
    "Buses to replace trams on the east side", "Mayor presents the budget for next year",
    "Weather warning for the weekend", "New school opens in the north",
]


def _dated_teasers_after(lead_in: str) -> str:
    # each teaser a headline, a byline, a date and a blurb, as one template prints them
    return _teasers_below(BODY, lead_in, TEASER_HEADS, "{name}\n\nTuesday November 19, 2019")


def test_teasers_printed_alike_below_more_and_the_site_name_are_not_the_article():
    # "More Example Times": no lead-in of the teaser detector's, as "More" starts many a heading;
    # but the blurbs below come at one step, headline, byline and date between each two
    result = cleaner_with_region.explain(_dated_teasers_after("More Example Times"))
    assert result.text == f"{HEADLINE}\n\n{BODY}"
    assert "list of teasers after the article" in {s.reason for s in result.removed}


def test_paragraphs_at_uneven_steps_below_more_and_a_name_are_the_article_resuming():
    # a box of links inside the article ("More Example Times" over headlines); the article goes on
    # below it, its paragraphs parted by subheadings and captions, never two in a row, but unevenly
    rest = (
        f"{OPINIONS[0]}\n\nWhat the engineers found\n\n{OPINIONS[1]}\n\nThe old bridge in 1950.\n\n"
        f"Photo: city archive\n\nThe bridge in 1950\n\n{OPINIONS[2]}\n\nWhat comes next\n\n{OPINIONS[3]}"
    )
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nMore Example Times\n\n" + "\n\n".join(TEASER_HEADS) + f"\n\n{rest}\n\n{FOOTER}"
    kept = cleaner_with_region.clean(page)
    assert OPINIONS[0] in kept and OPINIONS[3] in kept


def test_headlines_below_a_lead_in_that_names_the_site_end_the_article():
    # "More Great Example Stories" over headlines alone, no blurbs; then the writer's bio and the
    # site's blurb, prose but no article resuming (never two paragraphs in a row): all page
    bio = ("Jane Doe is a staff writer at Example Media covering transport, housing and city politics. "
           "She was formerly an editor at the Example Times.")
    blurb = ("Example Media is where the city's news is made. It is the essential source of information "
             "and ideas that make sense of a city in constant transformation.")
    below = "\n\n".join([*TEASER_HEADS, bio, "Staff Writer", "Featured Video", blurb])
    result = cleaner_with_region.explain(_short_article_over("More Great Example Media Stories", below))
    assert result.text == f"{HEADLINE}\n\n" + "\n\n".join(BODY.split("\n\n")[:2])
    assert "list of teasers after the article" in {s.reason for s in result.removed}


@pytest.mark.parametrize(
    "heads, subheading",
    [(TEASER_HEADS[:2], ""), (TEASER_HEADS + [h + " again" for h in TEASER_HEADS], ""),
     (TEASER_HEADS[:1], "What comes next")],
)
def test_the_article_resuming_below_headlines_under_such_a_lead_in_stays(heads, subheading):
    # paragraphs below the headlines, in a row or soon after them: a box of links inside the article
    below = "\n\n".join([*heads, OPINIONS[0], *([subheading] if subheading else []), OPINIONS[1]])
    kept = cleaner_with_region.clean(_short_article_over("More Great Example Media Stories", below))
    assert OPINIONS[0] in kept and OPINIONS[1] in kept


def _short_article_over(lead_in: str, below: str) -> str:
    article = "\n\n".join(BODY.split("\n\n")[:2])
    return f"{MENU}\n\n{HEADLINE}\n\n{article}\n\n{lead_in}\n\n{below}\n\n{FOOTER}"


def test_teasers_blurbs_end_the_article_however_much_prose_they_hold():
    # four blurbs below "You may also like" hold more prose than the two paragraphs above:
    # still teasers, as no two paragraphs stand in a row anywhere below
    teasers = "\n\n".join(f"{head}\n\n{blurb}" for head, blurb in zip(TEASER_HEADS, OPINIONS))
    result = cleaner_with_region.explain(_short_article_over("You may also like", teasers))
    assert result.text == f"{HEADLINE}\n\n" + "\n\n".join(BODY.split("\n\n")[:2])
    assert "list of teasers after the article" in {s.reason for s in result.removed}


def test_an_article_below_a_lead_in_with_paragraphs_in_a_row_stays():
    # a guide in sections below the lead-in, one paragraph under each heading at first (like
    # blurbs), two paragraphs in a row further down: an article goes on there, and the prose
    # below outruns the article above, so the lead-in sits over the article and ends nothing
    sections = "\n\n".join(
        f"Step {n}\n\nIn step {n} of the repairs the workers will take away the old plates on the "
        f"{n}th span of the bridge and put new ones in their place, which the engineers say will take "
        f"about {n + 2} days if the weather stays dry."
        for n in range(1, 22)
    )
    below = f"{sections}\n\n{OPINIONS[2]}\n\n{OPINIONS[3]}"
    kept = cleaner_with_region.clean(_short_article_over("You may also like", below))
    assert "In step 1 of the repairs" in kept and OPINIONS[3] in kept


CODE = "\n".join(["rekt: {", *["    list: [", "        list: [", "        ]", "    ]"] * 4, "}"])


def test_the_opening_above_code_inside_the_article_is_the_article():
    # a block of code costs the densest run more than its lines add: the run starts below it,
    # and the article's first paragraphs, above the code, are still the article's (Readability's
    # ars-1 page: a JSON payload in the middle of the story)
    first, second, third = BODY.split("\n\n")
    below = "\n\n".join([third, *OPINIONS])
    page = f"{MENU}\n\n{HEADLINE}\n\n{first}\n\n{second}\n\n{CODE}\n\n{below}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{first}\n\n{second}\n\n{CODE}\n\n{below}"


def test_a_paragraph_far_shorter_than_the_article_above_a_gap_is_no_opening_of_it():
    # a teaser's blurb over a few lines of tags: far less prose than the article's, not its opening
    blurb = ("The cinema listings for the weekend are out now, with two new films from Friday and a late show"
             " on Saturday night for all of the fans who could not get a ticket in the week.")
    tags = "\n\n".join(["Cinema Listings: Films, Premieres, Tickets, Late Shows, Reviews",
                         "Weekend Guide: Concerts, Markets, Theatre, Museums, Restaurants",
                         "Photo Gallery: Sunsets, Beaches, Mountains, Forests, Lakes"])
    body = "\n\n".join([BODY, *OPINIONS])
    page = f"{MENU}\n\n{blurb}\n\n{tags}\n\n{HEADLINE}\n\n{body}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}"


@pytest.mark.parametrize(
    "gains",
    [[], [-12.0], [30.0, -12.0, -12.0, 40.0, -3.0, 9.3], [5.0, -20.0, 60.0, -12.0, 18.0, -12.0, -12.0, 25.0], [-3.0, -3.0, 0.3, -12.0]],
)
def test_the_densest_runs_above_and_below_each_line_are_those_of_best_region(gains):
    from cleaner.detectors.article.scoring import _densest_before, _densest_from, best_region

    assert _densest_before(gains) == [best_region(gains[:i])[1] for i in range(len(gains) + 1)]
    assert _densest_from(gains) == pytest.approx([best_region(gains[i:])[1] for i in range(len(gains) + 1)])


SIDEBAR = "\n\n".join(
    [
        "Testimonials“As someone trying to get a small shop going on the river front, both time and money are short, and this guide told me what to do first, what to leave for later and what to skip altogether, which saved me weeks.”",
        "BooksJuly, 2019: The River Guide is out and selling in every shop in town! Looking for the PDF version of the guide, or for the audio book that was read for us by the mayor herself? Both are on the shop page.",
        "AboutJane Doe Jane Doe is the author of The River Guide and has written about the city and its bridges for the local paper for more than twenty years, and she hosts a weekly programme on the radio.",
    ]
)
TRAIL = f"Home / Local news / {HEADLINE}"


def test_a_breadcrumb_trail_ending_in_the_headline_starts_the_article():
    # the sidebar's prose above outweighs the article's: only the trail tells where the article starts
    page = f"{MENU}\n\n{SIDEBAR}\n\n{TRAIL}\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}"
    result = cleaner_with_region.explain(page)
    assert result.text == f"{HEADLINE}\n\n{BODY}"
    assert "above the headline a breadcrumb trail names" in {s.reason for s in result.removed}


def test_a_breadcrumb_trail_names_only_a_line_just_below_it():
    far = f"{MENU}\n\n{SIDEBAR}\n\n{TRAIL}\n\nLocal news\n\nUpdated daily\n\nBy Jane Doe\n\n{HEADLINE}\n\n{BODY}\n\n{FOOTER}"
    assert SIDEBAR.split("\n\n")[0] in cleaner_with_region.clean(far)
    # printed again in the footer, over the headline's last copy, the trail names nothing
    footer = f"{MENU}\n\n{SIDEBAR}\n\n{HEADLINE}\n\n{BODY}\n\n{TRAIL}\n\n{HEADLINE}\n\n{FOOTER}"
    assert SIDEBAR.split("\n\n")[0] in cleaner_with_region.clean(footer)


def test_a_breadcrumb_trail_is_spaced_steps_ending_in_a_title():
    from cleaner.detectors.article.shapes import _trail_end

    assert _trail_end("Home » Recipes » Cake Recipes » Chocolate Buttercream Frosting") == "chocolate buttercream frosting"
    assert _trail_end(TRAIL) == "council votes to close the old river bridge for repairs"
    assert _trail_end("Buy tickets for trams and/or buses at the kiosk") is None  # "/" unspaced
    assert _trail_end("Home / News") is None  # a one-word last step: a section, not a title
    assert _trail_end(HEADLINE) is None


def test_a_breadcrumb_trail_naming_a_section_above_the_headline_moves_nothing():
    page = f"{MENU}\n\nHome > Blogs > River Bridge Blog\n\nRiver Bridge Blog\n\n{HEADLINE}\n\nBy Jane Doe\n\n{BODY}\n\n{FOOTER}"
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\nBy Jane Doe\n\n{BODY}"


OTHER_HEADLINES = [
    "How to Keep the Old River Bridge Open in Winter",
    "Ten Things to Know About the New City Bus Routes",
    "Why the Harbour Board Wants a Second Ferry Line",
    "Mayor Presents the Budget for the Coming Year Today",
    "Shop Owners on Both Banks Ask for Longer Opening Hours",
    "The Best Walks Along the River This Summer Season",
]
BIO = (
    "Jane Doe has written about the city, its river and its bridges for the local paper for more than twenty "
    "years, and she hosts a weekly programme on the radio about the people who live and work along the water."
)


def _dated(headlines: list[str]) -> str:
    """A list of other stories: each headline under its date."""
    return "\n\n".join(f"{n + 1:02}/05/2012\n\n{h}" for n, h in enumerate(headlines))


def _below_teasers(items: str) -> str:
    """A page with a menu and two readers' letters below the article (more prose than half the
    article's, so not all below it goes as chrome), then a list of other stories, then the footer."""
    menu = "\n\n".join(" | ".join(SECTIONS[k:] + SECTIONS[:k]) for k in range(6))  # six long lines of labels
    return f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{menu}\n\n{OPINIONS[0]}\n\n{OPINIONS[1]}\n\n{items}\n\n{FOOTER}"


def test_a_list_of_other_stories_headlines_below_the_article_goes():
    # the dated headlines go with the footer, though each is long enough to be no short line
    kept = cleaner_with_region.clean(_below_teasers(_dated(OTHER_HEADLINES)))
    assert BODY in kept and OPINIONS[1] in kept
    assert not any(h in kept for h in OTHER_HEADLINES)


def test_lines_in_sentence_case_are_no_list_of_headlines():
    items = _dated([h[0] + h[1:].lower() for h in OTHER_HEADLINES])
    assert items in cleaner_with_region.clean(_below_teasers(items))


def _chrome_above(titles: list[str]) -> bool:
    """Whether four menu labels and lines of titles above an article are page chrome."""
    from cleaner.detectors.article import revise

    region = ArticleRegion()
    lines = page_features(Document("\n\n".join(["Home", "News", "Sport", "Business", *titles]))).lines
    first_pass, wrapped = region._first_pass(lines)
    gains = region._gains(first_pass, revise(first_pass), lines)
    return region._is_page_chrome(range(len(lines)), first_pass, lines, gains, 100.0, wrapped)


def test_a_list_of_other_stories_headlines_above_the_article_is_chrome():
    # long enough to be no short lines, the headlines in a row make the lines above the article chrome
    assert _chrome_above(OTHER_HEADLINES)


@pytest.mark.parametrize("titles", [OTHER_HEADLINES[:3], [h[0] + h[1:].lower() for h in OTHER_HEADLINES]])
def test_a_few_headlines_or_lines_in_sentence_case_are_no_list(titles):
    assert not _chrome_above(titles)


SIDEBAR_BELOW = "\n\n".join(
    ["About this blog", OPINIONS[0], "Recommended reading", OPINIONS[1], "Our sponsors", OPINIONS[2]]
)


def test_the_page_below_a_posts_closed_comments_is_not_the_article():
    # the sidebar below holds prose of its own, as much as the article: only the notice tells the post ends
    page = f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nNo comments yet\n\nComments are closed.\n\n{SIDEBAR_BELOW}\n\n{FOOTER}"
    result = cleaner_with_region.explain(page)
    assert result.text == f"{HEADLINE}\n\n{BODY}"
    assert "below the post's closed comments" in {s.reason for s in result.removed}


def test_a_notice_of_closed_comments_under_each_post_of_a_front_page_ends_nothing():
    titles = ["Council votes to close the old river bridge", "Ferry timetable changes for the summer", "New buses for the river crossing"]
    posts = [f"{t}\n\n{BODY.replace('bridge', w)}\n\nComments are closed." for t, w in zip(titles, ["bridge", "ferry", "bus"])]
    page = f"{MENU}\n\n" + "\n\n".join(posts) + f"\n\n{SIDEBAR_BELOW}\n\n{FOOTER}"
    kept = cleaner_with_region.clean(page)
    assert BODY.replace("bridge", "bus") in kept


SLIDESHOW_CAPTIONS = [
    "Workers lift the first of the new steel supports into place above the river on a cold morning, while a crane on the far bank waits to take the second one across the water.",
    "A crowd of children watches from the old stone wall as the barge carrying the bridge's spare parts passes under the arches on its way to the yard downstream of the town.",
    "The chief engineer shows visitors the corroded bolts that were taken out of the bridge last year, and explains why the metal had worn away so much faster than anyone had expected.",
    "Shop owners on the east bank put up signs for the temporary ferry that will carry people across the river for free while the bridge is closed during the summer and the autumn.",
    "Painters in harnesses hang from the side of the bridge as they strip away the last of the old coats of paint, some of which had been there since the bridge was first opened.",
]


def _slideshow_below_the_article(label: str) -> str:
    captions = "\n\n".join(SLIDESHOW_CAPTIONS)
    return f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\nAlso on Example Media:\n\n{label}\n\n{captions}\n\n{FOOTER}"


@pytest.mark.parametrize("label", ["Loading Slideshow", "Photo Gallery"])
def test_another_storys_slideshow_below_a_lead_in_is_not_the_article(label):
    # the captions hold more prose than the article, yet the lead-in and the slideshow's label
    # say they are another story's
    result = cleaner_with_region.explain(_slideshow_below_the_article(label))
    assert result.text == f"{HEADLINE}\n\n{BODY}"
    assert "list of teasers after the article" in {s.reason for s in result.removed}


def test_prose_below_a_lead_in_without_a_slideshows_label_is_judged_as_before():
    # a headline below the lead-in, not a slideshow's label: more prose below than above keeps
    # the lead-in from cutting the page there
    kept = cleaner_with_region.clean(_slideshow_below_the_article("Bridge repairs through the years"))
    assert SLIDESHOW_CAPTIONS[-1] in kept


def _comments_with_permalinks(footer: str) -> str:
    # each comment's text, then its own footer: a date, a time and a link to the comment
    comments = "\n\n".join(
        f"{OPINIONS[n % len(OPINIONS)]}\n\n{footer.format(name=name, day=10 + n, hour=8 + n)}" for n, name in enumerate(WRITERS)
    )
    return f"{MENU}\n\n{HEADLINE}\n\n{BODY}\n\n{len(WRITERS)} Comments\n\n{comments}\n\n{FOOTER}"


@pytest.mark.parametrize(
    "footer",
    [
        "Sunday, July {day}, 2012 at {hour}:37 pm | Permalink",
        "Posted by {name} on November {day}, 2012 at {hour}:56 am | permalink | Reply",
    ],
)
def test_a_count_of_comments_heads_them_when_each_comment_links_to_itself(footer):
    # no line repeats (each footer has its own date and time), but each is a comment's permalink
    result = cleaner_with_region.explain(_comments_with_permalinks(footer))
    assert result.text == f"{HEADLINE}\n\n{BODY}"


def test_a_sentence_that_names_a_permalink_is_no_comments_link():
    # prose of the comments' length that speaks of permalinks: the count heads no comment section
    footer = "Every post on this blog has a permalink that the readers can use to share it with their friends."
    page = _comments_with_permalinks(footer)
    assert OPINIONS[1] in cleaner_with_region.clean(page)


ONE_SENTENCE_POST = "The old river bridge closed this morning, and the first buses of the new route were already full by eight."


def _linked_thread() -> str:
    # each comment: its writer, the date and a link to it, then its text
    return "\n\n".join(
        f"{name}\n\nOctober {day}, 2012, | Permalink\n\n{OPINIONS[n % len(OPINIONS)]}"
        for n, (name, day) in enumerate(zip(WRITERS, range(2, 10)))
    )


def test_a_short_post_over_comments_that_link_to_themselves_is_the_article():
    # a post of one sentence, far below the prose an article needs above a comment section, and
    # a long thread below its count: the thread goes, the post stays
    page = f"{MENU}\n\n{HEADLINE}\n\n{ONE_SENTENCE_POST}\n\n{len(WRITERS)} Comments\n\n{_linked_thread()}\n\n{FOOTER}"
    result = cleaner_with_region.explain(page)
    assert result.text == f"{HEADLINE}\n\n{ONE_SENTENCE_POST}"
    assert "comment thread after the article" in {s.reason for s in result.removed}


def test_a_count_of_comments_above_the_article_heads_no_thread_of_linked_comments():
    # the count printed under the headline, over the article's paragraphs: the comments below
    # it do not start at once, so the article stays
    page = f"{MENU}\n\n{HEADLINE}\n\n{len(WRITERS)} Comments\n\n{BODY}\n\n{_linked_thread()}\n\n{FOOTER}"
    assert BODY in cleaner_with_region.clean(page)


def test_a_post_of_one_line_judged_bad_by_its_neighbours_is_still_the_article_over_linked_comments():
    # a title too short for a headline and one sentence of a post: the first pass finds the
    # sentence near-good, its short neighbours make it bad, and the densest run above the
    # comments holds nothing; the sentence right above them is the post
    # (the first comment ends in its writer's web address, a bad line, as on a fashion blog)
    first = f"{WRITERS[0]}\n\nOctober 1, 2012, | Permalink\n\nGorgeous!\n\nhttp://www.example-style-diary.blogspot.com"
    page = f"{MENU}\n\nAT THE BRIDGE\n\n{ONE_SENTENCE_POST}\n\n{len(WRITERS) + 1} Comments\n\n{first}\n\n{_linked_thread()}\n\n{FOOTER}"
    out = cleaner_with_region.clean(page)
    assert out.endswith(ONE_SENTENCE_POST)
    assert not any(opinion in out for opinion in OPINIONS)


def _comment_headings_in(text: str) -> list[str]:
    """The lines of a text that the region takes for comment-section headings."""
    lines = page_features(Document(text)).lines
    first_pass = [GOOD if f.words >= 12 else SHORT for f in lines]
    return [lines[i].line.text for i in ArticleRegion()._heading_lines(lines, first_pass, 0)]


@pytest.mark.parametrize("others", [["Results", "Conclusions"], ["3. Ergebnisse", "Literatur"], ["Methods", "References"]])
def test_discussion_between_a_papers_other_sections_heads_the_paper(others):
    # "Discussion" heads a research paper's section when the page prints two of its other sections
    before, after = others
    paper = "\n\n".join([before, OPINIONS[0], "Discussion", OPINIONS[1], after, OPINIONS[2], "12 Comments", OPINIONS[3]])
    assert _comment_headings_in(paper) == ["12 Comments"]


def test_discussion_with_one_paper_section_on_the_page_heads_the_comments():
    page = "\n\n".join(["Results", OPINIONS[0], "Discussion", OPINIONS[1], OPINIONS[2]])
    assert _comment_headings_in(page) == ["Discussion"]


TABLE_INTRO = "Following are the states of a task in the store and the timestamps that each of them updates:"


@pytest.mark.parametrize("intro, heads", [(TABLE_INTRO, False), (TABLE_INTRO.rstrip(":") + ".", True)])
def test_a_column_headed_comment_in_a_table_is_no_comment_heading(intro, heads):
    # "Comment" in a table's header row, under the sentence that introduces the table
    table = ["Entity status", "Assoc status", "Next trigger", "Comment", "new", "new", "scheduled", "Pick it up."]
    found = _comment_headings_in("\n\n".join([OPINIONS[0], intro, *table, OPINIONS[1]]))
    assert found == (["Comment"] if heads else [])


@pytest.mark.parametrize(
    "between", [[f"Cell {n}" for n in range(8)], ["Share this", "Readers told us what they thought of the plan"]]
)
def test_a_comment_heading_below_more_than_a_header_row_is_a_heading(between):
    # too many cells, or a line too long for one, between the colon and the heading
    assert _comment_headings_in("\n\n".join([TABLE_INTRO, *between, "Comment", OPINIONS[1]])) == ["Comment"]


TEST_CODE = "\n".join([
    "@override_settings(STATIC_DIRS=('static',))", "class BridgeTests(LiveServerTestCase):",
    *["@classmethod", "def setUpClass(cls):", "cls.browser = webdriver.Firefox()", "super().setUpClass()"] * 2,
    "@classmethod", "def tearDownClass(cls):", "cls.browser.quit()", "super().tearDownClass()",
    "def test_bridge(self):", "self.browser.get(self.live_server_url)", "total = int(results.text)",
])


def _resumed_over(gap: list[str]) -> bool:
    """Whether the article grows over ``gap`` to the prose below it: four paragraphs above
    (held 240), the gap, then a paragraph, a block of five lines of code (-60), three paragraphs."""
    prose = [f"{OPINIONS[k % 4]} ({k})" for k in range(8)]
    more_code = ["import os", "from bridge import span", "total = span(3)", "span.close()", "# done"]
    texts = [*prose[:4], *gap, prose[4], *more_code, *prose[5:]]
    lines = page_features(Document("\n".join(texts))).lines
    gains = [60.0 if t in prose else -12.0 for t in texts]
    first_pass = [GOOD if t in prose else SHORT for t in texts]
    end = len(texts) - 1
    return ArticleRegion()._resumed(lines, first_pass, gains, 0, 3, len(texts)) == end


def test_the_prose_below_code_is_counted_by_what_it_holds():
    # below a block of code, more code parts the paragraphs: the run over both holds 240 of prose
    # (as much as the article above) though its total is 180
    assert _resumed_over(TEST_CODE.split("\n")[:6])
    # below a gap of short lines that are no code, the run's total must reach the article's
    assert not _resumed_over(["Photo", "Close", "Next", "Previous", "Gallery", "Home page"])


RECIPE_INTRO = (
    "Nothing says summer like a tray of lemon bars cooling on the kitchen table, and this version, which my "
    "grandmother baked for every family picnic, needs only a handful of things that you probably have at home."
)
# printed as a recipe site prints them: the amount on one line, what to take on the next
INGREDIENTS = ["Ingredients", "For the crust:", *[line for pair in [
    ("2 cups", "flour"), ("1/2 cup", "sugar"), ("1 cup", "butter, softened"), ("1 pinch", "salt"),
    ("1 tsp", "vanilla extract"), ("2 tbsp", "ground almonds"),
] for line in pair], "For the filling:", *[line for pair in [
    ("4", "eggs"), ("½ cup", "lemon juice"), ("1 1/2 cups", "sugar"), ("2", "lemons, zest only"),
    ("1/4 cup", "flour"), ("2 tbsp", "icing sugar"),
] for line in pair], "For the topping:", *[line for pair in [
    ("1 cup", "cream"), ("2 tbsp", "honey"), ("1/2 cup", "raspberries"), ("1 handful", "mint leaves"),
    ("3 tbsp", "flaked almonds"), ("1", "lime, juice only"), ("1 tsp", "cinnamon"), ("1 pinch", "sea salt"),
] for line in pair]]
RECIPE_STEPS = "\n\n".join([
    "Heat the oven to 180 degrees and line a square baking tin with paper, so that the bars can be lifted out "
    "in one piece once they have cooled down completely on the table.",
    "Rub the flour, the sugar and the butter together with your fingers until the mixture looks like coarse sand, "
    "then press it into the tin and bake it for about twenty minutes until it is golden.",
    "Whisk the eggs with the lemon juice and the rest of the sugar, pour the filling over the hot crust and bake "
    "the bars for another twenty minutes, until the middle no longer wobbles when you shake the tin.",
    "Leave the tin on a rack until the bars are cold, then lift them out by the paper, dust them with the icing "
    "sugar and cut them into squares with a long knife that you wipe clean after every cut.",
    "Whip the cream with the honey until it holds soft peaks, spoon a little onto each square and finish the "
    "bars with the raspberries, the mint, the almonds, a squeeze of lime and a pinch of cinnamon and salt.",
])


def _recipe_page(ingredients: list[str], intro: bool = True) -> str:
    head = ["Grandma's lemon bars for a summer picnic", *([RECIPE_INTRO] if intro else [])]
    return "\n\n".join([MENU, *head, *ingredients, "Directions", RECIPE_STEPS, FOOTER])


NO_RECIPE_STEP = Cleaner(detectors=[ArticleRegion(ingredients_max_lines=0)])


def test_a_recipes_ingredients_above_its_steps_are_the_article():
    # the ingredients are short lines, no prose: the densest run starts at the steps below them;
    # the region grows up over them to their heading, and on over the recipe's introduction
    page = _recipe_page(INGREDIENTS)
    assert cleaner_with_region.clean(page) == "\n\n".join(
        ["Grandma's lemon bars for a summer picnic", RECIPE_INTRO, *INGREDIENTS, "Directions", RECIPE_STEPS]
    )
    assert NO_RECIPE_STEP.clean(page) == RECIPE_STEPS


@pytest.mark.parametrize("heading", ["Zutaten", "Zutaten für 4 Personen", "Ingredients (serves 4)", "Ingrédients :"])
def test_an_ingredients_heading_with_the_servings_heads_the_list(heading):
    page = _recipe_page([heading, *INGREDIENTS[1:27]], intro=False)
    assert cleaner_with_region.clean(page).startswith(f"{heading}\n\nFor the crust:")


NO_AMOUNTS = [line for line in INGREDIENTS[1:27] if not line[0].isdigit() and line[0] != "½"]


@pytest.mark.parametrize("ingredients", [
    ["Ingredients to my shopping list", *INGREDIENTS[1:27]],  # a button, not the heading
    ["Ingredients", *NO_AMOUNTS, *NO_AMOUNTS],  # no amounts: a list of tags
    ["Ingredients", *INGREDIENTS[1:5], OPINIONS[0], *INGREDIENTS[5:27]],  # prose between: not one list
])
def test_no_recipe_without_its_heading_and_amounts_right_above_the_steps(ingredients):
    page = _recipe_page(ingredients, intro=False)
    assert cleaner_with_region.clean(page) == NO_RECIPE_STEP.clean(page)  # the step takes nothing in


def _product(n: int) -> list[str]:
    return [f"Pocket radio model {n}", "Runs for a week on two batteries", "Weatherproof case", f"${19 + n}.99",
            "Available from Amazon", "Buy Now"]


def _deals_page(products: int, lead_in: str = "Don't Miss:") -> str:
    boxes = [line for n in range(products) for line in _product(n)]
    return "\n\n".join([MENU, HEADLINE, BODY, lead_in, *boxes, FOOTER])


def test_the_products_a_deals_post_lists_are_the_article():
    # each product is short lines ending in "Buy Now": no prose, and a lead-in over them, yet the post's own
    boxes = [line for n in range(5) for line in _product(n)]
    assert cleaner_with_region.clean(_deals_page(5)) == "\n\n".join([HEADLINE, BODY, "Don't Miss:", *boxes])
    without = Cleaner(detectors=[ArticleRegion(shop_box_min_buttons=99)]).clean(_deals_page(5))
    assert without == f"{HEADLINE}\n\n{BODY}"


def test_a_shops_row_of_three_products_below_the_article_is_no_deals_post():
    assert cleaner_with_region.clean(_deals_page(3, "Recommended by our shop")) == f"{HEADLINE}\n\n{BODY}"


@pytest.mark.parametrize("line, button", [
    ("Buy Now", True), ("JETZT KAUFEN", True), ("See it at Amazon", True), ("Add to cart", True),
    ("Buy now and pay nothing for the first year of your subscription", False), ("Buy", False),
])
def test_a_shop_button_is_a_line_of_its_own(line, button):
    from cleaner.detectors.article.vocabulary import is_shop_button

    assert is_shop_button(len(line.split()), line) is button


def test_products_on_both_sides_of_a_menu_are_no_one_list():
    # a row in the page's footer after the menu's labels, another row before it: no deals post
    boxes = [line for n in range(5) for line in _product(n)]
    page = "\n\n".join([MENU, HEADLINE, BODY, *boxes[:12], "Contact", "Careers", *boxes[12:], FOOTER])
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{BODY}"


def test_lines_of_zero_width_spaces_cost_the_article_nothing():
    # a blog editor's empty paragraphs ("\u200b") around each photo's caption inside the article:
    # they hold nothing, so they part its paragraphs no more than blank lines do
    caption = "Jeongdong Theater Tradition Series Performance 2018 Festival Stage Photo"
    paragraphs = [OPINIONS[k % 4].replace("bridge", f"bridge ({k})") for k in range(6)]
    body = f"\n\n\u200b\n\n{caption}\n\n\u200b\n\n".join(paragraphs)
    page = "\n\n".join([MENU, HEADLINE, body, FOOTER])
    assert cleaner_with_region.clean(page) == f"{HEADLINE}\n\n{body}"


def test_lines_of_a_lone_symbol_cost_the_article_nothing():
    # a story's tool box between its paragraphs, whose icons left "*" lines in the dump: the
    # symbols are layout, neither article nor menu, so only the box's two labels part the
    # story's last short paragraphs from the rest of it (l3s-gn1 10abe0fd lost them)
    tools = ["Email to a friendPrinter friendly", "Font:", "*", "*", "*", "*"]
    rest = [
        "The crash set off the airbag of the bus, injuring the driver slightly.",
        "The other driver, a man of 83, was taken to hospital but was not hurt.",
        "Police later learned that his family had reported him missing on Wednesday.",
        "They believe the man may have been confused at the time of the crash.",
    ]
    page = "\n\n".join([MENU, HEADLINE, *BODY.split("\n\n")[:3], *tools, *rest, FOOTER])
    kept = cleaner_with_region.clean(page)
    assert kept.startswith(HEADLINE)
    assert all(paragraph in kept for paragraph in rest)


class _CountedReads(list):
    """A list that counts how often an item is read by index."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)


def test_chrome_below_a_long_page_is_judged_in_linear_work():
    # below the article, many menus (six short lines each) with prose between them: each menu
    # asks how much prose lies below it, which must not be summed again for every menu
    # (a dump of many pages in one text has thousands of them)
    runs = 400
    text = "\n".join("\n".join(SECTIONS[:6]) + "\n" + OPINIONS[k % 4].replace("bridge", f"bridge ({k})") for k in range(runs))
    lines = page_features(Document(text)).lines
    region = ArticleRegion()
    first_pass, wrapped = region._first_pass(lines)
    gains = _CountedReads([10.0 if c == GOOD else -1.0 for c in first_pass])
    block = range(0, len(lines))
    _CountedReads.reads = 0
    assert region._chrome_after(block, first_pass, lines, gains, 1.0, wrapped) == range(0)  # prose below every menu
    assert _CountedReads.reads <= 10 * len(block)
