"""HTML at the edge: a page's markup -> the plain text the detectors read.

``html_to_text`` renders a page the way a scraper that keeps every text node
does, which is the text the detectors are tuned and measured on (the bench's
text mode is this rendering of each page, then ``clean``):

- every text node under ``<body>`` is kept, except inside DROP elements
  (scripts, styles, the head, embedded objects), and so is the text a browser
  shows that the parser left outside ``<body>``: in ``<head>`` after an element
  of the body, or after a stray ``</body>`` (see ``render_page``);
- paragraph-like elements (PARA) are framed by a blank line, other block
  elements (BLOCK) by a line break; inline elements add nothing, so text
  stays glued where the markup has no space ("icon bookmarkicon camera");
- runs of spaces, tabs and no-break spaces collapse to one space, each line
  is stripped, and at most one blank line is kept between lines.

Bytes are read as UTF-8 when they are valid UTF-8, otherwise in the charset
the page declares (see ``decode_html``). An XML
declaration, control characters and lone surrogates, which the parser refuses,
are dropped before parsing, and so is a ``<title>`` start tag that is never
closed (it would make the whole page the title); text nested deeper than about 2,000 elements (the
parser's limit) is lost. A page that cannot be parsed, or has
no text, gives "".
"""
from __future__ import annotations

import codecs
import re

import lxml.etree
import lxml.html

__all__ = ["html_to_text", "looks_like_html", "render", "render_page", "DROP", "PARA", "BLOCK", "HEAD_METADATA"]

DROP = frozenset({"script", "style", "noscript", "template", "head", "iframe", "object", "embed"})
PARA = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "figure", "table"})
BLOCK = PARA | frozenset({
    "div", "section", "article", "header", "footer", "nav", "aside", "main", "ul", "ol", "li",
    "dl", "dt", "dd", "tr", "form", "fieldset", "address", "figcaption", "hr", "br", "details",
    "summary", "menu", "caption", "thead", "tbody", "tfoot", "center",
})

# what belongs in <head>: the rest of what the parser put there is the body's (see render_page)
HEAD_METADATA = frozenset({"title", "meta", "link", "base"})

_INLINE_SPACE = re.compile(r"[ \t\r\f\v\u00a0]+")
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]{0,200}\?>")
# a page's <title> start tag with no end tag after it (a dump that lost it): see html_to_text
_TITLE_START = re.compile(r"<title\b[^>]{0,1000}>", re.IGNORECASE)  # bounded: linear on any page
_TITLE_END = re.compile(r"</title\s*>", re.IGNORECASE)
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")  # what lxml refuses to parse
# a charset declared in the first bytes: <meta charset="..."> or content="text/html; charset=..."
_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_CHARSET_WINDOW = 4096  # bytes searched for a declared charset
_READ_AS_WINDOWS_1252 = frozenset({"iso8859-1", "ascii"})  # codec names, as codecs.lookup gives them


def _local_name(element) -> str | None:
    """Lower-case tag without namespace; None for comments and processing instructions."""
    if not isinstance(element.tag, str):
        return None
    return element.tag.rsplit("}", 1)[-1].lower()


def _separator(name: str) -> str:
    if name in PARA:
        return "\n\n"
    return "\n" if name in BLOCK else ""


def _pieces(top, *, head_content: bool = False) -> list[str]:
    """The raw text pieces under ``top`` in document order (iterative, so depth is no limit).

    With ``head_content``, what ``<head>`` holds besides its metadata is kept.
    """
    drop = DROP - {"head"} if head_content else DROP
    pieces: list[str] = []
    # stack items: an element to open, or a string to emit when it is popped
    stack: list = [top]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            pieces.append(item)
            continue
        name = _local_name(item)
        if name is None or name in drop or (head_content and name in HEAD_METADATA and _is_head(item.getparent())):
            pieces.append(item.tail or "")
            continue
        sep = _separator(name)
        pieces.append(sep)
        pieces.append(item.text or "")
        stack.append(item.tail or "")
        stack.append(sep)
        stack.extend(reversed(list(item)))
    return pieces


def _is_head(element) -> bool:
    return element is not None and _local_name(element) == "head"


