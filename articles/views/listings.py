from __future__ import annotations

from datetime import datetime

from django.conf import settings
from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_cookie
from taggit.models import Tag

from ..frontpage import build_front_page
from ..models import Article, Author, Correction, Section
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


@require_GET
@vary_on_cookie
def section_detail(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(Section, slug=slug)
    language = reader_language()
    articles = Article.objects.live().in_section(section).in_language(language).for_listing()
    return render(
        request,
        "articles/section_detail.html",
        {"section": section, "page": paginate(request, articles), "language": language},
    )


@require_GET
@vary_on_cookie
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    tag = get_object_or_404(Tag, slug=slug)
    language = reader_language()
    articles = (
        Article.objects.live().filter(tags__slug=tag.slug).in_language(language).for_listing()
    )
    return render(
        request,
        "articles/tag_detail.html",
        {"tag": tag, "page": paginate(request, articles), "language": language},
    )


@require_GET
@vary_on_cookie
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(
        Author.objects.select_related("photo", "photo__copyright_notice"),
        slug=slug,
    )
    articles = Article.objects.live().by_author(author.pk).for_listing()
    return render(
        request,
        "articles/author_detail.html",
        {"author": author, "page": paginate(request, articles), "language": reader_language()},
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
