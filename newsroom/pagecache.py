"""Full-page cache for anonymous readers, shared by every app server through the cache backend.

Placed before Django's handler (`PageCacheApplication`, in `newsroom/wsgi.py`), a fresh hit
answers before sessions, messages, authentication, URL resolution, templates and SQL run: the key
is built straight from the WSGI environ, and one round trip to the cache fetches the page and the
purge epoch; a copy this process already found current at that epoch is served as it is, and any
other is checked against the versions of the dependencies it was built from (a second round
trip). With Redis each round trip is one raw `MGET`, decoded here, without Django's per-key
overhead.
A page is stored (by `PageCacheMiddleware`) only when

- the request is a GET from a reader with no session (staff are never served or stored), to a path
  that is not the admin, a preview or share link, static or media files, or the health check;
- the response is a 200 that sets no cookie, is not private or `no-store`, and varies on nothing
  but cookies, language and encoding.

A stored page is fresh until `NEWSROOM_PAGE_CACHE_SECONDS` have passed, but never past the next
scheduled go-live or expiry after its rendering began (`articles.cache.next_change`); purges
(`articles.cache`) make it stale at once on every server. No stampede:

- a page past its freshness, but not past a scheduled change, may be served stale for
  `NEWSROOM_PAGE_CACHE_STALE_SECONDS` while the one worker that takes the lock renders it again;
- a page that is missing or was purged is never served: the one worker that takes the lock
  renders it, and the others wait for its result (polling the cache) for at most
  `NEWSROOM_PAGE_CACHE_WAIT_SECONDS`, then render it themselves.

Responses carry an `ETag` and `Last-Modified` (304 on a match), a `Cache-Control` for a CDN
(`s-maxage`, `stale-while-revalidate`) and a `Surrogate-Key` header naming the dependencies, for
CDNs that purge by key.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from datetime import datetime
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, NamedTuple

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.base import default_key_func
from django.core.exceptions import DisallowedHost
from django.core.handlers.wsgi import get_path_info, get_script_name
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.http.cookie import parse_cookie
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language_from_request

from articles import cache as purges
from newsroom.memo import Memo
from newsroom.redis_cache import RedisCache

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
LOCK_SECONDS = 30
MAX_QUERY_STRING = 512
PAGE_PREFIX = purges.PREFIX + "p:"
TAG_PREFIX = purges.PREFIX + "t:"
LOCK_PREFIX = purges.PREFIX + "lock:"
_UNCACHEABLE_CONTROL = ("private", "no-store", "no-cache")
_ALLOWED_VARY = {"cookie", "accept-language", "accept-encoding"}
_NOT_REPLAYED = {"set-cookie", "content-length", "cache-control", "date", "etag", "last-modified"}
# How long a waiting worker sleeps between two looks at the cache, growing to the last value.
_WAIT_STEPS = (0.01, 0.02, 0.05, 0.1)


class Entry(NamedTuple):
    status: int
    headers: list[tuple[str, str]]  # the response's own headers, replayed on every hit
    body: bytes
    etag: str
    last_modified: int
    dependencies: list[str]
    version_keys: list[str]
    versions: list[Any]
    fresh_until: float
    stale_until: float
    status_line: str  # what a hit sends, computed once when the page is stored
    hit_headers: list[tuple[str, str]]  # all headers of a hit but Cache-Control


# --- keys ---------------------------------------------------------------------------------------


class _LanguageProbe:
    """The two things `get_language_from_request` reads, without building a request."""

    __slots__ = ("COOKIES", "META")

    def __init__(self, language_cookie: str | None, accept_language: str) -> None:
        cookie_name = settings.LANGUAGE_COOKIE_NAME
        self.COOKIES = {} if language_cookie is None else {cookie_name: language_cookie}
        self.META = {"HTTP_ACCEPT_LANGUAGE": accept_language}


_languages: dict[tuple[str | None, str], str] = {}


def reader_language(language_cookie: str | None, accept_language: str) -> str:
    """The language Django's `LocaleMiddleware` will choose, remembered per distinct input."""
    known = (language_cookie, accept_language)
    language = _languages.get(known)
    if language is None:
        probe = _LanguageProbe(language_cookie, accept_language)
        language = get_language_from_request(probe)  # type: ignore[arg-type]
        if len(_languages) >= 1000:
            _languages.clear()
        _languages[known] = language
    return language


