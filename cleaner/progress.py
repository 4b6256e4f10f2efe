"""The progress line (on a terminal) and the end-of-run summary, both on stderr."""
from __future__ import annotations

import time
from typing import TextIO

from .records import Tally

__all__ = ["Progress", "summary"]

REDRAW_SECONDS = 0.2  # at most five redraws a second
BAR_WIDTH = 24
MB = 1_000_000


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class Progress:
    """A one-line progress display: documents, MB/s, and a bar with ETA when the size is known.

    ``total`` is the input size on disk (None when unknown, e.g. stdin);
    ``position`` passed to :meth:`update` is how much of it has been read.
    """

    def __init__(self, stream: TextIO, total: int | None, *, enabled: bool) -> None:
        self.stream = stream
        self.total = total
        self.enabled = enabled
        self.started = time.monotonic()
        self.last_drawn = 0.0
        self.width = 0

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def update(self, tally: Tally, position: int) -> None:
        now = time.monotonic()
        if not self.enabled or now - self.last_drawn < REDRAW_SECONDS:
            return
        self.last_drawn = now
        self._draw(self._line(tally, position))

    def _line(self, tally: Tally, position: int) -> str:
        elapsed = max(self.elapsed(), 1e-9)
        speed = f"{tally.documents:,} docs  {tally.bytes_in / MB / elapsed:.1f} MB/s"
        if not self.total:
            return f"{speed}  {_duration(elapsed)}"
        done = min(position / self.total, 1.0)
        filled = int(done * BAR_WIDTH)
        bar = "#" * filled + "-" * (BAR_WIDTH - filled)
        eta = _duration(elapsed * (1 - done) / done) if done > 0 else "?"
        return f"[{bar}] {done:4.0%}  {speed}  ETA {eta}"

    def _draw(self, line: str) -> None:
        padding = " " * max(self.width - len(line), 0)
        self.stream.write("\r" + line + padding)
        self.stream.flush()
        self.width = len(line)

    def close(self) -> None:
        """Erase the progress line."""
        if self.enabled and self.width:
            self._draw("")
            self.stream.write("\r")
            self.stream.flush()


def _size(count: int) -> str:
    """Bytes in decimal units: 812 B, 12.3 kB, 31.7 MB, 2.10 GB."""
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            return f"{count / scale:.{2 if unit == 'GB' else 1}f} {unit}"
    return f"{count} B"


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def summary(tally: Tally, seconds: float) -> str:
    """E.g. "cleaned 3,094 documents in 9.8 s (316 docs/s, 3.2 MB/s); 31.7 MB in, ..."."""
    seconds = max(seconds, 1e-9)
    lines = [
        f"cleaned {_plural(tally.documents, 'document')} in {seconds:.1f} s "
        f"({tally.documents / seconds:,.0f} docs/s, {tally.bytes_in / MB / seconds:.1f} MB/s); "
        f"{_size(tally.bytes_in)} in, {_size(tally.bytes_out)} out"
    ]
    if tally.removals:
        parts = ", ".join(f"{name} {count:,}" for name, count in tally.removals.most_common())
        lines.append(f"removed spans: {parts}")
    if tally.skipped:
        lines.append(f"skipped {_plural(tally.skipped, 'problem')} (--skip-errors)")
    if tally.html_pages:
        were, their = ("was an HTML page", "its") if tally.html_pages == 1 else ("were HTML pages", "their")
        lines.append(f"{_plural(tally.html_pages, 'document')} read as text {were}, cleaned markup and all: "
                     f"use --html to clean {their} text")
    return "\n".join(lines)
