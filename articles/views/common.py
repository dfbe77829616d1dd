from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.paginator import Page, Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import translation

from newsroom.precompiled import CountedRows

PER_PAGE = 20


def reader_language() -> str:
    """The visitor's chosen language (cookie, then browser), one of the site's languages."""
    language = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def paginate(
    request: HttpRequest, items: QuerySet[Any] | CountedRows[Any], per_page: int = PER_PAGE
) -> Page:
    """The requested page; nonsense (`abc`, `-1`, `99999`) gives the first or the last page."""
    raw = request.GET.get("page", "1")
    # (CountedRows answers the slices a Paginator takes, not single items as the stubs ask.)
    return Paginator(items, per_page).get_page(raw[:12])  # type: ignore[arg-type]
