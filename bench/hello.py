"""The floor: hello-world WSGI apps served by the same gunicorn as the site.

`bench.hello:application` answers at once; `bench.hello:redis_application` first does one Redis
GET (REDIS_URL), the practical ceiling for a page served from the shared cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import Any

import redis

BODY = b"Hello, world!\n"
HEADERS = [("Content-Type", "text/plain"), ("Content-Length", str(len(BODY)))]

_client = redis.Redis.from_url(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    start_response("200 OK", HEADERS)
    return [BODY]


def redis_application(
    environ: dict[str, Any], start_response: Callable[..., Any]
) -> Iterable[bytes]:
    _client.get("bench:hello")
    start_response("200 OK", HEADERS)
    return [BODY]