def _raw_host(environ: dict[str, Any]) -> str:
    if settings.USE_X_FORWARDED_HOST and "HTTP_X_FORWARDED_HOST" in environ:
        return str(environ["HTTP_X_FORWARDED_HOST"])
    if "HTTP_HOST" in environ:
        return str(environ["HTTP_HOST"])
    return f"{environ.get('SERVER_NAME', '')}:{environ.get('SERVER_PORT', '')}"


def _request_path(environ: dict[str, Any]) -> tuple[str, str]:
    """The script name and path Django's `WSGIRequest` will see, from the raw WSGI environ."""
    script_name = environ.get("SCRIPT_NAME", "")
    path_info = environ.get("PATH_INFO", "")
    if (
        settings.FORCE_SCRIPT_NAME is not None
        or "SCRIPT_URL" in environ
        or "REDIRECT_URL" in environ
        or not script_name.isascii()
    ):
        script_name = get_script_name(environ)
    if not path_info.isascii():  # WSGI strings are bytes as Latin-1; Django decodes UTF-8
        path_info = get_path_info(environ)
    return script_name, path_info or "/"


def page_key(
    environ: dict[str, Any], cookies: dict[str, str] | None = None, *, raw: bool = False
) -> str:
    """One key per scheme, host, path, query string and reader language.

    `environ` is a request's `META` (where Django has decoded the path), or with `raw` the WSGI
    environ before Django saw it. Neither the host nor the path is validated here: a page is
    stored only after Django has accepted the host and answered the path, so a key built from
    anything else finds nothing.
    """
    if cookies is None:
        raw_cookies = environ.get("HTTP_COOKIE")
        cookies = parse_cookie(raw_cookies) if raw_cookies else {}
    if raw:
        script_name, path_info = _request_path(environ)
    else:
        script_name, path_info = environ.get("SCRIPT_NAME", ""), environ["PATH_INFO"]
    proxy_header = settings.SECURE_PROXY_SSL_HEADER
    key = "|".join(
        (
            environ.get("wsgi.url_scheme", "http"),
            environ.get(proxy_header[0], "") if proxy_header else "",
            _raw_host(environ),
            script_name,
            path_info,
            environ.get("QUERY_STRING", ""),
            reader_language(
                cookies.get(settings.LANGUAGE_COOKIE_NAME),
                environ.get("HTTP_ACCEPT_LANGUAGE", ""),
            ),
        )
    )
    return PAGE_PREFIX + hashlib.blake2b(key.encode(), digest_size=16).hexdigest()


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


DEPENDENCIES_ATTRIBUTE = "_page_dependencies"


def depends_on(request: HttpRequest, names: Iterable[str]) -> None:
    """Record what else the page answering `request` was built from, beyond its route and the
    articles it links to (see `dependencies_for`)."""
    setattr(
        request, DEPENDENCIES_ATTRIBUTE, (*getattr(request, DEPENDENCIES_ATTRIBUTE, ()), *names)
    )


def dependencies_for(request: HttpRequest, body: bytes) -> list[str]:
    """What a page was built from: its route, every article it links to, and what the view
    named with `depends_on`."""
    names = {purges.SITE, *getattr(request, DEPENDENCIES_ATTRIBUTE, ())}
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


