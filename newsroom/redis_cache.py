"""Django's Redis cache, without the per-call client construction.

Django's `RedisCacheClient.get_client()` builds a new `redis.Redis` object around the shared
connection pool on every cache call; with redis-py 6+ that costs more than the round trip itself
on a loaded machine, so the client is built once per pool and kept (redis-py clients are
thread-safe and the pool reconnects after a fork). A page-cache hit uses it directly
(`newsroom.pagecache._fetch`).
"""

from __future__ import annotations

from typing import Any

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient


class KeptClientRedisCacheClient(RedisCacheClient):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._clients: dict[int, Any] = {}

    def get_client(self, key: Any = None, *, write: bool = False) -> Any:
        index = self._get_connection_pool_index(write)  # type: ignore[attr-defined]
        client = self._clients.get(index)
        if client is None:
            pool = self._get_connection_pool(write)  # type: ignore[attr-defined]
            client = self._client(connection_pool=pool)  # type: ignore[attr-defined]
            self._clients[index] = client
        return client


class RedisCache(DjangoRedisCache):
    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = KeptClientRedisCacheClient

    def validate_key(self, key: str) -> None:
        """Redis keys have none of memcached's length or character limits."""
