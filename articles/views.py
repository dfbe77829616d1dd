from __future__ import annotations

import logging
from datetime import date

from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from . import renditions
from .models import Article, Author, Image, Section

logger = logging.getLogger(__name__)


def _date_or_404(year: int, month: str, day: str) -> date:
    try:
        return date(year, int(month), int(day))
    except ValueError as exc:
        raise Http404("No such date") from exc


@require_GET
def front_page(request: HttpRequest) -> HttpResponse:
    latest = list(Article.objects.live().for_listing()[:30])
    return render(request, "articles/front_page.html", {"articles": latest})


@require_GET
def article_detail(
    request: HttpRequest, year: int, month: str, day: str, slug: str
) -> HttpResponse:
    published_on = _date_or_404(year, month, day)
    article = get_object_or_404(
        Article.objects.live().select_related(
            "section", "hero_image__copyright_notice", "translation"
        ),
        slug=slug,
    )
    if timezone.localtime(article.published_at).date() != published_on:
        raise Http404("No article at this date")
    bylines = list(article.bylines.select_related("author", "author__photo"))
    corrections = list(article.corrections.all())
    translation.activate(article.language)
    request.LANGUAGE_CODE = article.language
    return render(
        request,
        "articles/article_detail.html",
        {"article": article, "bylines": bylines, "corrections": corrections},
    )


@require_GET
def section_detail(request: HttpRequest, slug: str) -> HttpResponse:
    section = get_object_or_404(Section, slug=slug)
    page = Paginator(Article.objects.live().in_section(section).for_listing(), 20).get_page(
        request.GET.get("page")
    )
    return render(request, "articles/section_detail.html", {"section": section, "page": page})


@require_GET
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    author = get_object_or_404(Author.objects.select_related("photo"), slug=slug)
    page = Paginator(Article.objects.live().by_author(author.pk).for_listing(), 20).get_page(
        request.GET.get("page")
    )
    return render(request, "articles/author_detail.html", {"author": author, "page": page})


@require_GET
def rendition(request: HttpRequest, pk: int, crop: str, width: int, fmt: str) -> HttpResponse:
    """Make a missing rendition now and redirect to it: the fallback when the worker is behind.

    Only for images readers can see (a live article's hero, an author's photo) with rights
    still current, and only at the widths a page asks for; staff may see any image.
    """
    crop_name = renditions.CROPS_BY_SLUG.get(crop)
    format_name = {"avif": "avif", "webp": "webp", "jpg": "jpeg"}.get(fmt)
    if crop_name is None or format_name not in renditions.formats():
        raise Http404("No such rendition")
    images = Image.objects.all()
    is_staff = bool(getattr(request.user, "is_staff", False))
    if not is_staff:
        images = images.rights_current().placed_publicly()
    image = get_object_or_404(images, pk=pk)
    if width not in renditions.allowed_widths(image, crop_name):
        raise Http404("No such rendition")
    try:
        made = renditions.make_rendition(image, width=width, crop=crop_name, fmt=format_name)
    except OSError as exc:  # the original is missing or unreadable in storage
        logger.error("Cannot make a rendition of image %s: %r", image.pk, exc)
        raise Http404("No such rendition") from exc
    response = HttpResponseRedirect(made.file.url)
    response["Cache-Control"] = "private, no-store" if is_staff else "public, max-age=300"
    return response