def _hit_cookies(environ: dict[str, Any]) -> dict[str, str] | None:
    """`is_cacheable_request` on the raw environ: the request's cookies, or None to pass.

    Excluded paths need no check here: nothing is ever stored under them.
    """
    if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
        return None
    if len(environ.get("QUERY_STRING", "")) > MAX_QUERY_STRING or "HTTP_AUTHORIZATION" in environ:
        return None
    raw_cookies = environ.get("HTTP_COOKIE")
    cookies = parse_cookie(raw_cookies) if raw_cookies else {}
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    return cookies


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


# --- reading the cache --------------------------------------------------------------------------


class CacheUnavailable(Exception):
    pass


def _cache_down() -> bool:
    """Whether the cache backend is sitting out an outage (`newsroom.cache`)."""
    is_down = getattr(caches["default"], "is_down", None)
    return bool(is_down()) if is_down is not None else False


def _fetch(keys: list[str]) -> list[Any]:
    """The value of each key (None when missing), in one round trip.

    With Redis this is a raw `MGET` with keys made and values decoded here, exactly as Django's
    backend would, without its per-key overhead (a listing page checks dozens of versions).
    """
    backend = caches["default"]
    if isinstance(backend, RedisCache):
        if _cache_down():
            raise CacheUnavailable
        client = backend._cache.get_client()
        if backend.key_func is default_key_func:
            prefix = f"{backend.key_prefix}:{backend.version}:"
            made = [prefix + key for key in keys]
        else:
            made = [backend.make_key(key) for key in keys]
        loads = backend._cache._serializer.loads  # type: ignore[attr-defined]
        return [None if value is None else loads(value) for value in client.mget(made)]
    found = backend.get_many(keys)
    return [found.get(key) for key in keys]


# Which pages this process has found current, and at which purge epoch. Every purge gives the
# epoch a new random value (before and after it gives the dependencies new versions), so a page
# found current at the epoch the cache still holds is still current: a hit then needs only the
# page and the epoch, one round trip of two keys, however many dependencies the page has. Any
# other hit (a new epoch, another copy of the page, an epoch the cache lost) checks every
# dependency's version, as the page's own list says, and notes the result here.
MAX_VERIFIED = 20_000
_verified: Memo[tuple[Any, str]] = Memo(MAX_VERIFIED)


def _remember_verified(key: str, epoch: Any, etag: str) -> None:
    if epoch is not None:
        _verified.put(key, (epoch, etag))


def tag_key(key: str) -> str:
    """The small key holding the ETag of the page stored under `key`."""
    return TAG_PREFIX + key.removeprefix(PAGE_PREFIX)


# Pages this process served lately, kept in its memory up to NEWSROOM_PAGE_CACHE_LOCAL_BYTES.
# A fast-path hit on one of them fetches only the page's ETag and the epoch (two short values)
# instead of the whole page: it serves its own copy when the shared cache still holds that very
# copy (same ETag) and this process found it current at the epoch the cache holds now. Anything
# else fetches the page as usual. The bytes are the same either way: an ETag names a body.
_local: OrderedDict[str, Entry] = OrderedDict()
_local_bytes = 0


def _remember_local(key: str, entry: Entry) -> None:
    global _local_bytes
    limit = settings.NEWSROOM_PAGE_CACHE_LOCAL_BYTES
    size = len(entry.body)
    if size > limit // 4:
        return
    previous = _local.pop(key, None)
    if previous is not None:
        _local_bytes -= len(previous.body)
    _local[key] = entry
    _local_bytes += size
    while _local_bytes > limit and _local:
        _old_key, old = _local.popitem(last=False)
        _local_bytes -= len(old.body)


_NOT_ASKED = object()


def _local_hit(key: str) -> tuple[Entry | None, Any]:
    """This process's copy of the page if the shared cache says it is still the current one,
    and the ETag the shared cache holds (None if it holds none, `_NOT_ASKED` if not asked)."""
    local = _local.get(key)
    if local is None:
        return None, _NOT_ASKED
    tag, epoch = _fetch([tag_key(key), purges.EPOCH_KEY])
    if epoch is None or tag != local.etag or _verified.get(key) != (epoch, local.etag):
        return None, tag
    if time.time() >= local.fresh_until:  # aged: fetch the shared copy, which may be newer
        return None, tag
    _local.move_to_end(key)
    return local, tag


