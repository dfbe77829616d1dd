from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import timedelta

import pytest
from django.utils import timezone

from articles.models import Author

pytestmark = pytest.mark.django_db

NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "media": "http://search.yahoo.com/mrss/",
    "atom": "http://www.w3.org/2005/Atom",
}


@pytest.fixture
def two_author_article(make_article, author, site_notice):
    second = Author.objects.create(display_name="Paul Roux", slug="paul-roux")
    article = make_article(headline="Rail vote", slug="rail-vote", authors=[author, second])
    article.tags.add("Rail")
    return article


def rss_items(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    return root, root.findall("channel/item")


def test_site_rss_lists_every_author_picture_credit_and_copyright(client, two_author_article):
    root, items = rss_items(client, "/feed/")
    assert len(items) == 1
    item = items[0]
    assert item.findtext("title") == "Rail vote"
    assert item.findtext("link") == f"http://localhost:8000{two_author_article.get_absolute_url()}"
    assert [c.text for c in item.findall("dc:creator", NS)] == ["Claire Martin", "Paul Roux"]
    media = item.find("media:content", NS)
    assert media is not None and media.get("url").startswith("http://localhost:8000/")
    assert media.findtext("media:credit", namespaces=NS) == "Image capture © Élysée / YouTube"
    assert (
        media.findtext("media:description", namespaces=NS)
        == "The parliament building in Strasbourg."
    )
    assert root.findtext("channel/copyright").startswith("© 2023–")


def test_atom_feed_has_every_author_and_the_rights(client, two_author_article):
    response = client.get("/feed/atom/")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    entry = root.find("atom:entry", NS)
    names = [a.findtext("atom:name", namespaces=NS) for a in entry.findall("atom:author", NS)]
    assert names == ["Claire Martin", "Paul Roux"]
    assert root.findtext("atom:rights", namespaces=NS).startswith("© 2023–")
    assert entry.find("media:content", NS) is not None


@pytest.mark.parametrize(
    "path",
    [
        "/politics/feed/",
        "/politics/feed/atom/",
        "/authors/claire-martin/feed/",
        "/authors/claire-martin/feed/atom/",
        "/tags/rail/feed/",
        "/tags/rail/feed/atom/",
    ],
)
def test_section_author_and_tag_feeds_list_their_articles(client, two_author_article, path):
    response = client.get(path)
    assert response.status_code == 200
    assert b"Rail vote" in response.content


def test_scheduled_article_is_absent_from_feed_until_its_minute(client, make_article, site_notice):
    make_article(
        headline="Embargoed story", slug="later", published_at=timezone.now() + timedelta(minutes=5)
    )
    assert b"Embargoed story" not in client.get("/feed/").content
    assert b"Embargoed story" not in client.get("/politics/feed/atom/").content


def test_feed_leaves_out_a_picture_whose_rights_expired(client, make_article, image):
    image.rights_expire_at = timezone.now() - timedelta(days=1)
    image.save()
    make_article()
    _, items = rss_items(client, "/feed/")
    assert items[0].find("media:content", NS) is None


def test_feeds_of_unknown_objects_are_404(client, db):
    assert client.get("/authors/nobody/feed/").status_code == 404
    assert client.get("/tags/nothing/feed/atom/").status_code == 404
    assert client.get("/nowhere/feed/").status_code == 404


def test_feed_guid_survives_a_change_of_slug(client, two_author_article):
    _, before = rss_items(client, "/feed/")
    two_author_article.slug = "rail-vote-renamed"
    two_author_article.save()
    _, after = rss_items(client, "/feed/")
    assert before[0].findtext("guid") == after[0].findtext("guid")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_each_language_has_a_feed_of_its_own_articles(client, make_article, site_notice, language):
    make_article(headline="Night trains win a vote", slug="trains", language="en")
    make_article(headline="Les trains de nuit gagnent", slug="trains-fr", language="fr")
    titles = [item.findtext("title") for item in rss_items(client, f"/feed/{language}/")[1]]
    expected = "Night trains win a vote" if language == "en" else "Les trains de nuit gagnent"
    assert titles == [expected]
    atom = client.get(f"/feed/{language}/atom/")
    assert atom.status_code == 200 and expected in atom.content.decode()
    assert client.get("/feed/de/").status_code == 404


def test_pages_point_feed_readers_at_their_language_feed(client, make_article):
    make_article()
    html = client.get("/", headers={"Accept-Language": "fr"}).content.decode()
    assert 'href="/feed/fr/"' in html and 'href="/feed/"' in html
