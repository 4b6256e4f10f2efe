"""The article detector's name and thresholds: the fields of :class:`ArticleSettings`, which the
detector (:class:`~cleaner.detectors.article.ArticleRegion`) and each of its steps, the
mixins beside this module, read as ``self.<field>``. ``ArticleRegion(stamp_run=4)`` sets one.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ArticleSettings:
    """The name and thresholds of the article detector, one field each (see the comment beside it)."""

    name: str = "article"
    runs_first: bool = True  # cut the page chrome first; the other detectors look at what is left
    length_low: int = 40  # characters: shorter lines are "short"
    length_high: int = 150  # characters: a "good" line is at least this long
    stop_low: float = 0.15  # stopword share under which a line is "bad"
    stop_high: float = 0.25  # stopword share a "good" line needs
    word_cap: int = 60  # words a good line adds to the region score at most
    bad_penalty: float = 12.0  # what a bad line costs the region score
    near_good_weight: float = 0.3  # share of its words a near-good line made good adds
    short_cost: float = 3.0  # what a short line made good costs the region score
    min_page_lines: int = 30  # fewer non-blank lines: a text, not a page; nothing is flagged
    min_page_junk_share: float = 0.5  # share of short or bad lines that makes a text a page
    page_repeat_min: int = 5  # a line printed this often counts with those, however long
    # Readers' comments below the article are part of it, up to the page's next menu or
    # footer (CleanEval's gold keeps them; Dragnet's and ScrapingHub's drop them).
    keep_comments: bool = False
    min_site_labels: int = 2  # distinct labels of a site's menus and footer (data/site_labels) a page shows
    # ... or one, when its first menu_lines lines are short and end in no punctuation: a menu
    # (a network's sites, "The A.V. Club" / "Deadspin" / "Gizmodo" ..., whose names are no labels)
    menu_lines: int = 10
    junk_heap_lines: int = 100  # non-blank lines of a page that needs no site labels ...
    junk_heap_share: float = 0.9  # ... as this share of them or more are short or bad
    busy_page_site_labels: int = 8  # distinct site labels that make a text of many lines a page, however much prose it holds
    site_label_words: int = 6  # words of a line that is such a label at most
    min_outside_lines: int = 6  # fewer lines above or below the article: they stay
    min_junk_share: float = 0.6  # share of short or bad lines above or below the article for it to go
    max_outside_prose: float = 0.5  # prose above or below, relative to the article's, that it may hold
    resume_max_gap: int = 40  # lines of a table or list inside the article the article may grow over
    resume_words_cap: float = 200.0  # prose below such a gap that always counts as the article resuming
    resume_floor: float = 60.0  # how far the run below may fall before it is not the article resuming
    # A gap of table_min_lines or more, most of them holding a number (a table's cells, a box
    # of dated facts) or a label of table_label_max_words printed again in the gap (a header row
    # over each part, a column of codes), is the article's own: the prose below it needs
    # table_resume_share of that.
    table_min_lines: int = 4
    table_label_max_words: int = 2
    table_resume_share: float = 0.5
    # A table holding this share of sentences at most (a note under it, a tweet's text), no list of
    # entries each with a sentence or two: the prose below the next such tables adds up.
    bare_table_sentence_share: float = 0.1
    # A block of code inside the article: code_min_lines lines or more, code_min_share of them
    # marked as code. The prose below it counts what it holds, however much more code parts it.
    code_min_lines: int = 3
    code_min_share: float = 0.6
    opening_min_share: float = 0.25  # prose above such a gap, relative to the article's, that is its opening
    # an opening of near-good sentences above a box of links inside the article ("More:" over three
    # headlines): the box has this many lines at most, each sentence this many words at least
    opening_box_max_lines: int = 5
    opening_sentence_min_words: int = 12
    # a line of no word and this many characters at most ("*", "•", "--": what an icon or a bullet
    # leaves) is layout: it adds nothing to the article and costs it nothing, as a blank line
    layout_symbol_max_chars: int = 3
    far_junk_run: int = 6  # short or bad lines in a row (a menu, a link list) that part the page below the article from it
    link_title_max_words: int = 15  # words of a headline in such a link list at most ...
    link_title_min_capitalised: float = 0.6  # ... with this share of its words capitalised (small words aside)
    link_title_run: int = 4  # such headlines in a row that are a list of links wherever they stand
    # Another story's headline printed alone inside the article, with this many lines that end a
    # sentence on each side: the lines around it are settled as if it were not there.
    lone_headline_sentences: int = 2
    closed_notice_max_words: int = 10  # words of a notice that a post's comments are closed at most
    closed_notice_group_lines: int = 3  # lines such notices under one post stand apart at most
    closed_form_lines: int = 3  # lines from "No comments yet" to the heading of the form for a first comment at most
    max_wrapped_prose_ratio: float = 1.0  # hard-wrapped prose above or below, relative to the article's, that it may hold
    template_max_words: int = 6  # a line this short, repeated, may be a template
    titled_heading_max_words: int = 30  # words of a comment heading that names the post ("35 Responses to “Title”")
    # A comment heading that also heads a research paper's section ("Discussion") is the paper's
    # on a page that prints this many of the paper's other section headings ("Results", "Methods").
    paper_sections_min: int = 2
    # A comment heading that is a column's heading ("Comment") in a table's header row: this many
    # short cells at most between it and the sentence that introduces the table with a colon.
    table_header_max_cells: int = 6
    glued_teaser_min: int = 3  # teasers glued to their headline ("...Student-AthleteA 24-year-old woman") that make them bad
    # Summaries cut off with an ellipsis ("... residents may soon..."), this many or more,
    # each at most truncated_teaser_max_gap lines below the one before: excerpts, bad.
    truncated_teaser_min: int = 3
    truncated_teaser_max_gap: int = 3
    template_min_repeats: int = 3  # times a short line must occur to be a template
    named_in_prose_min: int = 2  # times the page's sentences name a repeated short line that is no template then
    template_penalty: float = 20.0  # what a template line costs the region score
    # Above the article, template lines make chrome only with at most this much prose (of lines
    # printed once), relative to the article's, above it too: the repeated cells of a product
    # table ("Cooking Sauce", "440g") between an article's first paragraphs and its last section.
    max_templated_prose_above: float = 0.5
    # An article's outline printed between its sections (BioMed Central's "Outline" box): runs
    # of this many template lines or more, in this many copies or more sharing this share of
    # their lines, this many of which head a paragraph elsewhere (see _outline).
    outline_min_lines: int = 6
    outline_min_copies: int = 3
    outline_overlap: float = 0.7
    outline_min_headings: int = 2
    min_prose_share: float = 0.3  # share of the page's prose the article must hold, else the page is kept whole
    # A page with no line of length_high characters: its article is written in short
    # paragraphs, judged good from this length, and must then hold this share of the prose.
    short_paragraph_length: int | None = 60  # None: such a page is kept whole
    short_paragraph_min_share: float = 0.6
    min_article_words: float = 40.0  # region score an article before a comment section needs
    # A comment heading above far more prose than it follows heads nothing: the densest run
    # below it scores this many times the densest run above and holds this share of the
    # prose below (a share bar's "Write a comment" over the story, a blog's "| Comments (0)").
    heading_over_article_ratio: float = 3.0
    heading_over_article_share: float = 0.5
    list_min_items: int = 3  # items of a list right below the article (numbered, or of dates) that make it the article's
    list_item_max_gap: int = 6  # lines from one item of such a list to the next at most
    # lines of one form, a label and a colon ("England (Group A): 10th appearance"), one after
    # the other: this many make such a list; a label has this many words at most
    labelled_list_min_items: int = 4
    label_max_words: int = 5
    # A recipe's ingredients above its steps (a heading such as "Zutaten" over short lines): the
    # heading has this many words at most, this many lines above the region's start at most,
    # this many lines between opening with an amount ("125 g") at least.
    ingredients_heading_max_words: int = 6
    ingredients_max_lines: int = 80
    ingredients_min_amounts: int = 3
    # Products a deals post lists below its opening, each ending in a shop button ("Buy Now"):
    # this many buttons at least (a shop's row of recommendations beside an article offers
    # three), each at most this many lines below the article or the button before.
    shop_box_min_buttons: int = 4
    shop_box_max_lines: int = 40
    # a heading over such a list: this many words at most, this share of its content words the article's
    list_heading_max_words: int = 8
    list_heading_overlap: float = 0.5
    # A text of mostly prose (a short post under a long thread of comments) is a page with
    # this many distinct site labels, when comments plainly follow its article.
    commented_page_site_labels: int = 5
    per_post_min: int = 3  # a comment count printed this often, prose between, is the count under each post
    comment_probe_lines: int = 40  # lines after a comment heading searched for per-comment templates
    stamp_max_words: int = 12  # words of a comment's "name, date, time" line at most
    stamp_run: int = 3  # comment stamps in a row that make a comment thread
    stamp_max_gap: int = 12  # lines from one comment stamp to the next at most
    writer_max_words: int = 4  # words of a commenter's name standing above the date and time
    comment_date_max_words: int = 4  # words of a comment's date without a clock time ("Wednesday November 20, 2019")
    post_footer_max_words: int = 40  # words of a post's "Posted by ... | Permalink" footer at most
    footer_comments_gap: int = 12  # lines from a post's four-line footer down to its comments' heading at most
    navigation_label_chars: int = 30  # characters of the link home in a post's navigation ("Main", "Blog Home") at most
    one_sided_home_labels: tuple[str, ...] = ("main",)  # links home that make a navigation beside one post's link alone
    navigation_repeat_gap: int = 10  # lines between a post's navigation and its copy below the comments at least
    # A lead-in to a list of links alone on its line ("Related Posts") after the article's
    # first prose, with no paragraph in the next lines (the article does not resume below a
    # short box of links) and no denser run of prose below it: the page from it on is teasers.
    # Teasers with their blurbs are no article resuming: at least teaser_blurbs_min
    # paragraphs in the next teasers_probe_lines lines, none next to another.
    teasers_lead_in_max_words: int = 8
    teasers_resume_lines: int = 7
    teaser_blurbs_min: int = 3
    teasers_probe_lines: int = 40
    slideshow_label_max_words: int = 3  # words of a slideshow's label below a lead-in ("Loading Slideshow")
    copy_min_lines: int = 3  # the article's opening paragraphs that, printed again in the region, start a copy
    headline_search_lines: int = 8  # lines above the region searched for the headline
    headline_words: tuple[int, int] = (4, 30)  # words of a headline
    headline_min_chars: int = 20  # characters of a headline
    headline_opening_lines: int = 5  # lines of the article whose words a headline shares
    headline_min_overlap: float = 0.3  # share of the headline's content words found there
    trail_headline_gap: int = 3  # lines from a breadcrumb trail down to the headline it ends in, at most
