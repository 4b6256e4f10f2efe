"""Cleaning beyond one machine: the ``cleaner`` command's record cleaning on Dask.

Install with ``pip install 'cleaner[dask]'``. Every function here runs the
same per-record code as ``cleaner clean`` (:func:`cleaner.records.clean_record`
and the same JSON serialization), so the results are identical to the
command's, record for record and byte for byte::

    import cleaner.dask as cd

    records = cd.read_jsonl("shards/*.jsonl.gz")          # a dask.bag of dicts
    cd.write_jsonl(cd.clean_bag(records, field="text"), "clean/*.jsonl.gz")

    frame = dask.dataframe.read_parquet("pages/")         # any frame with a text column
    clean = cd.clean_dataframe(frame, column="text")

A record without the field (or with a non-string value) raises
:class:`cleaner.records.InputError` in the task that meets it. Each worker
process builds its Cleaner once.
"""
from __future__ import annotations

import json
from importlib import import_module
from typing import Any, Iterable

from .pipeline import detector_names
from .records import DEFAULT_EXPLAIN_FIELD, DEFAULT_FIELD, RecordOptions, clean_record, encode_record

__all__ = ["clean_bag", "clean_dataframe", "read_jsonl", "write_jsonl", "json_line"]

INSTALL_HINT = "cleaner.dask needs Dask: pip install 'cleaner[dask]'"


def _require(module: str) -> Any:
    """Import a Dask module, or raise an ImportError that says what to install."""
    try:
        return import_module(module)
    except ImportError as err:
        raise ImportError(f"{INSTALL_HINT} ({err})") from err


def _options(
    field: str, explain: bool, explain_field: str, disable: Iterable[str], wait_for_residue: Iterable[str],
    body_only: bool = False,
) -> RecordOptions:
    return RecordOptions(
        field, explain_field if explain else None, detector_names(disable, "disable"),
        wait_for_residue=detector_names(wait_for_residue, "wait_for_residue"), body_only=bool(body_only),
    )


def _clean_one(record: object, options: RecordOptions) -> dict:
    return clean_record(record, options)[0]


def json_line(record: dict) -> str:
    """The record as one JSON line, exactly as ``cleaner clean`` writes it (no line break)."""
    return encode_record(record).decode("utf-8").removesuffix("\n")


def read_jsonl(urlpath: str | list[str], **read_text_options: Any):
    """A bag of the records of JSON Lines files (gzip inferred from the names); one partition per file."""
    bag = _require("dask.bag")
    return bag.read_text(urlpath, **read_text_options).map(json.loads)


def write_jsonl(records, urlpath: str | list[str], **to_textfiles_options: Any) -> list[str]:
    """Write a bag of records as JSON Lines, one file per partition, like the command does."""
    _require("dask.bag")
    lines = records.map(json_line)
    return lines.to_textfiles(urlpath, last_endline=True, **to_textfiles_options)


def clean_bag(
    records,
    field: str = DEFAULT_FIELD,
    *,
    explain: bool = False,
    explain_field: str = DEFAULT_EXPLAIN_FIELD,
    disable: Iterable[str] = (),
    wait_for_residue: Iterable[str] = (),
    body_only: bool = False,
):
    """A bag of records (dicts) -> the bag of cleaned records, every other field kept.

    With ``explain`` each record gets the removed spans under ``explain_field``,
    as with ``cleaner clean --explain``; ``disable``, ``wait_for_residue`` and
    ``body_only`` are :class:`~cleaner.Cleaner`'s.
    """
    _require("dask.bag")
    return records.map(_clean_one, _options(field, explain, explain_field, disable, wait_for_residue, body_only))


def _clean_partition(frame, options: RecordOptions):
    """Clean one pandas partition's text column (and add the spans column if asked)."""
    cleaned = [_clean_one({options.field: value}, options) for value in frame[options.field]]
    frame = frame.copy()
    frame[options.field] = [record[options.field] for record in cleaned]
    if options.explain_field is not None:
        frame[options.explain_field] = [record[options.explain_field] for record in cleaned]
    return frame


def clean_dataframe(
    frame,
    column: str = DEFAULT_FIELD,
    *,
    explain_column: str | None = None,
    disable: Iterable[str] = (),
    wait_for_residue: Iterable[str] = (),
    body_only: bool = False,
):
    """A dask DataFrame -> the same frame with ``column`` cleaned.

    With ``explain_column`` a column of removed spans (lists of dicts, as in
    ``cleaner clean --explain``) is added; ``disable``, ``wait_for_residue`` and
    ``body_only`` are :class:`~cleaner.Cleaner`'s.
    """
    _require("dask.dataframe")
    options = RecordOptions(
        column, explain_column, detector_names(disable, "disable"),
        wait_for_residue=detector_names(wait_for_residue, "wait_for_residue"), body_only=bool(body_only),
    )
    meta = _clean_partition(frame._meta, options)
    return frame.map_partitions(_clean_partition, options, meta=meta)
