"""The related box: articles sharing the most tags, newest first, then the section's latest."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from articles.models import Article, Section, Status
from articles.views import articles as article_views

pytestmark = pytest.mark.django_db


def related_headlines(client, article) -> list[str]:
    html = client.get(article.get_absolute_url()).content.decode()
    box = html.split('id="related-title"', 1)
    if len(box) == 1:
        return []
    return re.findall(r'<h3 class="card__headline"><a href="[^"]+">([^<]+)</a>', box[1])


@pytest.fixture
def story(make_article):
    now = timezone.now()
    article = make_article(slug="story", headline="The story", published_at=now - timedelta(days=1))
    article.tags.add("rail", "budget", "strike")
    return article


def test_most_shared_tags_first_then_newest(client, make_article, story):
    now = timezone.now()
    older_two = make_article(
        slug="a", headline="Two tags, older", published_at=now - timedelta(hours=9)
    )
    older_two.tags.add("rail", "budget")
    newer_one = make_article(
        slug="b", headline="One tag, newer", published_at=now - timedelta(hours=2)
    )
    newer_one.tags.add("strike")
    newest_two = make_article(
        slug="c", headline="Two tags, newer", published_at=now - timedelta(hours=3)
    )
    newest_two.tags.add("budget", "strike", "unrelated")
    assert related_headlines(client, story) == [
        "Two tags, newer",
        "Two tags, older",
        "One tag, newer",
    ]


def test_other_languages_unpublished_and_the_article_itself_are_left_out(
    client, make_article, story
):
    now = timezone.now()
    for slug, fields in {
        "fr": {"language": "fr"},
        "draft": {"status": Status.DRAFT},
        "later": {"published_at": now + timedelta(days=1)},
        "expired": {
            "expires_at": now - timedelta(minutes=1),
            "published_at": now - timedelta(days=2),
        },
    }.items():
        make_article(slug=slug, headline=f"Not shown {slug}", **fields).tags.add("rail")
    shown = make_article(slug="shown", headline="Shown")
    shown.tags.add("rail")
    assert related_headlines(client, story) == ["Shown"]


def test_too_few_sharing_a_tag_are_completed_by_the_sections_latest(client, make_article, story):
    now = timezone.now()
    sharing = make_article(
        slug="tagged", headline="Sharing a tag", published_at=now - timedelta(hours=5)
    )
    sharing.tags.add("rail")
    other = Section.objects.create(name="Culture", slug="culture")
    make_article(slug="elsewhere", headline="Other section", section=other)
    for n in range(4):
        make_article(
            slug=f"same-{n}",
            headline=f"Same section {n}",
            published_at=now - timedelta(hours=n + 1),
        )
    assert related_headlines(client, story) == [
        "Sharing a tag",
        "Same section 0",
        "Same section 1",
        "Same section 2",
    ]


def test_a_tags_candidates_are_its_newest_articles_only(make_article, story):
    """A tag on thousands of articles costs no more than a small one: its window is its newest."""
    now = timezone.now()
    made = []
    for n in range(4):
        article = make_article(
            slug=f"w{n}", headline=f"W{n}", published_at=now - timedelta(hours=n + 1)
        )
        article.tags.add("rail")
        made.append(article)
    tag_ids = sorted(story.tags.values_list("pk", flat=True))
    found = article_views._related_by_tags(
        article_id=story.pk,
        language="en",
        tag_ids=tag_ids,
        content_type_id=ContentType.objects.get_for_model(Article).pk,
        at=now,
        window=3,
    )
    # "rail" is on five articles; its three newest are the candidates, the oldest other is not.
    newest_three = sorted(made, key=lambda a: a.pk)[-3:]
    assert {a.pk for a in found} == {a.pk for a in newest_three}
    assert len(made) == 4


def test_an_article_with_a_single_tag_gets_its_related_box(client, make_article):
    now = timezone.now()
    lone = make_article(slug="lone", headline="Lone", published_at=now - timedelta(days=1))
    lone.tags.add("ferries")
    make_article(slug="ferry", headline="Ferry strike").tags.add("ferries")
    assert related_headlines(client, lone)[0] == "Ferry strike"
