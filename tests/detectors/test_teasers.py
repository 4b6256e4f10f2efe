import pytest

from cleaner.detectors import Teasers

ARTICLE = "The council met on Monday and approved the budget for next year."


@pytest.mark.parametrize(
    "line",
    [
        "Popular Video This young singer was shocked when a star invited her on stage.",
        "Read Also Unusual Weather Patterns: Mini-Ice Age / Arctic Vortex / Temps Plunging!",
        "Headline: Bitcoin & Blockchain Searches Exceed Trump! Blockchain Stocks Are Next!",
        "BREAKING: Barrels Removed From Clinton Property Contained Parts From Missing Women",
        "Read More!",
        "Continue reading →",
        "[read more here]",
        "[More…]",
        "FOR ENTIRE ARTICLE CLICK LINK",
        "SEE MORE UK COLUMN NEWS AT: UK COLUMN.ORG",
        "Weiterlesen",
        "Lire la suite",
        "Leer más",
        "Continua a leggere",
        "Leia mais",
        "Читать далее",
        "Lesen Sie auch Neue Regeln Für Mieter",
    ],
)
def test_flags_teaser_lines(flagged, line):
    assert flagged(Teasers(), f"{ARTICLE}\n\n{line}\n\n{ARTICLE}") == [line]


def test_list_of_links_after_a_lead_in(flagged):
    heads = ["Family of staffer seeking to raise money", "Lobbyist offers reward in murder case", "Vigil held for slain staffer"]
    text = f"{ARTICLE}\n\nPREVIOUS COVERAGE ON THE MURDER INVESTIGATION:\n\n" + "\n\n".join(heads)
    assert flagged(Teasers(), text) == ["PREVIOUS COVERAGE ON THE MURDER INVESTIGATION:"] + heads


@pytest.mark.parametrize(
    "lead",
    ["You may also like...", "Most read…", "Related:", "More stories »", "We recommend", "Recommended Stories",
     "TOP HEADLINES", "More Headlines »", "Latest headlines:",
     "Lies auch", "Auch interessant...", "Das könnte dich auch interessieren …", "Lee también...", "Pour approfondir",
     "Mehr Nachrichten", "Verwandte Beiträge", "Weitere Meldungen:", "Other People Are Reading"],
)
def test_list_lead_in_alone_may_close_with_an_ellipsis_or_a_mark(flagged, lead):
    heads = ["Who will make the Hall of Fame next year?", "Band takes over the fan vote"]
    text = f"{ARTICLE}\n\n{lead}\n\n" + "\n\n".join(heads)
    assert flagged(Teasers(), text) == [lead] + heads


def test_topics_between_a_lead_in_with_its_colon_and_its_headlines_go_with_them(flagged):
    # "More On:", the stories' topic, the headlines, and the last story's summary cut off mid-sentence
    heads = ["Two patients diagnosed with plague in China", "Plague-ridden prairie dogs pose danger to tourists"]
    blurb = "Two people in China have been diagnosed with the plague,..."
    text = f"{ARTICLE}\n\nMore On:\n\nplague\n\n" + "\n\n".join(heads) + f"\n\n{blurb}\n\n{ARTICLE}"
    assert flagged(Teasers(), text) == ["More On:", "plague", *heads, blurb]


def test_a_word_after_a_lead_in_without_a_colon_is_no_topic(flagged):
    # a word under a lead-in without its colon may be anything (a tab, "Recent", or a section's
    # heading, "World", over the next story): it ends the list, which then has no headline
    text = f"{ARTICLE}\n\nMost Popular\n\nRecent\n\nBand takes over the fan vote\n\n{ARTICLE}"
    assert flagged(Teasers(), text) == []


def test_a_paragraph_after_a_list_of_links_is_no_cut_off_blurb(flagged):
    heads = ["Who will make the Hall of Fame next year?", "Band takes over the fan vote"]
    text = f"{ARTICLE}\n\nRelated:\n\n" + "\n\n".join(heads) + f"\n\n{ARTICLE}"
    assert flagged(Teasers(), text) == ["Related:", *heads]


@pytest.mark.parametrize("lead", ["More in Minnesota Wild", "More from The Washington Examiner »", "Popular on Example Film"])
def test_a_lead_in_that_names_a_section_takes_two_headlines(flagged, lead):
    heads = ["Who will make the Hall of Fame next year?", "Band takes over the fan vote"]
    text = f"{ARTICLE}\n\n{lead}\n\n" + "\n\n".join(heads)
    assert flagged(Teasers(), text) == [lead] + heads


