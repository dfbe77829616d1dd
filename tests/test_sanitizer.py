from __future__ import annotations

import pytest
from django.core.management import call_command

from articles.models import Article
from articles.sanitizer import sanitize_html
from tests.forms import admin_form

pytestmark = pytest.mark.django_db

DIRTY = (
    '<p onclick="alert(1)">Hello <script>alert(1)</script><a href="javascript:alert(1)">x</a>'
    '<a href="https://example.org" target="_blank">ok</a><img src=x onerror=alert(1)>'
    '<iframe src="https://evil.example"></iframe><span style="color:red">red</span>'
    '<a href="data:text/html;base64,PHNjcmlwdD4=">d</a><form><input></form></p>'
)


def assert_clean(html: str) -> None:
    lowered = html.lower()
    for forbidden in (
        "<script",
        "onclick",
        "onerror",
        "javascript:",
        "data:",
        "<iframe",
        "style=",
        "<form",
        "<img",
        "<input",
    ):
        assert forbidden not in lowered, forbidden
    assert '<a href="https://example.org" rel="noopener noreferrer">ok</a>' in html


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>fine</p>", "<p>fine</p>"),
        ("<h2>Sub</h2><h1>Big</h1>", "<h2>Sub</h2>Big"),
        (
            '<a href="mailto:desk@example.org">mail</a>',
            '<a href="mailto:desk@example.org" rel="noopener noreferrer">mail</a>',
        ),
        (
            "<ul><li>a</li></ul><blockquote>q</blockquote>",
            "<ul><li>a</li></ul><blockquote>q</blockquote>",
        ),
        ("<p></p>", ""),
        ("", ""),
    ],
)
def test_allow_list(html, expected):
    assert sanitize_html(html) == expected


def test_orm_create_sanitizes(make_article):
    article = make_article(body=DIRTY)
    assert_clean(article.body)
    article.refresh_from_db()
    assert_clean(article.body)


def test_orm_save_sanitizes(make_article):
    article = make_article()
    article.body = DIRTY
    article.save()
    article.refresh_from_db()
    assert_clean(article.body)


def test_queryset_update_sanitizes(make_article):
    article = make_article()
    Article.objects.filter(pk=article.pk).update(body=DIRTY)
    article.refresh_from_db()
    assert_clean(article.body)


def test_bulk_create_sanitizes(make_article):
    article = make_article()
    article.pk = None
    article.slug = "copy"
    article.body = DIRTY
    Article.objects.bulk_create([article])
    assert_clean(Article.objects.get(slug="copy").body)


def test_fixture_loading_sanitizes(make_article, tmp_path):
    article = make_article(slug="fixture")
    fixture = tmp_path / "articles.json"
    call_command("dumpdata", "articles.article", output=str(fixture))
    text = fixture.read_text().replace(
        "<p>The vote came after midnight.</p>", DIRTY.replace('"', '\\"')
    )
    fixture.write_text(text)
    call_command("loaddata", str(fixture), verbosity=0)
    article.refresh_from_db()
    assert_clean(article.body)


def test_admin_form_sanitizes(client, superuser, make_article):
    article = make_article(status="draft", published_at=None)
    client.force_login(superuser)
    url = f"/admin/articles/article/{article.pk}/change/"
    page = client.get(url)
    assert page.status_code == 200
    data = admin_form(page)
    data["body"] = DIRTY
    response = client.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    article.refresh_from_db()
    assert_clean(article.body)
