from __future__ import annotations

import json
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from articles import workflow
from articles.models import Author, CopyrightNotice, Correction
from articles.structured_data import iso

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html: str) -> dict:
    blocks = JSON_LD.findall(html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def meta(html: str, prop: str) -> list[str]:
    return re.findall(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)">', html)


@pytest.fixture
def rich_article(make_article, author, image, editor):
    notice = CopyrightNotice.objects.create(
        holder="Élysée", first_year=2020, licence_url="https://example.org/licence"
    )
    image.copyright_notice = notice
    image.creator = "Jane Doe"
    image.save()
    second = Author.objects.create(display_name="Paul Roux", slug="paul-roux", job_title="Editor")
    article = make_article(authors=[author, second])
    article.tags.add("Rail")
    workflow.correct(article, by=editor, kind="correction", text="The vote was on Tuesday.")
    article.refresh_from_db()
    return article


def test_news_article_json_ld_has_every_field(client, rich_article):
    data = json_ld(client.get(rich_article.get_absolute_url()).content.decode())
    url = f"http://localhost:8000{rich_article.get_absolute_url()}"
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == rich_article.headline
    assert data["url"] == url
    assert data["mainEntityOfPage"]["@id"] == url
    assert data["inLanguage"] == "en"
    assert data["description"] == rich_article.standfirst
    assert data["articleSection"] == "Politics"
    assert data["datePublished"] == iso(rich_article.published_at)
    assert data["dateModified"] == iso(rich_article.updated_at)
    assert data["datePublished"].endswith(("+01:00", "+02:00"))
    assert [a["@type"] for a in data["author"]] == ["Person", "Person"]
    assert [a["name"] for a in data["author"]] == ["Claire Martin", "Paul Roux"]
    assert data["author"][0]["url"] == "http://localhost:8000/authors/claire-martin/"
    assert data["publisher"]["name"] == "Impact European"
    assert data["publisher"]["logo"]["url"].startswith("http://localhost:8000/static/")
    image = data["image"][0]
    assert image["@type"] == "ImageObject"
    assert image["url"].startswith("http://localhost:8000/")
    assert image["url"].endswith(".jpg")
    assert (image["width"], image["height"]) == (800, 450)  # the 800-wide original, not upscaled
    # The credit line readers see in feeds and Open Graph, licence named (credits.credit_text).
    assert image["creditText"] == (
        "Image capture © Jane Doe / Élysée / YouTube (https://example.org/licence)"
    )
    assert image["encodingFormat"] == "image/jpeg"
    assert image["description"] == rich_article.hero_image.alt_text
    assert image["copyrightNotice"].startswith("© 2020–")
    assert image["license"] == "https://example.org/licence"
    assert image["creator"] == {"@type": "Person", "name": "Jane Doe"}
    assert image["caption"] == "The parliament building in Strasbourg."
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "The vote was on Tuesday.",
            "datePublished": iso(Correction.objects.get().published_at),
        }
    ]


def test_date_modified_ignores_edits_that_are_not_significant(client, make_article):
    article = make_article()
    article.headline = "A typo fixed"
    article.save()
    data = json_ld(client.get(article.get_absolute_url()).content.decode())
    assert data["dateModified"] == data["datePublished"]


@pytest.mark.parametrize(
    "headline",
    [
        'He said "no" </script><script>alert(1)</script>',
        "<!-- comment --> & <b>bold</b>",
        "Zażółć 🦄 \u2028 line \u2029 para «guillemets» 'quotes'",
    ],
)
def test_json_ld_stays_valid_and_inert_whatever_the_headline(client, make_article, headline):
    article = make_article(headline=headline)
    html = client.get(article.get_absolute_url()).content.decode()
    block = JSON_LD.findall(html)[0]
    assert "</script" not in block.lower()
    assert "<!--" not in block
    assert not {"<", ">", "&", "\u2028", "\u2029"} & set(block)
    assert json.loads(block)["headline"] == headline
    assert "<script>alert(1)" not in html


def test_open_graph_and_twitter_cards(client, rich_article):
    html = client.get(rich_article.get_absolute_url()).content.decode()
    url = f"http://localhost:8000{rich_article.get_absolute_url()}"
    assert f'<link rel="canonical" href="{url}">' in html
    assert meta(html, "og:type") == ["article"]
    assert meta(html, "og:title") == [rich_article.headline]
    assert meta(html, "og:url") == [url]
    assert meta(html, "og:image:width") == ["800"]
    assert meta(html, "og:image:height") == ["450"]
    assert meta(html, "og:image")[0].startswith("http://localhost:8000/")
    assert meta(html, "og:image:alt") == ["The parliament at dusk"]
    assert meta(html, "og:locale") == ["en_GB"]
    assert meta(html, "article:tag") == ["Rail"]
    assert meta(html, "twitter:card") == ["summary_large_image"]
    assert meta(html, "twitter:image") == meta(html, "og:image")


def test_hreflang_lists_the_article_and_its_translation(client, make_article):
    english = make_article(slug="rail-vote")
    french = make_article(slug="vote-rail", language="fr", translation=english)
    html = client.get(french.get_absolute_url()).content.decode()
    assert (
        f'<link rel="alternate" hreflang="fr" href="http://localhost:8000{french.get_absolute_url()}">'
        in html
    )
    assert (
        f'<link rel="alternate" hreflang="en" href="http://localhost:8000{english.get_absolute_url()}">'
        in html
    )
    assert meta(html, "og:locale") == ["fr_FR"]
    assert meta(html, "og:locale:alternate") == ["en_GB"]


def test_image_with_expired_rights_is_left_out_of_cards_and_json_ld(client, make_article, image):
    image.rights_expire_at = timezone.now() - timedelta(days=1)
    image.save()
    article = make_article()
    html = client.get(article.get_absolute_url()).content.decode()
    assert "image" not in json_ld(html)
    assert meta(html, "og:image") == []
    assert meta(html, "twitter:card") == ["summary"]


def test_the_publisher_follows_the_settings():
    """Remembered between pages, and built again when a setting changes."""
    from django.test.utils import override_settings

    from articles.structured_data import publisher

    before = publisher()
    assert publisher() is before
    with override_settings(
        NEWSROOM_PUBLISHER="Another Daily", NEWSROOM_BASE_URL="https://news.example.org"
    ):
        changed = publisher()
        assert changed["name"] == "Another Daily"
        assert changed["url"] == "https://news.example.org/"
        assert changed["logo"]["url"].startswith("https://news.example.org/static/")
    assert publisher() is not changed
    assert publisher()["name"] == before["name"] == "Impact European"
