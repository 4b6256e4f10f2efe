"""The pipeline: run every detector on the original text, resolve spans, remove them once."""
from __future__ import annotations

import os
import sys
import warnings
from dataclasses import dataclass
from types import FrameType
from typing import Iterable, Sequence, cast

from .detectors import default_detectors
from .detectors.article_head import ArticleHead
from .detectors.base import Detector
from .document import Document
from .html import html_to_text, looks_like_html
from .spans import Cut, Span, remove, resolve, snap_to_lines, uncovered

__all__ = ["CAUTIOUS", "Cleaner", "HTMLInputWarning", "Result", "check_text", "detector_names"]

# Detectors whose lines may be a clean article's own: a photo credit or a source line, an
# author's bio, a tag line or a copyright line at the end, links to related stories, an
# "Advertisement" label. For ``Cleaner(wait_for_residue=CAUTIOUS)``: text that shows no other
# residue (already extracted article text) keeps them.
CAUTIOUS: tuple[str, ...] = ("credits", "page_tails", "teasers", "cross_links", "ad_labels")


@dataclass(frozen=True, slots=True)
class Result:
    """The clean text and every span removed from the input to get it."""

    text: str
    removed: tuple[Span, ...]

    def to_dict(self) -> dict:
        return {"text": self.text, "removed": [s.to_dict() for s in self.removed]}


class HTMLInputWarning(UserWarning):
    """A text given to ``clean()`` or ``explain()`` is an HTML page: it is cleaned as the text
    it is, markup and all, where ``clean_html()`` would read the page's text first."""


_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__)) + os.sep


def _outside_the_package() -> int:
    """The ``stacklevel`` of a warning issued by the caller of this function that names the
    first frame outside this package (the user's call, however many of ours lie between)."""
    frame: FrameType | None = sys._getframe(1)
    level = 1
    while frame is not None and os.path.abspath(frame.f_code.co_filename).startswith(_PACKAGE_DIR):
        frame, level = frame.f_back, level + 1
    return level


def check_text(text: object) -> str:
    """Return text if it is a str; otherwise raise a TypeError that names the type."""
    if isinstance(text, str):
        return text
    kind = type(text).__name__
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"cleaner expects str, got {kind}: decode it first, e.g. data.decode('utf-8')"
        )
    raise TypeError(f"cleaner expects str, got {kind}")


def detector_names(names: object, parameter: str) -> tuple[str, ...]:
    """``names`` as a tuple of detector names, or a TypeError that says what ``parameter`` takes
    (one str would otherwise be read as its letters)."""
    if isinstance(names, str):
        raise TypeError(f"{parameter} takes a list of detector names, e.g. [{names!r}], not one str")
    try:
        found = tuple(cast("Iterable[object]", names))
    except TypeError:
        raise TypeError(f"{parameter} takes a list of detector names, not {type(names).__name__}") from None
    odd = [n for n in found if not isinstance(n, str)]
    if odd:
        raise TypeError(f"{parameter} takes detector names (str), not {odd[0]!r}")
    return cast("tuple[str, ...]", found)


