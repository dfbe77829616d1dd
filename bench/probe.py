"""Pick the pages to load, count their SQL queries and check their query plans.

Runs inside Django (`python -m bench.probe`) against the benchmark database, with the page cache
off so every query a render makes is seen. Prints one JSON document for `bench/run.py`.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import time
from typing import Any

import django

FEED_ROUTES = ["articles:feed", "articles:feed_rss", "articles:rss", "articles:site_feed", "feed"]
SEARCH_ROUTES = ["articles:search", "search"]
TAG_ROUTES = ["articles:tag", "tag"]


def first_route(names: list[str], **kwargs: Any) -> str | None:
    from django.urls import NoReverseMatch, reverse

    for name in names:
        try:
            return reverse(name, kwargs=kwargs or None)
        except NoReverseMatch:
            continue
    return None


def pick_pages() -> dict[str, str | None]:
    from articles.models import Article, Correction

    corrected = Correction.objects.values_list("article_id", flat=True)
    article = (
        Article.objects.live()
        .filter(pk__in=corrected, translation__isnull=False, language="en")
        .order_by("-published_at")
        .first()
    ) or Article.objects.live().order_by("-published_at").first()
    assert article is not None, "no live article: generate the data first"
    tag = article.tags.order_by("slug").first()
    author = article.bylines.select_related("author").first()
    search = first_route(SEARCH_ROUTES)
    return {
        "article": article.get_absolute_url(),
        "front": "/",
        "section": article.section.get_absolute_url() if article.section else None,
        "tag": first_route(TAG_ROUTES, slug=tag.slug) if tag else None,
        "author": author.author.get_absolute_url() if author else None,
        "search": f"{search}?q=parliament+vote" if search else None,
        "feed": first_route(FEED_ROUTES),
    }


SEQ_SCAN = r"Seq Scan on articles_article\b"
SQL_TIMING_RUNS = 20


def sql_milliseconds(client: Any, url: str) -> float:
    """The time a page's queries take in all (sent, run, answered), median of several renders."""
    from django.db import connection

    spent = [0.0]

    def timed(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent[0] += time.perf_counter() - start

    totals = []
    for _ in range(SQL_TIMING_RUNS):
        spent[0] = 0.0
        with connection.execute_wrapper(timed):
            client.get(url)
        totals.append(spent[0])
    return round(1000 * statistics.median(totals), 2)


def raw_queries(client: Any, url: str) -> list[tuple[str, tuple[Any, ...]]]:
    """The SQL and parameters of a page's queries, as the driver receives them."""
    from django.db import connection

    seen: list[tuple[str, tuple[Any, ...]]] = []

    def record(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        if sql.lstrip().upper().startswith("SELECT") and params:
            seen.append((sql, tuple(params)))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        client.get(url)
    return seen


def generic_plan(sql: str, params: tuple[Any, ...]) -> str:
    """The plan PostgreSQL runs for a prepared statement: its generic plan, made without values.

    The site prepares its precompiled statements (server-side binding) and has PostgreSQL run
    them by their generic plan (settings.py): it must use the indexes too. The statement is
    prepared by psycopg as the site's are (same parameter types), then explained with
    `plan_cache_mode = force_generic_plan`.
    """
    import psycopg
    from django.db import connection

    connection.ensure_connection()
    raw = connection.connection
    threshold, raw.prepare_threshold = raw.prepare_threshold, 0
    with psycopg.Cursor(raw) as cursor:
        try:
            cursor.execute(sql, params, prepare=True)
        finally:
            raw.prepare_threshold = threshold
        numbered = iter(range(1, len(params) + 1))
        text = re.sub(r"%s", lambda _: f"${next(numbered)}", sql.replace("%%", "\x00"))
        cursor.execute(
            "SELECT name FROM pg_prepared_statements WHERE NOT from_sql AND statement = %s",
            [text.replace("\x00", "%")],
        )
        row = cursor.fetchone()
        assert row is not None  # noqa: S101 (just prepared)
        placeholders = ", ".join(["%s"] * len(params))
        cursor.execute("SET plan_cache_mode = force_generic_plan")
        try:
            # The values written in: a utility statement's parameters have no type here.
            cursor.execute(
                connection.ops.compose_sql(  # type: ignore[attr-defined]
                    f'EXPLAIN EXECUTE "{row[0]}"({placeholders})', params
                )
            )
            return "\n".join(line[0] for line in cursor.fetchall())
        finally:
            cursor.execute("RESET plan_cache_mode")


def probe() -> dict[str, Any]:
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    settings.NEWSROOM_PAGE_CACHE = False
    pages = pick_pages()
    client = Client(HTTP_HOST="127.0.0.1")
    results: dict[str, Any] = {}
    seq_scans: dict[str, list[str]] = {}
    generic_checked = 0
    for name, url in pages.items():
        if url is None:
            results[name] = {"url": None, "status": None, "queries": None}
            continue
        client.get(url)  # warm the site chrome, as a running server has it
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        results[name] = {
            "url": url,
            "status": response.status_code,
            "queries": len(captured.captured_queries),
            "sql_ms": sql_milliseconds(client, url),
        }
        for query in captured.captured_queries:
            sql = query["sql"]
            if "articles_article" not in sql or not sql.lstrip().upper().startswith("SELECT"):
                continue
            if connection.vendor != "postgresql":
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN " + sql)
                plan = "\n".join(row[0] for row in cursor.fetchall())
            if re.search(r"Seq Scan on articles_article\b", plan):
                seq_scans.setdefault(name, []).append(sql[:300])
        if connection.vendor == "postgresql":
            for sql, params in raw_queries(client, url):
                if "articles_article" not in sql:
                    continue
                generic_checked += 1
                if re.search(SEQ_SCAN, generic_plan(sql, params)):
                    seq_scans.setdefault(f"{name} (generic plan)", []).append(sql[:300])
    from articles.models import Article

    with CaptureQueriesContext(connection) as captured:
        Article.objects.next_change_after()
    results["next change"] = {
        "url": None,
        "status": None,
        "queries": len(captured.captured_queries),
    }
    if connection.vendor == "postgresql":
        for query in captured.captured_queries:
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN " + query["sql"])
                plan = "\n".join(row[0] for row in cursor.fetchall())
            if re.search(r"Seq Scan on articles_article\b", plan):
                seq_scans.setdefault("next change", []).append(query["sql"][:300])

    many = [
        article.get_absolute_url()
        for article in Article.objects.live().only("slug", "published_at", "created_at")[:2000]
    ]
    return {
        "pages": results,
        "seq_scans": seq_scans,
        "generic_plans_checked": generic_checked,
        "vendor": connection.vendor,
        "many_urls": many,
    }


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    django.setup()
    print(json.dumps(probe()))


if __name__ == "__main__":
    main()
