"""A constant number of SQL queries per page, whatever the number of items on it.

Each page is measured with one and with fifty related items (articles, bylines, tags,
corrections, related stories); the count must not move, and stays within the budget written in
docs/PUBLIC_SITE.md.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article, Author, Byline, Correction, FrontPagePlacement

pytestmark = pytest.mark.django_db

BUDGET = {
    "front": 4,
    "article": 7,
    "section": 3,
    "tag": 3,
    "author": 3,
    "archive_month": 3,
    "archive_year": 1,
    "corrections": 2,
    "search": 3,
    "feed": 2,
    "sitemap_articles": 2,
    "news_sitemap": 1,
}


def build(make_article, site_notice, count: int):
    """`count` live articles sharing a tag, each with `count` bylines; the first with corrections."""
    authors = [
        Author.objects.create(display_name=f"Writer {n}", slug=f"writer-{n}") for n in range(count)
    ]
    articles = []
    for n in range(count):
        article = make_article(
            slug=f"story-{n}",
            headline=f"Rail story {n}",
            published_at=timezone.now() - timedelta(hours=n + 1),
            authors=authors,
        )
        article.tags.add("Rail", *[f"topic {n}-{t}" for t in range(min(count, 5))])
        articles.append(article)
    first = articles[0]
    Correction.objects.bulk_create(
        Correction(article=first, text=f"Fix {n}.") for n in range(count)
    )
    FrontPagePlacement.objects.create(article=first, slot="lead")
    for position, article in enumerate(articles[1:4]):
        FrontPagePlacement.objects.create(article=article, slot="top", position=position)
    return first


def pages(first):
    month = timezone.localtime(first.published_at)
    return {
        "front": "/",
        "article": first.get_absolute_url(),
        "section": "/politics/",
        "tag": "/tags/rail/",
        "author": "/authors/writer-0/",
        "archive_month": f"/archive/{month:%Y}/{month:%m}/",
        "archive_year": f"/archive/{month:%Y}/",
        "corrections": "/corrections/",
        "search": "/search/?q=rail",
        "feed": "/feed/",
        "sitemap_articles": "/sitemap-articles.xml",
        "news_sitemap": "/news-sitemap.xml",
    }


def count_queries(client, path) -> int:
    client.get(path)  # warm the site chrome cache, as on a running site
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


@pytest.fixture
def counts_with(client, make_article, site_notice):
    def measure(count: int) -> dict[str, int]:
        first = build(make_article, site_notice, count)
        return {name: count_queries(client, path) for name, path in pages(first).items()}

    return measure


def reset() -> None:
    Byline.objects.all().delete()
    Article.objects.all().delete()
    Author.objects.all().delete()


def test_every_public_page_runs_a_constant_number_of_queries(counts_with):
    one = counts_with(1)
    reset()
    ten = counts_with(10)
    reset()
    fifty = counts_with(50)
    # With a single item some prefetches have nothing to fetch and are skipped, and the related
    # box may need the section's latest to fill up: within the budget either way.
    assert ten == fifty
    for name in BUDGET:
        assert one[name] <= BUDGET[name], f"{name}: {one[name]}"
        assert fifty[name] <= BUDGET[name], f"{name}: {fifty[name]}"


def test_article_page_stays_within_budget_with_many_related_items(
    client, make_article, site_notice, django_assert_max_num_queries
):
    first = build(make_article, site_notice, 50)
    client.get(first.get_absolute_url())
    with django_assert_max_num_queries(BUDGET["article"]):
        response = client.get(first.get_absolute_url())
    assert response.status_code == 200
    assert response.content.decode().count("About the author") == 50
