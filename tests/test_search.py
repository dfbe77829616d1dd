from __future__ import annotations

import importlib
from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, Section, Status
from articles.search import (
    clean_query,
    index_scans,
    matching_articles,
    search_articles,
    text_matches,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(make_article, section):
    economy = Section.objects.create(name="Economy", slug="economy")
    return {
        "rail": make_article(
            slug="rail",
            headline="Parliament votes on the rail package",
            body="<p>The railway reform passed after a night of talks.</p>",
        ),
        "budget": make_article(
            slug="budget",
            headline="Budget talks stall",
            section=economy,
            body="<p>Ministers failed to agree on the railway budget.</p>",
            published_at=timezone.now() - timedelta(hours=3),
        ),
        "fr": make_article(
            slug="ferroviaire",
            language="fr",
            headline="Le Parlement adopte la réforme ferroviaire",
            body="<p>Les députés ont voté la réforme des chemins de fer.</p>",
        ),
        "draft": make_article(
            slug="secret",
            headline="Secret railway plan",
            status=Status.DRAFT,
            published_at=None,
        ),
    }


def slugs(response):
    return [r.article.slug for r in response.context["results"]]


def test_search_finds_live_articles_and_never_drafts(client, corpus):
    response = client.get("/search/", {"q": "railway"})
    assert response.status_code == 200
    found = slugs(response)
    assert "rail" in found and "budget" in found
    assert "secret" not in found
    assert "Secret railway plan" not in response.content.decode()


def test_search_ranks_headline_matches_first_on_postgresql_and_newest_first_elsewhere(
    client, corpus
):
    found = slugs(client.get("/search/", {"q": "parliament rail"}))
    assert found[0] == "rail"
    if connection.vendor == "postgresql":
        stemmed = slugs(client.get("/search/", {"q": "votes"}))
        assert "rail" in stemmed  # "votes" matches "vote" through the English stemmer
    else:
        assert found == ["rail"]


def test_french_articles_are_searched_with_french_rules(client, corpus):
    found = slugs(client.get("/search/", {"q": "réforme", "language": "fr"}))
    assert found == ["ferroviaire"]
    if connection.vendor == "postgresql":
        assert slugs(client.get("/search/", {"q": "députés vote", "language": "fr"})) == [
            "ferroviaire"
        ]


def test_search_filters_by_section_and_language(client, corpus):
    assert slugs(client.get("/search/", {"q": "railway", "section": "economy"})) == ["budget"]
    assert slugs(client.get("/search/", {"q": "railway", "language": "fr"})) == []
    assert "ferroviaire" not in slugs(client.get("/search/", {"q": "réforme", "language": "en"}))


def test_search_snippet_highlights_the_words_and_escapes_the_rest(client, make_article):
    make_article(
        slug="tricky",
        headline="Tricky",
        standfirst="A <script> tag & the railway.",
        body="<p>Nothing &lt;b&gt;bold&lt;/b&gt; about the railway.</p>",
    )
    html = client.get("/search/", {"q": "railway"}).content.decode()
    snippet = html.split('class="search-result__snippet">')[1].split("</p>")[0]
    assert "<mark>" in snippet and "railway" in snippet.lower()
    assert "<script>" not in snippet and "<b>" not in snippet


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "'; DROP TABLE articles_article; --",
        '" OR 1=1 --',
        "rail & | ! ( ) : * <-> \\",
        "%_%",
        "\x00null\x00byte",
        "٣٤٥ عربى",
        "   ",
    ],
)
def test_hostile_queries_give_a_normal_page(client, corpus, query):
    response = client.get("/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    assert Article.objects.filter(slug="rail").exists()


def test_query_is_cleaned_and_cut_to_a_sane_length():
    assert clean_query("  rail\x00  vote\n") == "rail vote"
    assert len(clean_query("y" * 10_000)) == 200


def test_empty_query_shows_the_form_without_results(client, corpus):
    response = client.get("/search/")
    assert response.status_code == 200
    assert response.context["results"] == []
    assert 'role="search"' in response.content.decode()


def test_search_uses_the_language_gin_indexes_on_postgresql_and_icontains_elsewhere(
    corpus, section
):
    filler = "<p>" + "Weather markets sport culture and other news of the day. " * 20 + "</p>"
    Article.objects.bulk_create(
        Article(
            headline=f"Other story {n}",
            slug=f"other-{n}",
            body=filler,
            language="fr" if n % 3 == 0 else "en",
            section=section,
            status=Status.PUBLISHED,
            published_at=timezone.now() - timedelta(days=n % 300, hours=1),
        )
        for n in range(2000)
    )
    sql = str(matching_articles("railway").query)
    if connection.vendor == "postgresql":
        assert "websearch_to_tsquery" in sql
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        with index_scans():
            plan = text_matches("railway").explain()
        assert "article_search_en" in plan and "article_search_fr" in plan, plan
    else:
        assert "LIKE" in sql
    found = {a.slug for a in search_articles("railway")}
    assert found == {"rail", "budget"}, found


@pytest.fixture
def small_cap(monkeypatch):
    """A cap of 3 results, shown 2 to a page, so a handful of articles is "more"."""
    monkeypatch.setattr("articles.search.RESULT_CAP", 3)
    monkeypatch.setattr(importlib.import_module("articles.views.search"), "PER_PAGE", 2)


def make_railway_stories(make_article, count):
    # Newest first: railway-0 is an hour old, railway-1 two hours, and so on.
    return [
        make_article(
            slug=f"railway-{n}",
            headline=f"Railway story {n}",
            body="<p>Trains again.</p>",
            published_at=timezone.now() - timedelta(hours=n + 1),
        )
        for n in range(count)
    ]


def test_search_says_more_than_the_cap_and_pages_within_it(client, make_article, small_cap):
    make_railway_stories(make_article, 5)
    first = client.get("/search/", {"q": "railway"})
    html = first.content.decode()
    assert "More than 3 results for “railway”" in html
    assert first.context["page"].paginator.num_pages == 2
    assert len(slugs(first)) == 2
    second = client.get("/search/", {"q": "railway", "page": "2"})
    # The results are the three newest matches, each shown once; the two oldest never.
    shown = slugs(first) + slugs(second)
    assert sorted(shown) == ["railway-0", "railway-1", "railway-2"]
    beyond = client.get("/search/", {"q": "railway", "page": "3"})
    assert beyond.context["page"].number == 2


def test_search_counts_exactly_up_to_the_cap(client, make_article, small_cap):
    make_railway_stories(make_article, 3)
    html = client.get("/search/", {"q": "railway"}).content.decode()
    assert "3 results for “railway”" in html
    assert "More than" not in html


def test_capped_count_reads_in_french(client, make_article, small_cap):
    make_railway_stories(make_article, 5)
    client.cookies["django_language"] = "fr"
    html = client.get("/search/", {"q": "railway", "page": "1"}).content.decode()
    assert "Plus de 3 résultats pour « railway »" in html


def test_headline_matches_come_before_standfirst_and_body_matches(client, make_article):
    now = timezone.now()
    make_article(
        slug="body-only",
        headline="Night talks",
        standfirst="Ministers met.",
        body="<p>The harbour reopened.</p>",
        published_at=now - timedelta(hours=1),
    )
    make_article(
        slug="standfirst",
        headline="Port news",
        standfirst="The harbour reopened.",
        body="<p>Ships came back.</p>",
        published_at=now - timedelta(hours=2),
    )
    make_article(
        slug="headline",
        headline="Harbour reopens",
        standfirst="Ships came back.",
        body="<p>After a week.</p>",
        published_at=now - timedelta(hours=3),
    )
    found = slugs(client.get("/search/", {"q": "harbour"}))
    if connection.vendor == "postgresql":
        assert found == ["headline", "standfirst", "body-only"]
    else:
        assert found == ["body-only", "standfirst", "headline"]


def test_snippet_reads_only_the_start_of_a_long_body_and_drops_a_cut_tag(
    client, make_article, monkeypatch
):
    monkeypatch.setattr("articles.search.SNIPPET_SOURCE_CHARS", 60)
    filler = "Quiet day at the harbour. " * 2
    make_article(
        slug="long",
        headline="Railway news",
        standfirst="",
        body=f'<p>{filler}<a href="https://example.org/a-long-address">railway</a> works.</p>',
    )
    html = client.get("/search/", {"q": "railway"}).content.decode()
    snippet = html.split('class="search-result__snippet">')[1].split("</p>")[0]
    assert "Quiet day" in snippet
    assert "href" not in snippet and "&lt;a" not in snippet
    if connection.vendor == "postgresql":
        # The word lies past the characters read: no highlight, but the opening words.
        assert "<mark>" not in snippet


def test_an_article_withdrawn_after_the_match_is_not_shown(make_article, editor):
    from articles import workflow
    from articles.search import find, results_for

    kept = make_article(headline="Harbour strike ends", slug="kept")
    gone = make_article(headline="Harbour strike spreads", slug="gone")
    found = find("harbour strike")
    assert set(found.ids) == {kept.pk, gone.pk}
    workflow.withdraw(gone, by=editor, reason="Legal request")
    assert [r.article.pk for r in results_for(found.ids, "harbour strike")] == [kept.pk]
