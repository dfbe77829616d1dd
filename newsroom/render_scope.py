"""What a render reads from the request's thread-locals, read once per page.

Addresses depend on the script prefix and URL configuration, dates and cards on the active
language and time zone. Django keeps these in thread-locals (`asgiref.local.Local`), and every
read of one takes a lock and, for a value that was never set (the URL configuration, the time
zone), raises and catches an exception: a few microseconds each, and a front page's cards,
pictures and masthead addresses asked about 200 times. The renditions' base address (from the
settings, not a thread-local) is read with them, once per page instead of once per picture.
The `site` context processor reads them once (`render_scope`) and the template functions take
them from the page's context; a render
without it (a Django template in a test, a card rendered on its own) reads them as before.
Nothing changes them while a page renders: the language a page is rendered in is activated
before its template is.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo
from typing import Any, NamedTuple

from django.urls import get_script_prefix, get_urlconf
from django.utils import timezone, translation


class RenderScope(NamedTuple):
    script_prefix: str
    urlconf: Any
    language: str | None
    time_zone: str  # the zone's name, as `timezone.get_current_timezone_name()`
    zone: tzinfo
    media_url: str  # where the renditions' storage serves files from (settings, not a local)


def render_scope() -> RenderScope:
    from articles.renditions import file_url

    zone = timezone.get_current_timezone()
    return RenderScope(
        get_script_prefix(),
        get_urlconf(),
        translation.get_language(),
        zone.tzname(None) or str(zone),  # what get_current_timezone_name() answers
        zone,
        file_url(""),
    )


def scope_of(context: Mapping[str, Any] | Any) -> RenderScope:
    """The page's scope, from its context, or read now."""
    scope = context.get("render_scope") if context is not None else None
    return scope if isinstance(scope, RenderScope) else render_scope()
