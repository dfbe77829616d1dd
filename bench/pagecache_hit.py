"""Micro-benchmark of a page-cache hit, in process: microseconds of CPU per WSGI call.

Stores an article page and a listing page linking to 30 articles in the cache named by
REDIS_URL (local memory without it), then times `PageCacheApplication` answering them against
the hello-world app doing one Redis GET (`bench.hello:redis_application`), called the same way.
CPU time of this process (not wall time) is reported: it leaves out waiting for Redis, and so
the noise of a shared machine, and it is what a saturated worker spends per hit.

    REDIS_URL=redis://127.0.0.1:6379/0 python -m bench.pagecache_hit
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ.setdefault("DJANGO_SECRET_KEY", "bench-" + "k" * 50)
os.environ.setdefault("DJANGO_DEBUG", "0")
os.environ["NEWSROOM_PAGE_CACHE"] = "1"
os.environ.setdefault("CACHE_KEY_PREFIX", "bench-pagecache")

import django  # noqa: E402

django.setup()

from django.core.cache import cache  # noqa: E402
from django.http import HttpRequest, HttpResponse  # noqa: E402
from django.test import RequestFactory  # noqa: E402

from articles import cache as purges  # noqa: E402
from bench import hello  # noqa: E402
from newsroom.pagecache import PageCacheApplication, PageCacheMiddleware  # noqa: E402

ROUNDS = int(os.environ.get("ROUNDS", "7"))
CALLS = int(os.environ.get("CALLS", "2000"))


def environ(path: str) -> dict[str, Any]:
    return {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1:8000",
        "HTTP_USER_AGENT": "wrk",
        "HTTP_ACCEPT": "*/*",
        "REMOTE_ADDR": "127.0.0.1",
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.version": (1, 0),
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }


def page(links: int, size: int) -> bytes:
    anchors = "".join(
        f'<li><a href="/2026/11/{day % 28 + 1:02d}/story-number-{day}/">Story {day}</a></li>'
        for day in range(links)
    )
    filler = "x" * max(0, size - len(anchors))
    return f"<!doctype html><html><body><ul>{anchors}</ul><p>{filler}</p></body></html>".encode()


def store(path: str, body: bytes) -> None:
    def view(request: HttpRequest) -> HttpResponse:
        response = HttpResponse(body, content_type="text/html; charset=utf-8")
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Vary"] = "Accept-Language, Cookie"
        return response

    request = RequestFactory().get(path, HTTP_HOST="127.0.0.1:8000")
    response = PageCacheMiddleware(view)(request)
    assert response.headers.get("X-Page-Cache") == "MISS", response.headers


def time_calls(app: Callable[..., Any], path: str) -> float:
    statuses: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]]) -> None:
        statuses.append(status)

    medians = []
    for _ in range(ROUNDS):
        start = time.process_time()
        for _ in range(CALLS):
            b"".join(app(environ(path), start_response))
        medians.append((time.process_time() - start) / CALLS * 1e6)
    assert all(s.startswith("200") for s in statuses)
    return statistics.median(medians)


def main() -> None:
    cache.set(purges.SCHEDULE_TOKEN_KEY, 1, None)
    cache.set(purges.NEXT_CHANGE_KEY, (1, 0), 3600)  # nothing scheduled
    purges.purge([purges.SITE])  # pages stored by an earlier run are re-rendered
    article, listing = "/2026/11/30/one-story/", "/politics/"
    store(article, page(links=5, size=40_000))
    store(listing, page(links=30, size=60_000))
    hello._client.set("bench:hello", b"x")

    def django_app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        raise AssertionError("not a hit: " + environ["PATH_INFO"])

    app = PageCacheApplication(django_app)
    one_get = time_calls(hello.redis_application, "/")
    results = {
        "one Redis GET app": one_get,
        "article hit": time_calls(app, article),
        "listing hit (30 links)": time_calls(app, listing),
    }
    for name, micros in results.items():
        print(f"{name:24} {micros:8.1f} µs  ({one_get / micros:.0%} of one-GET)")


if __name__ == "__main__":
    main()
