from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Author, Section, Status

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def locations(client, path):
    response = client.get(path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    return [loc.text for loc in root.iter(f"{{{NS['s']}}}loc")]


def test_sitemap_index_points_at_each_kind(client, db):
    index = locations(client, "/sitemap.xml")
    for kind in ("articles", "sections", "authors", "tags"):
        assert any(loc.endswith(f"/sitemap-{kind}.xml") for loc in index)


def test_article_sitemap_lists_only_live_articles_with_absolute_urls(client, make_article):
    live = make_article(slug="live")
    make_article(slug="draft", status=Status.DRAFT, published_at=None)
    make_article(slug="later", published_at=timezone.now() + timedelta(hours=1))
    assert locations(client, "/sitemap-articles.xml") == [
        f"http://localhost:8000{live.get_absolute_url()}"
    ]


def test_author_and_tag_sitemaps_list_only_those_with_live_articles(client, make_article, author):
    Author.objects.create(display_name="Nobody", slug="nobody")
    article = make_article()
    article.tags.add("Rail")
    hidden = make_article(slug="draft", status=Status.DRAFT, published_at=None)
    hidden.tags.add("Secret")
    assert locations(client, "/sitemap-authors.xml") == [
        "http://localhost:8000/authors/claire-martin/"
    ]
    assert locations(client, "/sitemap-tags.xml") == ["http://localhost:8000/tags/rail/"]
    Section.objects.create(name="Economy", slug="economy")
    assert "http://localhost:8000/economy/" in locations(client, "/sitemap-sections.xml")


def test_news_sitemap_lists_articles_of_the_last_48_hours(client, make_article):
    fresh = make_article(slug="fresh", headline="Fresh & new", language="fr")
    make_article(slug="old", published_at=timezone.now() - timedelta(days=3))
    make_article(slug="later", published_at=timezone.now() + timedelta(hours=1))
    response = client.get("/news-sitemap.xml")
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    urls = root.findall("s:url", NS)
    assert [u.findtext("s:loc", namespaces=NS) for u in urls] == [
        f"http://localhost:8000{fresh.get_absolute_url()}"
    ]
    news = urls[0].find("news:news", NS)
    assert news.findtext("news:publication/news:name", namespaces=NS) == "Impact European"
    assert news.findtext("news:publication/news:language", namespaces=NS) == "fr"
    assert news.findtext("news:title", namespaces=NS) == "Fresh & new"


def test_robots_txt_points_at_both_sitemaps(client, db):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Sitemap: http://localhost:8000/sitemap.xml" in text
    assert "Sitemap: http://localhost:8000/news-sitemap.xml" in text
    assert "Disallow: /admin/" in text
