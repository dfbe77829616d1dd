"""Time the reader search page over many generated articles on PostgreSQL.

    DATABASE_URL=postgres://user@host:5432/newsroom_search_bench DJANGO_SECRET_KEY=x \\
        .venv/bin/python bench/search_bench.py --articles 10000

It migrates the named database (use a throw-away one) and, if it holds no article yet, fills it
with `bench/generate.py`'s articles (the data `bench/run.py` measures). Then it requests each
query's first page `--repeat` times through Django's test client with the page cache off (the
whole view: count, ranked page, bylines, pictures, snippets, template) and prints the median and
worst wall-clock times, the number of matching articles, the SQL queries of one request and
PostgreSQL's own execution time of them all (EXPLAIN ANALYZE), which a busy machine disturbs
less. The first ten queries are `bench/run.py`'s.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
os.environ["NEWSROOM_PAGE_CACHE"] = "0"
os.environ["NEWSROOM_HTTPS"] = "0"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from articles.models import Article  # noqa: E402
from articles.search import matching_articles  # noqa: E402
from bench.generate import generate  # noqa: E402
from bench.run import SEARCH_TERMS  # noqa: E402

QUERIES: list[tuple[str, str]] = [
    *((term, "") for term in SEARCH_TERMS),
    ("élection", "fr"),
    ("parliament", "en"),
    ('"energy market"', ""),
    ("the", ""),
    ("zzzz-nothing-matches", ""),
]


def server_ms(sqls: list[str]) -> float:
    total = 0.0
    with connection.cursor() as cursor:
        for sql in sqls:
            cursor.execute(f"EXPLAIN (ANALYZE) {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            found = re.search(r"Execution Time: ([0-9.]+) ms", plan)
            total += float(found.group(1)) if found else float("nan")
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Point DATABASE_URL at a throw-away PostgreSQL database.")
    # The test client's host, and static URLs without a collected manifest.
    settings.ALLOWED_HOSTS = ["*"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    call_command("migrate", verbosity=0)
    if not Article.objects.exists():
        generate(options.articles)
    print(
        f"{Article.objects.live().count()} live articles; PostgreSQL "
        f"{getattr(connection, 'pg_version', '?')}"
    )
    client = Client()
    print(
        f"{'query':24} {'lang':4} {'hits':>6} {'median ms':>10} {'max ms':>8} "
        f"{'queries':>7} {'SQL ms':>7}"
    )
    everything = []
    for query, language in QUERIES:
        params = {"q": query, "language": language}
        assert client.get("/search/", params).status_code == 200
        timings = []
        for _ in range(options.repeat):
            started = time.perf_counter()
            client.get("/search/", params)
            timings.append((time.perf_counter() - started) * 1000)
        everything += timings
        with CaptureQueriesContext(connection) as captured:
            client.get("/search/", params)
        sqls = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT")]
        hits = matching_articles(query, language=language or None).count()
        print(
            f"{query:24} {language or '-':4} {hits:>6} {statistics.median(timings):>10.1f} "
            f"{max(timings):>8.1f} {len(captured.captured_queries):>7} {server_ms(sqls):>7.1f}"
        )
    run_py = everything[: len(SEARCH_TERMS) * options.repeat]
    print(
        f"median over bench/run.py's {len(SEARCH_TERMS)} queries: {statistics.median(run_py):.1f} ms"
    )


if __name__ == "__main__":
    main()
