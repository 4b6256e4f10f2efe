"""Word lists and phrase banks: plain text files under ``cleaner/data/``.

One entry per line; a line starting with ``#`` is a comment; blank lines are
ignored; entries are stripped of surrounding whitespace. A bank of
several languages is a folder with one file per language (``en.txt``,
``de.txt``, ...). Files are read once and cached.
"""
from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .textutil import normalize

__all__ = ["load_list", "load_bank", "site_labels"]


def _entries(raw: str) -> list[str]:
    stripped = (line.strip() for line in raw.splitlines())
    return [line for line in stripped if line and not line.startswith("#")]


@lru_cache(maxsize=None)
def load_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/<name>.txt``."""
    path = resources.files("cleaner") / "data" / f"{name}.txt"
    return tuple(_entries(path.read_text(encoding="utf-8")))


@lru_cache(maxsize=None)
def load_bank(name: str) -> dict[str, tuple[str, ...]]:
    """Entries of every ``data/<name>/<lang>.txt``, by language code."""
    folder = resources.files("cleaner") / "data" / name
    bank = {}
    for item in sorted(folder.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".txt"):
            bank[item.name[:-4]] = tuple(_entries(item.read_text(encoding="utf-8")))
    return bank


@lru_cache(maxsize=1)
def site_labels() -> frozenset[str]:
    """Labels of sites' menus and footers in every language (``data/site_labels``), with social
    networks' names (``data/ui_labels/brands.txt``), normalised: evidence that a text is a page."""
    labels = {normalize(e) for entries in load_bank("site_labels").values() for e in entries}
    labels.update(normalize(e) for e in load_list("ui_labels/brands"))
    labels.discard("")
    return frozenset(labels)
