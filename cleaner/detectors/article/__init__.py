"""Main-text recovery from a flattened page: keep the article, flag the page around it.

For whole pages flattened to text (menus, link lists, teasers, footers and all),
in the spirit of jusText but with no HTML to help:

1. each non-blank line is judged (:func:`classify`): *good* (long prose
   rich in stopwords of the page's language), *bad* (few stopwords, or the
   words of a cookie-consent dialog), *short*, or *near-good* (prose-like, not
   long); the lines of a paragraph hard-wrapped at a fixed width are judged
   together, as the paragraph they make; a page's teaser list flattened
   without spaces, each headline glued to its summary, is bad, and so is a
   near-good line that is a prompt ("Support Snopes and make a difference for
   readers everywhere.": ``data/prompts/``);
2. a second pass (:func:`revise`) settles the uncertain lines from their
   nearest certain neighbours, so a short paragraph inside the article becomes
   good and a lone line in a menu becomes bad (another story's headline
   printed alone between the article's sentences is no neighbour of theirs);
3. the article region is the run of lines with the highest score (good lines
   add their words, bad lines cost a penalty): the densest run of prose,
   grown over a table, list or code inside the article to the prose below
   it (over several tables of bare cells, with a paragraph or two under each,
   when those paragraphs add up), to the article's opening above one, to a
   recipe's ingredients above its steps (a heading such as "Zutaten" over
   short lines, amounts among them: ``data/ingredient_headings/``) and the
   introduction right above them, to the
   signature of a tweet embedded at its end ("— Jane Doe (@janedoe) November
   18, 2019"), and over a list right below it
   (numbered "1) ...", "2) ...", of dates: "June 9 -- Tampa, FL", or
   bulleted: "• Bernards Township Schools"), or below a heading that names the
   article's subject ("The Doobie Brothers Tour Dates"), and over the products
   a deals post lists below it, each ending in a shop button alone on its line
   ("Buy Now": ``data/shop_buttons/``; four or more, so a shop's row of three
   beside an article is not taken in, nor read as teasers under a lead-in); it
   ends before a comment section, found by its heading ("12 Comments"; not
   a heading with one run of prose below it that far outweighs all above,
   such as a share bar's "Write a comment" over the story, unless it counts
   two comments or more; nor the count printed under each post of a blog's
   front page; nor "Discussion" on a page that prints a research paper's
   other sections, "Results", "Conclusions": ``data/paper_sections/``; nor
   a column's "Comment" in a table's header row, under the sentence that
   introduces the table with a colon) or by a run of comments that each open with their writer's
   name and a date or time ("Chris Nahr 07.15.12 at 11:59"), or by a heading
   over comments that each link to themselves ("Sunday, July 29, 2012 at
   12:37 pm | Permalink"), or after the
   post's footer when the page prints one footer only ("Posted by paul at
   09:39 PM | Permalink": trackbacks, comments or the next posts follow), or
   at the post's navigation ("Previous post: ..." / "Next post: ...") when the
   page prints it again below the comments, however short the post;
   such a thread is flagged whole;
   so is the page from a lead-in to a list of teasers on (``Related Posts``,
   alone on its line; or one with words of its own, "More Great WIRED Stories",
   over headlines alone) when the article does not resume below it, or when
   teasers' blurbs follow it and no two paragraphs stand in a row anywhere
   below (however much prose the blurbs hold; a bare "More Washington
   Examiner" counts so only when the blurbs come at a regular step, each under
   a headline, byline and date printed alike), or when a
   slideshow's label follows it ("Also on HuffPost:" over "Loading Slideshow":
   another story's captions, ``data/slideshows/``, however much prose); the page
   below a notice that the post's comments are closed ("Comments are closed.",
   "No comments yet": ``data/closed_comments/``) when only one post prints one; and a
   second or third copy of the article in the region (a page that prints it
   again for other devices, after a block of metadata);
4. the headline is looked for just above the region; the article runs from it,
   or from the title a breadcrumb trail over the article ends in ("Home / Blog /
   <title>" printed just above the title): all above the trail is the site's
   header and sidebars, however much prose they hold.

A blog post framed by its navigation ("« Previous post |", "Main" or "Blog
Home", "| Next post »") above and the page's only post footer ("November 03, 2012 in
Leadership | Permalink") below is the article whatever its length: the page
above the post and from the footer on is flagged (and a list of teasers at
the post's end), even where the sidebars and comments hold far more prose.

A page with no line long enough to be good (an article in short paragraphs)
is judged again with shorter good lines (``short_paragraph_length``); its
region must then hold most of the page's prose (``short_paragraph_min_share``).

Lines outside the article are flagged, unless they hold more hard-wrapped
prose than the article itself (a long wrapped text broken by code or tables,
whose first part is not the whole); when the lines above the article hold
too much prose to go, the menus at their top, above any prose, go alone.
Only a text that looks like a whole page (many lines, most of them short or
bad, and labels of a site's menus and footer such as "Home" or "Contact us",
one of them when the text opens with a menu;
or mostly prose, a few more such labels and a plain comment section below
the article) is touched at all; when little is outside the article, when
the article holds little of the page's prose, or when the language is
unknown, nothing is flagged: keep rather than drop.
With ``keep_comments``, a comment section below the article is kept with it,
up to the page's next run of menu or footer lines (and a post is not framed
by its navigation and footer, below which its comments follow).

The detector ``runs_first``: the pipeline cuts the page around the article
before the other detectors look, so they judge the article's lines, not every
menu and footer line of the page (most of a page's lines, and of the time).

The detector is one class, :class:`ArticleRegion` (``region.py``: steps 1 to 3 and
the spans it flags), built from mixins that each hold one more step:
``page_judgement.py`` (is the text a page; which lines around the article are
chrome), ``extent.py`` (growing the region over tables and lists), ``recipes.py``
(up over a recipe's ingredients),
``comment_sections.py``, ``post_frames.py`` and ``teaser_lists.py`` (where the
article ends), ``headline_search.py`` (step 4). Its name and thresholds are the
fields of ``settings.py``, which every mixin reads; ``scoring.py`` holds the line
classes, the second pass and the densest run; ``shapes.py`` the patterns a single
line is matched against; ``names.py`` the names an article's sentences speak of
(a repeated short line that is one is no template); ``vocabulary.py`` the word lists
and phrase banks.
"""
from __future__ import annotations

from .region import ArticleRegion
from .scoring import BAD, GOOD, NEAR_GOOD, SHORT, best_region, paragraphs, revise
from .settings import ArticleSettings
from .vocabulary import comment_words

__all__ = ["ArticleRegion", "ArticleSettings", "GOOD", "BAD", "SHORT", "NEAR_GOOD", "best_region", "comment_words", "paragraphs", "revise"]