def render(root) -> str:
    """The text of a parsed page (an lxml element): its ``<body>``, or the whole tree if it has none.

    This is the shared evaluation's flattening (the bench's text mode); ``html_to_text``
    uses :func:`render_page`, which also keeps what the parser left outside ``<body>``.
    """
    body = root.find(".//body")
    return _tidy("".join(_pieces(root if body is None else body)))


def render_page(root) -> str:
    """The text of a parsed page as a browser shows it: like :func:`render`, and also the
    text lxml's parser leaves outside ``<body>`` where a browser puts it in the body.

    Two such cases are common in old pages. An element that belongs in the body
    but comes before ``<body>`` (``<head>…<mbox><table>…``) opens the body in a
    browser, while lxml nests everything after it in ``<head>``: of ``<head>``
    only the metadata (title, meta, link, base; scripts and styles as everywhere)
    is dropped here. And after a stray ``</body>`` early in the page, lxml puts
    the rest beside ``<body>``, where a browser carries on in the body.
    """
    return _tidy("".join(_pieces(root, head_content=True)))


def _tidy(text: str) -> str:
    """Collapse spaces, strip each line, keep at most one blank line between lines."""
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def decode_html(data: bytes) -> str:
    """The page's bytes as text.

    Bytes that are valid UTF-8 are read as UTF-8, whatever the page declares
    (a page saved as UTF-8 often still declares its old charset); others in the
    charset the page declares, Latin-1 read as Windows-1252 as browsers do, and
    bytes that charset cannot decode become U+FFFD.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data, 0, _CHARSET_WINDOW)
    encoding = "utf-8"
    if declared:
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
        except LookupError:
            pass
    if encoding in _READ_AS_WINDOWS_1252:
        encoding = "cp1252"
    return data.decode(encoding, errors="replace")


def _without_unclosed_title(html: str) -> str:
    """The page without its ``<title>`` start tag if no ``</title>`` follows it.

    A title's text runs to its end tag; where a dump lost that tag, the parser
    (a browser's too) reads the rest of the page as the title, and the page has
    no text. Read without the start tag, its text is there again.
    """
    start = _TITLE_START.search(html)
    if start is None or _TITLE_END.search(html, start.end()):
        return html
    return html[: start.start()] + html[start.end() :]


HTML_SNIFF_CHARS = 2048  # characters from a text's start read to tell whether it is an HTML page
_PAGE_STARTS = ("<!doctype html", "<html")  # how an HTML page opens, lower-cased
_PREAMBLE_ENDS = (("<?xml", "?>"), ("<!--", "-->"))  # what may stand before it: a declaration, comments


def looks_like_html(text: str) -> bool:
    """Whether a text is an HTML page rather than text: it opens with ``<!DOCTYPE html`` or
    ``<html`` (after white space, a byte-order mark, an XML declaration and comments).

    Only the first ``HTML_SNIFF_CHARS`` characters are read: text that quotes markup
    further on ("<p> tags ...") is text.
    """
    head = text[:HTML_SNIFF_CHARS].lower()
    pos = 0
    while True:
        pos = len(head) - len(head[pos:].lstrip("\ufeff \t\r\n\f"))
        for opener, closer in _PREAMBLE_ENDS:
            if head.startswith(opener, pos):
                end = head.find(closer, pos + len(opener))
                if end < 0:
                    return False
                pos = end + len(closer)
                break
        else:
            return head.startswith(_PAGE_STARTS, pos)


def html_to_text(html: str | bytes) -> str:
    """The plain text of an HTML page, as the detectors read it ("" if it has none)."""
    if isinstance(html, (bytes, bytearray, memoryview)):
        html = decode_html(bytes(html))
    elif not isinstance(html, str):
        raise TypeError(f"html_to_text expects str or bytes, got {type(html).__name__}")
    html = _without_unclosed_title(_NOT_IN_XML.sub("", _XML_DECLARATION.sub("", html, count=1)))
    if not html.strip():
        return ""
    try:
        # the whole document (a fragment too gets its <html>, so nothing beside <body> is lost);
        # huge_tree: pages nested deeper than libxml2's default limit (256) keep their text
        root = lxml.html.document_fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):  # nothing lxml can build a tree from
        return ""
    return render_page(root)
