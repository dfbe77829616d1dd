"""Reader search: PostgreSQL full text in each article's language, `icontains` elsewhere.

On PostgreSQL every article has a stored, generated `search_document` column (migration
`0005_public_search_indexes`): a `tsvector` of the headline (weight A), kicker and standfirst (B)
and body (C), parsed with the article's own language configuration, under a GIN index. A query
is parsed once per language with `websearch_to_tsquery`, matched through the index, ranked with
`ts_rank` on the stored vector and highlighted with `ts_headline` for one page of results.
Anywhere else (SQLite in development), a case-insensitive match of every word, newest first,
with the snippet cut in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from html import unescape

from django.db import connection, transaction
from django.db.models import BooleanField, Case, F, FloatField, Func, Q, TextField, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce, Concat
from django.utils.html import escape, strip_tags
from django.utils.safestring import SafeString, mark_safe

from .models import Article, ArticleQuerySet
from .sanitizer import strip_null

MAX_QUERY_LENGTH = 200
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


def _postgres_search(base: ArticleQuerySet, query: str, languages: list[str]) -> ArticleQuerySet:
    table = Article._meta.db_table
    document = f'"{table}"."search_document"'
    language_column = f'"{table}"."language"'
    tsqueries = {
        language: f"websearch_to_tsquery('{CONFIGS[language]}'::regconfig, %s)"
        for language in languages
    }
    per_language = " ".join(
        f"WHEN '{language}' THEN {tsquery}" for language, tsquery in tsqueries.items()
    )
    # The first condition is the only one an index can serve (the GIN index, whatever the
    # statistics say about `language`); the CASE then keeps each article to its own language.
    # Only the fixed configuration names are spliced in; the reader's words are parameters.
    any_language = " || ".join(tsqueries.values())
    match = RawSQL(  # noqa: S611
        f"({document} @@ ({any_language})"
        f" AND {document} @@ (CASE {language_column} {per_language} END))",
        [query] * (2 * len(tsqueries)),
        output_field=BooleanField(),
    )
    rank = RawSQL(  # noqa: S611
        f"ts_rank({document}, CASE {language_column} {per_language} END)",
        [query] * len(tsqueries),
        output_field=FloatField(),
    )
    # The body is not shown in results (PostgreSQL cuts the snippet): leave it out of the sort.
    return (
        base.filter(match)
        .defer("body")
        .annotate(search_rank=rank)
        .order_by("-search_rank", "-published_at", "-pk")
    )


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


def search_articles(
    query: str, *, section_id: int | None = None, language: str | None = None
) -> ArticleQuerySet:
    """Live articles matching `query`, best first, optionally in one section or language."""
    base = Article.objects.live()
    if language in CONFIGS:
        base = base.in_language(language)
    if section_id is not None:
        base = base.filter(section_id=section_id)
    query = clean_query(query)
    if not query:
        return base.none()
    if connection.vendor == "postgresql":
        return _postgres_search(base, query, _languages(language))
    return _fallback_search(base, query)


@contextmanager
def index_scans() -> Iterator[None]:
    """Run the enclosed search queries with PostgreSQL's sequential scans discouraged.

    The planner does not count the cost of decompressing every row's `tsvector`, so for a
    query matching a few percent of articles it prefers reading the whole table (150 ms over
    10,000 articles) to the GIN index (25 ms). `SET LOCAL` keeps the hint inside this
    transaction; other databases need nothing.
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
    return _postgres_search(Article.objects.all(), query, _languages(language))


def with_snippets(articles: list[Article], query: str) -> list[SearchResult]:
    """Highlighted snippets for one page of results (one query on PostgreSQL, none elsewhere)."""
    query = clean_query(query)
    if not articles:
        return []
    if connection.vendor == "postgresql" and query:
        headlines = _postgres_headlines([a.pk for a in articles], query)
        return [SearchResult(a, _markup(headlines.get(a.pk, ""))) for a in articles]
    return [SearchResult(a, _python_snippet(a, query)) for a in articles]


def _postgres_headlines(pks: list[int], query: str) -> dict[int, str]:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery

    # Tags are cut in SQL, entities undone in Python: the snippet is plain text, then escaped.
    text = Func(
        Concat(
            Coalesce(F("standfirst"), Value(""), output_field=TextField()),
            Value(" "),
            Coalesce(F("body"), Value(""), output_field=TextField()),
            output_field=TextField(),
        ),
        Value("<[^>]*>"),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=TextField(),
    )
    whens = [
        When(
            language=language,
            then=SearchHeadline(
                text,
                SearchQuery(query, config=config, search_type="websearch"),
                config=config,
                start_sel=START,
                stop_sel=STOP,
                max_words=SNIPPET_WORDS,
                min_words=15,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        for language, config in CONFIGS.items()
    ]
    rows = Article.objects.filter(pk__in=pks).annotate(
        snippet=Case(*whens, default=Value(""), output_field=TextField())
    )
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
