from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from articles.models import Article, Section, Status
from articles.search import clean_query, index_scans, search_articles, text_matches

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


def test_search_uses_the_gin_index_on_postgresql_and_icontains_elsewhere(corpus, section):
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
    queryset = search_articles("railway")
    sql = str(queryset.query)
    if connection.vendor == "postgresql":
        assert "websearch_to_tsquery" in sql
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE articles_article")
        with index_scans():
            plan = text_matches("railway").explain()
        assert "article_search_document" in plan, plan
    else:
        assert "LIKE" in sql
    found = {a.slug for a in queryset}
    assert found == {"rail", "budget"}, found
