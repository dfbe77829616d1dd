"""Bad input in the article form gives a clear form error or a valid result, never a 500."""

from __future__ import annotations

import pytest
from django.urls import reverse

from articles.models import Article
from tests.forms import admin_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_form(client, superuser, section):
    client.force_login(superuser)
    url = reverse("admin:articles_article_add")
    data = admin_form(client.get(url))
    data.update(
        {
            "headline": "A perfectly ordinary headline",
            "slug": "a-perfectly-ordinary-headline",
            "standfirst": "Standfirst.",
            "body": "<p>Body.</p>",
            "section": str(section.pk),
            "language": "en",
        }
    )
    return url, data


def post(client, url, data):
    response = client.post(url, data)
    assert response.status_code in (200, 302)
    return response


def errors(response) -> str:
    assert response.status_code == 200, "expected the form back with errors"
    return str(response.context["adminform"].form.errors)


def test_thousand_character_headline_is_a_form_error(client, add_form):
    url, data = add_form
    data["headline"] = "H" * 1000
    response = post(client, url, data)
    assert "at most 200 characters" in errors(response)
    assert not Article.objects.exists()


@pytest.mark.parametrize("headline", ["Привет мир", "🎉🎉🎉"])
def test_headline_whose_slug_would_be_empty_asks_for_a_slug(client, add_form, headline):
    url, data = add_form
    data["headline"] = headline
    data["slug"] = ""
    response = post(client, url, data)
    assert "This field is required" in errors(response)


def test_duplicate_slug_is_a_form_error_and_keeps_the_first(client, add_form, make_article):
    first = make_article(slug="taken", headline="First")
    url, data = add_form
    data["slug"] = "taken"
    response = post(client, url, data)
    assert "already uses this address" in errors(response)
    first.refresh_from_db()
    assert first.headline == "First"


def test_five_megabyte_body_is_saved_sanitized(client, add_form):
    url, data = add_form
    data["body"] = "<p>" + ("word " * 1_000_000) + "<script>x</script></p>"
    response = post(client, url, data)
    assert response.status_code == 302
    body = Article.objects.get().body
    assert len(body) > 4_000_000
    assert "<script" not in body


@pytest.mark.parametrize("field", ["headline", "kicker", "standfirst", "slug", "hero_caption"])
def test_null_byte_in_a_text_field_is_a_form_error(client, add_form, field):
    url, data = add_form
    data[field] = "Null\x00byte"
    response = post(client, url, data)
    message = errors(response)
    assert "Null characters are not allowed" in message or "valid" in message
    assert not Article.objects.exists()


def test_bad_edit_keeps_what_was_saved(client, superuser, make_article):
    article = make_article(status="draft", published_at=None, headline="Saved headline")
    client.force_login(superuser)
    url = reverse("admin:articles_article_change", args=[article.pk])
    data = admin_form(client.get(url))
    data["headline"] = "X" * 1000
    data["body"] = "<p>new text</p>"
    response = post(client, url, data)
    assert "at most 200 characters" in errors(response)
    article.refresh_from_db()
    assert article.headline == "Saved headline"
    assert "new text" in response.content.decode()
