"""Full-page cache for anonymous readers, shared by every app server through the cache backend.

Placed right after WhiteNoise, a hit answers before sessions, messages, authentication, URL
resolution, templates and SQL run: one round trip to the cache fetches the page and the versions
of the dependencies it was built from (two the first time a process sees the page). A page is stored only when

- the request is a GET from a reader with no session (staff are never served or stored), to a path
  that is not the admin, a preview or share link, static or media files, or the health check;
- the response is a 200 that sets no cookie, is not private or `no-store`, and varies on nothing
  but cookies, language and encoding.

A stored page is fresh until `NEWSROOM_PAGE_CACHE_SECONDS` have passed, but never past the next
scheduled go-live or expiry (`articles.cache.next_change`); purges (`articles.cache`) make it stale
at once on every server. A page past its freshness, but not past a scheduled change, may be
served stale for `NEWSROOM_PAGE_CACHE_STALE_SECONDS` while the one worker that takes the lock
renders it again (no stampede). Responses carry an `ETag` and `Last-Modified` (304 on a match),
a `Cache-Control` for a CDN (`s-maxage`, `stale-while-revalidate`) and a `Surrogate-Key` header
naming the dependencies, for CDNs that purge by key.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, NamedTuple

from django.conf import settings
from django.core.cache import cache
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.urls import NoReverseMatch, reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from articles import cache as purges

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
LOCK_SECONDS = 30
MAX_QUERY_STRING = 512
_UNCACHEABLE_CONTROL = ("private", "no-store", "no-cache")
_ALLOWED_VARY = {"cookie", "accept-language", "accept-encoding"}
_NOT_REPLAYED = {"set-cookie", "content-length", "cache-control", "date", "etag", "last-modified"}


class Entry(NamedTuple):
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    etag: str
    last_modified: int
    dependencies: list[str]
    versions: list[str]
    fresh_until: float
    stale_until: float


def page_key(request: HttpRequest) -> str:
    """One key per scheme, host, path, query string and reader language."""
    language = get_language_from_request(request)
    raw = "|".join(
        (
            request.scheme or "http",
            request.get_host(),
            request.path,
            request.META.get("QUERY_STRING", ""),
            language,
        )
    )
    return purges.PREFIX + "page:" + hashlib.blake2b(raw.encode(), digest_size=16).hexdigest()


_article_link: re.Pattern[bytes] | None = None


def article_link_pattern() -> re.Pattern[bytes] | None:
    """A regex for article addresses, derived from the `articles:detail` route."""
    global _article_link
    if _article_link is None:
        try:
            sample = reverse(
                "articles:detail",
                kwargs={"year": 1999, "month": "88", "day": "77", "slug": "slug-placeholder"},
            )
        except NoReverseMatch:
            return None
        pattern = re.escape(sample)
        pattern = pattern.replace("1999", r"\d{4}").replace("88", r"\d{1,2}")
        pattern = pattern.replace("77", r"\d{1,2}").replace("slug\\-placeholder", r"([-\w]+)")
        _article_link = re.compile(pattern.encode())
    return _article_link


def dependencies_for(request: HttpRequest, body: bytes) -> list[str]:
    """What a page was built from: its route, and every article it links to."""
    names = {purges.SITE}
    match = getattr(request, "resolver_match", None)
    name = (match.url_name or "") if match else ""
    kwargs = match.kwargs if match else {}
    slug = kwargs.get("slug")
    if name == "detail" and slug:
        names.add(purges.article_dependency(slug))
    elif name == "front":
        names.add(purges.FRONT)
    elif "archive" in name and kwargs.get("year"):
        month = kwargs.get("month")
        names.add(
            f"archive:{int(kwargs['year']):04d}-{int(month):02d}"
            if month and str(month).isdigit()
            else f"archive:{int(kwargs['year']):04d}"
        )
    else:
        kind = next((kind for kind in ("section", "author", "tag") if kind in name), None)
        if kind and slug:
            names.add(f"{kind}:{slug}")
        elif "sitemap" in name or request.path.endswith(".xml"):
            names.add(purges.SITEMAPS)
        elif "feed" in name or "rss" in name or "atom" in name:
            names.add(purges.FEEDS)
        else:
            names.add(purges.LISTINGS)
    pattern = article_link_pattern()
    if pattern is not None:
        names.update(
            purges.article_dependency(found.decode()) for found in set(pattern.findall(body))
        )
    return sorted(names)


def _excluded_prefixes() -> tuple[str, ...]:
    return (
        "/" + settings.NEWSROOM_ADMIN_PATH.strip("/") + "/",
        settings.STATIC_URL,
        settings.MEDIA_URL,
        *settings.NEWSROOM_PAGE_CACHE_EXCLUDE,
    )


def is_cacheable_request(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD"):
        return False
    if len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_STRING:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    return not request.path.startswith(_excluded_prefixes())


def is_cacheable_response(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    control = response.headers.get("Cache-Control", "").lower()
    if any(word in control for word in _UNCACHEABLE_CONTROL):
        return False
    vary = {v.strip().lower() for v in response.headers.get("Vary", "").split(",") if v.strip()}
    if vary - _ALLOWED_VARY:
        return False
    user = getattr(request, "user", None)
    return not (user is not None and user.is_authenticated)


def cache_control(fresh_until: float, stale_until: float, now: float) -> str:
    fresh = max(0, int(fresh_until - now))
    stale = max(0, int(stale_until - max(fresh_until, now)))
    return f"public, max-age=0, s-maxage={fresh}, stale-while-revalidate={stale}"


# Which version keys each page had when this process last saw it: a hint that lets a hit fetch
# the page and its versions in one round trip. Only an optimisation: the page's own dependency
# list decides, so a missing or outdated hint costs one more round trip, never a wrong page.
_version_keys_hint: dict[str, list[str]] = {}
MAX_HINTS = 20_000


def _remember_version_keys(key: str, version_keys: list[str]) -> None:
    if len(_version_keys_hint) >= MAX_HINTS:
        _version_keys_hint.clear()
    _version_keys_hint[key] = version_keys


def _is_current(key: str, entry: Entry, hint: list[str], found: dict[str, object]) -> bool:
    """Whether every dependency still has the version the page was stored with.

    The versions usually came with the page in one round trip, fetched from the hint this
    process kept when it last saw the page; otherwise they are fetched now.
    """
    keys = [purges.version_key(name) for name in entry.dependencies]
    if keys != hint:
        found = cache.get_many(keys)
        _remember_version_keys(key, keys)
    return [found.get(k) for k in keys] == entry.versions


def _lookup(request: HttpRequest) -> tuple[str, dict[str, Any], Entry | None, bool]:
    """The page key, what the cache returned, the entry, and whether the entry is current."""
    key = page_key(request)
    hint = _version_keys_hint.get(key, [])
    found = cache.get_many([key, purges.EPOCH_KEY, *hint])
    entry: Entry | None = found.get(key)
    return key, found, entry, entry is not None and _is_current(key, entry, hint, found)


def _not_modified(environ: dict[str, Any], entry: Entry) -> bool:
    if_none_match = environ.get("HTTP_IF_NONE_MATCH")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return entry.etag in tags or "*" in tags
    since = parse_http_date_safe(environ.get("HTTP_IF_MODIFIED_SINCE", ""))
    return since is not None and entry.last_modified <= since


class PageCacheApplication:
    """WSGI wrapper answering fresh hits before Django's handler, signals and middleware run.

    Everything else — misses, stale pages, staff, conditional requests on anything but a fresh
    hit — goes to Django, where `PageCacheMiddleware` does the full job with the same keys.
    """

    def __init__(self, application: Callable[..., Any]) -> None:
        self.application = application

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Any:
        hit = self.fresh_hit(environ) if settings.NEWSROOM_PAGE_CACHE else None
        if hit is None:
            return self.application(environ, start_response)
        status, headers, body = hit
        start_response(status, headers)
        return [body]

    def fresh_hit(self, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], bytes] | None:
        try:
            request = WSGIRequest(environ)
            if not is_cacheable_request(request):
                return None
            key, found, entry, current = _lookup(request)
        except Exception:
            return None  # Django answers, and reports a bad host or an unavailable cache.
        now = time.time()
        if entry is None or not current or now >= entry.fresh_until:
            return None
        caching = [
            ("Cache-Control", cache_control(entry.fresh_until, entry.stale_until, now)),
            ("ETag", entry.etag),
            ("Last-Modified", formatdate(entry.last_modified, usegmt=True)),
            ("Surrogate-Key", " ".join(entry.dependencies)),
            (HEADER, "HIT"),
        ]
        if _not_modified(environ, entry):
            return "304 Not Modified", caching, b""
        body = b"" if request.method == "HEAD" else entry.body
        headers = [*entry.headers, *caching, ("Content-Length", str(len(entry.body)))]
        return f"{entry.status} {HTTPStatus(entry.status).phrase}", headers, body


class PageCacheMiddleware:
    """Serve and store whole public pages for anonymous readers; see the module docstring."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES:
                # Pages seen by a signed-in person stay out of shared caches (CDN, proxies).
                patch_cache_control(response, private=True)
            return response
        if not settings.NEWSROOM_PAGE_CACHE:
            return self.get_response(request)
        try:
            key, found, entry, current = _lookup(request)
        except Exception:
            logger.exception("Page cache unavailable; rendering")
            return self.get_response(request)
        seen_epoch = found.get(purges.EPOCH_KEY, 0)
        lock_key = purges.PREFIX + "lock:" + key
        locked = False
        now = time.time()
        if entry is not None and current:
            if now < entry.fresh_until:
                return self._serve(request, entry, now, "HIT")
            if now < entry.stale_until:
                if not cache.add(lock_key, 1, LOCK_SECONDS):
                    return self._serve(request, entry, now, "STALE")
                locked = True
        try:
            response = self.get_response(request)
            return self._store(request, response, key, seen_epoch)
        finally:
            if locked:
                cache.delete(lock_key)

    def _serve(
        self, request: HttpRequest, entry: Entry, now: float, state: str
    ) -> HttpResponseBase:
        response = HttpResponse(
            b"" if request.method == "HEAD" else entry.body, status=entry.status
        )
        for name, value in entry.headers:
            response.headers[name] = value
        self._set_caching_headers(response, entry, now)
        response.headers["Content-Length"] = str(len(entry.body))
        response.headers[HEADER] = state
        return self._conditional(request, response, entry)

    def _set_caching_headers(self, response: HttpResponseBase, entry: Entry, now: float) -> None:
        response.headers["Cache-Control"] = cache_control(entry.fresh_until, entry.stale_until, now)
        response.headers["ETag"] = entry.etag
        response.headers["Last-Modified"] = formatdate(entry.last_modified, usegmt=True)
        response.headers["Surrogate-Key"] = " ".join(entry.dependencies)

    def _conditional(
        self, request: HttpRequest, response: HttpResponse, entry: Entry
    ) -> HttpResponseBase:
        conditional = get_conditional_response(
            request, etag=entry.etag, last_modified=entry.last_modified, response=response
        )
        if conditional is None or conditional is response:
            return response
        conditional.headers[HEADER] = response.headers[HEADER]
        return conditional

    def _store(
        self, request: HttpRequest, response: HttpResponseBase, key: str, seen_epoch: int
    ) -> HttpResponseBase:
        if not isinstance(response, HttpResponse) or not is_cacheable_response(request, response):
            return response
        body = response.content
        dependencies = dependencies_for(request, body)
        version_keys = [purges.version_key(name) for name in dependencies]
        try:
            found = cache.get_many([purges.EPOCH_KEY, *version_keys])
            if any(k not in found for k in version_keys):
                purges.current_versions(dependencies)
                found = cache.get_many([purges.EPOCH_KEY, *version_keys])
            next_change = purges.next_change()
        except Exception:
            logger.exception("Page cache unavailable; not storing")
            return response
        now = time.time()
        fresh_until = now + settings.NEWSROOM_PAGE_CACHE_SECONDS
        stale_until = fresh_until + settings.NEWSROOM_PAGE_CACHE_STALE_SECONDS
        if next_change is not None and next_change.timestamp() <= fresh_until:
            # A scheduled go-live or expiry may change this page: never serve it past that.
            fresh_until = stale_until = next_change.timestamp()
        entry = Entry(
            status=response.status_code,
            headers=[
                (name, value)
                for name, value in response.headers.items()
                if name.lower() not in _NOT_REPLAYED
            ],
            body=body,
            etag='"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"',
            last_modified=int(now),
            dependencies=dependencies,
            versions=[str(found.get(k)) for k in version_keys],
            fresh_until=fresh_until,
            stale_until=stale_until,
        )
        if found.get(purges.EPOCH_KEY, 0) == seen_epoch and stale_until > now:
            cache.set(key, entry, int(stale_until - now) + 1)
            _remember_version_keys(key, version_keys)
        self._set_caching_headers(response, entry, now)
        response.headers[HEADER] = "MISS"
        return self._conditional(request, response, entry)
