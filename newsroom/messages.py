"""Django's message storage (a signed cookie, then the session), made only when it is used.

Django's `MessageMiddleware` makes the storage for every request, and its cookie storage makes
a cookie signer (the signing backend imported, keys derived) then: on a public page, which
never shows or adds a message, as much CPU as the middleware stack's other members together.
Here the cookie and session storages are made the first time a message is read or added;
a request that does neither ends with nothing to store, as before. Everything else is
Django's `FallbackStorage` (settings.MESSAGE_STORAGE).
"""

from __future__ import annotations

from typing import Any

from django.contrib.messages.storage.base import BaseStorage
from django.contrib.messages.storage.fallback import FallbackStorage
from django.utils.functional import cached_property


class LazyFallbackStorage(FallbackStorage):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        BaseStorage.__init__(self, *args, **kwargs)
        self._storage_arguments = (args, kwargs)
        self._used_storages: set[BaseStorage] = set()

    @cached_property
    def storages(self) -> list[BaseStorage]:  # type: ignore[override]
        args, kwargs = self._storage_arguments
        return [storage_class(*args, **kwargs) for storage_class in self.storage_classes]
