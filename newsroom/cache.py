"""A Redis cache that the site can live without: errors are logged, never raised."""

from __future__ import annotations

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from redis.exceptions import RedisError

from newsroom.redis_cache import RedisCache

logger = logging.getLogger("newsroom.cache")

# After a failure the cache is skipped for this long, so an outage costs one connect timeout
# per process every few seconds instead of one per cache call.
RETRY_AFTER_SECONDS = 5.0


class ResilientRedisCache(RedisCache):
    """`RedisCache` whose reads miss and whose writes are dropped while Redis is unreachable.

    Pages are then rendered from the database on every request: slower, but served.
    """

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._down_until = 0.0

    def is_down(self) -> bool:
        """Whether the cache is being skipped after a failure."""
        return time.monotonic() < self._down_until

    def _guard(self, operation: str, default: Any, call: Any, *args: Any, **kwargs: Any) -> Any:
        if time.monotonic() < self._down_until:
            return default
        try:
            return call(*args, **kwargs)
        except RedisError as exc:
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            logger.error(
                "Cache unavailable (%s failed: %s); serving without it for %.0f s",
                operation,
                exc,
                RETRY_AFTER_SECONDS,
            )
            return default

    def add(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> bool:
        return self._guard("add", False, super().add, key, value, timeout, version)

    def get(self, key: Any, default: Any = None, version: Any = None) -> Any:
        return self._guard("get", default, super().get, key, default, version)

    def set(
        self, key: Any, value: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None
    ) -> None:
        self._guard("set", None, super().set, key, value, timeout, version)

    def touch(self, key: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> bool:
        return self._guard("touch", False, super().touch, key, timeout, version)

    def delete(self, key: Any, version: Any = None) -> bool:
        return self._guard("delete", False, super().delete, key, version)

    def get_many(self, keys: Any, version: Any = None) -> dict[Any, Any]:
        return self._guard("get_many", {}, super().get_many, keys, version)

    def has_key(self, key: Any, version: Any = None) -> bool:
        return self._guard("has_key", False, super().has_key, key, version)

    def incr(self, key: Any, delta: int = 1, version: Any = None) -> int:
        return self._guard("incr", delta, super().incr, key, delta, version)

    def set_many_or_raise(self, data: Any, timeout: Any = DEFAULT_TIMEOUT) -> list[Any]:
        """`set_many` that is tried even while the cache is being skipped, and raises
        `RedisError` on failure: for writes that must not be lost silently (purges)."""
        try:
            return super().set_many(data, timeout)
        except RedisError:
            self._down_until = time.monotonic() + RETRY_AFTER_SECONDS
            raise

    def set_many(self, data: Any, timeout: Any = DEFAULT_TIMEOUT, version: Any = None) -> list[Any]:
        return self._guard("set_many", list(data), super().set_many, data, timeout, version)

    def delete_many(self, keys: Any, version: Any = None) -> None:
        self._guard("delete_many", None, super().delete_many, keys, version)

    def clear(self) -> None:
        self._guard("clear", None, super().clear)
