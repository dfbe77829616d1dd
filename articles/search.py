"""Reader search: PostgreSQL full text in each article's language, `icontains` elsewhere.

On PostgreSQL every article has a stored, generated `search_document` column (migration
`0005_public_search_indexes`): a `tsvector` of the headline (weight A), kicker and standfirst (B)
and body (C), parsed with the article's own language configuration, under one GIN index per
language (migration `0007_search_language_indexes`). A query is parsed once per language with
`websearch_to_tsquery` and matched through those indexes; the newest `RESULT_CAP` matches are
ranked with `ts_rank` on the stored vector, and one page of them highlighted with `ts_headline`.
Anywhere else (SQLite in development), a case-insensitive match of every word, newest first,
with the snippet cut in Python. Either way `find()` reads at most `RESULT_CAP` + 1 matches and
the page pages through the first `RESULT_CAP`, saying "more than" when there were others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape
from typing import Any

from django.contrib.postgres.search import (
    SearchQuery,
    SearchQueryField,
    SearchVectorField,
)
from django.db import connection, transaction
from django.db.models import BooleanField, Case, FloatField, Func, Q, TextField, When
from django.db.models.expressions import Col, Expression, RawSQL
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from .models import Article, ArticleQuerySet
from .sanitizer import strip_null

MAX_QUERY_LENGTH = 200
# Results a search pages through: the newest matches, ranked; more are counted as "more than".
RESULT_CAP = 1000
# Characters of the body `ts_headline` reads for a snippet (its cost grows with the text).
SNIPPET_SOURCE_CHARS = 2000
SNIPPET_WORDS = 35
CONFIGS = {"en": "english", "fr": "french"}

# Highlight markers PostgreSQL puts around matches; private-use characters that stored text
# never needs, replaced by <mark> only after the snippet has been escaped.
START, STOP = "\ue000", "\ue001"


def clean_query(raw: str) -> str:
    """What the reader typed, without control characters, squeezed and cut to a sane length."""
    text = strip_null(raw or "").replace(START, " ").replace(STOP, " ")
    text = re.sub(r"[\x00-\x1f\x7f]", " ", text)
    return " ".join(text.split())[:MAX_QUERY_LENGTH].strip()


@dataclass
class SearchResult:
    article: Article
    snippet: SafeString


def _languages(language: str | None) -> list[str]:
    return [language] if language in CONFIGS else list(CONFIGS)


class _Document(Expression):
    """The stored `search_document` column of the query's article table, under its alias.

    The column is not a model field; a column reference (rather than raw SQL naming the table)
    keeps it pointing at the right table when the query becomes a subquery (`U0`).
    """

    def resolve_expression(  # type: ignore[override]
        self, query: Any = None, *args: Any, **kwargs: Any
    ) -> Col:
        return Col(query.get_initial_alias(), _DOCUMENT_FIELD)


_DOCUMENT_FIELD = SearchVectorField()
_DOCUMENT_FIELD.set_attributes_from_name("search_document")
_DOCUMENT_FIELD.model = Article


def _tsquery(query: str, language: str) -> SearchQuery:
    return SearchQuery(query, config=CONFIGS[language], search_type="websearch")


def _postgres_match(query: str, languages: list[str]) -> Q:
    # One branch per language, each answered exactly by that language's partial GIN index
    # (migration 0007), so no row's `tsvector` is read to find the matches.
    branches = Q()
    for language in languages:
        matches = Func(
            _Document(),
            _tsquery(query, language),
            template="%(expressions)s",
            arg_joiner=" @@ ",
            output_field=BooleanField(),
        )
        branches |= Q(language=language) & Q(matches)
    return branches


def _postgres_rank(query: str, languages: list[str]) -> Func:
    own_language = Case(
        *(When(language=language, then=_tsquery(query, language)) for language in languages),
        output_field=SearchQueryField(),
    )
    return Func(_Document(), own_language, function="ts_rank", output_field=FloatField())


def _fallback_search(base: ArticleQuerySet, query: str) -> ArticleQuerySet:
    condition = Q()
    for word in query.split()[:8]:
        condition &= (
            Q(headline__icontains=word)
            | Q(standfirst__icontains=word)
            | Q(kicker__icontains=word)
            | Q(body__icontains=word)
        )
    return base.filter(condition).order_by("-published_at", "-pk")


def _live(section_id: int | None, language: str | None) -> ArticleQuerySet:
    base = Article.objects.live()
    if language in CONFIGS:
        base = base.in_language(language)
    if section_id is not None:
        base = base.filter(section_id=section_id)
    return base


def matching_articles(
    query: str, *, section_id: int | None = None, language: str | None = None
) -> ArticleQuerySet:
    """Every live article matching `query` (in no particular order on PostgreSQL)."""
    base = _live(section_id, language)
    query = clean_query(query)
    if not query:
        return base.none()
    if connection.vendor == "postgresql":
        return base.filter(_postgres_match(query, _languages(language)))
    return _fallback_search(base, query)


@dataclass
class Found:
    """The results a search pages through, best first, and whether there were more matches."""

    ids: list[int]
    more: bool


def find(query: str, *, section_id: int | None = None, language: str | None = None) -> Found:
    """The newest `RESULT_CAP` live matches, best first; `more` if there were others.

    One query reads the newest `RESULT_CAP` + 1 matches, walking the publication-date index for
    common words or reading the GIN indexes for rare ones, so its cost stays bounded however
    many articles match. On PostgreSQL each comes with its `ts_rank` and they are sorted by it
    (newest first among equals); elsewhere they stay newest first. Never every match is ranked.
    """
    cap = RESULT_CAP
    matches = matching_articles(query, section_id=section_id, language=language)
    newest = matches.order_by("-published_at", "-pk")
    query = clean_query(query)
    if query and connection.vendor == "postgresql":
        rank = _postgres_rank(query, _languages(language))
        rows = list(newest.annotate(rank=rank).values_list("pk", "rank")[: cap + 1])
        # A stable sort: newest first among equal ranks, as the rows came.
        best = sorted(rows[:cap], key=lambda row: -row[1])
        return Found([pk for pk, _rank in best], len(rows) > cap)
    ids = list(newest.values_list("pk", flat=True)[: cap + 1])
    return Found(ids[:cap], len(ids) > cap)


def search_articles(
    query: str, *, section_id: int | None = None, language: str | None = None
) -> list[Article]:
    """`find()`'s articles themselves (body deferred on PostgreSQL), best first: for tools."""
    found = find(query, section_id=section_id, language=language)
    return [result.article for result in results_for(found.ids, query)]


