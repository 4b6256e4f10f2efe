"""What one line looks like to the article detector: regular expressions and predicates on
a line's text (a title, a teaser glued to its headline, a comment's stamp or writer, a
post's footer and navigation, a breadcrumb trail, a list item, a site's legal notice, an
embedded tweet's signature).
"""
from __future__ import annotations

import re
from functools import lru_cache

import regex

from ...lines import LineFeatures
from ...memo import Memo
from ...phrasebank import load_list
from ...textutil import COPYRIGHT_SIGNS, has_copyright_sign, normalize
from ..date_line import date_vocabulary
from .vocabulary import _says_words, comment_words


# Not a title: an e-mail/handle, a clock time, a date with digits.
_NOT_TITLE = regex.compile(r"@|\d:\d\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}")


def _ends_as_title(text: str) -> bool:
    """Whether a stripped line ends as a title does (no ".", ",", ";" or ":") and holds no
    e-mail, handle, clock time or numeric date."""
    return not text.endswith((".", ",", ";", ":")) and not _NOT_TITLE.search(text)

# A teaser list flattened without spaces: a headline glued to its summary ("Police: 2 In
# Custody After Death Of Student-AthleteA 24-year-old woman and ..."): a lower-case letter,
# digit or closing mark, then a capitalised word that starts the summary.
_GLUE = regex.compile(r"(?<=[\p{Ll}\d!?’')])(?=\p{Lu}\p{Ll}*+\s)")

_GLUE_HEAD_CHARS = 160  # the headline is found in this many characters

_GLUE_HEAD_WORDS = (3, 16)  # words of the headline

_GLUE_HEAD_CAPITALISED = 0.7  # share of the headline's words that start with a capital or a digit

_GLUE_MIN_SUMMARY_WORDS = 8


def _is_glued_teaser(text: str) -> bool:
    """Whether a line is a headline glued to its summary: a title-cased head, then prose.

    Names and brands glue case too ("McCoy", "RottenTomatoes"), so one such line
    proves nothing; the caller asks for several on a page.
    """
    for m in _GLUE.finditer(text, 0, _GLUE_HEAD_CHARS):
        head = text[: m.start()].split()
        if not _GLUE_HEAD_WORDS[0] <= len(head) <= _GLUE_HEAD_WORDS[1]:
            continue
        capitalised = sum(w[:1].isupper() or not w[:1].isalpha() for w in head)
        if capitalised >= _GLUE_HEAD_CAPITALISED * len(head) and len(text[m.start() :].split()) >= _GLUE_MIN_SUMMARY_WORDS:
            return True
    return False


_COUNT = regex.compile(r"[\d\[\]()]++")

# an embedded tweet's signature: "— Cooper Lund (@cooperlund) November 18, 2019"
_TWEET_SIGNATURE = regex.compile(r"[—–-][^\S\n]*+[^\n(]{1,60}?\(@\w{1,30}\)[^\S\n]++[^\n]{0,40}?\d{4}")

_DIGITS = regex.compile(r"\d++")

_LETTER = regex.compile(r"\p{L}")

_ASCII_NUMBERLESS = re.compile(r"[^a-z_]+")  # on lower-cased ASCII text

_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")

_STAMP_TIME = regex.compile(rf"{_CLOCK.pattern}|(?<!\d)\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{2,4}}(?!\d)")

_LETTERS = regex.compile(r"[^\W\d_]++")

# how long ago a comment was written, as comment systems print it: "12 days ago", "about 3 hours ago"
_AGO = regex.compile(
    r"(?<!\d)\d{1,3}[^\S\n]++(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)[^\S\n]++ago\b",
    regex.IGNORECASE,
)
_AGO_WORDS = frozenset("about ago second seconds minute minutes min mins hour hours hr hrs day days week weeks month months year years".split())

# A commenter's web address and name, alone on a line: "http://twitter.com/danamac Dana McMahan".
_LINKED_NAME = regex.compile(r"[^\S\n]*+https?://\S++(?:[^\S\n]++\S++){1,4}[^\S\n]*+")

_SENTENCE_MARKS = (".", "!", "?", "…")  # a line ending so is a sentence, not a writer's name

_POSTED_BY = regex.compile(r"\s*+posted\s++by\b", regex.IGNORECASE)

# A blog post's footer: "Posted by X on <date> | Permalink", "Posted at 11:57 AM in Games | Permalink".
_POST_FOOTER = regex.compile(r"^\s*+posted\b.{0,200}?\bpermalink\b", regex.IGNORECASE)

# A post's navigation: "Previous post: Qual das duas?", then "Next post: Six Ways to Refuel ...".
_PREVIOUS_POST = regex.compile(r"[^\S\n]*+(?:[«←][^\S\n]*+)?previous[^\S\n]++(?:post|entry|article)\b", regex.IGNORECASE)

