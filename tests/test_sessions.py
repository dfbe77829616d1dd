from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from articles.roles import EDITOR

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fast_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def logged_in(username: str) -> Client:
    client = Client()
    response = client.post(
        "/admin/login/", {"username": username, "password": "correct-horse-battery"}
    )
    assert response.status_code == 302
    return client


def test_deactivated_user_loses_the_admin_on_the_next_request(editor):
    client = logged_in("eddie")
    assert client.get(reverse("admin:index")).status_code == 200
    editor.is_active = False
    editor.save(update_fields=["is_active"])
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_user_no_longer_staff_loses_the_admin_on_the_next_request(editor):
    client = logged_in("eddie")
    editor.is_staff = False
    editor.save(update_fields=["is_staff"])
    response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_editor_demoted_to_no_role_loses_other_peoples_articles_on_the_next_request(
    editor, make_article
):
    article = make_article(status="draft", published_at=None)
    client = logged_in("eddie")
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert client.get(url).status_code == 200
    editor.groups.remove(Group.objects.get(name=EDITOR))
    assert client.get(url).status_code in (302, 403)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 403


def test_deactivated_user_cannot_publish_with_a_form_loaded_before(editor, make_article):
    article = make_article(status="approved", published_at=None)
    client = logged_in("eddie")
    url = reverse("admin:articles_article_change", args=[article.pk])
    assert client.get(url).status_code == 200
    editor.is_active = False
    editor.save(update_fields=["is_active"])
    response = client.post(url, {"headline": "Changed by a former editor"})
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
    article.refresh_from_db()
    assert article.headline != "Changed by a former editor"


def test_password_change_ends_every_other_session(editor):
    client = logged_in("eddie")
    editor.set_password("a-new-long-passphrase")
    editor.save()
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