def results_for(ids: list[int], query: str) -> list[SearchResult]:
    """One page of results, in the order of `ids`, each with its section and snippet.

    One query: on PostgreSQL `ts_headline` runs in it, for these rows only.
    """
    if not ids:
        return []
    # Through `live()` again: an article withdrawn since `find()` ran is left out.
    articles = Article.objects.live().filter(pk__in=ids).select_related("section").order_by()
    query = clean_query(query)
    if query and connection.vendor == "postgresql":
        articles = articles.defer("body").annotate(search_snippet=_snippet(query))
    by_pk = {article.pk: article for article in articles}
    return with_snippets([by_pk[pk] for pk in ids if pk in by_pk], query)


@contextmanager
def index_scans() -> Iterator[None]:
    """Run the enclosed search queries with PostgreSQL's sequential scans discouraged.

    For query plans in tests and tools, whatever the table's statistics; the search page needs
    no hint since each language has its own GIN index (migration 0007). `SET LOCAL` keeps the
    hint inside this transaction; other databases need nothing.
    """
    if connection.vendor != "postgresql":
        yield
        return
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL enable_seqscan = off")
        yield


def text_matches(query: str, *, language: str | None = None) -> ArticleQuerySet:
    """Every article whose text matches, live or not: for query plans and tools, never pages."""
    query = clean_query(query)
    if connection.vendor != "postgresql":
        return _fallback_search(Article.objects.all(), query)
    return Article.objects.filter(_postgres_match(query, _languages(language)))