_NEXT_POST = regex.compile(r"[^\S\n]*+next[^\S\n]++(?:post|entry|article)\b", regex.IGNORECASE)

# "Permalink" as an item of its own: the whole line, or between "|" and the line's end or another "|"
_PERMALINK_ITEM = regex.compile(r"(?:^|\|)[^\S\n]*+permalink[^\S\n]*+(?:\||$)", regex.IGNORECASE)

_PERMALINK = regex.compile(r"\|\s*+permalink\b", regex.IGNORECASE)  # "... in Leadership | Permalink"


def _is_permalink(f: LineFeatures, max_words: int) -> bool:
    """A comment's link to itself, alone or after its stamp: "Permalink", "Sunday, July 29, 2012 at
    12:37 pm | Permalink", "... | permalink | Reply"."""
    return 0 < f.words <= max_words and "permalink" in f.folded and _PERMALINK_ITEM.search(f.line.text) is not None


def _introduces(f: LineFeatures) -> bool:
    """Whether a line is a label over what follows it ("Directions:"), not a comment's stamp
    ("Posted by:", "Becky says:") or a count of comments ("2 comments:")."""
    text = f.line.text
    if not text.rstrip().endswith(":") or _POSTED_BY.match(text) is not None:
        return False
    return not (comment_words().intersection(f.folded) or _says_words().intersection(f.folded))


def _is_comment_stamp(f: LineFeatures) -> bool:
    """A clock time, a numeric date or how long ago ("12 days ago") with a name beside it, not a
    link and no count of comments."""
    text = f.line.text
    ago = _AGO.search(text) is not None
    if not (ago or _STAMP_TIME.search(text)) or "http" in text or "www." in text:
        return False
    if comment_words().intersection(f.folded):
        return False
    dates = date_vocabulary()
    return any(w.casefold() not in dates and not (ago and w.casefold() in _AGO_WORDS) for w in _LETTERS.findall(text))


def _only_date_words(letters: list[str]) -> bool:
    """Whether every word of letters is a date word ("November", "at", "Uhr")."""
    dates = date_vocabulary()
    return all(w.casefold() in dates for w in letters)


def _is_comment_time(f: LineFeatures) -> bool:
    """A date with a clock time, and nothing else: "November 12, 2012 at 10:07 am", "August 9th, 2012 at 8:38 am"."""
    text = f.line.text
    return _CLOCK.search(text) is not None and _only_date_words(_LETTERS.findall(text))


def _is_comment_date(f: LineFeatures, max_words: int) -> bool:
    """A date and nothing else, with no clock time: "07 Nov 12", "Wednesday November 20, 2019"."""
    text = f.line.text
    letters = _LETTERS.findall(text)
    if not 0 < f.words <= max_words or not letters or _DIGITS.search(text) is None:
        return False
    return _only_date_words(letters)


def _is_named_writer(f: LineFeatures, max_words: int) -> bool:
    """A writer's name under a comment's time ("infamousdx said,"), not the comment's first
    sentence ("Böse, böse Autokorrektur!")."""
    return _is_writer(f, max_words) and not f.line.text.rstrip().endswith(_SENTENCE_MARKS)


def _is_writer(above: LineFeatures, max_words: int) -> bool:
    """A name on the line above a comment's time: a few words, no digits."""
    return 0 < above.words <= max_words and not any(c.isdigit() for c in above.line.text)


# a breadcrumb trail: two to eight steps parted by "/" (spaced, as "and/or" is not), "»", "›", ">", "|" or "→"
_TRAIL_STEP = regex.compile(r"[^\S\n]++/[^\S\n]++|[^\S\n]*+(?:[»›|→]|>{1,2}+)[^\S\n]*+")

_TRAIL_MAX_STEPS = 8

_TRAIL_MIN_TITLE_WORDS = 2


def _trail_end(text: str) -> str | None:
    """The last step of a breadcrumb trail, normalised, or None when text is no trail."""
    steps = [s for s in _TRAIL_STEP.split(text) if s.strip()]
    if not 2 <= len(steps) <= _TRAIL_MAX_STEPS:
        return None
    last = normalize(steps[-1])
    return last if len(last.split()) >= _TRAIL_MIN_TITLE_WORDS else None


def _numberless(text: str) -> str:
    """The text normalised with its numbers left out: "Rating: 36 Votes" and "Rating: 9 Votes"
    are one template, "Archives (12)" is the label "archives" (remembered by the text: several
    steps and rounds ask about the same lines)."""
    return _NUMBERLESS.get_for(text, _without_numbers)


_NUMBERLESS: Memo = Memo()


