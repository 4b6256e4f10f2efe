"""Showing what was removed: the input text with every removed span marked and labelled.

Three renderings of the same :class:`~cleaner.pipeline.Result`: plain text
(with ANSI colours for a terminal), JSON, and one self-contained HTML page
(inline CSS, no scripts) for reading in a browser.
"""
from __future__ import annotations

import html
import json
from collections import Counter
from typing import Iterator

from .pipeline import Result
from .records import removed_spans
from .spans import Span

__all__ = ["render_text", "render_json", "render_html", "label"]

STRIKE_RED = "\x1b[9;31m"
DIM_YELLOW = "\x1b[2;33m"
RESET = "\x1b[0m"

# Distinct, readable highlight colours, one per detector in order of appearance.
PALETTE = ("#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#469990", "#9a6324", "#808000")


def label(span: Span) -> str:
    return f"{span.detector}: {span.reason}" if span.reason else span.detector


def _pieces(source: str, spans: tuple[Span, ...]) -> Iterator[tuple[str, Span | None, str]]:
    """(text, span, trailing line breaks) in order; span None for kept text.

    A removed span's trailing line breaks are split off so that its label ends
    the line the span is on instead of starting the next one.
    """
    pos = 0
    for span in spans:
        if pos < span.start:
            yield source[pos : span.start], None, ""
        removed = span.text(source)
        body = removed.rstrip("\n")
        yield body, span, removed[len(body) :]
        pos = span.end
    if pos < len(source):
        yield source[pos:], None, ""


def render_text(source: str, result: Result, *, color: bool) -> str:
    """The input with removed spans as ``[-text-]{detector: reason}`` (or struck through in colour)."""
    out = []
    for text, span, breaks in _pieces(source, result.removed):
        if span is None:
            out.append(text)
        elif color:
            out.append(f"{STRIKE_RED}{text}{RESET}{DIM_YELLOW} [{label(span)}]{RESET}{breaks}")
        else:
            out.append(f"[-{text}-]{{{label(span)}}}{breaks}")
    return "".join(out)


def render_json(source: str, result: Result) -> str:
    """{"text": the clean text, "removed": [spans with offsets, detector, reason, text]}."""
    document = {"text": result.text, "removed": removed_spans(source, result.removed)}
    return json.dumps(document, ensure_ascii=False, indent=2)


_CSS = """
body { font: 16px/1.55 system-ui, sans-serif; margin: 2em auto; max-width: 52em; padding: 0 1em;
       color: #222; background: #fff; }
h1 { font-size: 1.2em; word-break: break-all; }
.legend span { display: inline-block; margin: 0 1em .3em 0; }
.swatch { display: inline-block; width: .8em; height: .8em; margin-right: .3em; }
#text { white-space: pre-wrap; border-top: 1px solid #ccc; padding-top: 1em; }
del { text-decoration: line-through; background: #fdecea; color: #7a2a2a; }
.label { font: 12px/1 ui-monospace, monospace; color: #fff; padding: 1px 4px; margin-left: 3px;
         border-radius: 3px; vertical-align: 1px; white-space: nowrap; }
#hide-removed:checked ~ #text del, #hide-removed:checked ~ #text .label { display: none; }
"""


def _detector_colors(spans: tuple[Span, ...]) -> dict[str, str]:
    order = list(dict.fromkeys(span.detector for span in spans))
    return {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(order)}


def _legend(source: str, result: Result, colors: dict[str, str]) -> str:
    removed_chars = sum(span.end - span.start for span in result.removed)
    counts = Counter(span.detector for span in result.removed)
    items = "".join(
        f'<span><i class="swatch" style="background:{colors[name]}"></i>'
        f"{html.escape(name)} ({counts[name]})</span>"
        for name in colors
    )
    return (
        f'<p class="summary">{len(result.removed)} span(s) removed, '
        f"{removed_chars:,} of {len(source):,} characters.</p>"
        f'<p class="legend">{items}</p>'
    )


def _marked_text(source: str, result: Result, colors: dict[str, str]) -> str:
    out = []
    for text, span, breaks in _pieces(source, result.removed):
        if span is None:
            out.append(html.escape(text))
            continue
        tag = html.escape(label(span))
        color = colors[span.detector]
        out.append(
            f'<del title="{tag}" data-detector="{html.escape(span.detector)}" '
            f'style="border-bottom:2px solid {color}">{html.escape(text)}</del>'
            f'<span class="label" style="background:{color}">{tag}</span>{breaks}'
        )
    return "".join(out)


def render_html(source: str, result: Result, *, title: str) -> str:
    """One self-contained page: kept text as is, removed text struck through and labelled."""
    colors = _detector_colors(result.removed)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>cleaner explain: {html.escape(title)}</title><style>{_CSS}</style></head>\n"
        f"<body><h1>{html.escape(title)}</h1>{_legend(source, result, colors)}"
        '<input type="checkbox" id="hide-removed"> <label for="hide-removed">hide removed text</label>\n'
        f'<div id="text">{_marked_text(source, result, colors)}</div>\n'
        "</body></html>\n"
    )