def with_snippets(articles: list[Article], query: str) -> list[SearchResult]:
    """Highlighted snippets for one page of results.

    On PostgreSQL they come with the articles (`search_snippet`, see `results_for`), or else
    from one more query; elsewhere they are cut in Python.
    """
    query = clean_query(query)
    if not articles:
        return []
    if connection.vendor == "postgresql" and query:
        missing = [a.pk for a in articles if not hasattr(a, "search_snippet")]
        headlines = _postgres_headlines(missing, query) if missing else {}
        return [
            SearchResult(a, _markup(getattr(a, "search_snippet", headlines.get(a.pk, "")) or ""))
            for a in articles
        ]
    return [SearchResult(a, _python_snippet(a, query)) for a in articles]


_SNIPPET_OPTIONS = (
    f"StartSel='{START}', StopSel='{STOP}', MaxWords={SNIPPET_WORDS}, MinWords=15,"
    " MaxFragments=2, FragmentDelimiter=' … '"
)


def _snippet(query: str) -> RawSQL:
    """`ts_headline` over the standfirst and the start of the body, in the article's language.

    Raw SQL naming the table (built once per page, it compiles in a fraction of the time of the
    equivalent expressions): only for queries where the article table has no alias.
    """
    # Tags are cut in SQL (a tag cut at the end of the prefix too), entities undone in Python:
    # the snippet is plain text, then escaped. Only the start of the body is read, since the
    # cost of `ts_headline` grows with the text: a word found only further on gives the opening.
    table = f'"{Article._meta.db_table}"'
    text = (
        f"regexp_replace(coalesce({table}.\"standfirst\", '') || ' '"
        f" || left(coalesce({table}.\"body\", ''), %s), '<[^>]*(>|$)', ' ', 'g')"
    )
    whens = " ".join(
        f"WHEN '{language}' THEN ts_headline('{config}'::regconfig, {text},"
        f" websearch_to_tsquery('{config}'::regconfig, %s), %s)"
        for language, config in CONFIGS.items()
    )
    # Only the fixed language codes and configuration names are spliced in; the rest are parameters.
    return RawSQL(  # noqa: S611
        f"CASE {table}.\"language\" {whens} ELSE '' END",
        [SNIPPET_SOURCE_CHARS, query, _SNIPPET_OPTIONS] * len(CONFIGS),
        output_field=TextField(),
    )


def _postgres_headlines(pks: list[int], query: str) -> dict[int, str]:
    rows = Article.objects.filter(pk__in=pks).annotate(snippet=_snippet(query))
    return dict(rows.values_list("pk", "snippet"))


def _markup(marked: str) -> SafeString:
    """Escape a snippet, then turn the match markers into `<mark>`; nothing stored is trusted."""
    text = escape(" ".join(unescape(marked).split()))
    html = text.replace(START, "<mark>").replace(STOP, "</mark>")
    if html.count("<mark>") != html.count("</mark>"):
        html = html.replace("<mark>", "").replace("</mark>", "")
    return mark_safe(html)  # noqa: S308


def _python_snippet(article: Article, query: str) -> SafeString:
    body = unescape(strip_tags(re.sub(r"<[^>]*>", " ", article.body)))
    text = " ".join(f"{article.standfirst} {body}".split())
    words = [w for w in query.split() if w]
    lowered = text.lower()
    positions = [lowered.find(w.lower()) for w in words]
    found = [p for p in positions if p >= 0]
    start = max(min(found) - 80, 0) if found else 0
    if start > 0:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < min(found) else start
    excerpt = text[start : start + 240]
    if start > 0:
        excerpt = "…" + excerpt
    if start + 240 < len(text):
        excerpt += "…"
    marked = excerpt
    for word in sorted(set(words), key=len, reverse=True):
        marked = re.sub(
            re.escape(word), lambda m: f"{START}{m.group(0)}{STOP}", marked, flags=re.IGNORECASE
        )
    return _markup(marked)
