"""Every fixture under fixtures/ cleans to its expected text, exactly.

A fixture is a folder with input.txt, expected.txt (judged by a person) and
meta.json; a meta "xfail" entry marks a known failure with its reason.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


FOLDERS = sorted(p for p in FIXTURES.iterdir() if (p / "input.txt").exists())


def _meta(folder: Path) -> dict:
    return json.loads((folder / "meta.json").read_text(encoding="utf-8"))


def _cases():
    """Fixtures as test cases, known failures marked as strict expected failures."""
    for folder in FOLDERS:
        xfail = _meta(folder).get("xfail")
        marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
        yield pytest.param(folder, id=folder.name, marks=marks)


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("folder", list(_cases()))
def test_fixture(folder):
    expected = _read(folder / "expected.txt").removesuffix("\n")
    assert cleaner.clean(_read(folder / "input.txt")) == expected


@pytest.mark.parametrize("folder", FOLDERS, ids=[f.name for f in FOLDERS])
def test_fixture_metadata(folder):
    meta = _meta(folder)
    assert meta.get("source"), "a fixture records its source"
    assert meta.get("kind") in {"positive", "negative"}
    if meta["kind"] == "negative":
        assert _read(folder / "expected.txt").removesuffix("\n") == _read(folder / "input.txt").strip()


def test_there_are_enough_fixtures():
    negatives = [f for f in FOLDERS if _meta(f)["kind"] == "negative"]
    assert len(FOLDERS) >= 13
    assert len(negatives) >= 4
