"""Credits: picture, video and source credits ("Featured image via Getty", "Source: http://...").

Three shapes of credit are flagged, from ``data/credits/<lang>.txt`` and
``data/credit_agencies.txt``:

- **a credit lead-in** and the credit after it: "Photo Credit: Songquan Deng /
  Shutterstock.com", "Featured image via screen capture", "(Image Via: Museum
  of Criminal Anthropology)", "Source: http://...", "Source (South Africa
  Channel 24)", "h/t The Right Scoop",
  "Quelle: dpa". A bare picture word ("Photo:", "Foto:") counts only when what
  follows reads like a name (capitalised words, a site), so "Photos: Shooting
  at Batman screening" stays.
- **an agency credit**: names joined by slashes or "via", one of them a picture
  or news agency: "Paul J. Richards/AFP/Getty Images", "David T. Foster
  III/The Charlotte Observer via AP Photo", "(Getty Images)". A news agency
  alone ("Reuters") may be a byline and is left alone.
- **a credit phrase** that is a whole line: "Reprinted with permission",
  "Image copyright", "This article originally appeared on ..."; only from a
  text that shows other residue (``phrase_needs_other_residue``), as
  syndicated clean copy may close with one.

A name alone on a line between two lines that carry credits ("ABC News"
between two captions credited to AFP) is one more credit. A credit that fills
a line removes the line. A credit glued to a caption or a
paragraph after its last sentence is cut off and the text kept ("... city of
Aleppo. Thaer Mohammad/AFP/Getty Images", "... White House. Via: Daily
Mail"). So is a credit in brackets in front of a caption ("(Screenshot:
YouTube) Andrew, Luis and Kevin Palau ..."). A credit in brackets that ends a
caption ("... France. (Bertrand Combaldieu/Associated Press)") is part of the
caption, as the human gold of the HTML development sets keeps it, and so is a
bracketed source that ends a sentence ("(Source: Wall Street Journal, July 31,
2012.)"); ``cut_bracketed_end=True`` cuts those too. Credits are short: a line
with more words than a credit has is prose, whatever it starts with.

A picture's credit in a caption's form goes only from a text that shows other
residue (``caption_credit_needs_other_residue``), as clean copy that prints its
captions keeps their credits: glued to the end of a caption after a picture
word ("... on Monday. Photograph: Jane Doe/Reuters",
``data/caption_credit_words.txt``), or a line of such a word (perhaps with
"by") and a name ("Photo: Tim Clayton", "(Credit: NASA)", "Photos by James
Ransom"; not "Photo Credit: ...", "Image via ...", "Featured image via ...").
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator

import regex

from ..document import Document, Line
from ..phrasebank import load_bank, load_list
from ..spans import Span
from ..textutil import normalize, words
from .phrases import LETTER as _LETTER
from .phrases import END_OF_LINE, LineLocal, PhraseBank, entries_of_kind, last_sentence_starts, lone_between

__all__ = ["Credits"]

_OPEN = r"[\s(\[*•·\"“]*+"
_DELIMITER = regex.compile(r"[^\S\n]*+[:|–—\-/]++[^\S\n]*+")
_SITE = regex.compile(r"(?:https?://|www\.)\S++|[\w-]++(?:\.[\w-]++)++(?<=\.\p{L}{2,})(?:/\S*+)?+")
# "Jonathan Ernst/Reuters", "X via AP Photo", "X | Getty": the joints of an agency credit
_PARTS = regex.compile(r"[^\S\n]*+(?:/|\||;|\bvia\b)[^\S\n]*+", regex.IGNORECASE)
_IN_BRACKETS = regex.compile(r"\((?P<inner>[^()\n]{1,200})\)|\[(?P<inner>[^\[\]\n]{1,200})\]")
_BRACKETED_END = regex.compile(r"[(\[](?P<inner>[^()\[\]\n]{1,200})[)\]][^\S\n]*+$")
_BRACKETED_FRONT = regex.compile(r"^[^\S\n]*+[(\[](?P<inner>[^()\[\]\n]{1,200})[)\]][^\S\n]++(?=[\p{Lu}\p{N}\"'“‘«])")

_HANDLE = regex.compile(r"@\w++")  # a social network's handle names someone however it is written ("@ewarren")
_LEAD_IN = "credit lead-in "  # how the reason of a credit after its lead-in starts
_END_OF_CAPTION = ", end of a caption"  # how it ends when a picture's credit is glued to a caption
_BY = "by:"  # how the "by" words of data/caption_credit_words.txt are marked
_CAPTION_LINE = ", a caption's credit"  # ... and when a line is a picture word and a name ("Photo: Tim Clayton")
_PHRASE = "credit phrase "  # how the reason of a whole-line credit phrase starts
_MAX_AGENCY_CHARS = 40  # an agency named alone on a line ("Getty Images") is short
_FIRST_WORD = regex.compile(r"\w[\w/'’-]*+")  # a lead-in's first word: "Source", "h/t", "foto's"
_TOKEN = regex.compile(r"[^\s/|;,]++")
# lower-case words a name or a credit may hold ("Museum of Criminal Anthropology", "CC BY-SA 3.0")
_PARTICLES = frozenset(
    "of the and & de del della dei des di da do dos das du la le les van von der den den y e et und "
    "for at via on in el al bin ibn cc by sa nd nc".split()
)


def _alternatives(phrases) -> str:
    """One regex alternation of phrases, longest first, words joined by any spaces."""
    pats = {r"[^\S\n]++".join(regex.escape(w) for w in p.split()) for p in phrases if p.strip()}
    return "|".join(sorted(pats, key=len, reverse=True))


@dataclass
class Credits(LineLocal):
    name: str = "credits"
    max_credit_words: int = 15  # words of a credit after its lead-in
    max_plain_credit_words: int = 4  # a longer credit after a lead-in must read like a name
    max_agency_words: int = 14  # words of an agency credit ("X/Y via AP Photo")
    min_name_share: float = 0.75  # share of a credit's words that must read like a name where it must
    max_tail_sentences: int = 2  # sentence starts, from a line's end, where a glued credit may begin
    cut_bracketed_front: bool = True  # cut a credit in brackets before a caption ("(Screenshot: YouTube) Andrew ...")
    cut_bracketed_end: bool = False  # also cut one that ends a caption ("... France. (X/AP)")
    max_name_between_words: int = 4  # a name alone between two credits is a credit when not longer
    phrase_cutoff: float = 92.0  # RapidFuzz score for the whole-line credit phrases
    max_phrase_words: int = 30  # words of a whole-line credit phrase with its slots filled
    max_line_chars: int = 400  # a longer text is never a credit (checked before counting words)
    languages: tuple[str, ...] | None = field(default=None)  # None: every language of the bank
    # a picture's credit glued to the end of its caption ("... on Monday. Photograph: Jane Doe/AP",
    # data/caption_credit_words.txt), or a line of a picture word and a name ("Photo: Tim Clayton",
    # "Credit: NASA", "Photos by James Ransom"), goes only from a text that shows other residue:
    # clean copy that prints its captions keeps their credits
    caption_credit_needs_other_residue: bool = True
    # a credit phrase ("Reprinted with permission", "This article originally appeared on ...")
    # closes syndicated clean copy too: it goes only from a text that shows other residue
    phrase_needs_other_residue: bool = True

    # -- the banks ---------------------------------------------------------

    @cached_property
    def _entries(self) -> dict[str, set[str]]:
        """kind ('lead', 'intro', 'label', 'by') -> case-folded phrases."""
        out: dict[str, set[str]] = {k: set() for k in ("lead", "intro", "label", "by")}
        for lang, entries in load_bank("credits").items():
            if self.languages is not None and lang not in self.languages:
                continue
            for kind in out:
                out[kind].update(e.casefold() for e in entries_of_kind(entries, kind))
        return out

    @cached_property
    def _kind_of_lead(self) -> dict[str, str]:
        kinds = {}
        for kind in ("label", "lead", "intro"):  # a phrase in two kinds: the later, stronger wins
            for phrase in self._entries[kind]:
                kinds[" ".join(phrase.split())] = kind
        return kinds

    @cached_property
    def _lead_re(self) -> regex.Pattern:
        leads = _alternatives(self._kind_of_lead)
        return regex.compile(rf"{_OPEN}(?P<lead>{leads})(?!\w)", regex.IGNORECASE)

    @cached_property
    def _by_re(self) -> regex.Pattern:
        return regex.compile(rf"[^\S\n]++(?:{_alternatives(self._entries['by'])})(?!\w)[:\s]*+", regex.IGNORECASE)

    @cached_property
    def _phrases(self) -> PhraseBank:
        return PhraseBank("credits", score_cutoff=self.phrase_cutoff, kind="line")

    @cached_property
    def _agencies(self) -> dict[str, str]:
        """normalised agency name -> 'photo' or 'news'."""
        out: dict[str, str] = {}
        for entry in load_list("credit_agencies"):
            kind, _, name = entry.partition(":")
            out.setdefault(normalize(name), kind.strip())
        return out

    # -- what a credit looks like --------------------------------------------

    def _namelike(self, text: str, *, limit: int | None = None, strict: bool = False) -> bool:
        """Whether text reads like a credit: a name, an agency or a site, not a phrase.

        ``strict``: every word capitalised (or a particle) and no comma, as the
        names between the slashes of an agency credit are.
        """
        text = text.strip(" \t()[]\"“”'.,;")
        if not text:
            return False
        if _SITE.fullmatch(text):
            return True
        if strict and ("," in text or "(" in text or ")" in text):
            return False
        tokens = [t.strip("\"“”'‘’()[].,:!?*") for t in _TOKEN.findall(text)]
        tokens = [t for t in tokens if t]
        if not tokens or len(tokens) > (limit or self.max_credit_words):
            return False
        if "!" in text or "?" in text or "…" in text:
            return False
        agencies = self._agencies  # named in lower case too: "Foto: dpa", "dpa/Michael Kappeler"
        if all(normalize(part) in agencies for part in _PARTS.split(text) if part.strip()):
            return True  # "picture alliance / dpa"
        first = tokens[0]
        if not (
            _capitalised(first) or first[0].isdigit() or _SITE.fullmatch(first) or _HANDLE.fullmatch(first)
            or first.casefold() in agencies
        ):
            return False
        good = sum(
            _capitalised(t) or t[0].isdigit() or t.casefold() in _PARTICLES or "." in t or "@" in t
            or t.casefold() in agencies
            for t in tokens
        )
        return good >= (1.0 if strict else self.min_name_share) * len(tokens)

    def _agency_credit(self, text: str, *, photo: bool = False) -> str | None:
        """'agency credit ...' if text is names joined by slashes or 'via', one an agency.

        ``photo``: one must be a picture agency ("(CBS/AP)" before a story is a
        wire attribution, not a picture credit).
        """
        inner = text.strip().strip("()[]").strip()
        if not inner or len(words(inner)) > self.max_agency_words:
            return None
        joined = "/" in inner or "|" in inner or ";" in inner or " via " in inner.casefold()
        parts = [p for p in _PARTS.split(inner) if p.strip()] if joined else [inner]
        if not joined and normalize(inner) not in self._agencies:
            return None  # one name alone is a credit only when it is an agency
        agencies = []
        for part in parts:
            key = normalize(part)
            kind = self._agencies.get(key)
            if kind is None and not self._namelike(part, limit=8, strict=True):
                return None
            if kind is not None:
                agencies.append((kind, part.strip()))
        if not agencies or (photo and all(kind != "photo" for kind, _ in agencies)):
            return None
        if len(parts) == 1 and agencies[0][0] != "photo":
            return None  # "Reuters" alone may be a byline
        return f"agency credit {agencies[0][1]!r}"

    @cached_property
    def _lead_first_words(self) -> frozenset[str]:
        return frozenset(p.split()[0] for p in self._kind_of_lead if p.split())

    def _lead_credit(self, text: str) -> str | None:
        """'credit lead-in ...' if text is a lead-in and a credit."""
        first = _FIRST_WORD.search(text)
        if first is None or first.group().casefold() not in self._lead_first_words:
            return None
        m = self._lead_re.match(text)
        if not m:
            return None
        lead = m.group("lead")
        kind = self._kind_of_lead.get(" ".join(lead.casefold().split()))
        pos = m.end()
        joined = None
        for joint in (_DELIMITER, self._by_re):
            j = joint.match(text, pos)
            if j and j.end() > pos:
                joined, pos = j.group().strip(), j.end()
                break
        rest = text[pos:].strip()
        opened = text[: m.start("lead")].strip()
        if opened and opened[-1] in "([":
            # "(Image Via: ...)": the credit ends at its bracket and so does the text
            if not rest.endswith((")", "]")) or any(c in rest[:-1] for c in "()[]"):
                return None
            rest = rest[:-1].strip()
        if not rest:
            return None
        n = len(words(rest))
        if n > self.max_credit_words:
            return None
        if kind == "lead":
            if joined is None:
                # "Source (South Africa Channel 24)": the credit in brackets, and a name
                if not (_IN_BRACKETS.fullmatch(rest) and self._namelike(rest, strict=True)):
                    return None
            elif not (n <= self.max_plain_credit_words or self._namelike(rest)):
                return None
        elif kind == "intro":
            if joined is None and not self._namelike(rest):
                return None
            if joined is not None and not (joined in ":–—-|" or self._namelike(rest)):
                return None
        else:  # a bare picture word: only before ":" or a "by" word, and a name
            if joined is None or not self._namelike(rest, strict=True):
                return None
        return f"{_LEAD_IN}{lead.strip()!r}"

    def credit(self, text: str) -> str | None:
        """Why text, a whole line or the end of one, is a credit; None if it is not."""
        text = text.strip()
        if len(text) > self.max_line_chars:
            return None
        first = _FIRST_WORD.search(text)
        lead = first is not None and first.group().casefold() in self._lead_first_words
        agency = any(c in text for c in "/|;") or " via " in text or len(text) <= _MAX_AGENCY_CHARS
        phrase = self._phrases.could_match(text)
        if not (lead or agency or phrase):
            return None  # cheap: nothing a credit starts or is made of
        n = len(words(text))
        if not n or n > self.max_phrase_words:
            return None
        if n <= self.max_credit_words + 4:
            reason = (self._lead_credit(text) if lead else None) or (self._agency_credit(text) if agency else None)
            if reason:
                return reason
        found = self._phrases.match(text) if phrase else None
        return f"{_PHRASE}{found}" if found else None

    # -- the detector ----------------------------------------------------------

    def detect(self, doc: Document) -> Iterator[Span]:
        lines = doc.content_lines
        found = self.spans_by_line(doc)
        for spans in found:
            yield from spans
        # a name alone between two credited captions is one more credit ("ABC News")
        for i in lone_between(found, [bool(spans) for spans in found]):
            text = lines[i].text.strip()
            if len(words(text)) <= self.max_name_between_words and self._namelike(text, strict=True):
                yield Span(lines[i].start, lines[i].end, self.name, "a name alone between two credited captions")

    def line_spans(self, line: Line) -> Iterator[Span]:
        if not _LETTER.search(line.text):
            return
        reason = self._credit_line(line.text)
        if reason:
            yield Span(line.start, line.end, self.name, reason)
            return
        yield from self._glued(line)

    def _credit_line(self, text: str) -> str | None:
        """Why a whole line is a credit (naming a caption's credit line as such), or None."""
        reason = self.credit(text)
        if reason and self._is_caption_credit_line(text, reason):
            reason += _CAPTION_LINE
        return reason

    def _glued(self, line: Line) -> Iterator[Span]:
        text = line.text
        # in brackets at the front: "(Screenshot: YouTube) Andrew, Luis and Kevin Palau ..."
        m = _BRACKETED_FRONT.match(text) if self.cut_bracketed_front else None
        if m:
            inner = m.group("inner")
            reason = self._lead_credit(inner) or self._agency_credit(inner, photo=True)
            if reason:
                yield Span(*line.offsets_of(0, m.end()), self.name, reason + ", front of line")
                rest = text[m.end() :]
                whole = self._credit_line(rest) if rest.strip() else None
                if whole:  # the rest is a credit line too ("(Screenshot) Featured image via X"): it goes now
                    yield Span(*line.offsets_of(m.end(), len(text)), self.name, whole)
                    return
        end = self._glued_end(text)
        if end is not None:
            start, reason = end
            if text[:start].strip():
                where = _END_OF_CAPTION if self._is_caption_credit(text[start:], reason) else END_OF_LINE
                yield Span(*line.offsets_of(start, len(text)), self.name, reason + where)

    @cached_property
    def _caption_credit_words(self) -> frozenset[str]:
        return frozenset(w.casefold() for w in load_list("caption_credit_words") if not w.startswith(_BY))

    @cached_property
    def _caption_by_words(self) -> frozenset[str]:
        return frozenset(w[len(_BY) :].strip().casefold() for w in load_list("caption_credit_words") if w.startswith(_BY))

    def _is_caption_credit(self, credit: str, reason: str) -> bool:
        """Is this credit, glued to the end of a line, a picture's credit ("Photograph: ...", "Credit: ...")?"""
        first = _FIRST_WORD.search(credit)
        return reason.startswith(_LEAD_IN) and first is not None and first.group().casefold() in self._caption_credit_words

    def _is_caption_credit_line(self, text: str, reason: str) -> bool:
        """Is this line a picture's credit in a caption's form: a picture word, perhaps a "by" word,
        then the name ("Photo: Tim Clayton", "(Credit: NASA)", "Photos by James Ransom"), not
        "Photo Credit: ...", "Image via ..." or "Featured image via ..."?"""
        if not reason.startswith(_LEAD_IN):
            return False
        m = self._lead_re.match(text)
        if m is None or not self._is_caption_credit(m.group("lead"), reason):
            return False
        lead = m.group("lead").casefold().split()
        return len(lead) == 1 or (len(lead) == 2 and lead[1] in self._caption_by_words)

    def waits_for_other_residue(self, span: Span) -> bool:
        if span.reason.startswith(_PHRASE):
            return self.phrase_needs_other_residue
        return self.caption_credit_needs_other_residue and span.reason.endswith((_END_OF_CAPTION, _CAPTION_LINE))

    def _glued_end(self, text: str) -> tuple[int, str] | None:
        m = _BRACKETED_END.search(text) if self.cut_bracketed_end else None
        if m:
            reason = self._lead_credit(m.group("inner")) or self._agency_credit(m.group("inner"))
            if reason:
                return m.start(), reason
        starts = last_sentence_starts(text, self.max_tail_sentences)
        for start in starts:
            if not self.cut_bracketed_end and text[start:].lstrip()[:1] in "([":
                continue  # a credit in brackets belongs to its caption
            reason = self.credit(text[start:])
            if reason:
                return start, reason
        return None


def _capitalised(word: str) -> bool:
    """Whether a word is written as a name is: a capital first, or a capital inside a word that
    starts in lower case ("iStock", "iFixit", "eBay")."""
    return word[0].isupper() or (word[0].islower() and any(c.isupper() for c in word[1:]))
