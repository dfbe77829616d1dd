from __future__ import annotations

from datetime import timedelta

import pytest

from articles.models import ArticleRedirect, Status
from articles.urls_history import remember_old_url, remember_url_change
from tests.forms import admin_form

pytestmark = pytest.mark.django_db


def test_changed_slug_keeps_the_old_url_working_with_a_301(client, make_article):
    article = make_article(slug="first-slug")
    old = article.get_absolute_url()
    article.slug = "second-slug"
    article.save()
    remember_old_url(article, old)
    response = client.get(old)
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


def test_every_old_url_leads_to_the_current_one(client, make_article):
    article = make_article(slug="one")
    paths = []
    for slug in ("two", "three"):
        before = type(article).objects.get(pk=article.pk)
        article.slug = slug
        article.published_at = article.published_at - timedelta(days=2)
        article.save()
        remember_url_change(before, article)
        paths.append(before.get_absolute_url())
    for path in paths:
        response = client.get(path)
        assert response.status_code == 301
        assert response["Location"] == article.get_absolute_url()
    assert client.get(article.get_absolute_url()).status_code == 200


def test_going_back_to_an_old_address_removes_its_redirect(client, make_article):
    article = make_article(slug="one")
    first = article.get_absolute_url()
    article.slug = "two"
    article.save()
    remember_old_url(article, first)
    article.slug = "one"
    article.save()
    remember_old_url(article, "/2020/01/01/two/")
    assert not ArticleRedirect.objects.filter(path=first).exists()
    assert client.get(first).status_code == 200


def test_drafts_never_published_leave_no_redirect(make_article):
    article = make_article(slug="draft", status=Status.DRAFT, published_at=None)
    before = type(article).objects.get(pk=article.pk)
    article.slug = "draft-2"
    article.save()
    assert remember_url_change(before, article) is None
    assert not ArticleRedirect.objects.exists()


def test_old_url_of_an_article_no_longer_live_is_404(client, make_article):
    article = make_article(slug="one")
    old = article.get_absolute_url()
    article.slug = "two"
    article.status = Status.WITHDRAWN
    article.save()
    remember_old_url(article, old)
    assert client.get(old).status_code == 404


def test_editor_changing_a_published_slug_in_the_admin_keeps_the_old_url(
    client, make_article, superuser
):
    article = make_article(slug="old-slug")
    old = article.get_absolute_url()
    client.force_login(superuser)
    change_url = f"/admin/articles/article/{article.pk}/change/"
    data = admin_form(client.get(change_url))
    data["slug"] = "new-slug"
    response = client.post(change_url, data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.slug == "new-slug"
    client.logout()
    moved = client.get(old)
    assert moved.status_code == 301
    assert moved["Location"] == article.get_absolute_url()
