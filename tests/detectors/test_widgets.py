import pytest

from cleaner.detectors import Widgets

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Like this: Like Loading...",
        "Like this: Like Loading... Related",
        "Be the first to like this.",  # the rest of WordPress.com's like and rating widgets
        "Rate this:",
        "About these ads",
        "Contact Us",  # a site menu's links, alone on a line
        "Site Map",
        "Advertise",
        "RSS Feed",
        "Log in",
        "About Us",
        "Give feedback",
        "Newsletters",
        "Gefällt mir: Gefällt mir Lade …",
        "12 Bloggern gefällt das:",
        "%d Bloggern gefällt das:",  # the count's placeholder, where the page's script did not run
        "Bloggen auf WordPress.com.",
        "J’aime ceci : J’aime chargement…",
        "(SCROLL DOWN FOR VIDEO)",
        "Back to top",
        "Back to the top",  # a long page's link back up, as each section prints it
        "Up to top",
        "To top",
        "Go to Google News",  # the link back to the aggregator over a story it hosts
        "skip to main |",
        "skip to sidebar",
        "Story continues",
        "Skip to primary content",
        "Jump to navigation Jump to search",  # a wiki's skip links, both on one line
        "Zur Navigation springen Zur Suche springen",
        "Post navigation",
        "Previous post",
        "Next Article",
        "Tweet",
        "\ue095 Pin",  # a share button after its icon font's glyph
        "Hosted by",  # a site's credit whose name or logo the scrape lost
        "Powered by:",
        "Designed & Developed by",
        "View my complete profile",
        "Post Comments (Atom)",
        "Article continues below",
        "Print",
        "Save to del.icio.us",
        "Proudly powered by WordPress",
        "Enlarge image",
        "Larger picture",  # an image's button
        "Enlarge",
        "Home",
        "Main",
        "Next »",
        "« Previous",
        "Reprints",
        "Shortlink",
        "Terms of Service",
        "Privacy Notice",
        "Refund Policy",  # a shop's footer link
        "Loading...",  # a one-word label the bank writes with its dots
        "“Start Quote",  # a pull quote's markers
        "TOP VIDEOS",  # a teaser box's label
        "Privacy Policy, Terms of Use",
        "Impressum",  # a site menu's or footer's label in other languages
        "Startseite",
        "Datenschutzerklärung",
        "Impressum | Datenschutz",
        "Zurück zur Übersicht",
        "Newsletter",
        "4 min read",  # a reading-time label
        "Lesezeit: 3 Minuten",
        "Empfohlener redaktioneller Inhalt",  # an embed's placeholder until the reader consents
        "Mentions légales",
        "Aviso legal",
        "Política de privacidade",
        "Note legali",
        "Политика конфиденциальности",
        "View larger image",
        "View the full gallery »",
        "See all 12 photos",
        "Photo 3 of 12",
        "Your Vote Matters! Vote Now!",
        "Under the Radar Blog Archives Select Date… July, 2017 June, 2017 May, 2017 April, 2017 March, 2017",
        '{% set textColor = "#565656" %} /* This sets the universal color of dark text on the site */',
        "https://weather.com/storms/winter/news/2018-01-04-some-long-path…",
    ],
)
def test_flags_widget_lines(flagged, line):
    assert flagged(Widgets(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_an_archive_list_of_months_one_a_line(flagged):
    months = ["November 2004", "October 2004 (12)", "September 2004", "August 2004"]
    text = f"{ARTICLE}\n\nArchives\n\n" + "\n\n".join(months)
    assert flagged(Widgets(), text) == ["Archives", *months]  # the heading: a site label alone


def test_months_as_headings_of_a_timeline_stay(flagged):
    text = "\n\n".join(f"{m}\n\n{ARTICLE}" for m in ["March 2004", "June 2004", "May 2005", "July 2006"])
    assert flagged(Widgets(), text) == []


def test_three_months_in_a_row_stay(flagged):
    text = f"{ARTICLE}\n\nMarch 2004\nJune 2004\nMay 2005"
    assert flagged(Widgets(), text) == []


def test_a_list_with_a_count_for_each_item(flagged):
    items = ["Basics (41)", "Blog (117)", "Business of Web Design (27)", "Reports: the mayor will be fined (1,145)"]
    text = f"{ARTICLE}\n\nCategories\n\n" + "\n\n".join(items) + f"\n\n{ARTICLE}"
    assert flagged(Widgets(), text) == ["Categories", *items]  # the heading: a site label alone


@pytest.mark.parametrize(
    "items",
    [
        ["Basics (41)", "Blog (117)", "Business of Web Design (27)"],  # three in a row
        ["Uschi (2002)", "De Laat & Lally (2004)", "Rovai (2001)", "Mason (1999)"],  # years: citations
        ["112 (15)", "0 89 (16)", "0 20 0 (0)", "0 77 0 (8)"],  # a table's rows, no item named
        ["carbon black;(11)", "a merger;(12)", "a joint venture;(13)", "a takeover;(14)"],  # footnote marks
    ],
)
def test_lists_that_are_no_counted_list_stay(flagged, items):
    text = f"{ARTICLE}\n\n" + "\n".join(items) + f"\n\n{ARTICLE}"
    assert flagged(Widgets(), text) == []


def test_highlights_box_at_the_top(flagged):
    text = (
        "Story highlights A protester pied the mayor in the face at a charity event Wednesday\n\n"
        "The two scuffled afterward, and the protester was taken to a hospital\n\n"
        "(CNN) Kevin Johnson was pied in the face by a man at a charity dinner Wednesday.\n\n"
        "The protester was taken to a hospital."
    )
    assert len(flagged(Widgets(), text)) == 2


def test_pointer_in_capitals_is_cut_from_the_end(flagged):
    text = "What do you think about this? Share this on Facebook or Twitter SCROLL DOWN FOR MORE"
    assert [s.strip() for s in flagged(Widgets(), text)] == ["SCROLL DOWN FOR MORE"]


@pytest.mark.parametrize(
    "text",
    [
        "Loading the truck took an hour.",
        "The story continues below the fold in print editions.",
        "Skip to the main points, she said.",
        "The previous post office closed in 1990.",
        "Print and email editions arrive on Monday.",
        "He sent a tweet.",
        "Contact:",  # a word alone that introduces what follows
        "Contact us at the town hall.",
        "Log in to your bank every day, the police advised.",
        "About us, the neighbours said little.",
        "Newsletters from the council arrive monthly.",
        "Kontakt:",
        "60 Minutes",  # a programme's name, not a reading time
        "It is a 4 min read, the editor said.",
        "Das Impressum der Seite nennt den Betreiber nicht.",
        "Video:",
        "Home.",
        "Home is where the budget hearings were held.",
        "The privacy policy changed in May, the company said.",
        "He liked this very much.",
        "Scroll down for more details, the manual says.",
        "Story highlights of the year included a royal wedding and the World Cup.",
        "In July, 2017 and June, 2017 the company reported losses.",
        "https://twitter.com/someone/status/777263623915745280",  # a link that is not cut off
        "The template used {{ name }} as a placeholder, she explained in her talk about web frameworks and their quirks.",
        "Write {\\displaystyle x^2} in the source and the wiki renders the formula.",  # TeX inside a sentence
        "{\\displaystyle",  # cut off: no formula
        "Jump to the navigation deck, the captain said.",
        "Hosted by Brian Furlong at Northwestern University.",  # the name is there: an event's host
        "Powered by the sun, the car crossed the desert.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(Widgets(), text) == []


@pytest.mark.parametrize("line", [
    "{\\displaystyle A{\\text{ Hermitian}}\\quad \\iff \\quad A=A^{\\mathsf {H}}}",
    "{\\displaystyle A}",
    "  {\\textstyle \\sum _{i=1}^{n}x_{i}}",
])
def test_a_formulas_tex_source_alone_on_its_line_goes(flagged, line):
    # MediaWiki prints each formula twice: rendered, then its TeX source (hidden on the page)
    assert flagged(Widgets(), line) == [line]
    assert Widgets().code(line) == "a formula's TeX source"


@pytest.mark.parametrize("label", ["Archives", "Search", "Privacy", "| TrackBack", "Home page", "Über uns", "Reddit"])
def test_a_site_label_alone_goes_from_a_page_with_other_residue(label):
    from cleaner import Cleaner

    page = f"{ARTICLE}\n\n{label}\n\n{ARTICLE}\n\nShare this article"
    result = Cleaner().explain(page)
    assert result.text.split() == (ARTICLE + " " + ARTICLE).split()
    assert any(s.detector == "widgets" and s.reason.startswith("site label alone") for s in result.removed)


def test_a_site_label_alone_in_clean_text_stays():
    from cleaner import Cleaner

    text = f"{ARTICLE}\n\nNews\n\n{ARTICLE}"  # a clean text's own heading, maybe
    assert Cleaner().clean(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "Contact:",  # introduces what follows
        "Search results are cached for a day.",
        "About the size of a football field",
    ],
)
def test_no_site_label_alone(text):
    assert Widgets().site_label(text) is None
