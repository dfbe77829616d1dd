from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings
from django.db.models import Count, OuterRef, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce, TruncMonth
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie
from taggit.models import Tag

from newsroom.precompiled import CountedRows, first, precompiled

from ..frontpage import build_front_page
from ..models import Article, Author, Correction, Section, prefetch_card_bylines
from .common import paginate, reader_language


@require_GET
@vary_on_cookie
def front_page(request: HttpRequest) -> HttpResponse:
    language = reader_language()
    return render(
        request,
        "articles/front_page.html",
        {"front": build_front_page(language), "language": language},
    )


# Each listing page: its subject with the number of live articles it lists (one query), the
# page's cards (one), their bylines (one). Precompiled; see newsroom/precompiled.py.


def _live_count(articles: QuerySet[Article], *, distinct: bool = False) -> Coalesce:
    """The number of `articles` (correlated to the outer row), as a subquery."""
    counted = articles.order_by().annotate(_one=Value(1)).values("_one")
    # COUNT(*) where rows are not repeated: the section's count then reads its index alone.
    number = Count("pk", distinct=True) if distinct else Count("*")
    return Coalesce(Subquery(counted.annotate(n=number).values("n")[:1]), 0)


@precompiled
def _section_with_count(slug: str, language: str, at: datetime) -> QuerySet[Section]:
    live = Article.objects.live(at).in_language(language).filter(section=OuterRef("pk"))
    return Section.objects.filter(slug=slug).annotate(live_count=_live_count(live))


@precompiled
def _tag_with_count(slug: str, language: str, at: datetime) -> QuerySet[Tag]:
    live = Article.objects.live(at).in_language(language).filter(tags=OuterRef("pk"))
    return Tag.objects.filter(slug=slug).annotate(live_count=_live_count(live))


@precompiled
def _author_with_count(slug: str, at: datetime) -> QuerySet[Author]:
    live = Article.objects.live(at).filter(bylines__author=OuterRef("pk"))
    return (
        Author.objects.select_related("photo", "photo__copyright_notice")
        .filter(slug=slug)
        .annotate(live_count=_live_count(live, distinct=True))
    )


@precompiled
def _listing_page(
    subject_id: int, language: str, at: datetime, *, field: str, offset: int, limit: int
) -> QuerySet[Article]:
    """A page of a section's or a tag's live articles in `language` (`field` names which)."""
    return (
        Article.objects.live(at)
        .filter(**{field: subject_id})
        .in_language(language)
        .for_cards()[offset : offset + limit]
    )


@precompiled
def _author_page(subject_id: int, at: datetime, *, offset: int, limit: int) -> QuerySet[Article]:
    """A page of an author's live articles, in both languages."""
    return Article.objects.live(at).by_author(subject_id).for_cards()[offset : offset + limit]


def _render_listing(
    request: HttpRequest,
    template: str,
    subject: Section | Tag | Author | None,
    fetch: Callable[..., list[Article]],
    context: dict[str, Any],
) -> HttpResponse:
    """A listing page: 404 without its subject, else the requested page of its cards.

    `fetch(subject_id=, offset=, limit=)` gives a page's articles; `subject.live_count` (fetched
    with the subject) is their number, so the paginator needs no count query.
    """
    if subject is None:
        raise Http404("Nothing by that name")

    def cards(offset: int, limit: int) -> list[Article]:
        articles = fetch(subject_id=subject.pk, offset=offset, limit=limit)
        prefetch_card_bylines(articles)
        return articles

    total: int = subject.live_count  # type: ignore[union-attr]
    page = paginate(request, CountedRows(total, cards))
    return render(request, template, {**context, "page": page})


@require_GET
@vary_on_cookie
def section_detail(request: HttpRequest, slug: str) -> HttpResponse:
    language, at = reader_language(), timezone.now()
    section = first(_section_with_count(slug=slug, language=language, at=at))
    return _render_listing(
        request,
        "articles/section_detail.html",
        section,
        partial(_listing_page, language=language, at=at, field="section_id"),
        {"section": section, "language": language},
    )


@require_GET
@vary_on_cookie
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    language, at = reader_language(), timezone.now()
    tag = first(_tag_with_count(slug=slug, language=language, at=at))
    return _render_listing(
        request,
        "articles/tag_detail.html",
        tag,
        partial(_listing_page, language=language, at=at, field="tags__id"),
        {"tag": tag, "language": language},
    )


@require_GET
@vary_on_cookie
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    at = timezone.now()
    author = first(_author_with_count(slug=slug, at=at))
    return _render_listing(
        request,
        "articles/author_detail.html",
        author,
        partial(_author_page, at=at),
        {"author": author, "language": reader_language()},
    )


def _month_start(year: int, month: int) -> datetime:
    try:
        return timezone.make_aware(datetime(year, month, 1))
    except (ValueError, OverflowError) as exc:
        raise Http404("No such month") from exc


@require_GET
@vary_on_cookie
def archive_year(request: HttpRequest, year: str) -> HttpResponse:
    number = int(year)
    start = _month_start(number, 1)
    end = _month_start(number + 1, 1) if number < 9999 else None
    language = reader_language()
    live = Article.objects.live().in_language(language).filter(published_at__gte=start)
    if end is not None:
        live = live.filter(published_at__lt=end)
    months = list(
        live.annotate(month=TruncMonth("published_at"))
        .values("month")
        .annotate(total=Count("pk"))
        .order_by("-month")
    )
    if not months and number != timezone.localdate().year:
        raise Http404("Nothing published that year")
    return render(
        request,
        "articles/archive_year.html",
        {"year": number, "months": months, "language": language},
    )


@require_GET
@vary_on_cookie
def archive_month(request: HttpRequest, year: str, month: str) -> HttpResponse:
    number, month_number = int(year), int(month)
    if not 1 <= month_number <= 12:
        raise Http404("No such month")
    start = _month_start(number, month_number)
    if month_number == 12:
        end = _month_start(number + 1, 1) if number < 9999 else None
    else:
        end = _month_start(number, month_number + 1)
    language = reader_language()
    articles = Article.objects.live().in_language(language).filter(published_at__gte=start)
    if end is not None:
        articles = articles.filter(published_at__lt=end)
    page = paginate(request, articles.for_listing())
    if not page.paginator.count:
        raise Http404("Nothing published that month")
    return render(
        request,
        "articles/archive_month.html",
        {"month": start, "page": page, "language": language},
    )


@require_GET
@vary_on_cookie
def corrections(request: HttpRequest) -> HttpResponse:
    items = (
        Correction.objects.filter(article__in=Article.objects.live())
        .select_related("article", "article__section")
        .order_by("-published_at", "-pk")
    )
    return render(
        request,
        "articles/corrections_list.html",
        {"page": paginate(request, items), "language": reader_language()},
    )


@require_GET
def choose_language(request: HttpRequest, code: str) -> HttpResponse:
    """Remember the reader's language in a cookie and go back where they were."""
    if code not in dict(settings.LANGUAGES):
        raise Http404("No such language")
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        code,
        max_age=365 * 24 * 3600,
        samesite="Lax",
        secure=request.is_secure(),
    )
    return response
