"""The systems the bench compares: a name, the input they read, and one function.

`kind` is "html" (the page itself) or "text" (the page flattened by bench/flatten.py,
the naive scraped text that `cleaner.clean()` is built for). Each function maps one
input string to the extracted text and is the only thing that is timed. Peers are
imported lazily: one that is not installed is reported as skipped, not fatal.
"""
from __future__ import annotations

import html as html_escape
import logging
from dataclasses import dataclass
from typing import Callable

from bench.c4 import c4_lines
from bench.flatten import flatten

JUSTEXT_LANGUAGE = "English"  # jusText's stoplist; most scored pages are English
TRAFILATURA = "trafilatura"   # the system the speed ratios are relative to
OURS_TEXT = "cleaner (text)"
OURS_HTML = "cleaner (html)"
OURS_CAUTIOUS = "cleaner (cautious)"
OURS_BODY = "cleaner (body only)"


@dataclass(frozen=True)
class System:
    name: str
    kind: str  # "html" or "text"
    run: Callable[[str], str]
    about: str = ""
    timed: bool = True  # False for a reference point with nothing to time, or no time of its own


def _no_cleaning() -> System:
    return System("no cleaning", "text", lambda text: text, "the flattened page as is", timed=False)


def _c4() -> System:
    return System("C4 line rules", "text", c4_lines, "bench/c4.py on the flattened page")


def _justext_paragraphs(html: str, stoplist) -> str:
    import justext

    paragraphs = justext.justext(html, stoplist)
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _justext_html() -> System:
    import justext

    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGE)
    return System("jusText", "html", lambda page: _justext_paragraphs(page, stoplist),
                  f"justext.justext, {JUSTEXT_LANGUAGE} stoplist")


def lines_as_html(text: str) -> str:
    """Each non-empty line of `text` as one <p>, so jusText judges lines as paragraphs."""
    paras = (f"<p>{html_escape.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return "<html><body>" + "".join(paras) + "</body></html>"


def _justext_text() -> System:
    import justext

    stoplist = justext.get_stoplist(JUSTEXT_LANGUAGE)
    return System("jusText (text)", "text",
                  lambda text: _justext_paragraphs(lines_as_html(text), stoplist) if text.strip() else "",
                  "jusText with each flattened line as a paragraph")


def _trafilatura() -> System:
    import trafilatura

    return System(TRAFILATURA, "html", lambda page: trafilatura.extract(page) or "",
                  "trafilatura.extract, defaults")


def _readability() -> System:
    from readability import Document

    logging.getLogger("readability").setLevel(logging.CRITICAL)
    logging.getLogger("readability.readability").setLevel(logging.CRITICAL)

    def run(page: str) -> str:
        # Defaults on purpose: readability-lxml 0.9 picks a different article on some
        # pages with html_partial=True (0.914 instead of 0.903 F1 on the full data).
        return flatten(Document(page).summary())

    return System("readability-lxml", "html", run, "Document(page).summary(), made text by bench/flatten.py")


def _resiliparse() -> System:
    from resiliparse.extract.html2text import extract_plain_text

    return System("resiliparse", "html", lambda page: extract_plain_text(page, main_content=True),
                  "extract_plain_text(main_content=True)")


def _boilerpy3() -> System:
    from boilerpy3 import extractors

    logging.getLogger("boilerpy3").setLevel(logging.CRITICAL)
    extractor = extractors.ArticleExtractor(raise_on_failure=True)
    return System("boilerpy3", "html", extractor.get_content, "ArticleExtractor")


def _cleaner_systems() -> list[System]:
    import cleaner  # imported here: the package may not exist yet, or be a stub

    found = []
    if callable(getattr(cleaner, "clean", None)):
        found.append(System(OURS_TEXT, "text", cleaner.clean, "cleaner.clean on the flattened page"))
    if callable(getattr(cleaner, "clean_html", None)):
        # its own Cleaner: the default one remembers the text row's lines (the systems take
        # turns on the same pages), which would flatter this row's speed
        found.append(System(OURS_HTML, "html", cleaner.Cleaner().clean_html, "cleaner.clean_html on the page"))
    if hasattr(cleaner, "CAUTIOUS"):
        # not timed: it does the text row's work, and the line judgements both remember (module
        # memos shared by every Cleaner) would flatter its speed
        cautious = cleaner.Cleaner(wait_for_residue=cleaner.CAUTIOUS).clean
        found.append(System(OURS_CAUTIOUS, "text", cautious, "Cleaner(wait_for_residue=CAUTIOUS) on the flattened page",
                            timed=False))
    try:
        body_only = cleaner.Cleaner(body_only=True).clean
    except TypeError:  # a version without the option
        pass
    else:  # not timed, for the same reason; for golds that start at the body (ScrapingHub's)
        found.append(System(OURS_BODY, "text", body_only, "Cleaner(body_only=True) on the flattened page", timed=False))
    return found


BUILDERS: list[Callable[[], System | list[System]]] = [
    _cleaner_systems, _no_cleaning, _c4, _justext_text,
    _trafilatura, _readability, _justext_html, _resiliparse, _boilerpy3,
]


def available_systems(only: list[str] | None = None) -> tuple[list[System], dict[str, str]]:
    """The systems that can run here, and {builder or name: why skipped} for the others."""
    systems: list[System] = []
    skipped: dict[str, str] = {}
    for build in BUILDERS:
        label = build.__name__.strip("_").replace("_", " ")
        try:
            built = build()
        except Exception as exc:  # ImportError, or a broken package: skip, say why
            skipped[label] = f"{type(exc).__name__}: {exc}"
            continue
        for system in built if isinstance(built, list) else [built]:
            if only is None or system.name in only:
                systems.append(system)
    return systems, skipped
