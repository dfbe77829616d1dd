"""Fill an empty database with N articles for the benchmark, fast (bulk inserts).

Run through `bench/run.py`, or alone: `python -m bench.generate --articles 10000` with the
environment of the database to fill. Images share a handful of files; every other fact is
realistic: bylines (some with two authors), tags, corrections, French translations, a few
scheduled, expired, withdrawn and draft articles.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import time
from datetime import datetime, timedelta
from typing import Any

import django

WORDS = [
    "parliament",
    "vote",
    "rail",
    "package",
    "majority",
    "commission",
    "budget",
    "energy",
    "climate",
    "border",
    "farmers",
    "election",
    "court",
    "ruling",
    "minister",
    "summit",
    "treaty",
    "inflation",
    "strike",
    "union",
    "hospital",
    "school",
    "housing",
    "transport",
    "digital",
    "privacy",
    "market",
    "trade",
    "tariff",
    "defence",
    "security",
    "migration",
    "europe",
    "brussels",
    "strasbourg",
    "paris",
    "berlin",
    "rome",
    "madrid",
    "warsaw",
    "lisbon",
    "vienna",
    "athens",
]
MOTS = [
    "parlement",
    "vote",
    "paquet",
    "ferroviaire",
    "majorité",
    "commission",
    "budget",
    "énergie",
    "climat",
    "frontière",
    "agriculteurs",
    "élection",
    "cour",
    "décision",
    "ministre",
    "sommet",
    "traité",
    "inflation",
    "grève",
    "syndicat",
]
SECTIONS = [
    ("Politics", "Politique", "politics"),
    ("Economy", "Économie", "economy"),
    ("Europe", "Europe", "europe"),
    ("World", "Monde", "world"),
    ("Climate", "Climat", "climate"),
    ("Culture", "Culture", "culture"),
    ("Opinion", "Opinion", "opinion"),
    ("Sport", "Sport", "sport"),
]


def sentence(rng: random.Random, words: list[str], length: int) -> str:
    text = " ".join(rng.choice(words) for _ in range(length))
    return text[0].upper() + text[1:] + "."


def body(rng: random.Random, words: list[str]) -> str:
    paragraphs = [f"<p>{sentence(rng, words, rng.randint(25, 45))}</p>" for _ in range(6)]
    paragraphs.insert(3, f"<h2>{sentence(rng, words, 5)}</h2>")
    return "".join(paragraphs)


def generate(count: int, *, seed: int = 7) -> dict[str, Any]:
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from taggit.models import Tag, TaggedItem

    from articles.demo_images import draw_picture
    from articles.images import create_image
    from articles.models import (
        Article,
        Author,
        Byline,
        BylineRole,
        CopyrightNotice,
        Correction,
        CorrectionKind,
        Image,
        Rendition,
        Section,
        Status,
    )
    from articles.renditions import build_index, ensure_renditions

    rng = random.Random(seed)
    started = time.monotonic()
    now = timezone.now()
    with transaction.atomic():
        notice = CopyrightNotice.objects.create(
            holder="Impact European", first_year=2023, is_site_default=True
        )
        sections = Section.objects.bulk_create(
            Section(name=name, name_fr=name_fr, slug=slug, position=i)
            for i, (name, name_fr, slug) in enumerate(SECTIONS)
        )
        originals = [
            create_image(
                data=draw_picture(("#336699", "#112233"), "skyline", seed=str(i), size=(1200, 675)),
                filename=f"bench-{i}.jpg",
                alt_text=f"Bench picture {i}",
                default_caption="The parliament building in Strasbourg.",
                source="Élysée",
                platform="YouTube",
                capture_kind="image_capture",
                copyright_notice=notice,
            )
            for i in range(4)
        ]
        images = Image.objects.bulk_create(
            Image(
                file=originals[i % 4].file.name,
                width=1200,
                height=675,
                file_size=originals[i % 4].file_size,
                alt_text=f"Picture {i}",
                default_caption=sentence(rng, WORDS, 8),
                creator=f"Photographer {i % 40}",
                source="AFP" if i % 3 else "Élysée",
                platform="" if i % 5 else "YouTube",
                capture_kind="photograph",
                copyright_notice=notice,
            )
            for i in range(max(10, count // 50))
        )
        # Renditions as the task worker would leave them: made once for each shared file, then
        # the rows copied to every image that uses the file.
        for original in originals:
            ensure_renditions(original)
        made = {original.file.name: list(original.renditions.all()) for original in originals}
        Rendition.objects.bulk_create(
            (
                Rendition(
                    image=image,
                    width=r.width,
                    height=r.height,
                    format=r.format,
                    crop=r.crop,
                    focal_x=r.focal_x,
                    focal_y=r.focal_y,
                    file=r.file.name,
                )
                for image in images
                for r in made[image.file.name]
            ),
            batch_size=5000,
        )
        for original in originals:
            Image.objects.filter(file=original.file.name).update(
                rendition_index=build_index(original)
            )
        authors = Author.objects.bulk_create(
            Author(
                display_name=f"Author {i}",
                slug=f"author-{i}",
                job_title="Reporter",
                job_title_fr="Journaliste",
                bio=sentence(rng, WORDS, 30),
                bio_fr=sentence(rng, MOTS, 30),
                photo=images[i % len(images)],
            )
            for i in range(max(20, count // 50))
        )
        tags = Tag.objects.bulk_create(
            Tag(name=f"{WORDS[i % len(WORDS)]} {i}", slug=f"{WORDS[i % len(WORDS)]}-{i}")
            for i in range(max(50, count // 20))
        )

        articles: list[Article] = []
        span = 3 * 365 * 24 * 3600
        for i in range(count):
            french = i % 10 == 9
            words = MOTS if french else WORDS
            status = Status.PUBLISHED
            went_live = now - timedelta(seconds=rng.randint(600, span))
            published_at: datetime | None = went_live
            expires_at: datetime | None = None
            if i % 200 == 0:
                published_at = now + timedelta(days=rng.randint(1, 30))  # scheduled
            elif i % 200 == 1:
                expires_at = went_live + timedelta(days=1)  # expired
            elif i % 200 == 2:
                status = Status.WITHDRAWN
            elif i % 200 == 3:
                status, published_at = Status.DRAFT, None
            articles.append(
                Article(
                    kicker="Analysis" if i % 7 == 0 else "",
                    headline=sentence(rng, words, rng.randint(6, 12))[:-1],
                    slug=f"story-{i}",
                    standfirst=sentence(rng, words, 25),
                    body=body(rng, words),
                    language="fr" if french else "en",
                    section=sections[i % len(sections)],
                    hero_image=images[i % len(images)],
                    status=status,
                    published_at=published_at,
                    first_published_at=published_at
                    if published_at and published_at < now
                    else None,
                    go_live_recorded_at=published_at
                    if published_at and published_at < now
                    else None,
                    updated_at=published_at + timedelta(hours=2)
                    if published_at and i % 20 == 0
                    else None,
                    expires_at=expires_at,
                )
            )
        Article.objects.bulk_create(articles, batch_size=2000)
        translated: list[Article] = []
        for i in range(9, count, 10):
            in_french, in_english = articles[i], articles[i - 1]
            in_french.translation = in_english
            in_english.translation = in_french
            translated += [in_french, in_english]
        Article.objects.bulk_update(translated, ["translation"], batch_size=2000)

        bylines = []
        for i, article in enumerate(articles):
            first = authors[i % len(authors)]
            bylines.append(Byline(article=article, author=first, position=0))
            if i % 4 == 0:
                second = authors[(i * 7 + 3) % len(authors)]
                if second != first:
                    bylines.append(
                        Byline(
                            article=article,
                            author=second,
                            position=1,
                            role=BylineRole.ADDITIONAL_REPORTING,
                        )
                    )
        Byline.objects.bulk_create(bylines, batch_size=5000)

        article_type = ContentType.objects.get_for_model(Article)
        tagged = []
        for i, article in enumerate(articles):
            for tag in {tags[(i * k + k) % len(tags)] for k in (1, 3, 11)}:
                tagged.append(TaggedItem(content_type=article_type, object_id=article.pk, tag=tag))
        TaggedItem.objects.bulk_create(tagged, batch_size=5000)

        corrections = [
            Correction(
                article=article,
                kind=CorrectionKind.CORRECTION if i % 2 else CorrectionKind.UPDATE,
                text=sentence(rng, WORDS, 15),
                published_at=article.published_at + timedelta(hours=3),
            )
            for i, article in enumerate(articles)
            if i % 20 == 0 and article.published_at is not None
        ]
        Correction.objects.bulk_create(corrections, batch_size=5000)
    if connection.vendor == "postgresql":
        # What autovacuum does within a minute of a bulk load: statistics, and the visibility
        # map that lets a count read an index alone (VACUUM cannot run in a transaction).
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
    return {
        "articles": count,
        "authors": len(authors),
        "tags": len(tags),
        "images": len(images),
        "bylines": len(bylines),
        "corrections": len(corrections),
        "translations": len(translated) // 2,
        "seconds": round(time.monotonic() - started, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings")
    django.setup()
    print(json.dumps(generate(args.articles)))


if __name__ == "__main__":
    main()
