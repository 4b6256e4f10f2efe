"""Page tails: what closes a page after the article (``data/page_tails/<lang>.txt``).

- **tag lines**: "Filed under: democracy, Regime Change | Tagged: dennis
  kucinich | 1 Comment »", "Tags: ...", "Schlagwörter: ..." (a lead-in, then a
  list of short items), also after the post's date ("September 27th, 2012 |
  Tags: context, norms | Category: ..."); only from a text that shows other
  residue (``tag_line_needs_other_residue``), as clean copy of a post may close
  with its tags. A lead-in alone ("Related Topics") in the second half of the
  page takes the short tags on the lines after it.
- **a post's meta line**: the sentence a blog template prints under a post
  ("This entry was posted in Mobile and tagged Android by Rob Tiffany. Bookmark
  the permalink.", "This entry was posted on 23 October 2012 at 8:14 pm and is
  filed under ..."): a line that opens with a ``meta:`` phrase of the bank, at
  most ``max_meta_words`` words; it waits for other residue as a tag line does.
- **an authors label** whose names were lost: "Authors:" as the last line.
- **copyright notices**: "Copyright (c) Marler Clark LLP, PS. All rights
  reserved.", "© 2019 The Associated Press", "copyright by: Joseph P.
  Martino" (also cut from the end of a line), "Alle Rechte vorbehalten";
  only from a text that shows other residue (``copyright_needs_other_residue``),
  as clean wire copy may end in its copyright line.
- **license notices**: "This work is licensed under a Creative Commons
  License.", "Texte auf dieser Webseite stehen unter einer Creative Commons
  ... Lizenz": a short line holding a ``license:`` phrase of the bank; like a
  copyright notice, only from a text that shows other residue.
- **disclaimers** at the top or among the last lines: a short paragraph holding
  two disclaimer phrases ("The views expressed in this opinion article are
  solely those of their author and are not necessarily ... endorsed by ...")
  or opening with "Disclaimer": a heading or a footer link ("Disclaimer",
  "Disclaimer for details."), or a longer paragraph that also holds one of the
  phrases (an author's aside such as "Disclaimer: if you see different patch
  sizes ..." is the article's own).
- **author bios** near the end: "Josh Gerstein is a senior reporter for
  POLITICO.", "— Tom Rogan is a writer, ...", "LifeNews.com is an independent
  news agency ...", "Tyler Cochran studies Political Science ..." (a name of
  two or more words, then a copula and a role, or a bio verb); then the lines
  after it that go on about the same person ("Mercedes offers workshops ...",
  "He ...") and a line between two bio lines. A bio glued to the end of one of
  the last paragraphs ("... national democracy. Alexander Maistrovoy is the
  author of ...") is cut off.

Precision first: a bio must open with a full name and stand among the last
lines of the page; a copyright line must carry a year, "by" or a reservation
of rights ("Copyright law changed in 1998" stays); a tag line must be a list.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterator, Sequence

import regex

from ..document import Document, Line
from ..phrasebank import load_bank
from ..spans import Span
from ..textutil import COPYRIGHT_SIGNS, normalize, words
from .date_line import DateLine
from .phrases import LETTER as _LETTER
from .phrases import SENTENCE_BREAK, LineLocal, entries_of_kind, first_words, last_sentence_starts

__all__ = ["PageTails"]

# what a site's notice may say before its mark: "All content ©", "Site contents copyright"
_CONTENT_LEAD_IN = r"(?:(?:all[^\S\n]++)?(?:site[^\S\n]++|web[^\S\n]?site[^\S\n]++|entire[^\S\n]++)?(?:contents?|materials?)[^\S\n]++(?:is[^\S\n]++|are[^\S\n]++)?)?+"
_COPYRIGHT_MARK = regex.compile(
    rf"^[^\w{COPYRIGHT_SIGNS}\n]*+{_CONTENT_LEAD_IN}(?P<mark>copyright|[{COPYRIGHT_SIGNS}]|\(c\)|℗|copr\.)", regex.IGNORECASE
)
# what a copyright line must carry besides its mark: "©", a year or "by" ("(c)" alone may be a list item)
_COPYRIGHT_ANCHOR = regex.compile(rf"[{COPYRIGHT_SIGNS}]|(?<!\d)(?:1[89]|20)\d\d(?!\d)|\bby\b", regex.IGNORECASE)
_COPYRIGHT_FILLER = regex.compile(
    rf"(?:[^\w\n]|[{COPYRIGHT_SIGNS}]|\bcopyright\b|\(c\)|\bby\b|(?<!\d)\d{{4}}(?:\s*+[-–]\s*+\d{{2,4}})?+(?!\d))*+", regex.IGNORECASE
)
_FIRST_WORD = regex.compile(r"\w++")
_LIST_SPLIT = regex.compile(r"\s*+[,|;•·/»]\s*+")
# a post's date in front of its tags: "September 27th, 2012 | Tags: context, norms | Category: ..."
_AFTER_A_DATE = " after a date"
_TAG_LINE = "tag line "  # how the reasons of tag_line() start
_POST_META = "post meta line "  # how the reasons of post_meta() start
_DATE_FIELD = regex.compile(r"(?P<date>[^|•·\n]{1,60}?)[^\S\n]*+[|•·][^\S\n]*+")
# a capitalised word, initials ("P.", "J.J.") or a particle; a longer word ending in "." ends a sentence
_NAME_WORD = r"(?:(?:\p{Lu}\.){1,3}+|[\p{Lu}][\p{L}'’-]*+(?!\.)|(?:de|van|von|der|da|di|del|la|le|bin|al)(?=\s))"
# a full name (two to five words, capitalised) or a site ("LifeNews.com"); not "The President"
_NOT_A_NAME = (
    r"(?!(?:The|A|An|This|That|These|Those|It|He|She|We|They|His|Her|Our|Their|My|Its|Der|Die|Das|Ein|Eine"
    r"|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|O|Os|As|Um|Uma|Mr|Mrs|Ms|Dr|President|Senator|Governor"
    r"|While|When|After|Before|But|And|If|Since|Because|Although|Though|Then|So|Yet|Or|In|On|At|For"
    r"|With|From|By|To|Of|Now|Here|There|Today|Yesterday|Last|Next|Every|Each|Both|All|Some|Many|Most)\b)"
)
_NAME = rf"(?:{_NOT_A_NAME}{_NAME_WORD}(?:[^\S\n]++{_NAME_WORD}){{1,4}}|[\w-]++\.(?:com|org|net|info|news|co\.uk)\b)"
_PRONOUNS = frozenset("he she they his her their er sie il elle él ella lui lei ele ela он она они его её".split())


def _phrase(p: str) -> str:
    parts = [w for w in normalize(p).split()]
    if not parts:  # punctuation only, e.g. the Russian dash copula
        return regex.escape(p.strip())
    return r"[^\w\n]++".join(regex.escape(w) for w in parts)


def _alternation(phrases) -> str:
    return "|".join(sorted({_phrase(p) for p in phrases if p.strip()}, key=len, reverse=True))


_COPYRIGHT_REASONS = ("copyright notice", "copyright mark", "reservation of rights")  # what copyright() says
_LICENSE = "license notice"  # what license_notice() says
_ABOUT_BOX = "about box"  # how the reasons of _about_boxes() start
_LIST_END = ("|", "»", "•", "·")  # what may end a list of tags (the next link's separator)


@dataclass
class PageTails(LineLocal):
    name: str = "page_tails"
    max_tag_words: int = 40  # a tag line is a list, not a paragraph
    max_tag_item_words: int = 6  # words of one tag
    max_tag_list_lines: int = 12  # lines of tags after a lead-in alone
    tag_list_from: float = 0.5  # a lead-in alone heads a tag list only this far down the page
    # clean copy of a blog post may close with its tags ("Filed under: Politics | Tagged: ..."), as
    # the human golds keep them: a tag line goes only from a text that shows other residue
    tag_line_needs_other_residue: bool = True  # and a post's meta line ("This entry was posted in ...")
    max_meta_words: int = 60  # a post's meta line names its date, categories, tags and author, no more
    max_copyright_words: int = 150  # a notice that reserves rights may run long
    # Clean wire copy may end in its copyright line ("Copyright 2008 Associated Press. All
    # rights reserved."): a copyright notice goes only from a text that shows other residue.
    copyright_needs_other_residue: bool = True
    max_copyright_name_words: int = 12  # "© 2019 The Associated Press": the holder alone
    max_disclaimer_words: int = 80
    max_license_words: int = 50  # a license notice states the license and little more
    head_lines: int = 3  # content lines at the top of the page where a disclaimer may stand
    min_disclaimer_phrases: int = 2
    max_bare_disclaimer_words: int = 8  # "Disclaimer: ..." longer than this needs a disclaimer phrase too
    tail_lines: int = 6  # content lines at the end of the page where a bio may stand
    max_about_lines: int = 4  # lines of an about box after its heading
    max_role_distance: int = 4  # words after a bio's copula within which its role must come
    max_bio_words: int = 160
    glued_bios: bool = True  # also cut a bio from the end of one of the last lines

    # -- banks ------------------------------------------------------------

    @cached_property
    def _kinds(self) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for entries in load_bank("page_tails").values():
            for kind in ("tags", "meta", "authors", "rights", "license", "disclaimer", "copula", "verb", "role"):
                out.setdefault(kind, set()).update(e.casefold() for e in entries_of_kind(entries, kind))
        return out

    @cached_property
    def _tag_re(self) -> regex.Pattern:
        return regex.compile(
            rf"[^\w\n]*+(?P<lead>{_alternation(self._kinds['tags'])})(?!\w)[^\S\n]*+(?P<colon>[:|–—-]?+)[^\S\n]*+",
            regex.IGNORECASE,
        )

    @cached_property
    def _meta_re(self) -> regex.Pattern:
        return regex.compile(rf"[^\w\n]*+(?P<lead>{_alternation(self._kinds['meta'])})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _authors_re(self) -> regex.Pattern:
        return regex.compile(rf"[^\w\n]*+(?:{_alternation(self._kinds['authors'])})[^\S\n]*+:[^\S\n]*+", regex.IGNORECASE)

    @cached_property
    def _rights_re(self) -> regex.Pattern:
        return regex.compile(rf"(?<!\w)(?:{_alternation(self._kinds['rights'])})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _license_re(self) -> regex.Pattern:
        return regex.compile(rf"(?<!\w)(?:{_alternation(self._kinds['license'])})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _disclaimer_stems(self) -> frozenset[str]:
        """The longest word of each disclaimer phrase: a text holding a phrase holds its stem."""
        return frozenset(max(normalize(p).split(), key=len) for p in self._kinds["disclaimer"] if normalize(p))

    @cached_property
    def _disclaimer_re(self) -> regex.Pattern:
        return regex.compile(rf"(?<!\w)(?:{_alternation(self._kinds['disclaimer'])})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _bio_re(self) -> regex.Pattern:
        return regex.compile(
            rf"[^\w\n]*+(?P<name>{_NAME})(?:[^\S\n]*+\(@\w++\))?+,?+[^\S\n]++"
            rf"(?i:(?P<verb>{_alternation(self._kinds['verb'])})|(?P<copula>{_alternation(self._kinds['copula'])}))(?!\w)",
        )

    @cached_property
    def _role_re(self) -> regex.Pattern:
        return regex.compile(rf"(?<!\w)(?:{_alternation(self._kinds['role'])})", regex.IGNORECASE)

    # -- single lines ---------------------------------------------------------

    def waits_for_other_residue(self, span: Span) -> bool:
        if span.reason.startswith(_ABOUT_BOX):
            return True  # a press release's "About <company>" closes clean copy too
        if span.reason.startswith((_TAG_LINE, _POST_META)):
            return self.tag_line_needs_other_residue
        return self.copyright_needs_other_residue and span.reason.startswith((*_COPYRIGHT_REASONS, _LICENSE))

    def copyright(self, text: str) -> str | None:
        mark = _COPYRIGHT_MARK.match(text)
        if not mark:
            stripped = text.strip().strip(".").strip()
            if self._rights_re.fullmatch(stripped):
                return "reservation of rights"
            return None
        n = len(words(text))
        if n > self.max_copyright_words:
            return None
        head = " ".join(text.split()[:40])
        if self._rights_re.search(head):
            return "copyright notice (rights reserved)"
        if not _COPYRIGHT_ANCHOR.search(text):
            return None
        holder = text[_COPYRIGHT_FILLER.match(text, mark.start("mark")).end() :].strip()  # after "All content ©"
        if not holder:
            return "copyright mark"
        if len(words(holder)) > self.max_copyright_name_words:
            return None
        names = [w for w in regex.split(r"[\s,/]++", holder) if w.strip(".:;()")]
        capital = sum(w.strip(".:;()\"“”")[:1].isupper() or w[:1].isdigit() or "." in w for w in names)
        return "copyright notice" if names and capital == len(names) else None

    def license_notice(self, text: str) -> str | None:
        """Why a line is a notice of the license its site's content is under, or None."""
        if "ommons" not in text or len(words(text)) > self.max_license_words:
            return None  # cheap: every phrase of the bank names Creative Commons
        m = self._license_re.search(text)
        return f"{_LICENSE} ({m.group().casefold()!r})" if m else None

    def disclaimer(self, text: str) -> str | None:
        n = len(words(text))
        if not n or n > self.max_disclaimer_words:
            return None
        norm = normalize(text)
        needed = self.min_disclaimer_phrases
        if norm.startswith("disclaimer") or norm.startswith("haftungsausschluss"):
            if n <= self.max_bare_disclaimer_words:
                return "disclaimer"
            needed = 1  # besides the opening word itself
            text = _FIRST_WORD.split(text, maxsplit=1)[-1]  # what follows the opening word
            norm = normalize(text)
        if sum(stem in norm for stem in self._disclaimer_stems) < needed:
            return None  # cheap: too few of the phrases' longest words
        found = {m.group().casefold() for m in self._disclaimer_re.finditer(text)}
        if len(found) >= needed:
            return f"disclaimer ({', '.join(sorted(found)[:3])})"
        return None

    def post_meta(self, text: str) -> str | None:
        """Why a line is a post's meta line ("This entry was posted in ..."), or None."""
        m = self._meta_re.match(text)
        if m is None or len(words(text)) > self.max_meta_words:
            return None
        return f"{_POST_META}{m.group('lead').strip()!r}"

    def tag_line(self, text: str) -> str | None:
        first = _FIRST_WORD.search(text)
        if first is None:
            return None
        if first.group().casefold() not in self._tag_first_words:
            dated = _DATE_FIELD.match(text) if "|" in text or "•" in text or "·" in text else None
            if dated and self._date_line.is_date_line(dated.group("date")):
                found = self.tag_line(text[dated.end() :])
                return f"{found}{_AFTER_A_DATE}" if found else None
            return None
        m = self._tag_re.match(text)
        if not m:
            return None
        rest = text[m.end() :].strip()
        if not rest:
            return None
        # "Tags: a, b", or "Posted in Current Events |": a list ended by a delimiter needs no colon
        if not (m.group("colon") or rest.endswith(_LIST_END)) or len(words(rest)) > self.max_tag_words:
            return None
        if regex.search(r"[.!?]\s+\p{Lu}", rest):
            return None  # sentences, not tags
        items = [i for i in _LIST_SPLIT.split(rest) if i.strip(" :»|")]
        if not items or any(len(words(i)) > self.max_tag_item_words for i in items):
            return None
        return f"{_TAG_LINE}{m.group('lead').strip()!r}"

    @cached_property
    def _date_line(self) -> DateLine:
        return DateLine()

    @cached_property
    def _tag_first_words(self) -> frozenset[str]:
        return first_words(self._kinds["tags"])

    def _tag_lead_alone(self, text: str) -> bool:
        first = _FIRST_WORD.search(text)
        if first is None or first.group().casefold() not in self._tag_first_words:
            return False
        m = self._tag_re.match(text)
        return bool(m) and not text[m.end() :].strip()

    # -- bios --------------------------------------------------------------------

    def bio(self, text: str) -> tuple[str, str] | None:
        """(reason, the name) if text opens like an author bio."""
        if len(words(text)) > self.max_bio_words:
            return None
        m = self._bio_re.match(text)
        if not m:
            return None
        name = m.group("name")
        if m.group("verb"):
            return f"author bio ({name!r} {m.group('verb')})", name
        first = SENTENCE_BREAK.split(text[m.end() :], maxsplit=1)[0]
        head = " ".join(first.split()[: self.max_role_distance])
        role = self._role_re.search(head)
        if not role:
            return None
        return f"author bio ({name!r} {m.group('copula')} ... {role.group()})", name

    def _continues(self, text: str, name: str) -> bool:
        """Whether a line goes on about the person of a bio: it opens with their name or a pronoun."""
        first = normalize(text).split(" ", 1)[0]
        name_words = {w for w in normalize(name).split() if len(w) > 2}
        return bool(first) and (first in name_words or first in _PRONOUNS)

    @cached_property
    def _about_re(self) -> regex.Pattern:
        """An about box's heading: a lead-in, then a name of one to four capitalised words."""
        lead = _alternation(e for entries in load_bank("page_tails").values() for e in entries_of_kind(entries, "about"))
        return regex.compile(
            rf"[^\S\n]*+(?:{lead})[^\S\n]++(?P<name>(?-i:[\p{{Lu}}\d])[\w.'’&-]*+(?:[^\S\n]++[\p{{Lu}}\d][\w.'’&-]*+){{0,3}})[^\S\n]*+",
            regex.IGNORECASE,
        )

    @cached_property
    def _about_first_words(self) -> frozenset[str]:
        return first_words(e for entries in load_bank("page_tails").values() for e in entries_of_kind(entries, "about"))

    def _about_boxes(self, lines: Sequence[Line]) -> Iterator[tuple[int, str]]:
        """(index, reason) of the lines of about boxes: "About Jason Fried" / "Jason co-founded ...";
        the heading counts only if the line after it opens with the name it gives."""
        firsts = self._about_first_words
        for i in range(len(lines) - 1):
            head = _FIRST_WORD.search(lines[i].text)
            if head is None or head.group().casefold() not in firsts:
                continue  # cheap: no lead-in of an about box starts so
            m = self._about_re.fullmatch(lines[i].text)
            if not m or not self._continues(lines[i + 1].text, m.group("name")):
                continue
            if normalize(lines[i + 1].text).split(" ", 1)[0] in _PRONOUNS:
                continue  # the box's text opens with the name, not "He ..."
            yield i, f"{_ABOUT_BOX} heading ({m.group('name')!r})"
            j = i + 1
            while j < len(lines) and j - i <= self.max_about_lines and self._continues(lines[j].text, m.group("name")):
                yield j, f"{_ABOUT_BOX} ({m.group('name')!r})"
                j += 1

    def _bios(self, lines: Sequence[Line]) -> Iterator[Span]:
        tail = lines[-self.tail_lines :]
        found: dict[int, str] = {}
        name = None
        for i, line in enumerate(tail):
            hit = self.bio(line.text)
            if hit:
                found[i], name = hit
            elif name is not None and self._continues(line.text, name):
                found[i] = f"author bio continued ({name!r})"
        flagged = sorted(found)
        for a, b in zip(flagged, flagged[1:]):
            if b - a == 2:
                found.setdefault(a + 1, "between two author-bio lines")
        for i in sorted(found):
            yield Span(tail[i].start, tail[i].end, self.name, found[i])
        if self.glued_bios:
            for i, line in enumerate(tail):
                if i not in found:
                    yield from self._glued_bio(line)

    def _glued_bio(self, line: Line) -> Iterator[Span]:
        """A bio glued to the end of the article's last paragraph: '... Maistrovoy is the author of ...'."""
        text = line.text
        for start in last_sentence_starts(text, 2):
            hit = self.bio(text[start:])
            if hit:
                yield Span(*line.offsets_of(start, len(text)), self.name, hit[0] + ", end of line")
                return

    # -- the detector --------------------------------------------------------------

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        if not lines:
            return
        if self._authors_re.fullmatch(lines[-1].text):
            yield Span(lines[-1].start, lines[-1].end, self.name, "authors label without names, last line")
        list_from = int(len(lines) * self.tag_list_from)
        skip_until = -1
        for i, line in enumerate(lines):
            if i <= skip_until:
                continue
            text = line.text
            if not _LETTER.search(text):
                continue
            edge = i < self.head_lines or i >= len(lines) - self.tail_lines
            reason = self.disclaimer(text) if edge else None
            if reason:
                yield Span(line.start, line.end, self.name, reason)
                continue
            spans = list(self.spans_of(line))
            if spans:
                yield from spans
                continue
            if i >= list_from and self._tag_lead_alone(text):
                yield Span(line.start, line.end, self.name, "tag list lead-in")
                j = i + 1
                while j < len(lines) and j - i <= self.max_tag_list_lines and self._is_tag(lines[j].text):
                    yield Span(lines[j].start, lines[j].end, self.name, "tag after a tag list lead-in")
                    j += 1
                skip_until = j - 1
        yield from self._bios(lines)
        for i, reason in self._about_boxes(lines):
            yield Span(lines[i].start, lines[i].end, self.name, reason)

    def line_spans(self, line: Line) -> Iterator[Span]:
        """What a line's text alone tells: a copyright notice, a tag line, a post's meta line or a
        license notice, whole (a copyright notice also at the line's end)."""
        reason = self.copyright(line.text) or self.tag_line(line.text) or self.post_meta(line.text) or self.license_notice(line.text)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
        else:
            yield from self._copyright_tail(line)

    def _is_tag(self, text: str) -> bool:
        text = text.strip()
        return 0 < len(words(text)) <= 4 and not regex.search(r"[.!?:]$", text)

    def _copyright_tail(self, line: Line) -> Iterator[Span]:
        text = line.text
        starts = last_sentence_starts(text, 2)
        for start in starts:
            reason = self.copyright(text[start:])
            if reason:
                yield Span(*line.offsets_of(start, len(text)), self.name, reason + ", end of line")
                return
