from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from articles.models import Article, Byline, CopyrightNotice, Image, Status

pytestmark = pytest.mark.django_db


def test_copyright_notice_renders_year_range_ending_this_year(site_notice):
    this_year = timezone.localdate().year
    assert site_notice.render() == f"© 2023–{this_year} Impact European. All rights reserved."
    assert site_notice.render("fr") == f"© 2023–{this_year} Impact European. Tous droits réservés."


def test_copyright_notice_of_this_year_shows_one_year():
    notice = CopyrightNotice(holder="Agence Lumen", first_year=timezone.localdate().year)
    assert notice.year_range() == str(timezone.localdate().year)


def test_only_one_copyright_notice_can_be_the_site_default(site_notice):
    with pytest.raises(IntegrityError), transaction.atomic():
        CopyrightNotice.objects.create(holder="Other", first_year=2020, is_site_default=True)


def test_second_site_default_is_a_validation_error_not_a_crash(site_notice):
    notice = CopyrightNotice(holder="Other", first_year=2020, is_site_default=True)
    with pytest.raises(ValidationError, match="already the site default"):
        notice.full_clean()


def test_published_article_needs_a_publication_time(make_article):
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(status=Status.DRAFT, published_at=None).__class__.objects.filter(
            status=Status.DRAFT
        ).update(status=Status.PUBLISHED)


def test_article_status_is_constrained(make_article):
    article = make_article(status=Status.DRAFT)
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(status="live-ish")


def test_expiry_must_follow_publication(make_article):
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(
            expires_at=article.published_at - timedelta(minutes=1)
        )


def test_article_cannot_be_its_own_translation(make_article):
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Article.objects.filter(pk=article.pk).update(translation=article.pk)


def test_author_has_one_byline_per_role(make_article, author):
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        Byline.objects.create(article=article, author=author, role="text", position=5)


def test_focal_point_stays_inside_the_image(image):
    with pytest.raises(IntegrityError), transaction.atomic():
        Image.objects.filter(pk=image.pk).update(focal_x=1.5)


def test_slugs_are_unique(make_article):
    make_article(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(slug="same")


def test_null_bytes_never_reach_the_database(make_article):
    article = make_article(headline="Null\x00byte", kicker="K\x00")
    article.refresh_from_db()
    assert article.headline == "Nullbyte"
    assert article.kicker == "K"


class TestLive:
    def test_published_past_article_is_live(self, make_article):
        article = make_article()
        assert list(Article.objects.live()) == [article]

    def test_future_article_is_not_live_until_its_minute(self, make_article):
        at = timezone.now() + timedelta(hours=3)
        article = make_article(published_at=at)
        assert not Article.objects.live().exists()
        assert list(Article.objects.live(at=at)) == [article]

    def test_expired_article_is_not_live(self, make_article):
        make_article(
            expires_at=timezone.now() - timedelta(minutes=1),
            published_at=timezone.now() - timedelta(hours=2),
        )
        assert not Article.objects.live().exists()

    @pytest.mark.parametrize(
        "status", [Status.DRAFT, Status.IN_REVIEW, Status.APPROVED, Status.WITHDRAWN]
    )
    def test_unpublished_statuses_are_not_live(self, make_article, status):
        make_article(status=status, published_at=timezone.now() - timedelta(hours=1))
        assert not Article.objects.live().exists()

    def test_trashed_article_is_not_live(self, make_article):
        make_article(deleted_at=timezone.now())
        assert not Article.objects.live().exists()


@pytest.mark.parametrize("slug", ["rail-vote", "Rail_Vote-2", "x"])
def test_article_address_is_what_the_route_reverses_to(make_article, slug):
    from django.urls import reverse
    from django.utils import timezone as tz

    article = make_article(slug=slug)
    moment = tz.localtime(article.published_at)
    expected = reverse(
        "articles:detail",
        kwargs={
            "year": moment.year,
            "month": f"{moment.month:02d}",
            "day": f"{moment.day:02d}",
            "slug": slug,
        },
    )
    assert article.get_absolute_url() == expected
    assert article.get_absolute_url() == expected  # remembered
    article.slug = "renamed"
    assert article.get_absolute_url().endswith("/renamed/")


def test_an_articles_address_is_remembered_only_for_what_it_depends_on():
    """Per process too (every request's rows are new instances): by slug, moment and scope."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from django.utils import timezone

    from newsroom.render_scope import render_scope

    moment = dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)  # the 1st of December in Paris

    def address(zone: str, slug: str = "late-vote", at: dt.datetime = moment) -> str:
        with timezone.override(ZoneInfo(zone)):
            return Article(slug=slug, published_at=at).url_in(render_scope())

    for _ in range(2):  # the second round from the memory
        assert address("Europe/Paris") == "/2026/12/01/late-vote/"
        assert address("UTC") == "/2026/11/30/late-vote/"
        assert address("America/Montreal") == "/2026/11/30/late-vote/"
        assert address("Europe/Paris", slug="other") == "/2026/12/01/other/"
        an_hour_before = moment - dt.timedelta(hours=1)
        assert address("Europe/Paris", at=an_hour_before) == "/2026/11/30/late-vote/"
        same_instant_elsewhere = moment.astimezone(ZoneInfo("Asia/Tokyo"))
        assert address("UTC", at=same_instant_elsewhere) == "/2026/11/30/late-vote/"