class Lookup(NamedTuple):
    key: str
    epoch: Any  # the purge epoch the cache held when the page was looked up
    entry: Entry | None
    current: bool  # whether every dependency still has the version the entry was stored with


def _lookup(
    environ: dict[str, Any], cookies: dict[str, str], *, raw: bool = False, key: str = ""
) -> Lookup:
    key = key or page_key(environ, cookies, raw=raw)
    found, epoch = _fetch([key, purges.EPOCH_KEY])
    if epoch is None:
        epoch = purges.start_epoch()
    entry = found if isinstance(found, Entry) else None
    if entry is None:
        return Lookup(key, epoch, None, False)
    if epoch is not None and _verified.get(key) == (epoch, entry.etag):
        return Lookup(key, epoch, entry, True)
    current = _fetch(entry.version_keys) == entry.versions
    if current:
        _remember_verified(key, epoch, entry.etag)
    return Lookup(key, epoch, entry, current)


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
            cookies = _hit_cookies(environ)
            if cookies is None:
                return None
            key = page_key(environ, cookies, raw=True)
            keep_local = settings.NEWSROOM_PAGE_CACHE_LOCAL_BYTES > 0
            entry, tag = _local_hit(key) if keep_local else (None, _NOT_ASKED)
            current = entry is not None
            if entry is None:
                _key, _epoch, entry, current = _lookup(environ, cookies, key=key)
                if entry is not None and current and keep_local:
                    _remember_local(key, entry)
                    if tag is None:  # stored before ETags were kept apart, or evicted
                        ttl = int(entry.stale_until - time.time()) + 1
                        cache.add(tag_key(key), entry.etag, max(ttl, 1))
        except Exception:
            return None  # Django answers, and reports an unavailable cache.
        now = time.time()
        if entry is None or not current or now >= entry.fresh_until:
            return None
        control = ("Cache-Control", cache_control(entry.fresh_until, entry.stale_until, now))
        if ("HTTP_IF_NONE_MATCH" in environ or "HTTP_IF_MODIFIED_SINCE" in environ) and (
            _not_modified(environ, entry)
        ):
            kept = {"etag", "last-modified", "surrogate-key", HEADER.lower()}
            headers = [(n, v) for n, v in entry.hit_headers if n.lower() in kept]
            return "304 Not Modified", [control, *headers], b""
        body = b"" if environ["REQUEST_METHOD"] == "HEAD" else entry.body
        return entry.status_line, [*entry.hit_headers, control], body


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
            request.get_host()  # nothing is stored under a host Django refuses
            key, seen_epoch, entry, current = _lookup(request.META, request.COOKIES)
        except (DisallowedHost, CacheUnavailable):
            return self.get_response(request)  # Django refuses the host / the outage is logged
        except Exception:
            logger.exception("Page cache unavailable; rendering")
            return self.get_response(request)
        lock_key = LOCK_PREFIX + key
        now = time.time()
        if entry is not None and current:
            if now < entry.fresh_until:
                return self._serve(request, entry, now, "HIT")
            if now < entry.stale_until:
                # Merely aged: one worker renders it again, the others serve the stale copy.
                if not cache.add(lock_key, 1, LOCK_SECONDS):
                    return self._serve(request, entry, now, "STALE")
                return self._render(request, key, seen_epoch, lock_key)
        # Missing, purged, or past its stale window: never served as it is. One worker renders
        # it while the others wait for its result.
        if cache.add(lock_key, 1, LOCK_SECONDS):
            return self._render(request, key, seen_epoch, lock_key)
        waited = None if _cache_down() else self._wait(request, lock_key)
        return waited or self._render(request, key, seen_epoch, None)

    def _wait(self, request: HttpRequest, lock_key: str) -> HttpResponseBase | None:
        """The page another worker is rendering, once stored; None when it did not come."""
        deadline = time.monotonic() + settings.NEWSROOM_PAGE_CACHE_WAIT_SECONDS
        steps = iter(_WAIT_STEPS[1:])
        step = _WAIT_STEPS[0]
        while (remaining := deadline - time.monotonic()) > 0:
            time.sleep(min(step, remaining))
            step = next(steps, step)
            try:
                # The renderer stores the page before it lets go of the lock, so once the lock
                # is gone the page is there, or will not come (an uncacheable response, an error).
                lock_gone = cache.get(lock_key) is None
                _key, _epoch, entry, current = _lookup(request.META, request.COOKIES)
            except Exception:
                return None
            now = time.time()
            if entry is not None and current and now < entry.fresh_until:
                return self._serve(request, entry, now, "HIT")
            if lock_gone or _cache_down():
                return None
        return None

    def _render(
        self, request: HttpRequest, key: str, seen_epoch: Any, lock_key: str | None
    ) -> HttpResponseBase:
        started = timezone.now()
        try:
            response = self.get_response(request)
            return self._store(request, response, key, seen_epoch, started)
        finally:
            if lock_key is not None:
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
        self,
        request: HttpRequest,
        response: HttpResponseBase,
        key: str,
        seen_epoch: Any,
        started: datetime,
    ) -> HttpResponseBase:
        if not isinstance(response, HttpResponse) or not is_cacheable_response(request, response):
            return response
        body = response.content
        dependencies = dependencies_for(request, body)
        version_keys = [purges.version_key(name) for name in dependencies]
        try:
            found = _fetch([purges.EPOCH_KEY, *version_keys])
            if any(version is None for version in found[1:]):
                purges.current_versions(dependencies)
                found = _fetch([purges.EPOCH_KEY, *version_keys])
            # From when the rendering began: a go-live it may have missed ends the page.
            next_change = purges.next_change(since=started)
        except Exception:
            if not _cache_down():
                logger.exception("Page cache unavailable; not storing")
            return response
        now = time.time()
        fresh_until = now + settings.NEWSROOM_PAGE_CACHE_SECONDS
        stale_until = fresh_until + settings.NEWSROOM_PAGE_CACHE_STALE_SECONDS
        if next_change is not None:
            # A scheduled go-live or expiry may change this page: never serve it past that,
            # neither fresh nor stale.
            fresh_until = min(fresh_until, next_change.timestamp())
            stale_until = min(stale_until, next_change.timestamp())
        headers = [
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in _NOT_REPLAYED
        ]
        etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
        status = response.status_code
        entry = Entry(
            status=status,
            headers=headers,
            body=body,
            etag=etag,
            last_modified=int(now),
            dependencies=dependencies,
            version_keys=version_keys,
            versions=found[1:],
            fresh_until=fresh_until,
            stale_until=stale_until,
            status_line=f"{status} {HTTPStatus(status).phrase}",
            hit_headers=[
                *headers,
                ("ETag", etag),
                ("Last-Modified", formatdate(int(now), usegmt=True)),
                ("Surrogate-Key", " ".join(dependencies)),
                ("Content-Length", str(len(body))),
                (HEADER, "HIT"),
            ],
        )
        # A purge moves the epoch before the versions: a render that began before a purge
        # either sees the epoch moved here, or stored the versions the purge then replaced.
        if found[0] == seen_epoch and stale_until > now:
            cache.set_many({key: entry, tag_key(key): etag}, int(stale_until - now) + 1)
            _remember_verified(key, found[0], etag)
        self._set_caching_headers(response, entry, now)
        response.headers[HEADER] = "MISS"
        return self._conditional(request, response, entry)
