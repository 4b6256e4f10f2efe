"""Cleaning one document or one JSON Lines record: the unit the command and Dask share.

Everything here is pure and picklable, so the ``cleaner`` command's worker
processes and Dask's workers run the very same code and produce byte-identical
output. A malformed input raises :class:`InputError`, whose message says what is
wrong without naming the file (the caller knows the file and line).
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from .html import html_to_text, looks_like_html
from .pipeline import Cleaner, Result
from .spans import Span

__all__ = [
    "InputError",
    "RecordOptions",
    "Tally",
    "cleaner_for",
    "removed_spans",
    "decode_utf8",
    "final_break",
    "clean_document",
    "clean_record",
    "clean_json_line",
    "encode_record",
    "parse_record",
]

DEFAULT_FIELD = "text"
DEFAULT_EXPLAIN_FIELD = "removed"


class InputError(ValueError):
    """A document or record that cannot be cleaned (bad UTF-8, bad JSON, no text field)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line  # 1-based line within the document, when known


@dataclass(frozen=True, slots=True)
class RecordOptions:
    """How records are cleaned: which field holds the text, what to switch off, what to add."""

    field: str = DEFAULT_FIELD
    explain_field: str | None = None  # add the removed spans under this key
    disable: tuple[str, ...] = ()
    html: bool = False  # the documents and the text fields are HTML pages: clean their text
    wait_for_residue: tuple[str, ...] = ()  # detectors that act only once others found residue
    body_only: bool = False  # leave out the article's headline, byline and date too

    def cleaner(self) -> Cleaner:
        """The process's Cleaner for these options."""
        return cleaner_for(self.disable, self.wait_for_residue, self.body_only)


@dataclass(slots=True)
class Tally:
    """Counts for the end-of-run summary; tallies from different workers add up."""

    documents: int = 0
    bytes_in: int = 0
    bytes_out: int = 0
    skipped: int = 0
    removals: Counter = field(default_factory=Counter)  # detector name -> spans removed
    html_pages: int = 0  # documents read as text that are HTML pages (see looks_like_html)

    def add(self, other: "Tally") -> None:
        self.documents += other.documents
        self.bytes_in += other.bytes_in
        self.bytes_out += other.bytes_out
        self.skipped += other.skipped
        self.removals.update(other.removals)
        self.html_pages += other.html_pages

    def count(self, result: Result, bytes_in: int, bytes_out: int, html_page: bool = False) -> None:
        self.documents += 1
        self.html_pages += html_page
        self.bytes_in += bytes_in
        self.bytes_out += bytes_out
        self.removals.update(span.detector for span in result.removed)


@lru_cache(maxsize=8)
def cleaner_for(disable: tuple[str, ...] = (), wait_for_residue: tuple[str, ...] = (), body_only: bool = False) -> Cleaner:
    """One Cleaner per configuration per process (building one loads the phrase banks)."""
    return Cleaner(disable=disable, wait_for_residue=wait_for_residue, body_only=body_only)


def removed_spans(source: str, spans: tuple[Span, ...]) -> list[dict]:
    """The removed spans as JSON-ready dicts, each with the text it removed.

    Offsets count Unicode code points of the original text.
    """
    return [{**span.to_dict(), "text": span.text(source)} for span in spans]


def decode_utf8(data: bytes) -> str:
    """data as text; invalid UTF-8 raises InputError naming the line and column."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as err:
        before = data[: err.start]
        line = before.count(b"\n") + 1
        column = err.start - (before.rfind(b"\n") + 1) + 1
        bad = data[err.start : err.start + 1].hex()
        raise InputError(f"invalid UTF-8 (byte 0x{bad} at column {column})", line) from None


def final_break(text: str) -> str:
    """The line break a clean document is written with at its end: CRLF if the text's first line
    ends so, else LF (the document's other line breaks are kept as they are)."""
    first = text.find("\n")
    return "\r\n" if first > 0 and text[first - 1] == "\r" else "\n"


def clean_document(data: bytes, options: RecordOptions, tally: Tally) -> bytes:
    """A plain-text document (UTF-8 bytes, its line breaks as they are), or an HTML page -> its
    clean text and a final line break."""
    text = html_to_text(data) if options.html else decode_utf8(data)
    result = options.cleaner().explain(text)
    out = (result.text + final_break(text)).encode("utf-8")
    tally.count(result, len(data), len(out), not options.html and looks_like_html(text))
    return out


def _record_text(record: object, name: str) -> str:
    if not isinstance(record, dict):
        raise InputError(f"not a JSON object but {type(record).__name__}")
    if name not in record:
        raise InputError(f'record has no "{name}" field')
    value = record[name]
    if not isinstance(value, str):
        raise InputError(f'"{name}" is not a string but {_json_type(value)}')
    return value


def _json_type(value: object) -> str:
    names = {type(None): "null", bool: "a boolean", int: "a number", float: "a number",
             list: "an array", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def clean_record(record: object, options: RecordOptions) -> tuple[dict, Result]:
    """The record with its text field cleaned (every other field as it was), and the Result.

    With ``options.explain_field`` the removed spans are added under that key.
    The record is not modified; a new dict in the same key order is returned.
    """
    text = _record_text(record, options.field)
    if options.html:
        text = html_to_text(text)  # the spans added are offsets into the page's text
    result = options.cleaner().explain(text)
    cleaned = dict(cast(dict, record))  # a dict: _record_text checked
    cleaned[options.field] = result.text
    if options.explain_field is not None:
        cleaned[options.explain_field] = removed_spans(text, result.removed)
    return cleaned, result


def encode_record(record: dict) -> bytes:
    """One JSON line with its line break, as UTF-8; non-ASCII kept as is where UTF-8 allows."""
    try:
        return (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a \udXXX escape: keep it escaped
        return (json.dumps(record) + "\n").encode("utf-8")


def parse_record(line: str) -> object:
    try:
        return json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON ({err.msg} at column {err.colno})") from None


def clean_json_line(line: bytes, options: RecordOptions, tally: Tally) -> bytes:
    """One JSON Lines line (UTF-8, without its line break) -> the cleaned line with a break."""
    record = parse_record(decode_utf8(line))
    cleaned, result = clean_record(record, options)
    out = encode_record(cleaned)
    tally.count(result, len(line) + 1, len(out), not options.html and looks_like_html(_record_text(record, options.field)))
    return out
