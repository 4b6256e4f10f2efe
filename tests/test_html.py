"""HTML input: html_to_text renders a page's text; clean_html cleans it."""
from __future__ import annotations

import warnings

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleaner
from cleaner import Cleaner, clean_html, explain_html, html_to_text
from cleaner.spans import remove

SECTIONS = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Weather", "Health", "Science", "Money"]
MENU = SECTIONS + [f"{s} Home" for s in SECTIONS] + ["Sign in", "Search"]
FOOTER = ["About us", "Contact", "Privacy policy", "Terms of use", "Careers", "© 2019 Example Media"]
HEADLINE = "Council votes to close the old river bridge for repairs"
PARAGRAPHS = [
    "The city council voted on Monday to close the old river bridge for at least six months, after engineers found that two of its steel supports had corroded far more than expected during the last inspection.",
    "The mayor said the decision had not been easy, but that the safety of the people who cross the bridge every day had to come first, and that the city would pay for extra buses while the work is done.",
    "Shop owners on both sides of the river said they were worried about losing customers during the busy summer months, and asked the council to keep at least one lane open for pedestrians.",
]


def _page() -> str:
    menu = "".join(f'<li><a href="/{m.lower()}">{m}</a></li>' for m in MENU)
    footer = "".join(f"<li>{f}</li>" for f in FOOTER)
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!DOCTYPE html><html><head><title>Bridge | Example</title><style>p{color:red}</style></head>"
        f"<body><nav><ul>{menu}</ul></nav><article><h1>{HEADLINE}</h1>{body}</article>"
        f"<script>track('page')</script><footer><ul>{footer}</ul></footer></body></html>"
    )


# ---- html_to_text -------------------------------------------------------------------


def test_blocks_become_lines_and_inline_elements_add_nothing():
    html = (
        "<html><head><title>T</title></head><body><div>Menu<span>icon</span>bookmark</div>"
        "<p>Para\u00a0 one.</p><script>x()</script>tail<!-- c --><p>Two <b>bold</b> words</p>"
        "<ul><li>a</li><li>b</li></ul>line<br>break</body></html>"
    )
    # the head, the script and the comment leave no text; <p> is framed by blank lines,
    # each <li> or <br> by line breaks
    assert html_to_text(html) == "Menuiconbookmark\n\nPara one.\n\ntail\n\nTwo bold words\n\na\n\nb\n\nline\n\nbreak"


def test_a_page_that_opens_with_an_xml_declaration_is_read():
    # lxml refuses a str that declares its encoding; the declaration is dropped first
    html = '<?xml version="1.0" encoding="utf-8"?>\n<html><body><p>Hello there.</p></body></html>'
    assert html_to_text(html) == "Hello there."


@pytest.mark.parametrize(
    "data",
    [
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café – prix 5 €</p></body></html>'.encode("cp1252"),
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>'
        "<body><p>Café – prix 5 €</p></body></html>".encode("cp1252"),
        # saved as UTF-8, still declaring its old charset
        '<html><head><meta charset="iso-8859-1"></head><body><p>Café – prix 5 €</p></body></html>'.encode("utf-8"),
        # no declaration
        "<html><body><p>Café – prix 5 €</p></body></html>".encode("utf-8"),
    ],
)
def test_bytes_are_read_in_the_charset_they_are_in(data):
    assert html_to_text(data) == "Café – prix 5 €"


def test_bytes_in_an_unknown_charset_are_not_an_error():
    data = '<meta charset="no-such-charset"><p>Caf\xe9</p>'.encode("latin-1")
    assert html_to_text(data) == "Caf\ufffd"


@pytest.mark.parametrize("html", ["", "   \n", "<html></html>", "<!-- only a comment -->", "<script>x()</script>"])
def test_a_page_without_text_gives_an_empty_string(html):
    assert html_to_text(html) == ""


def test_body_content_before_the_body_tag_is_read_as_a_browser_shows_it():
    # an unknown element in <head> opens the body in a browser; lxml nests the rest in <head>
    html = (
        '<html><head><title>Site title</title><meta name="robots" content="all">'
        "<mbox><table><tr><td>Search</td></tr></table>"
        "<p>The article's first paragraph.</p><script>x()</script><p>Its second.</p></html>"
    )
    assert html_to_text(html) == "Search\n\nThe article's first paragraph.\n\nIts second."


def test_text_after_a_stray_body_end_tag_is_read():
    # lxml puts what follows an early </body> beside <body>; a browser carries on in the body
    html = "<table><tr><td>Menu</td></tr></table></body></td></tr></table><p>The article itself.</p>"
    assert html_to_text(html) == "Menu\n\nThe article itself."


