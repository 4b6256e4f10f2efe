"""The public API: clean, explain, Cleaner; types and errors."""
from __future__ import annotations

import pytest

import cleaner
from cleaner import Cleaner, Span
from cleaner.document import Document
from cleaner.spans import remove

PAGE = (
    "Facebook Twitter WhatsApp Email Print\n"
    "22 Apr, 2019 21:44\n\n"
    "A headline about the summit\n\n"
    "A headline about the summit\n\n"
    "The leaders met on Thursday in Vladivostok.\n\n"
    "READ MORE: Another story entirely\n\n"
    "They agreed to meet again.\n\n"
    "If you like this story, share it with a friend!\n\n"
    "Podcasts\n0:00\n24:55"
)
CLEAN = (
    "A headline about the summit\n\n"
    "The leaders met on Thursday in Vladivostok.\n\n"
    "They agreed to meet again."
)


def test_clean_returns_the_article():
    assert cleaner.clean(PAGE) == CLEAN


def test_explain_text_is_clean_and_spans_reproduce_it():
    result = cleaner.explain(PAGE)
    assert result.text == cleaner.clean(PAGE)
    assert list(result.removed) == sorted(result.removed)
    assert remove(PAGE, result.removed) == result.text
    detectors = {s.detector for s in result.removed}
    assert detectors == {"icon_labels", "date_line", "headline", "cross_links", "share_prompts", "player"}
    for span in result.removed:
        assert span.reason
        assert 0 <= span.start < span.end <= len(PAGE)


def test_explain_spans_are_disjoint():
    removed = cleaner.explain(PAGE).removed
    for a, b in zip(removed, removed[1:]):
        assert a.end <= b.start


def test_empty_and_blank():
    assert cleaner.clean("") == ""
    assert cleaner.clean("  \n\n \t\n") == ""
    assert cleaner.explain("").removed == ()


@pytest.mark.parametrize("bad", [None, 42, ["text"], {"text": 1}])
def test_non_str_raises_type_error_naming_the_type(bad):
    with pytest.raises(TypeError, match=type(bad).__name__):
        cleaner.clean(bad)


def test_bytes_says_to_decode():
    with pytest.raises(TypeError, match="decode"):
        cleaner.clean(b"some bytes")
    with pytest.raises(TypeError, match="bytes"):
        cleaner.explain(b"some bytes")


def test_str_subclass_is_accepted():
    class Text(str):
        pass

    assert cleaner.clean(Text("Plain text.")) == "Plain text."


def test_disable_a_detector_by_name():
    kept = Cleaner(disable=["date_line"]).clean(PAGE)
    assert "22 Apr, 2019 21:44" in kept
    assert "Podcasts" not in kept


def test_unknown_detector_name_is_an_error():
    with pytest.raises(ValueError, match="no_such"):
        Cleaner(disable=["no_such"])


class Shouting:
    """A custom detector: flags lines written in capitals."""

    name = "shouting"

    def detect(self, doc: Document):
        for line in doc.content_lines:
            if line.text.isupper():
                yield Span(line.start, line.end, self.name, "all capitals")


def test_custom_detector():
    text = "The article.\n\nBUY NOW\n\nMore article."
    result = Cleaner(extra=[Shouting()]).explain(text)
    assert result.text == "The article.\n\nMore article."
    assert [(s.detector, s.reason) for s in result.removed] == [("shouting", "all capitals")]


def test_custom_detector_must_look_like_one():
    with pytest.raises(TypeError, match="detect"):
        Cleaner(extra=[object()])


def test_replace_the_detector_list():
    only = Cleaner(detectors=[Shouting()])
    assert only.names == ("shouting",)
    assert only.clean("Facebook Twitter WhatsApp\nBUY NOW\nText.") == "Facebook Twitter WhatsApp\nText."


def test_whitespace_rules():
    text = "\n\n  Para one.\nline two\n\n\n\nShare this:\n\n\n\nPara two.  \n\n"
    assert cleaner.clean(text) == "Para one.\nline two\n\nPara two."


def test_removed_line_between_single_breaks_leaves_no_gap():
    text = "Line one\nShare this:\nLine two"
    assert cleaner.clean(text) == "Line one\nLine two"


