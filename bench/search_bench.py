"""Time reader search over many generated articles on PostgreSQL.

    DATABASE_URL=postgres://user@host:5432/newsroom_bench DJANGO_SECRET_KEY=x \\
        .venv/bin/python bench/search_bench.py --articles 10000

It migrates the named database (use a throw-away one), tops it up to `--articles` live articles
of about 400 words each (two thirds English, one third French, words
drawn with Zipf-like frequencies from a 4,000-word vocabulary), runs each query `--repeat` times
through `search_articles()` plus one page of snippets, and prints the median and worst wall-clock times and PostgreSQL's own execution time of the
ranked page query (EXPLAIN ANALYZE), which a busy machine disturbs less.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Section, Status  # noqa: E402
from articles.search import index_scans, search_articles, with_snippets  # noqa: E402

STOP_EN = [
    "the",
    "of",
    "and",
    "a",
    "to",
    "in",
    "is",
    "was",
    "for",
    "on",
    "that",
    "with",
    "as",
    "by",
    "at",
    "from",
    "it",
    "this",
    "said",
]
STOP_FR = [
    "le",
    "la",
    "les",
    "de",
    "des",
    "et",
    "un",
    "une",
    "est",
    "était",
    "pour",
    "sur",
    "que",
    "avec",
    "par",
    "au",
    "du",
    "selon",
]
TOPICS_EN = [
    "parliament",
    "vote",
    "budget",
    "minister",
    "railway",
    "energy",
    "climate",
    "election",
    "court",
    "union",
    "strike",
    "market",
    "inflation",
    "school",
    "hospital",
    "police",
    "border",
    "farmer",
    "harbour",
    "bridge",
    "festival",
    "museum",
    "football",
    "report",
    "committee",
    "treaty",
    "summit",
    "tax",
    "pension",
    "housing",
    "rent",
    "water",
    "forest",
    "migration",
]
TOPICS_FR = [
    "parlement",
    "vote",
    "budget",
    "ministre",
    "ferroviaire",
    "énergie",
    "climat",
    "élection",
    "tribunal",
    "syndicat",
    "grève",
    "marché",
    "inflation",
    "école",
    "hôpital",
    "police",
    "frontière",
    "agriculteur",
    "port",
    "pont",
    "festival",
    "musée",
    "football",
    "rapport",
    "commission",
    "traité",
    "sommet",
    "impôt",
    "retraite",
    "logement",
    "loyer",
    "eau",
    "forêt",
    "migration",
]
SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "ca",
    "ce",
    "co",
    "da",
    "de",
    "di",
    "do",
    "fa",
    "fe",
    "fi",
    "ga",
    "go",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "pa",
    "pe",
    "po",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
]
QUERIES = [
    ("railway strike", None),
    ("budget", None),
    ("climate summit treaty", "en"),
    ("grève ferroviaire", "fr"),
    ("hospital", "en"),
    ('"energy market"', None),
    ("the", None),
    ("zzzz-nothing-matches", None),
]


def vocabulary(
    stop: list[str], topics: list[str], rng: random.Random
) -> tuple[list[str], list[float]]:
    """Words with Zipf-like weights: stop words first, topics in the middle, a long tail."""
    tail = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) for _ in range(4000)]
    words = stop + tail[:400] + topics + tail[400:]
    return words, [1 / (rank + 1) for rank in range(len(words))]


VOCABULARIES = {
    "en": vocabulary(STOP_EN, TOPICS_EN, random.Random("en")),
    "fr": vocabulary(STOP_FR, TOPICS_FR, random.Random("fr")),
}


def paragraph(rng: random.Random, language: str, count: int) -> str:
    words, weights = VOCABULARIES[language]
    return " ".join(rng.choices(words, weights, k=count)).capitalize() + "."


def top_up(total: int) -> None:
    section, _ = Section.objects.get_or_create(slug="bench", defaults={"name": "Bench"})
    existing = Article.objects.filter(slug__startswith="bench-").count()
    rng = random.Random(existing)
    now = timezone.now()
    batch = []
    for n in range(existing, total):
        language = "fr" if n % 3 == 0 else "en"
        body = "".join(f"<p>{paragraph(rng, language, 80)}</p>" for _ in range(5))
        batch.append(
            Article(
                headline=paragraph(rng, language, 8),
                slug=f"bench-{n}",
                standfirst=paragraph(rng, language, 25),
                body=body,
                language=language,
                section=section,
                status=Status.PUBLISHED,
                published_at=now - timedelta(minutes=n + 1),
                first_published_at=now - timedelta(minutes=n + 1),
            )
        )
        if len(batch) == 1000:
            Article.objects.bulk_create(batch)
            batch = []
    if batch:
        Article.objects.bulk_create(batch)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE articles_article")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=20)
    options = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Point DATABASE_URL at a throw-away PostgreSQL database.")
    call_command("migrate", verbosity=0)
    top_up(options.articles)
    print(
        f"{Article.objects.live().count()} live articles; PostgreSQL {getattr(connection, 'pg_version', '?')}"
    )
    print(
        f"{'query':32} {'lang':4} {'hits':>6} {'median ms':>10} {'max ms':>8} {'page SQL ms':>12}"
    )
    for query, language in QUERIES:
        timings = []
        for _ in range(options.repeat):
            started = time.perf_counter()
            results = search_articles(query, language=language)
            with index_scans():
                hits = results.count()
                page = list(results.for_listing()[:20])
                with_snippets(page, query)
            timings.append((time.perf_counter() - started) * 1000)
        with index_scans():
            plan = (
                search_articles(query, language=language).for_listing()[:20].explain(analyze=True)
            )
        found = re.search(r"Execution Time: ([0-9.]+) ms", plan)
        server = float(found.group(1)) if found else float("nan")
        print(
            f"{query:32} {language or '-':4} {hits:>6} {statistics.median(timings):>10.1f} "
            f"{max(timings):>8.1f} {server:>12.1f}"
        )
    plan = search_articles("railway strike").explain()
    print("plan uses the GIN index:", "article_search_document" in plan)


if __name__ == "__main__":
    main()
