from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from articles.credits import format_credit
from articles.models import Article, Author, Byline, Correction, Image, Section, Status

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    return {
        "sections": Section.objects.count(),
        "authors": Author.objects.count(),
        "images": Image.objects.count(),
        "articles": Article.objects.count(),
        "bylines": Byline.objects.count(),
        "corrections": Correction.objects.count(),
        "live": Article.objects.live().count(),
        "scheduled": Article.objects.scheduled().count(),
    }


@pytest.fixture
def demo(capsys):
    call_command("demo", "--allow-production")
    return capsys.readouterr().out


def test_demo_builds_a_newsroom(demo):
    found = counts()
    assert found["sections"] >= 4
    assert found["authors"] == 6
    assert found["articles"] >= 40
    assert found["scheduled"] >= 3
    assert Author.objects.filter(user__isnull=True).exists()
    assert set(Article.objects.values_list("language", flat=True)) == {"en", "fr"}
    assert Article.objects.filter(translation__isnull=False).count() >= 40
    upcoming = Article.objects.scheduled().values_list("published_at", flat=True)
    assert all(timezone.now() < at < timezone.now() + timedelta(days=4) for at in upcoming)
    for role in ("Journalist", "Editor", "Chief editor"):
        assert role in demo
    assert "password:" in demo


def test_demo_twice_gives_the_same_counts(demo):
    first = counts()
    call_command("demo", "--allow-production", "--quiet-logins")
    assert counts() == first


def test_demo_refuses_to_run_without_debug():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="DJANGO_DEBUG"):
        call_command("demo")


def test_demo_article_page_shows_everything_a_reader_needs(demo, client):
    article = _article_with_most_bylines()
    assert article.bylines.count() >= 2
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    from django.utils.html import escape

    assert escape(article.headline) in page
    assert escape(article.standfirst) in page
    assert escape(article.caption) in page
    assert escape(format_credit(article.hero_image, article.language)) in page
    for byline in article.bylines.all():
        assert escape(byline.author.display_name) in page
    year = timezone.localdate().year
    assert f"© 2023–{year} Impact European." in page


def _article_with_most_bylines() -> Article:
    from django.db.models import Count

    article = (
        Article.objects.live()
        .annotate(byline_count=Count("bylines"))
        .order_by("-byline_count", "pk")
        .first()
    )
    assert article is not None
    return article


@pytest.mark.parametrize(
    "status", [Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.WITHDRAWN]
)
def test_unpublished_article_is_a_404(client, make_article, status):
    article = make_article(status=status, published_at=timezone.now() - timedelta(hours=2))
    assert client.get(article.get_absolute_url()).status_code == 404


def test_scheduled_article_is_a_404_until_its_minute(client, make_article, superuser):
    at = timezone.now() + timedelta(hours=2)
    article = make_article(published_at=at)
    url = article.get_absolute_url()
    assert client.get(url).status_code == 404
    client.force_login(superuser)
    assert client.get(url).status_code == 404, "staff see drafts only through preview"
    import time_machine

    with time_machine.travel(at + timedelta(minutes=1)):
        assert client.get(url).status_code == 200


def test_every_demo_page_answers(demo, client):
    """Accented French tags, agency bylines, corrections: every live demo page renders."""
    urls = {"/", "/search/?q=europe"}
    for article in Article.objects.live().prefetch_related("tags", "bylines__author"):
        urls.add(article.get_absolute_url())
        urls.update(f"/tags/{tag.slug}/" for tag in article.tags.all())
        urls.update(byline.author.get_absolute_url() for byline in article.bylines.all())
    urls.update(section.get_absolute_url() for section in Section.objects.all())
    for url in sorted(urls):
        assert client.get(url).status_code == 200, url