# A text's line breaks may be "\r\n" (Windows), "\r" (old Macs), a vertical tab or a form feed
# (word processors, pdftotext) or Unicode's separators: each is a line break, and the output
# keeps the input's own.
@pytest.mark.parametrize("newline", ["\r\n", "\r", "\v", "\f", "\u2028", "\u2029"])
def test_every_kind_of_line_break_ends_a_line(newline):
    assert cleaner.clean(PAGE.replace("\n", newline)) == CLEAN.replace("\n", newline)


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"])
def test_clean_text_with_other_line_breaks_comes_back_unchanged(newline):
    text = CLEAN.replace("\n", newline)
    assert cleaner.clean(text) == text


def test_a_cp1252_ellipsis_read_as_latin1_is_no_line_break():
    # "…" is 0x85 in cp1252; text decoded as Latin-1 holds U+0085, which str.splitlines breaks at
    doc = Document("Share this:\x85 The leaders met on Thursday in Vladivostok.")
    assert len(doc.content_lines) == 1


def test_version():
    assert isinstance(cleaner.__version__, str)


ARTICLE_WITH_DATE = (
    "A headline about the summit\n"
    "22 Apr, 2019 21:44\n\n"
    "The leaders met on Thursday in Vladivostok.\n\n"
    "They agreed to meet again."
)


def test_clean_article_keeps_its_date_line():
    # no other residue: the text is an article, and its date belongs to it
    assert cleaner.clean(ARTICLE_WITH_DATE) == ARTICLE_WITH_DATE


def test_date_line_goes_once_the_text_shows_other_residue():
    page = ARTICLE_WITH_DATE + "\n\nIf you like this story, share it with a friend!"
    assert cleaner.clean(page) == ARTICLE_WITH_DATE.replace("22 Apr, 2019 21:44\n", "")


def test_date_line_goes_when_other_residue_is_found_only_in_a_later_round():
    # the date is the 14th non-blank line, below the header, until the share bar above it goes
    share_bar = "\n".join(["Facebook", "Twitter", "WhatsApp", "Email", "Print", "Share", "Reddit",
                           "Telegram", "LinkedIn", "Pinterest", "Tumblr", "Pocket"])
    result = cleaner.explain(share_bar + "\n" + ARTICLE_WITH_DATE)
    assert result.text == ARTICLE_WITH_DATE.replace("22 Apr, 2019 21:44\n", "")
    assert "date_line" in {s.detector for s in result.removed}


def test_date_line_can_be_removed_from_any_text():
    from cleaner.detectors import DateLine, default_detectors

    detectors = [DateLine(needs_other_residue=False) if d.name == "date_line" else d for d in default_detectors()]
    assert "22 Apr" not in Cleaner(detectors=detectors).clean(ARTICLE_WITH_DATE)


WIRE_STORY = (
    "The council voted on Monday to close the old river bridge for six months.\n\n"
    "Engineers found that two of its steel supports had corroded. Tell us what you think in the comments.\n\n"
    "Copyright 2019 The Associated Press. All rights reserved."
)


def test_clean_wire_copy_keeps_its_copyright_line_and_its_call_for_comments():
    assert cleaner.clean(WIRE_STORY) == WIRE_STORY


def test_copyright_line_and_call_for_comments_go_from_a_text_with_other_residue():
    page = WIRE_STORY + "\n\nIf you like this story, share it with a friend!"
    out = cleaner.clean(page)
    assert "Copyright" not in out and "comments" not in out
    assert "Engineers found that two of its steel supports had corroded." in out
    reasons = {(s.detector, s.reason) for s in cleaner.explain(page).removed}
    assert ("page_tails", "copyright notice (rights reserved)") in reasons


def test_a_detector_may_make_some_of_its_spans_wait_for_other_residue():
    from cleaner.detectors import PageTails, default_detectors

    detectors = [PageTails(copyright_needs_other_residue=False) if d.name == "page_tails" else d for d in default_detectors()]
    assert "Copyright" not in Cleaner(detectors=detectors).clean(WIRE_STORY)


@pytest.mark.parametrize(
    "article",
    [
        # a rule as the writer's section break
        "The first part of the story ends here.\n\n* * *\n\nThe second part of the story begins.",
        # a line said twice on purpose, near the top
        "What the Senate said about the vote on Tuesday\n\nThe statement was short.\n\n"
        "What the Senate said about the vote on Tuesday\n\nIt was repeated at noon.",
    ],
)
def test_clean_article_keeps_rules_and_repeated_lines(article):
    assert cleaner.clean(article) == article