def _without_numbers(text: str) -> str:
    if text.isascii():  # the same in one pass: digits part words as other non-word characters do
        return _ASCII_NUMBERLESS.sub(" ", text.lower()).strip()
    return normalize(_DIGITS.sub(" ", text))


_ITEM_NUMBER = regex.compile(r"\s*+(\d{1,3})[.)]\s++\S")


@lru_cache(maxsize=1)
def _step_number() -> regex.Pattern:
    """A step of instructions and its number: "Step 1", "Schritt 2:" (``data/step_words.txt``)."""
    words = "|".join(regex.escape(w) for w in sorted(load_list("step_words"), key=len, reverse=True))
    return regex.compile(rf"\s*+(?:{words})\s++(\d{{1,3}})\b(?!\s*+[.,/]?\d)", regex.IGNORECASE)

_BULLET_MARKS = "[•·▪►*–-]"
_BULLET = regex.compile(rf"\s*+{_BULLET_MARKS}\s++\S")  # "• Bernards Township Schools", "- Flour"

_DATED = regex.compile(r"\s*+(?:(\p{L}++)\.?+\s++\d{1,2}\b|\d{1,2}\.?+\s++(\p{L}++))")


def _list_item(text: str) -> tuple[str, int] | None:
    """("numbered", 3) for "3) Lego Star Wars", "3. Preheat the oven" or "Step 3" (and "9. Juni": a
    number first); ("dated", 0) for a line that starts with a month and a day or a day and a
    month ("June 9 -- Tampa, FL", "9 June: London") and holds no clock time; ("bulleted", 0)
    for a line that starts with a bullet ("• Bernards Township Schools"); else None."""
    m = _ITEM_NUMBER.match(text) or _step_number().match(text)
    if m:
        return "numbered", int(m.group(1))
    m = _DATED.match(text)
    if m and (m.group(1) or m.group(2)).casefold() in date_vocabulary() and not _CLOCK.search(text):
        return "dated", 0
    if _BULLET.match(text):
        return "bulleted", 0
    return None


# a name glossed in brackets at the line's end, perhaps bulleted: "Brian Edwards (Wake Forest
# University)", "* Pat Phelan (Wake Forest)"; letters in the brackets ("Archives (12)" is a count)
_GLOSSED = regex.compile(
    rf"\s*+(?:{_BULLET_MARKS}\s++)?+[^\W\d_][^()\n]{{0,80}}?\s\((?=[^()\n]{{0,80}}\)\s*+$)[^()\n]*?[^\W\d_][^()\n]*+\)\s*+"
)


def _glossed(text: str) -> bool:
    """Whether the line is a name and its gloss in brackets, an item of a list such as a roster."""
    return _GLOSSED.fullmatch(text) is not None


# a label that ends in a colon, and text after it: "England (Group A): 10th appearance"
_LABELLED = regex.compile(r"(?P<label>[^\W\d_][^:\n]{0,40}?):[^\S\n]++\S")

_MARK = regex.compile(r"[^\w\s]")


def _labelled_form(text: str, max_label_words: int) -> str | None:
    """The marks of a line that starts with a label of at most ``max_label_words`` words and a
    colon ("England (Group A): 10th appearance" -> "():"), or None."""
    m = _LABELLED.match(text)
    if m is None or len(m.group("label").split()) > max_label_words:
        return None
    return "".join(_MARK.findall(text))


def _counts_comments(text: str) -> bool:
    """Whether a heading counts two comments or more ("{ 131 comments }")."""
    return any(int(n) >= 2 for n in _DIGITS.findall(text)[:3])


def _heading_key(text: str) -> str:
    """"[ 167 comments ]" -> "comments"."""
    return normalize(_COUNT.sub(" ", text))


def _may_hold_copyright(text: str) -> bool:
    """A cheap test before searching _COPYRIGHT: the text holds its mark ("©", "(c)", "copyright")."""
    if has_copyright_sign(text):
        return True
    low = text.lower()
    return "copyright" in low or "(c)" in low


# a copyright mark standing as a word ("SPECweb©2005" is a name) or a reservation of rights
_LEGAL_NOTICE = regex.compile(rf"(?<!\w)[{COPYRIGHT_SIGNS}]|\ball rights reserved\b", regex.IGNORECASE)


def _is_legal_notice(text: str) -> bool:
    return (has_copyright_sign(text) or "reserved" in text.lower()) and _LEGAL_NOTICE.search(text) is not None  # cheap test first


_COPYRIGHT = regex.compile(rf"(?i)(?:[{COPYRIGHT_SIGNS}]|\(c\)|\bcopyright\b)[^\n]{{0,40}}?(?<!\d)(?:19|20)\d\d(?!\d)")
