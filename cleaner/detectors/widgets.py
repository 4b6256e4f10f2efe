"""Widgets: text that page widgets leave in a dump (``data/widgets/<lang>.txt``).

- **widget labels** alone on a line: WordPress "Like this: Like Loading...",
  "Back to top", "Enlarge image", "See all 12 photos", "Photo 3 of 12", "Your
  Vote Matters! Vote Now!", "Gefällt mir: Gefällt mir Lade …";
- **layout pointers**: "(SCROLL DOWN FOR VIDEO)" alone, or cut from the end of a
  line where it is written in capitals or in brackets ("... Share this on
  Facebook or Twitter SCROLL DOWN FOR MORE");
- **a highlights box** at the top of a story: CNN's "Story highlights" label and
  the bullet lines after it, up to the first full sentence ("(CNN) ...");
- **an archive or date selector**: "Under the Radar Blog Archives Select Date…
  July, 2017 June, 2017 May, 2017 ..." (a run of month-and-year items), or
  such items one a line, four or more in a row ("November 2004" / "October
  2004 (12)" / ...);
- **template code**: lines holding ``{% ... %}`` or ``{{ ... }}`` tags;
- **a formula's TeX source**: ``{\\displaystyle A^{\\mathsf {H}}}`` alone on its line,
  as MediaWiki prints it (hidden) under each formula it renders;
- **a truncated link**: a URL alone on a line and cut off with "…".
- **a site's label alone on its line**: a menu's or footer's label ("Archives",
  "Privacy", "Search", "| TrackBack"; ``data/site_labels``) or a social network's name
  that the rest of its menu left behind, only from a text that shows other residue
  (``site_label_needs_other_residue``): a clean article may head a part "News".

A label must fill its line (or, for a pointer, stand in capitals or brackets
at its end), so "Loading the truck took an hour" stays.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

import regex

from ..document import Document, Line
from ..phrasebank import load_bank, site_labels
from ..spans import Span
from ..textutil import normalize, words
from .phrases import LETTER as _LETTER
from .phrases import LineLocal, PhraseBank, entries_of_kind, runs

__all__ = ["Widgets"]

# a TeX formula's source alone on its line, as MediaWiki prints it under the rendered formula
_TEX_SOURCE = regex.compile(r"\s*+\{\\(?:displaystyle|textstyle)\b[^\n]*\}\s*+")
_TEMPLATE_TAG = regex.compile(r"\{%[^\n]{0,300}?%\}|\{\{[^\n]{0,300}?\}\}")
_TRUNCATED_URL = regex.compile(r"[^\S\n]*+(?:https?://|www\.)[^\s…]++(?:…|\.\.\.)[^\S\n]*+")
_YEAR = r"(?:1[89]|20)\d\d"
_YEAR_RE = regex.compile(rf"(?<!\d){_YEAR}(?!\d)")
_LAST_WORD = regex.compile(r"\w++", regex.REVERSE)  # searched from the end: the last word
# what may stand around a month and year in an archive list: punctuation, a count of posts
_ARCHIVE_REST = regex.compile(r"[^\w\n(]*+(?:\(\d++\)[^\w\n]*+)?+")
# an item of a list that gives each its count ("Blog (117)", "Britney Spears (356)"); a year
# in brackets ("Uschi (2002)") is a citation or a date, not a count
_COUNTED_ITEM = regex.compile(rf"[^\S\n]*+\S[^\n]*?[^\S\n]\((?!{_YEAR}\))\d{{1,3}}(?:[,.]\d{{3}})*+\)[^\S\n]*+")
_LEAD_IN_END = regex.compile(r"[:.][^\S\n]*+$")  # a word alone that ends so is a lead-in or a sentence's end
_SITE_LABEL = "site label alone"
_BULLET_END = regex.compile(r"[.!?\"”’»)\]:]\s*+$")


def _phrase(p: str) -> str:
    return r"[\W_]*+".join(regex.escape(w) for w in normalize(p).split())


@dataclass
class Widgets(LineLocal):
    name: str = "widgets"
    score_cutoff: float = 90.0  # RapidFuzz score a line needs against a widget label
    max_label_words: int = 12
    highlights_lines: int = 5  # content lines at the top where a highlights box may start
    max_highlights: int = 6  # bullet lines a highlights box takes
    max_bullet_words: int = 35
    min_archive_items: int = 4  # month-and-year items of a date selector
    min_archive_share: float = 0.6  # share of the line's words they make up
    min_counted_items: int = 4  # lines in a row that each end in a count ("Blog (117)"): a sidebar's list
    max_counted_item_chars: int = 150  # a longer line is no item of such a list
    max_site_label_chars: int = 40  # a longer line is no label of a site's menu
    site_label_needs_other_residue: bool = True  # a lone "News" or "About" goes only from a page with other residue

    @cached_property
    def _labels(self) -> PhraseBank:
        return PhraseBank("widgets", score_cutoff=self.score_cutoff, kind="label")

    @cached_property
    def _pointers(self) -> PhraseBank:
        return PhraseBank("widgets", score_cutoff=self.score_cutoff, kind="pointer")

    @cached_property
    def _labels_as_written(self) -> frozenset[str]:
        """The labels, case folded, with their marks ("loading..."): a word alone that ends in a
        mark is no label unless the bank writes it so."""
        return frozenset(e.strip().casefold() for e in self._kind("label"))

    def _kind(self, kind: str) -> set[str]:
        return {e for entries in load_bank("widgets").values() for e in entries_of_kind(entries, kind)}

    @cached_property
    def _pointer_last_words(self) -> frozenset[str]:
        return frozenset(normalize(p).rsplit(" ", 1)[-1] for p in self._kind("pointer") if normalize(p))

    @cached_property
    def _pointer_end_re(self) -> regex.Pattern:
        body = "|".join(sorted((_phrase(p) for p in self._kind("pointer")), key=len, reverse=True))
        return regex.compile(rf"(?P<open>[(\[][^\S\n]*+)?+(?P<pointer>{body})[^\S\n]*+(?P<close>[)\]])?+[^\w\n]*+$", regex.IGNORECASE)

    @cached_property
    def _highlights_re(self) -> regex.Pattern:
        body = "|".join(sorted((_phrase(p) for p in self._kind("highlights")), key=len, reverse=True))
        return regex.compile(rf"[^\w\n]*+(?:{body})(?!\w)[^\S\n]*+:?+[^\S\n]*+", regex.IGNORECASE)

    @cached_property
    def _archive_re(self) -> regex.Pattern:
        body = "|".join(sorted((_phrase(p) for p in self._kind("archive")), key=len, reverse=True))
        return regex.compile(rf"(?<!\w)(?:{body})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _month_year_re(self) -> regex.Pattern:
        """'July, 2017', 'Juli 2017', 'июль 2017': a month word (from data/date_words) and a year."""
        months: set[str] = set()
        for entries in load_bank("date_words").values():
            months.update(e.casefold() for e in entries if e.isalpha() and len(e) >= 3)
        body = "|".join(sorted((regex.escape(m) for m in months), key=len, reverse=True))
        return regex.compile(rf"(?<!\w)(?:{body})\.?+,?+[^\S\n]*+{_YEAR}(?!\d)", regex.IGNORECASE)

    # -- single lines ------------------------------------------------------------

    def label(self, text: str) -> str | None:
        if len(text) > 20 * self.max_label_words:
            return None
        if not (self._labels.could_match(text) or self._pointers.could_match(text)):
            return None
        n = len(words(text))
        if not n or n > self.max_label_words:
            return None
        if n == 1 and _LEAD_IN_END.search(text) and text.strip().casefold() not in self._labels_as_written:
            return None  # "Contact:", "Video:" introduce what follows; "about." ends a sentence ("Loading..." is a label)
        for bank, kind in ((self._labels, "widget label"), (self._pointers, "layout pointer")):
            found = bank.match(text)
            if found and not (found.startswith("~") and n < 2):
                return f"{kind} {found}"
        return None

    def site_label(self, text: str) -> str | None:
        """A label of a site's menu or footer alone on its line ("Archives", "Privacy")."""
        if len(text) > self.max_site_label_chars or _LEAD_IN_END.search(text):
            return None
        norm = normalize(text)
        if norm and norm in site_labels():
            return f"{_SITE_LABEL} {norm!r}"
        return None

    def waits_for_other_residue(self, span: Span) -> bool:
        return self.site_label_needs_other_residue and span.reason.startswith(_SITE_LABEL)

    def archive(self, text: str) -> str | None:
        if len(_YEAR_RE.findall(text)) < 2:
            return None  # cheap: a date selector lists years
        items = self._month_year_re.findall(text)
        if len(items) < 2:
            return None
        n = len(words(text))
        covered = sum(len(words(i)) for i in items)
        if len(items) >= self.min_archive_items and covered >= self.min_archive_share * n:
            return f"date selector ({len(items)} months)"
        if self._archive_re.search(text) and covered >= self.min_archive_share * (n - 4):
            return f"archive selector ({len(items)} months)"
        return None

    def code(self, text: str) -> str | None:
        if "{\\" in text and _TEX_SOURCE.fullmatch(text):
            return "a formula's TeX source"
        tags = _TEMPLATE_TAG.findall(text)
        if tags and sum(len(t) for t in tags) >= 0.3 * len(text.split("/*", 1)[0].strip() or text):
            return "template code"
        return None

    # -- the detector -------------------------------------------------------------

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        taken: set[int] = set()
        for i, line in enumerate(lines[: self.highlights_lines]):
            m = self._highlights_re.match(line.text)
            if not m or not self._bullet(line.text[m.end() :], allow_empty=True):
                continue
            taken.add(i)
            yield Span(line.start, line.end, self.name, "highlights box label")
            j = i + 1
            while j < len(lines) and j - i <= self.max_highlights and self._bullet(lines[j].text):
                taken.add(j)
                yield Span(lines[j].start, lines[j].end, self.name, "highlights box bullet")
                j += 1
            break
        # a blog's archive as a list: "November 2004" / "October 2004 (12)" / ... one a line
        for run in runs(lines, lambda line: self._archive_item(line.text), self.min_archive_items):
            for k in run:
                taken.add(k)
                yield Span(lines[k].start, lines[k].end, self.name, "archive list: a month and year a line")
        # a sidebar's list with a count for each item: categories ("Blog (117)"), most-read stories
        for run in runs(lines, lambda line: self._counted_item(line.text), self.min_counted_items):
            for k in run:
                if k not in taken:
                    taken.add(k)
                    yield Span(lines[k].start, lines[k].end, self.name, "counted list: an item and its count a line")
        for i, line in enumerate(lines):
            if i not in taken:
                yield from self.spans_of(line)

    def _counted_item(self, text: str) -> bool:
        """Is text an item and its count ("Blog (117)")? An item has a letter: "112 (15)" is a table's row."""
        return (
            len(text) <= self.max_counted_item_chars
            and text.rstrip().endswith(")")
            and _COUNTED_ITEM.fullmatch(text) is not None
            and _LETTER.search(text) is not None
        )

    def _archive_item(self, text: str) -> bool:
        """Is text a month and year alone, with the count of its posts perhaps ("June 2012 (37)")?"""
        if len(text) > 40 or _YEAR_RE.search(text) is None:
            return False  # cheap: too long, or no year (the month pattern is slow to search)
        m = self._month_year_re.search(text)
        return m is not None and _ARCHIVE_REST.fullmatch(text[: m.start()] + text[m.end() :]) is not None

    def line_spans(self, line: Line) -> Iterator[Span]:
        text = line.text
        if not _LETTER.search(text):
            return
        reason = self.label(text) or self.archive(text) or self.code(text)
        if reason is None and _TRUNCATED_URL.fullmatch(text):
            reason = "truncated link"
        if reason is None:
            reason = self.site_label(text)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
            return
        last = _LAST_WORD.search(text)
        if last is None or last.group().casefold() not in self._pointer_last_words:
            return
        m = self._pointer_end_re.search(text, max(0, len(text) - 60))
        if m and m.start() > 0:
            pointer = m.group("pointer")
            bracketed = m.group("open") and m.group("close")
            if bracketed or (pointer.isupper() and len(words(pointer)) >= 2):
                yield Span(*line.offsets_of(m.start(), len(text)), self.name, f"layout pointer {pointer!r}, end of line")

    def _bullet(self, text: str, *, allow_empty: bool = False) -> bool:
        text = text.strip()
        if not text:
            return allow_empty
        n = len(words(text))
        return 3 <= n <= self.max_bullet_words and not _BULLET_END.search(text)