def test_rules_and_repeated_headline_go_from_a_page_with_other_residue():
    page = (
        "A headline about the summit\n\nA headline about the summit\n\n"
        "The leaders met on Thursday.\n\n* * *\n\nThey agreed to meet again.\n\n"
        "If you like this story, share it with a friend!"
    )
    assert cleaner.clean(page) == (
        "A headline about the summit\n\nThe leaders met on Thursday.\n\nThey agreed to meet again."
    )


class Recorder:
    """A custom detector that flags nothing and remembers every text it was shown."""

    name = "recorder"

    def __init__(self):
        self.seen: list[str] = []

    def detect(self, doc: Document):
        self.seen.append(doc.text)
        return ()


class ChromeFirst(Shouting):
    """Flags lines in capitals, before the other detectors look."""

    name = "chrome_first"
    runs_first = True

    def __init__(self):
        self.seen: list[str] = []

    def detect(self, doc: Document):
        self.seen.append(doc.text)
        return super().detect(doc)


def test_a_detector_that_runs_first_cuts_before_the_others_look():
    first, recorder = ChromeFirst(), Recorder()
    result = Cleaner(detectors=[recorder, first]).explain("MENU\nThe article.\nFOOTER")
    assert result.text == "The article."
    assert [s.detector for s in result.removed] == ["chrome_first", "chrome_first"]
    assert all("MENU" not in seen for seen in recorder.seen)
    assert first.seen[0] == "MENU\nThe article.\nFOOTER"


def test_a_detector_that_runs_first_and_finds_nothing_is_not_run_again_on_the_same_text():
    first, recorder = ChromeFirst(), Recorder()
    assert Cleaner(detectors=[first, recorder]).clean("The article.") == "The article."
    assert first.seen == ["The article."]
    assert recorder.seen == ["The article."]


def test_a_comment_form_below_the_article_goes_line_by_line():
    article = "The council met on Monday and approved the budget for next year."
    text = f"{article}\n\nYour email address will not be published. Required fields are marked *\n\nLeave a Reply Cancel reply"
    assert cleaner.clean(text).strip() == article


CREDITED_STORY = (
    "The council voted on Monday to close the old river bridge for six months.\n\n"
    "Engineers found that two of its steel supports had corroded.\n\n"
    "Photo credit: Larry Weinberg"
)


def test_a_lone_credit_line_goes_by_default():
    assert "Photo credit" not in cleaner.clean(CREDITED_STORY)


def test_cautious_detectors_keep_a_lone_credit_line_of_clean_text():
    assert Cleaner(wait_for_residue=cleaner.CAUTIOUS).clean(CREDITED_STORY) == CREDITED_STORY


def test_cautious_detectors_remove_the_credit_once_the_text_shows_other_residue():
    page = CREDITED_STORY + "\n\nIf you like this story, share it with a friend!"
    result = Cleaner(wait_for_residue=cleaner.CAUTIOUS).explain(page)
    assert "Photo credit" not in result.text and "share it" not in result.text
    assert "credits" in {s.detector for s in result.removed}


def test_only_the_named_detectors_wait():
    # credits wait; the share prompt does not, and it still goes from a text without other residue
    page = "The council voted on Monday to close the old river bridge.\n\nShare this article on Facebook!"
    assert "Share" not in Cleaner(wait_for_residue=["credits"]).clean(page)


@pytest.mark.parametrize(
    "names, error",
    [
        (["no_such"], ValueError),  # an unknown name
        (["article"], ValueError),  # the region runs first, alone: there is nothing to wait for
        ("credits", TypeError),  # one str, not a list of names
        (None, TypeError),
        ([1], TypeError),
    ],
)
def test_wait_for_residue_checks_its_names(names, error):
    with pytest.raises(error):
        Cleaner(wait_for_residue=names)


@pytest.mark.parametrize("names", ["date_line", None, 3, ["date_line", None]])
def test_disable_takes_a_list_of_names_and_says_so(names):
    # one str would otherwise be read letter by letter ("unknown detector name(s) ['_', 'a', ...]")
    with pytest.raises(TypeError, match="disable takes"):
        Cleaner(disable=names)
