"""Site-wide middleware: security headers, the admin's CSP, health checks and database outages."""

from __future__ import annotations

import errno
import json
import logging
import time
import uuid
from collections.abc import Callable
from typing import Any

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.contrib import messages
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import InterfaceError, OperationalError, connection
from django.forms import Media as DjangoMedia
from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseRedirect
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.template import loader
from django.template.response import SimpleTemplateResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from js_asset import Media

logger = logging.getLogger("newsroom.reliability")

RETRY_AFTER_SECONDS = 30


def service_unavailable() -> HttpResponse:
    """The 503 page readers see while the database is down: no context, no query, no trace."""
    try:
        body: str = loader.render_to_string("503.html")
    except Exception:  # a broken template must not turn a 503 into a 500
        body = "<!doctype html><title>Back soon</title><h1>Back in a moment</h1>"
    response = HttpResponse(body, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class FaultMiddleware:
    """Turn a database outage or a full/read-only media disk raised by a view into a clear answer.

    A database outage is a 503 with `Retry-After`. A storage failure in an admin form sends the
    user back to the form with an error message (the transaction has been rolled back, so
    nothing half-saved remains); elsewhere it is a 503 too. Errors raised outside views (a
    session saved on the way out) reach `handler500`, which makes the same decision (see
    `newsroom.views.server_error`).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if is_storage_failure(exception):
            logger.error("Media storage failed on %s", request.path, exc_info=exception)
            if request.method == "POST" and is_admin_path(request):
                messages.error(request, STORAGE_FAILURE_MESSAGE)
                return HttpResponseRedirect(request.get_full_path(), status=303)
            return service_unavailable()
        if is_outage(exception):
            logger.error("Database unavailable on %s", request.path, exc_info=exception)
            return service_unavailable()
        return None


STORAGE_FAILURE_MESSAGE = (
    "The file could not be stored: the media disk is full or read-only. Nothing was saved. "
    "Try again in a few minutes, and tell the technical desk if it happens again."
)
_STORAGE_ERRNOS = {errno.ENOSPC, errno.EROFS, errno.EDQUOT, errno.EIO}


def is_storage_failure(exception: BaseException | None) -> bool:
    """A disk that is full, over quota, read-only or failing (not a missing file)."""
    return isinstance(exception, OSError) and exception.errno in _STORAGE_ERRNOS


def is_outage(exception: BaseException | None) -> bool:
    """Errors of the connection (refused, lost, locked, read-only), not of a query or a row."""
    return isinstance(exception, OperationalError | InterfaceError)


def _check_database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_cache() -> None:
    key = f"newsroom:healthz:{uuid.uuid4().hex}"
    cache.set(key, "ok", 10)
    value = cache.get(key)
    cache.delete(key)
    if value != "ok":
        raise RuntimeError("the cache did not return what was written")


def _check_storage() -> None:
    name = default_storage.save(f"healthz/{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
    default_storage.delete(name)


HEALTH_CHECKS: dict[str, Callable[[], None]] = {
    "database": _check_database,
    "cache": _check_cache,
    "storage": _check_storage,
}


def health_report() -> tuple[bool, dict[str, Any]]:
    """Run every dependency check; the report names each one and says ok or failing."""
    checks: dict[str, Any] = {}
    healthy = True
    for name, check in HEALTH_CHECKS.items():
        started = time.monotonic()
        try:
            check()
        except Exception:
            logger.exception("Health check %s failed", name)
            checks[name] = {"status": "failing"}
            healthy = False
        else:
            checks[name] = {"status": "ok"}
        checks[name]["ms"] = round((time.monotonic() - started) * 1000, 1)
    return healthy, {"status": "ok" if healthy else "failing", "checks": checks}


class HealthCheckMiddleware:
    """Answer `/healthz` before anything else runs (no session, no host or HTTPS redirect).

    Load balancers probe by IP over plain HTTP; the answer names the failing dependency but
    never the error, which goes to the log.
    """

    path = "/healthz"

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.path_info.rstrip("/") != self.path:
            return self.get_response(request)
        healthy, report = health_report()
        response = HttpResponse(
            json.dumps(report), content_type="application/json", status=200 if healthy else 503
        )
        response["Cache-Control"] = "no-store"
        response["X-Content-Type-Options"] = "nosniff"
        return response


class PermissionsPolicyMiddleware:
    """Set `Permissions-Policy` (browser features the site never uses are switched off)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response
        self.value = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in settings.NEWSROOM_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if self.value:
            response.headers.setdefault("Permissions-Policy", self.value)
        return response


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without looking for a language in the path when no URL carries one.

    On the way out Django's reads the path's first segment as a language code (“2026”, say,
    trying each language variant and raising on each) before it asks whether the site uses
    `i18n_patterns` at all; only then does the answer matter. This site's URLs carry no
    language (the reader's choice is a cookie), so that step is skipped unless they do: the
    response is the same (`Vary: Accept-Language`, `Content-Language`).
    """

    def process_response(
        self, request: HttpRequest, response: HttpResponseBase
    ) -> HttpResponseBase:
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        if is_language_prefix_patterns_used(urlconf)[0]:
            return super().process_response(request, response)  # type: ignore[no-any-return]
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


class NewsroomCSPMiddleware(CSPMiddleware):
    """django-csp with two policies: the public one, and the admin's own under its path.

    Form media rendered by the admin (the prose editor's import map is an inline script)
    carries the request's nonce, through django-js-asset's nonce-aware `Media`.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and is_admin_path(request):
            parts.config = settings.NEWSROOM_ADMIN_CSP["DIRECTIVES"]
        return parts

    def process_template_response(
        self, request: HttpRequest, response: SimpleTemplateResponse
    ) -> SimpleTemplateResponse:
        context = response.context_data
        if isinstance(context, dict) and isinstance(context.get("media"), DjangoMedia):
            context["media"] = Media.from_media(context["media"], nonce=request.csp_nonce)  # type: ignore[attr-defined]
        return response


def is_admin_path(request: HttpRequest) -> bool:
    return request.path_info.startswith("/" + settings.NEWSROOM_ADMIN_PATH)


def client_ip(request: HttpRequest) -> str:
    """The reader's address, for login throttling.

    Behind `DJANGO_TRUSTED_PROXIES` reverse proxies, the address the outermost trusted proxy
    appended to `X-Forwarded-For`; entries further left are written by the client and ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.NEWSROOM_TRUSTED_PROXIES
    if not proxies:
        return remote
    hops = [hop.strip() for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    hops = [hop for hop in hops if hop]
    if len(hops) < proxies:
        return remote
    return hops[-proxies]


class TokenThrottleMiddleware:
    """Slow down guessing of share-preview tokens: too many misses from one address is a 429.

    Tokens are signed (HMAC, compared in constant time by `django.core.signing`), so guessing
    one is hopeless; this keeps a scanner from hammering the database with lookups. Counted in
    the shared cache, so every app server sees the same count.
    """

    url_names = {"articles:share_preview"}
    limit = 20
    window_seconds = 600

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def _key(self, request: HttpRequest) -> str:
        return f"newsroom:token-misses:{client_ip(request)}"

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if not request.path_info.startswith("/preview/"):
            return self.get_response(request)
        if (cache.get(self._key(request)) or 0) >= self.limit:
            refusal = HttpResponse(
                "Too many invalid preview links. Try again later.",
                status=429,
                content_type="text/plain; charset=utf-8",
            )
            refusal["Retry-After"] = str(self.window_seconds)
            return refusal
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if response.status_code == 404 and match and match.view_name in self.url_names:
            key = self._key(request)
            if not cache.add(key, 1, self.window_seconds):
                try:
                    cache.incr(key)
                except ValueError:
                    cache.set(key, 1, self.window_seconds)
        return response
