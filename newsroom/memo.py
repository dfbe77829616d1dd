"""A bounded, per-process memory of results that depend only on their key.

The card, picture, address, rendition-index, masthead and query-plan memories all keep what a
pure function gave for a key, in each worker process, up to a size: past it the least recently
used entries are forgotten. Thread-safe (the development server and threaded workers share
them): writes take a lock; a read, on every page many times, does not need it, since each of
the ordered dictionary's operations is atomic (a read racing a write that forgets the same
entry only leaves it unmoved). Never `None` as a value: `get` answers `None` for "not
remembered".
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

V = TypeVar("V")


class Memo(Generic[V]):
    def __init__(self, size: int) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> V | None:
        entries = self._entries
        value = entries.get(key)
        if value is not None:
            try:  # noqa: SIM105  (a `with suppress()` costs a context manager on every read)
                entries.move_to_end(key)
            except KeyError:  # forgotten meanwhile by another thread's `put`
                pass
        return value

    def put(self, key: Hashable, value: V) -> V:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self.size:
                self._entries.popitem(last=False)
        return value

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)
