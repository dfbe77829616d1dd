"""`sitemap.xml` (articles, sections, authors, tags) and the Google News sitemap (last 48 h)."""

from __future__ import annotations

from datetime import datetime, timedelta
from types import SimpleNamespace
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef
from django.db.models.functions import Coalesce
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET
from taggit.models import Tag, TaggedItem

from .models import Article, Author, Byline, Section

NEWS_WINDOW = timedelta(hours=48)
NEWS_LIMIT = 1000


class PublicSitemap(Sitemap):
    """Absolute URLs from NEWSROOM_BASE_URL, like every other address the site gives machines."""

    def get_urls(self, page: int | str = 1, site: Any = None, protocol: str | None = None) -> Any:
        base = urlsplit(settings.NEWSROOM_BASE_URL)
        return super().get_urls(
            page=page,
            site=SimpleNamespace(domain=base.netloc),  # type: ignore[arg-type]
            protocol=base.scheme,
        )


class ArticleSitemap(PublicSitemap):
    changefreq = "daily"
    limit = 5000

    def items(self) -> Any:
        return (
            Article.objects.live()
            .only("slug", "published_at", "updated_at")
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, item: Article) -> datetime | None:
        return item.updated_at or item.published_at


class SectionSitemap(PublicSitemap):
    changefreq = "hourly"

    def items(self) -> Any:
        return Section.objects.order_by("position", "name")


class AuthorSitemap(PublicSitemap):
    changefreq = "weekly"

    def items(self) -> Any:
        live_bylines = Byline.objects.filter(
            author=OuterRef("pk"), article__in=Article.objects.live()
        )
        return Author.objects.filter(Exists(live_bylines)).order_by("slug")


class TagSitemap(PublicSitemap):
    changefreq = "weekly"

    def items(self) -> Any:
        live_ids = Article.objects.live().values("pk")
        used = TaggedItem.objects.filter(
            tag=OuterRef("pk"),
            content_type__app_label="articles",
            content_type__model="article",
            object_id__in=live_ids,
        )
        return Tag.objects.filter(Exists(used)).exclude(slug="").order_by("slug")

    def location(self, item: Tag) -> str:
        return reverse("articles:tag", kwargs={"slug": item.slug})


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "tags": TagSitemap,
}


@require_GET
def news_sitemap(request: HttpRequest) -> HttpResponse:
    """Articles first published in the last 48 hours, for Google News."""
    since = timezone.now() - NEWS_WINDOW
    articles = (
        Article.objects.live()
        # A scheduled article is news from its minute, before publish_due records its go-live.
        .annotate(went_live_at=Coalesce("first_published_at", "published_at"))
        .filter(went_live_at__gte=since)
        .only("slug", "headline", "language", "published_at", "first_published_at")
        .order_by("-went_live_at", "-pk")[:NEWS_LIMIT]
    )
    return render(
        request,
        "articles/news_sitemap.xml",
        {
            "articles": articles,
            "base_url": settings.NEWSROOM_BASE_URL,
            "publication": settings.NEWSROOM_PUBLISHER,
        },
        content_type="application/xml; charset=utf-8",
    )


@require_GET
def robots_txt(request: HttpRequest) -> HttpResponse:
    base = settings.NEWSROOM_BASE_URL
    lines = [
        "User-agent: *",
        f"Disallow: /{settings.NEWSROOM_ADMIN_PATH}",
        f"Disallow: {reverse('articles:search')}",
        "",
        f"Sitemap: {base}{reverse('sitemap')}",
        f"Sitemap: {base}{reverse('news_sitemap')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