def test_a_title_that_is_never_closed_does_not_swallow_the_page():
    # a dump that lost </title>: the parser would read the whole page as the title
    html = (
        "<html><head><title>Council votes to close the bridge - Example News"
        '<script src="a.js"></script></head><body><p>The council voted on Monday.</p></body></html>'
    )
    assert html_to_text(html).endswith("The council voted on Monday.")


def test_a_closed_title_is_still_left_out():
    html = "<html><head><title>Site title</title></head><body><p>Text.</p><p>More text</p></body></html>"
    assert html_to_text(html) == "Text.\n\nMore text"


def test_a_title_outside_head_is_text_as_before():
    # only the page's own <title> is metadata; an icon's <svg><title> in the body is text
    html = "<html><head><title>Page</title></head><body><p>Share<svg><title>Facebook</title></svg></p></body></html>"
    assert html_to_text(html) == "ShareFacebook"


def test_characters_the_parser_refuses_are_dropped_not_fatal():
    assert html_to_text("<p>a\x00b\x0bc\ud800d</p>") == "abcd"


@pytest.mark.parametrize("value", [None, 3, ["<p>x</p>"]])
def test_anything_but_str_or_bytes_is_a_type_error(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        html_to_text(value)


def test_a_deeply_nested_page_is_no_recursion_error():
    depth = 1500  # deeper than libxml2's default limit of 256
    assert html_to_text("<div>" * depth + "deep" + "</div>" * depth) == "deep"


@given(st.text())
def test_any_string_gives_text_and_no_exception(html):
    assert isinstance(html_to_text(html), str)


# ---- clean_html -------------------------------------------------------------------


def test_clean_html_keeps_the_article_and_drops_the_page_around_it():
    assert clean_html(_page()) == "\n\n".join([HEADLINE, *PARAGRAPHS])


def test_clean_html_is_clean_of_the_pages_text():
    page = _page()
    text = html_to_text(page)
    assert "Privacy policy" in text and "track(" not in text  # the footer is text; the script is not
    assert clean_html(page) == cleaner.clean(text)
    assert clean_html(page.encode("utf-8")) == clean_html(page)


def test_explain_html_gives_spans_over_the_pages_text():
    page = _page()
    text = html_to_text(page)
    result = explain_html(page)
    assert result.removed and all(0 <= s.start < s.end <= len(text) for s in result.removed)
    assert remove(text, result.removed) == result.text
    assert {s.text(text).strip() for s in result.removed} >= {"Privacy policy", "Careers"}


def test_a_configured_cleaner_cleans_html_too():
    page = _page()
    without_article = Cleaner(disable=["article"])
    assert without_article.clean_html(page) == without_article.clean(html_to_text(page))
    assert "Sport Home" in without_article.clean_html(page)  # the menu: the article detector would have cut it
    assert "Sport Home" not in clean_html(page)


# ---- an HTML page given to clean() as text ----------------------------------------------


PAGE_AS_TEXT = "<!DOCTYPE html>\n<html><body><p>The council met on Monday.</p></body></html>"


@pytest.mark.parametrize(
    "text",
    [
        PAGE_AS_TEXT,
        "<html lang='en'><head><title>T</title></head><body>x</body></html>",
        "\ufeff  \n<HTML>\n<BODY>x</BODY></HTML>",
        '<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from url -->\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN">',
    ],
)
def test_an_html_page_is_told_apart_from_text(text):
    assert cleaner.looks_like_html(text)


@pytest.mark.parametrize(
    "text",
    [
        "<3 you all. The council met on Monday.",
        "<b>Bold</b> claims were made on Monday.",
        "The page's source opens with <!DOCTYPE html> and then <html>.",
        "<!-- a comment that never closes <html>",
        "",
        "<!--" + "x" * 3000 + "-->\n<html>",  # only the first HTML_SNIFF_CHARS characters are read
    ],
)
def test_text_that_holds_or_opens_with_markup_is_text(text):
    assert not cleaner.looks_like_html(text)


def test_clean_warns_that_an_html_page_given_as_text_is_cleaned_as_text():
    with pytest.warns(cleaner.HTMLInputWarning, match="clean_html") as caught:
        out = cleaner.clean(PAGE_AS_TEXT)
    assert out.startswith("<!DOCTYPE html>") and "</html>" in out  # cleaned as the text it is, as before
    assert caught[0].filename == __file__  # the warning names the caller's line, not ours
    with pytest.warns(cleaner.HTMLInputWarning):
        Cleaner().explain(PAGE_AS_TEXT)


def test_text_and_html_read_by_clean_html_give_no_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        cleaner.clean("The council met on Monday.\n\n<b>Bold</b> claims were made.")
        cleaner.clean_html(PAGE_AS_TEXT)
