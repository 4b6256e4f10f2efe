"""Player timestamps: media-player residue (time codes and control labels).

Each line is classed as *time codes* (``0:00``, ``24:55``, ``0:00 / 3:21``,
``1:02:33``), a *player label* (``data/player_labels.txt``: "Podcasts",
"Listen to this article", "Play", "Mute", "Current Time", ...; also several
glued together as video.js leaves them), or neither. A run of consecutive
such lines (blank lines between them allowed) is residue when it holds a time
code, or enough labels. A line that ends in a duration and holds several
capitalised player labels is a video-playlist entry ("JUST WATCHED <title>
Replay More Videos ... 01:23"). Only whole lines are judged, so a time inside a
sentence ("the goal came at 0:45 of the second period") is never touched.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Iterator, Sequence

import regex

from ..document import Document, Line
from ..memo import Memo
from ..phrasebank import load_list
from ..spans import Span
from ..textutil import normalize, words

__all__ = ["PlayerResidue"]

_TIMECODE = r"-?\d{1,2}(?::[0-5]\d){1,2}+"
_TIMES_LINE = regex.compile(rf"\s*+{_TIMECODE}(?:\s*+[/|]?\s*+{_TIMECODE})*+\s*+")
_HAS_TIMECODE = regex.compile(rf"(?<![\d:]){_TIMECODE}(?![\d:])")

_ENDS_WITH_TIMECODE = regex.compile(rf"(?<![\d:]){_TIMECODE}\s*+$")

TIME, LABEL, GLUED_WITH_TIME = "time codes", "player label", "player controls with time codes"
PLAYLIST = "video playlist entry"


@dataclass
class PlayerResidue:
    name: str = "player"
    min_label_lines: int = 3  # label lines that make a run without any time code
    min_glued_labels: int = 2  # labels glued on one line to count as player controls
    min_playlist_labels: int = 2  # distinct capitalised labels on a line that ends in a duration
    max_playlist_words: int = 60  # longer lines ending in a time code are prose
    max_listed_title_words: int = 20  # words of a title listed under a playlist's counter
    min_listed_titles: int = 3  # titles under a counter that make it a playlist (fewer if it counts fewer)
    _memo: Memo = field(default_factory=Memo, init=False, repr=False, compare=False)

    @cached_property
    def _labels(self) -> frozenset[str]:
        return frozenset(normalize(label) for label in load_list("player_labels"))

    @cached_property
    def _glued(self) -> tuple[regex.Pattern, regex.Pattern]:
        """(a whole line of labels, time codes and percentages; one label)."""
        labels = sorted(load_list("player_labels"), key=len, reverse=True)
        one = "|".join(regex.escape(label) for label in labels)
        token = rf"{_TIMECODE}|\d{{1,3}}(?:\.\d++)?+%|{one}|[\s:/|,.\-]"
        return (
            regex.compile(rf"(?:{token})++", regex.IGNORECASE),
            regex.compile(rf"(?<!\w)(?:{one})(?!\w)", regex.IGNORECASE),
        )

    def classify(self, line: Line) -> str | None:
        return self._memo.get_for(line.text, self._classify_text)

    def _classify_text(self, text: str) -> str | None:
        if _TIMES_LINE.fullmatch(text):
            return TIME
        if normalize(text) in self._labels:
            return LABEL
        whole, one = self._glued
        if whole.fullmatch(text):
            labels = len(one.findall(text))
            if _HAS_TIMECODE.search(text) and labels:
                return GLUED_WITH_TIME
            if labels >= self.min_glued_labels:
                return LABEL
        if _ENDS_WITH_TIMECODE.search(text) and self._is_playlist_entry(text):
            return PLAYLIST
        return None

    def _is_playlist_entry(self, text: str) -> bool:
        """"JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 01:23"."""
        if len(words(text)) > self.max_playlist_words:
            return False
        _, one = self._glued
        labels = {m.group().casefold() for m in one.finditer(text) if m.group()[0].isupper()}
        return len(labels) >= self.min_playlist_labels

    @cached_property
    def _counter(self) -> regex.Pattern:
        """A playlist's counter alone on a line: "(16 Videos)"."""
        body = "|".join(sorted(map(regex.escape, load_list("playlist_words")), key=len, reverse=True))
        return regex.compile(rf"[^\w\n]*+(?P<n>\d{{1,3}})[^\S\n]++(?:{body})[^\w\n]*+", regex.IGNORECASE)

    def _listed_title(self, text: str) -> bool:
        text = text.strip()
        return bool(text) and not text.endswith(".") and len(words(text)) <= self.max_listed_title_words

    def _playlists(self, lines: Sequence[Line]) -> Iterator[Span]:
        """A counter ("(16 Videos)") and the titles after it, as many as it counts."""
        for i, line in enumerate(lines):
            m = self._counter.fullmatch(line.text)  # fails at once on a line that does not open with a count
            if not m:
                continue
            count = int(m.group("n"))
            j = i + 1
            while j < len(lines) and j - i <= count and self._listed_title(lines[j].text):
                j += 1
            if count and j - i - 1 >= min(count, self.min_listed_titles):
                yield Span(line.start, line.end, self.name, f"playlist counter ({count})")
                for k in range(i + 1, j):
                    yield Span(lines[k].start, lines[k].end, self.name, f"title {k - i} of a playlist of {count}")

    def detect(self, doc: Document) -> Iterator[Span]:
        yield from self._playlists(doc.content_lines)
        run: list[tuple[Line, str]] = []
        for line in (*doc.content_lines, None):
            kind = self.classify(line) if line is not None else None
            if kind and line is not None:
                run.append((line, kind))
                continue
            yield from self._flag(run)
            run = []

    def _flag(self, run: list[tuple[Line, str]]) -> Iterator[Span]:
        timed = any(kind != LABEL for _, kind in run)
        if run and (timed or len(run) >= self.min_label_lines):
            why = "in a player run with time codes" if timed else f"in a run of {len(run)} player labels"
            for line, kind in run:
                yield Span(line.start, line.end, self.name, f"{kind} {why}")
