"""Article cards: remembered per process under a key of everything they show, so never stale."""

from __future__ import annotations

import pytest
from django.template import Context, Template
from django.utils import translation

from articles.models import Article, Author
from articles.templatetags import newsroom

pytestmark = pytest.mark.django_db

CARD = Template('{% load newsroom %}{% article_card article size="grid" %}')


def render(article: Article, language: str = "en") -> str:
    article = Article.objects.for_listing().get(pk=article.pk)
    with translation.override(language):
        return CARD.render(Context({"article": article, "site_language": language}))


def test_a_remembered_card_is_the_card_rendered_afresh(make_article):
    article = make_article(kicker="Rail", headline="Night vote on the rail package")
    first = render(article)
    newsroom._cards.clear()
    assert render(article) == first
    assert "Night vote on the rail package" in first
    assert "card__image" in first and "Rail" in first


@pytest.mark.parametrize(
    "change",
    [
        {"headline": "A new headline"},
        {"kicker": "New kicker"},
        {"standfirst": "A new standfirst."},
        {"slug": "a-new-slug"},
    ],
)
def test_every_edit_shows_at_once(make_article, change):
    article = make_article()
    before = render(article)
    Article.objects.filter(pk=article.pk).update(**change)
    after = render(article)
    assert after != before
    assert next(iter(change.values())) in after


def test_byline_and_picture_changes_show_at_once(make_article):
    article = make_article()
    before = render(article)
    Author.objects.filter(bylines__article=article).update(display_name="Renamed Reporter")
    assert "Renamed Reporter" in render(article)
    Article.objects.filter(pk=article.pk).update(hero_image=None)
    assert "card__image" in before and "card__image" not in render(article)


def test_language_and_rights_are_part_of_the_card(make_article, image):
    from datetime import timedelta

    from django.utils import timezone

    article = make_article()
    english = render(article, "en")
    french = render(article, "fr")
    assert english != french  # the month name, and the lang attribute of a foreign card
    image.rights_expire_at = timezone.now() - timedelta(minutes=1)
    image.save()
    assert "picture-placeholder" in render(article)


def test_the_memory_is_bounded(make_article, monkeypatch):
    monkeypatch.setattr(newsroom._cards, "size", 3)
    newsroom._cards.clear()
    articles = [make_article(slug=f"story-{i}") for i in range(5)]
    for article in articles:
        render(article)
    assert len(newsroom._cards) == 3


def test_only_the_lead_card_loads_its_picture_eagerly(make_article):
    article = Article.objects.for_listing().get(pk=make_article().pk)
    lead = Template('{% load newsroom %}{% article_card article size="lead" %}')
    grid = Template('{% load newsroom %}{% article_card article size="grid" %}')
    context = Context({"article": article, "site_language": "en"})
    assert 'fetchpriority="high"' in lead.render(context)
    assert 'loading="lazy"' not in lead.render(context)
    assert 'loading="lazy"' in grid.render(context)


def test_site_url_is_the_url_tag_remembered_and_follows_the_script_prefix(db):
    from django.urls import set_script_prefix

    both = Template(
        "{% load newsroom %}{% url 'articles:tag' slug %}|{% site_url 'articles:tag' slug %}"
        "|{% site_url 'articles:archive_year' year %}"
    )
    context = Context({"slug": "rail-strike", "year": "2026"})
    assert both.render(context) == "/tags/rail-strike/|/tags/rail-strike/|/archive/2026/"
    try:
        set_script_prefix("/news/")
        assert (
            both.render(context)
            == "/news/tags/rail-strike/|/news/tags/rail-strike/|/news/archive/2026/"
        )
    finally:
        set_script_prefix("/")
    assert both.render(Context({"slug": "budget", "year": "2025"})) == (
        "/tags/budget/|/tags/budget/|/archive/2025/"
    )