@pytest.mark.parametrize(
    "text",
    [
        f"{ARTICLE}\n\nMore in Minnesota Wild\n\nBand takes over the fan vote",  # one headline only
        f"{ARTICLE}\n\nMore in sorrow than anger, he said.\n\nBand takes over\n\nThe fan vote",  # a sentence
        f"{ARTICLE}\n\nMore Flights, Fewer Crashes In 2007\n\nAir travel grew\n\nSafety too",  # a headline
    ],
)
def test_lines_that_open_with_more_are_no_named_lead_in(flagged, text):
    assert flagged(Teasers(), text) == []


@pytest.mark.parametrize("lead", ["More Great Example Stories", "More Sports News »", "MORE U.S. HEADLINES", "• More Business stories"])
def test_a_lead_in_with_a_section_between_its_words_takes_two_headlines(flagged, lead):
    heads = ["The strange life and death of a coder", "How the court got the First Amendment backward"]
    text = f"{ARTICLE}\n\n{lead}\n\n" + "\n\n".join(heads) + f"\n\n{ARTICLE}"
    assert flagged(Teasers(), text) == [lead] + heads


@pytest.mark.parametrize(
    "text",
    [
        # one headline only
        f"{ARTICLE}\n\nMore Sports News\n\nBand takes over the fan vote\n\n{ARTICLE}",
        # a section's name over the article's own headline and byline (and a date above it)
        f"More World news\n\nJudges in trial allow video of victims\n\nBy Mike Corder\n\nASSOCIATED PRESS\n\n{ARTICLE}",
        f"More Media Stories »\n\nJanuary 18, 2008\n\nSprint to Cut 4,000 Jobs by Year's End\n\nBy Pat Barnard\n\n{ARTICLE}",
        # a headline that opens with "More" and ends in a word of the entries, over its byline
        f"More Young Americans Turn to Online News\n\nA new survey\n\nBy Jane Doe\n\n{ARTICLE}",
    ],
)
def test_a_section_lead_in_over_an_article_head_or_one_headline_is_no_list(flagged, text):
    assert flagged(Teasers(), text) == []


def test_a_lead_in_trailing_off_into_words_is_no_list(flagged):
    text = f"{ARTICLE}\n\nYou may also like... the new park by the river.\n\nIt opens in May with a concert"
    assert flagged(Teasers(), text) == []


def test_lead_in_naming_a_site_goes_alone(flagged):
    text = f"{ARTICLE}\n\nPreviously, on this case, at VDARE.com:\n\nThe names of the remaining defendants, including those set for trial, are listed below."
    assert flagged(Teasers(), text) == ["Previously, on this case, at VDARE.com:"]


def test_read_more_glued_to_the_end(flagged):
    text = "Azar will replace Tom Price, who left his post in September.—More…"
    assert flagged(Teasers(), text) == ["—More…"]


@pytest.mark.parametrize(
    "text",
    [
        "BREAKING: Trump Signs Executive Order On Trade",  # the first line may be the article's own headline
        "Read also the report from the committee, she said.",
        "Previously, the court had ruled:",
        "Popular Musical Projects:\n\nThe Beatles Anthology\n\nPet Sounds Sessions",
        "Most popular apps are free to download.",
        "He wanted to read more about the case.",
    ],
)
def test_leaves_prose_alone(flagged, text):
    assert flagged(Teasers(), text) == []


@pytest.mark.parametrize(
    "head",
    [
        "Monday, November 12, 2012\n\nNext Up: Pumpkin Pie",  # a post's title under its date
        "By Jane Doe\n\nBREAKING: Trump Signs Executive Order On Trade",
        "Politics\n\nMarch 3, 2019\n\nExclusive: Inside The Council's Budget Talks",
    ],
)
def test_a_strict_lead_in_in_the_texts_head_starts_its_headline(flagged, head):
    assert flagged(Teasers(), f"{head}\n\n{ARTICLE}\n\n{ARTICLE}") == []


def test_the_head_ends_at_the_first_prose_or_after_three_lines(flagged):
    teaser = "Next Up: Pumpkin Pie Recipes For The Holidays"
    assert flagged(Teasers(), f"Monday, November 12, 2012\n\n{ARTICLE}\n\n{teaser}") == [teaser]
    assert flagged(Teasers(), f"Home\n\nNews\n\nSport\n\n{teaser}\n\n{ARTICLE}") == [teaser]


@pytest.mark.parametrize(
    "text, lead",
    [
        ("Related Posts", "Related Posts"),
        ("You may also like...", "You may also like"),
        ("Mais lidas:", "Mais lidas"),
        ("Você pode gostar...", "Você pode gostar"),
        ("Vous aimerez aussi", "Vous aimerez aussi"),
        ("Ti potrebbe interessare", "Ti potrebbe interessare"),
        ("Related: Buses to replace trams", None),  # a lead-in with a headline of its own
        ("Previously, the court had ruled:", None),
        ("Popular opinion was against the bridge.", None),
    ],
)
def test_a_lone_lead_in_to_a_list_of_links(text, lead):
    assert Teasers().lone_lead_in(text) == lead