class Cleaner:
    """A configured pipeline.

    ``Cleaner()`` runs the default detectors. ``disable`` turns detectors off by
    name; ``extra`` adds detectors (any object with a ``name`` and a
    ``detect(doc)`` method yielding spans); ``detectors`` replaces the default
    list entirely. ``max_rounds`` bounds how often the detectors look again
    at what is left after a round of removals.

    ``wait_for_residue`` names detectors whose spans are kept only once another
    detector has found residue in the text, as some detectors always do with
    some of their spans (``needs_other_residue``): for text that is mostly
    clean already, where a lone credit or tag line is the article's own.
    :data:`CAUTIOUS` names the detectors whose lines a clean article may hold.
    The article region, which runs first and alone, cannot wait.

    ``body_only`` adds :class:`~cleaner.detectors.article_head.ArticleHead`:
    the article's headline, byline and date above its first paragraph go too,
    for corpora whose text starts at the body (the headline kept apart).
    """

    def __init__(
        self,
        *,
        detectors: Sequence[Detector] | None = None,
        disable: Iterable[str] = (),
        extra: Sequence[Detector] = (),
        max_rounds: int = 3,
        wait_for_residue: Iterable[str] = (),
        body_only: bool = False,
    ) -> None:
        self.max_rounds = max_rounds
        base = list(default_detectors() if detectors is None else detectors)
        if body_only:
            base.append(ArticleHead())
        for d in [*base, *extra]:
            if not (isinstance(getattr(d, "name", None), str) and callable(getattr(d, "detect", None))):
                raise TypeError(f"a detector needs a str 'name' and a 'detect(doc)' method: {d!r}")
        disable = set(detector_names(disable, "disable"))
        known = {d.name for d in [*base, *extra]}
        unknown = disable - known
        if unknown:
            raise ValueError(f"unknown detector name(s) {sorted(unknown)}; known: {sorted(known)}")
        self.detectors: tuple[Detector, ...] = tuple(
            d for d in [*base, *extra] if d.name not in disable
        )
        self.waiting = frozenset(detector_names(wait_for_residue, "wait_for_residue"))
        unknown_waiting = self.waiting - known
        if unknown_waiting:
            raise ValueError(f"unknown detector name(s) {sorted(unknown_waiting)} to wait for residue; known: {sorted(known)}")
        first = sorted(d.name for d in self.detectors if getattr(d, "runs_first", False) and d.name in self.waiting)
        if first:
            raise ValueError(f"detector(s) {first} run first, alone, and cannot wait for other residue")
        # the detectors that run alone before the rounds (see spans), and the others
        self._first = tuple(d for d in self.detectors if getattr(d, "runs_first", False))
        self._rest = tuple(d for d in self.detectors if not getattr(d, "runs_first", False))
        # the detectors whose spans keep only what the others leave (see _round)
        self._yielding = frozenset(d.name for d in self.detectors if getattr(d, "yields_to_others", False))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(d.name for d in self.detectors)

    def spans(self, text: str) -> list[Span]:
        """Every span to remove, in offsets of text: disjoint and sorted.

        Each round runs every detector on what is left after the rounds before
        (so junk that only stands out once its neighbour is gone is found too),
        until a round finds nothing or ``max_rounds`` have run. Detectors whose
        ``runs_first`` is true (the article region) first run alone on the text
        as given, and the rounds start from what they leave: the page around
        the article is cut before the other detectors judge its lines one by one.
        """
        found: list[Span] = []
        current = Cut(text)
        given = doc = Document(text)
        residue = False  # has a detector that stands alone found anything yet?
        looked = False  # have the detectors that run first seen doc, and left it as it is?
        if self._first:
            flagged, residue = self._round(doc, residue, self._first)
            if flagged:
                found.extend(flagged)  # offsets of the text as given
                current = current.without(flagged)
                doc = Document(current.text, source=given)
            else:
                looked = True
        for k in range(self.max_rounds):
            flagged, residue = self._round(doc, residue, self._rest if k == 0 and looked else self.detectors)
            if not flagged:
                break
            found.extend(current.to_original(s) for s in flagged)
            current = current.without(flagged)
            doc = Document(current.text, source=given)
        return resolve(found)

    def _round(self, doc: Document, residue: bool, detectors: Sequence[Detector]) -> tuple[list[Span], bool]:
        """The spans this round removes, and whether the text has shown residue so far.

        A detector whose ``needs_other_residue`` is true flags what is residue
        only on a scraped page, not in clean article text (a date line under a
        headline): its spans are kept only once another detector has found
        something in the text, in this round or an earlier one. A detector may
        also say so of some of its spans only, with a method
        ``waits_for_other_residue(span)`` (a copyright line: clean wire copy
        may end in one).

        A detector whose ``yields_to_others`` is true (the article's head, which
        takes in whatever stands above the first paragraph) keeps only what no
        other detector flags in the round, so each line is explained by the
        rule made for it.
        """
        text = doc.text
        flagged: list[Span] = []
        dependent: list[Span] = []
        for detector in detectors:
            waits = detector.name in self.waiting or getattr(detector, "needs_other_residue", False)
            span_waits = getattr(detector, "waits_for_other_residue", None)
            for span in detector.detect(doc):
                if span.end > len(text):
                    raise ValueError(f"detector {detector.name!r} flagged {span} beyond the text's end")
                if waits or (span_waits is not None and span_waits(span)):
                    dependent.append(span)
                else:
                    flagged.append(span)
                    residue = residue or bool(text[span.start : span.end].strip())
        if residue:
            flagged.extend(dependent)
        yielding = self._yielding
        if yielding:
            others = resolve(s for s in flagged if s.detector not in yielding)
            pieces = [p for s in flagged if s.detector in yielding for p in uncovered(s, others)]
            flagged = others + [p for p in pieces if text[p.start : p.end].strip()]
        return resolve(snap_to_lines(text, resolve(flagged))), residue

    def explain(self, text: str) -> Result:
        """The clean text and every span removed from ``text``. An HTML page given as text is
        cleaned as it is, with an :class:`HTMLInputWarning` (``explain_html`` reads its text)."""
        text = check_text(text)
        if looks_like_html(text):
            warnings.warn(
                "this text is an HTML page (it opens with <!DOCTYPE html> or <html>) and is cleaned as "
                "text, markup and all: use clean_html() or explain_html() (on the command line, --html)",
                HTMLInputWarning, stacklevel=_outside_the_package(),
            )
        spans = self.spans(text)
        return Result(remove(text, spans), tuple(spans))

    def clean(self, text: str) -> str:
        return self.explain(text).text

    def explain_html(self, html: str | bytes) -> Result:
        """Like :meth:`explain` for an HTML page: its spans are offsets into ``html_to_text(html)``."""
        return self.explain(html_to_text(html))

    def clean_html(self, html: str | bytes) -> str:
        """The article text of an HTML page (str, or bytes in the charset it declares)."""
        return self.explain_html(html).text

    def __repr__(self) -> str:
        waiting = f", wait_for_residue={sorted(self.waiting)}" if self.waiting else ""
        return f"Cleaner(detectors={list(self.names)}{waiting})"
