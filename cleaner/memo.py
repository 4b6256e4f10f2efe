"""A bounded memo for results that depend on a line's text alone.

Page dumps repeat lines (menus, footers, share bars on every page of a site),
and the pipeline looks at what is left after each round of removals; a
detector that judges a line by its text alone need not judge the same text
twice. The memo forgets everything when it is full, so memory stays bounded.
"""
from __future__ import annotations

from typing import Callable, Hashable, TypeVar

__all__ = ["Memo"]

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
_MISSING = object()


class Memo:
    __slots__ = ("maxsize", "_data")

    def __init__(self, maxsize: int = 50_000) -> None:
        self.maxsize = maxsize
        self._data: dict[Hashable, object] = {}

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        value = self._data.get(key, _MISSING)  # most texts are new: no exception for a miss
        if value is _MISSING:
            value = compute()
            if len(self._data) >= self.maxsize:
                self._data.clear()
            self._data[key] = value
        return value  # type: ignore[return-value]

    def get_for(self, key: K, compute: Callable[[K], T]) -> T:
        """``get(key, lambda: compute(key))`` without building a function for each call."""
        value = self._data.get(key, _MISSING)
        if value is _MISSING:
            value = compute(key)
            if len(self._data) >= self.maxsize:
                self._data.clear()
            self._data[key] = value
        return value  # type: ignore[return-value]

    def __len__(self) -> int:
        return len(self._data)
