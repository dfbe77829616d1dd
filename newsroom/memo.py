"""A bounded, per-process memory of results that depend only on their key.

The card, picture, address, rendition-index, masthead and query-plan memories all keep what a
pure function gave for a key, in each worker process, up to a size: past it the least recently
used entries are forgotten. Thread-safe (the development server and threaded workers share
them): writes take a lock; a read, on every page many times, does not need it, since each of
the ordered dictionary's operations is atomic (a read racing a write that forgets the same
entry only leaves it unmoved). Never `None` as a value: `get` answers `None` for "not
remembered".

A memory of what depends on the settings as well as on its key (a static file's address, a
date's format) is made with `settings_bound=True`: it is forgotten whenever a setting changes
(`override_settings` in a test), as Django's own caches of settings are.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Any, Generic, TypeVar

from django.core.signals import setting_changed

V = TypeVar("V")


class Memo(Generic[V]):
    def __init__(self, size: int, *, settings_bound: bool = False) -> None:
        self.size = size
        self._entries: OrderedDict[Hashable, V] = OrderedDict()
        self._lock = threading.Lock()
        if settings_bound:
            setting_changed.connect(self._forget, weak=True)

    def _forget(self, **kwargs: Any) -> None:
        self.clear()

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
