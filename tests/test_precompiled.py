"""Precompiled queries give exactly what the ORM gives, or refuse to run.

On PostgreSQL every public-page builder runs as precompiled SQL and is compared with the ORM's
own answer (objects, field values, related objects, annotations). On SQLite the builders run
through the ORM; the compile step itself (what is a parameter, what is refused) is checked on
both.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import frontpage
from articles.models import Article, Author, Byline, Correction, FrontPagePlacement, Section
from articles.models.articles import (
    FetchedRows,
    _card_bylines_photos,
    _card_bylines_plain,
    prefetch_card_bylines,
)
from articles.views import articles as article_views
from articles.views import listings
from newsroom.precompiled import CountedRows, Precompiled, PrecompileError, precompiled

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"


def snapshot(objects: list[Any], related: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    """What a page reads of each object: its loaded fields, annotations and related objects."""
    rows = []
    for obj in objects:
        row = {k: v for k, v in vars(obj).items() if not k.startswith("_")}
        for name in related:
            value = getattr(obj, name)
            row[name] = (
                None
                if value is None
                else {k: v for k, v in vars(value).items() if not k.startswith("_")}
            )
        rows.append(row)
    return rows


@pytest.fixture
def newsroom(make_article, author, section):
    other = Section.objects.create(name="Culture", name_fr="Culture", slug="culture")
    second = Author.objects.create(display_name="Second Writer", slug="second-writer")
    now = timezone.now()
    articles = []
    for n in range(6):
        article = make_article(
            slug=f"story-{n}",
            headline=f"Story {n}",
            published_at=now - timedelta(hours=n + 1),
            section=section if n % 2 else other,
            authors=[author, second] if n % 3 == 0 else [author],
        )
        article.tags.add("Rail", f"topic-{n % 2}")
        articles.append(article)
    make_article(slug="tomorrow", published_at=now + timedelta(days=1))  # not live yet
    french = make_article(slug="histoire", language="fr", translation=articles[0])
    Correction.objects.create(article=articles[0], text="A date was wrong.")
    Correction.objects.create(article=articles[0], text="A name was misspelt.", kind="update")
    FrontPagePlacement.objects.create(article=articles[2], slot="lead")
    FrontPagePlacement.objects.create(article=articles[3], slot="top", position=1)
    return {"articles": articles, "french": french, "now": now}


def test_the_article_pages_queries_match_the_orm(newsroom):
    first, now = newsroom["articles"][0], newsroom["now"]
    content_type = ContentType.objects.get_for_model(Article).pk
    tag_ids = list(first.tags.values_list("pk", flat=True))
    cases: list[tuple[Precompiled[Any], dict[str, Any], tuple[str, ...]]] = [
        (article_views._live_article, {"slug": "story-0", "at": now}, ("section", "hero_image")),
        (article_views._live_article, {"slug": "tomorrow", "at": now}, ()),
        (article_views._corrections, {"article_id": first.pk}, ()),
        (article_views._tags, {"article_id": first.pk, "content_type_id": content_type}, ()),
        (
            article_views._translation,
            {"article_id": first.pk, "translation_id": 0, "at": now},
            (),
        ),
        (
            article_views._related_by_tags,
            {
                "article_id": first.pk,
                "language": "en",
                "tag_ids": tag_ids,
                "content_type_id": content_type,
                "at": now,
            },
            ("section", "hero_image"),
        ),
        (
            article_views._section_latest,
            {"article_id": first.pk, "language": "en", "section_id": first.section_id, "at": now},
            ("section",),
        ),
        (frontpage._curated, {"language": "en", "at": now}, ("section", "hero_image")),
        (frontpage._latest, {"language": "en", "at": now, "count": 3}, ("section",)),
        (
            _card_bylines_plain,
            {"article_ids": [a.pk for a in newsroom["articles"]]},
            ("author",),
        ),
        (_card_bylines_photos, {"article_ids": [first.pk]}, ("author",)),
        (listings._section_with_count, {"slug": "culture", "language": "en", "at": now}, ()),
        (
            listings._listing_page,
            {
                "subject_id": first.section_id,
                "language": "en",
                "at": now,
                "field": "section_id",
                "offset": 1,
                "limit": 2,
            },
            ("section", "hero_image"),
        ),
        (listings._tag_with_count, {"slug": "rail", "language": "en", "at": now}, ()),
        (
            listings._listing_page,
            {
                "subject_id": tag_ids[0],
                "language": "en",
                "at": now,
                "field": "tags__id",
                "offset": 0,
                "limit": 20,
            },
            ("section",),
        ),
        (listings._author_with_count, {"slug": "second-writer", "at": now}, ("photo",)),
        (
            listings._author_page,
            {"subject_id": first.bylines.first().author_id, "at": now, "offset": 0, "limit": 3},
            ("section",),
        ),
    ]
    for builder, values, related in cases:
        expected = list(builder.queryset(**values))
        got = builder(**values)
        assert snapshot(got, related) == snapshot(expected, related), builder.__name__
        # Twice: the second run binds new values into the plan the first one made.
        assert snapshot(builder(**values), related) == snapshot(expected, related)
    assert (
        article_views._translation(article_id=first.pk, translation_id=0, at=now)[0].slug
        == "histoire"
    )
    assert [a.slug for a in article_views._live_article(slug="tomorrow", at=now)] == []
    assert bool(article_views._live_article.plans) is ON_POSTGRESQL


def test_the_front_pages_section_cards_match_the_orm(newsroom):
    front = frontpage.build_front_page("en", top_count=1, per_section=2)
    assert (front.lead.slug, [a.slug for a in front.top]) == ("story-2", ["story-3"])
    shown = {s.slug: [a.slug for a in articles] for s, articles in front.sections}
    assert shown == {"culture": ["story-0", "story-4"], "politics": ["story-1", "story-5"]}
    if not ON_POSTGRESQL:
        return  # SQLite ranks with a window; the array query below is PostgreSQL's
    values = {"language": "en", "at": newsroom["now"], "used": [0], "per_section": 2}
    expected = list(frontpage._section_cards.queryset(**values))
    related = ("section", "hero_image")
    assert snapshot(frontpage._section_cards(**values), related) == snapshot(expected, related)
    assert [a.slug for a in expected] == ["story-0", "story-2", "story-1", "story-3"]


def test_new_values_give_new_answers_from_the_same_plan(newsroom):
    now = newsroom["now"]
    for n in range(6):
        found = article_views._live_article(slug=f"story-{n}", at=now)
        assert [a.headline for a in found] == [f"Story {n}"]
    assert len(article_views._live_article.plans) == (1 if ON_POSTGRESQL else 0)
    # Going live is a value too: at tomorrow's time the scheduled article is found.
    later = article_views._live_article(slug="tomorrow", at=now + timedelta(days=2))
    assert [a.slug for a in later] == ["tomorrow"]


def test_lists_of_other_lengths_get_plans_of_their_own_and_empty_lists_no_query(newsroom):
    ids = [a.pk for a in newsroom["articles"]]
    assert {b.article_id for b in _card_bylines_plain(article_ids=ids[:2])} == set(ids[:2])
    assert {b.article_id for b in _card_bylines_plain(article_ids=ids)} == set(ids)
    with CaptureQueriesContext(connection) as queries:
        assert _card_bylines_plain(article_ids=[]) == []
    assert len(queries) == 0


def test_prefetched_bylines_answer_without_a_query_and_narrowing_asks_the_database(newsroom):
    articles = list(Article.objects.filter(pk__in=[a.pk for a in newsroom["articles"]]))
    prefetch_card_bylines(articles)
    first = next(a for a in articles if a.slug == "story-0")
    with CaptureQueriesContext(connection) as queries:
        names = [b.author.display_name for b in first.bylines.all()]
        assert first.bylines.all()[0].article is first
        assert first.bylines.count() == 2
    assert names == ["Claire Martin", "Second Writer"]
    assert len(queries) == 0
    assert isinstance(first.bylines.all(), FetchedRows)
    # Narrowing is a new query, scoped to this article, as with Django's prefetching.
    with CaptureQueriesContext(connection) as queries:
        second_only = list(first.bylines.all().filter(author__slug="second-writer"))
    assert len(queries) == 1
    assert [b.author.slug for b in second_only] == ["second-writer"]
    assert Byline.objects.filter(author__slug="second-writer").count() > 1
    # Prefetching again does not query what is already there.
    with CaptureQueriesContext(connection) as queries:
        prefetch_card_bylines(articles)
    assert len(queries) == 0


def build_plan(builder: Precompiled[Any], **values: Any) -> Any:
    shape = (
        tuple(sorted((name, "str" if isinstance(v, str) else "int") for name, v in values.items())),
        (),
    )
    return builder._plan(shape)


def test_values_the_orm_would_transform_or_write_into_the_sql_are_refused(db):
    @precompiled
    def headline_contains(text: str) -> Any:
        return Article.objects.filter(headline__icontains=text)

    @precompiled
    def first_n(count: int) -> Any:
        return Article.objects.all()[:count]

    with pytest.raises(PrecompileError, match="transformed"):
        build_plan(headline_contains, text="rail")
    with pytest.raises(PrecompileError, match="not SQL parameters"):
        build_plan(first_n, count=3)
    for value in (None, True):
        with pytest.raises(PrecompileError, match="shape"):
            headline_contains(text=value)


def test_a_constant_equal_to_a_stand_in_is_told_apart(db):
    @precompiled
    def by_position(pk: int) -> Any:
        # 29,001 is the first integer stand-in of the first set.
        return Section.objects.filter(position=29_001, pk=pk)

    with pytest.raises(PrecompileError, match="constant"):
        build_plan(by_position, pk=1)


def test_a_plain_value_is_bound_where_the_orm_puts_it(db):
    @precompiled
    def by_slug(slug: str, position: int) -> Any:
        return Section.objects.filter(slug=slug, position__gte=position)

    plan = build_plan(by_slug, slug="x", position=1)
    assert sorted(name for _, name, _ in plan.slots) == ["position", "slug"]
    assert "29" not in plan.sql and "\ue000" not in plan.sql


def test_plans_are_bounded(db, monkeypatch):
    from newsroom import precompiled as module

    monkeypatch.setattr(module, "MAX_PLANS", 4)

    @precompiled
    def by_ids(ids: list[int]) -> Any:
        return Section.objects.filter(pk__in=ids)

    for length in range(1, 11):
        assert by_ids(ids=list(range(1, length + 1))) == []
    assert len(by_ids.plans) <= (4 if ON_POSTGRESQL else 0)


def test_counted_rows_give_django_s_paginator_pages_of_one_query_each():
    from django.core.paginator import Paginator

    asked: list[tuple[int, int]] = []

    def fetch(offset: int, limit: int) -> list[int]:
        asked.append((offset, limit))
        return list(range(offset, offset + limit))

    paginator = Paginator(CountedRows(45, fetch), 20)
    assert (paginator.count, paginator.num_pages) == (45, 3)
    assert list(paginator.get_page(3)) == list(range(40, 45))
    assert list(paginator.get_page("abc")) == list(range(0, 20))
    assert asked == [(40, 5), (0, 20)]
    assert CountedRows(0, fetch)[0:20] == []
    with pytest.raises(TypeError):
        CountedRows(5, fetch)[2]  # type: ignore[index]


def test_builders_that_compute_with_or_branch_on_their_values_are_refused(db):
    from datetime import timedelta as td

    @precompiled
    def recent(at: Any) -> Any:
        return Article.objects.filter(published_at__gte=at - td(days=2))

    @precompiled
    def pair(article_id: int) -> Any:
        return Article.objects.filter(pk__in=[article_id, article_id + 1])

    @precompiled
    def sections_by_name(language: str) -> Any:
        return Section.objects.exclude(slug=language).order_by(
            "name_fr" if language == "fr" else "name"
        )

    if not ON_POSTGRESQL:
        assert recent(at=timezone.now()) == []  # the ORM, as on any database but PostgreSQL
        return
    with pytest.raises(PrecompileError, match="not SQL parameters"):
        recent(at=timezone.now())  # the value itself never reaches the SQL
    with pytest.raises(PrecompileError, match="constant"):
        pair(article_id=5)
    with pytest.raises(PrecompileError, match="depends on its values"):
        sections_by_name(language="fr")


def test_fetched_bylines_are_scoped_to_their_article_whatever_is_asked(newsroom):
    from django.db.models import Count

    articles = list(Article.objects.filter(slug__in=["story-0", "story-1"]))
    prefetch_card_bylines(articles)
    first = next(a for a in articles if a.slug == "story-0")
    assert len(list(first.bylines.iterator())) == 2
    assert first.bylines.all().aggregate(n=Count("pk")) == {"n": 2}
    assert first.bylines.all().update(role="text") == 2
    assert Byline.objects.count() > 2


def instance_state(obj: Any) -> tuple[Any, ...] | None:
    """Everything Django keeps on an instance: fields, deferred ones, state, cached relations."""
    if obj is None:
        return None
    fields = {k: v for k, v in vars(obj).items() if k != "_state"}
    cached = {name: instance_state(value) for name, value in obj._state.fields_cache.items()}
    return (type(obj), fields, obj.get_deferred_fields(), obj._state.adding, obj._state.db, cached)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="precompiled queries run on PostgreSQL only")
def test_instances_are_built_exactly_as_the_orm_builds_them(newsroom):
    @precompiled
    def cards(language: str) -> Any:
        return (
            Article.objects.filter(language=language)
            .select_related("section", "hero_image", "hero_image__copyright_notice")
            .order_by("pk")
        )

    @precompiled
    def narrow(language: str) -> Any:
        return Article.objects.filter(language=language).only("slug", "headline").order_by("pk")

    for builder in (cards, narrow):
        expected = [instance_state(obj) for obj in builder.queryset(language="en")]
        assert [instance_state(obj) for obj in builder(language="en")] == expected
        assert len(expected) == 7
    assert narrow(language="en")[0].get_deferred_fields() >= {"body", "standfirst"}


def test_instances_are_built_with_the_models_signals(newsroom, monkeypatch):
    """`post_init` reaches its receivers; a `pre_init` receiver makes Django build them itself."""
    from django.db.models.signals import post_init, pre_init

    @precompiled
    def with_images(language: str) -> Any:
        return Article.objects.filter(language=language).select_related("hero_image")

    seen: list[tuple[str, Any]] = []

    def on_post_init(sender: Any, instance: Any, **kwargs: Any) -> None:
        seen.append(("post", sender))

    def on_pre_init(sender: Any, **kwargs: Any) -> None:
        seen.append(("pre", sender))

    post_init.connect(on_post_init, sender=Article, weak=False)
    try:
        found = with_images(language="en")
        assert seen == [("post", Article)] * len(found) and found
        seen.clear()
        pre_init.connect(on_pre_init, sender=Article, weak=False)
        try:
            assert len(with_images(language="en")) == len(found)
        finally:
            pre_init.disconnect(on_pre_init, sender=Article)
        assert seen == [("pre", Article), ("post", Article)] * len(found)
    finally:
        post_init.disconnect(on_post_init, sender=Article)


@pytest.mark.skipif(not ON_POSTGRESQL, reason="precompiled queries run on PostgreSQL only")
def test_the_image_dimensions_signal_goes_only_where_it_reads_something(image):
    """An image row with its file and size stored needs nothing from the field's `post_init`
    receiver; one whose size is missing still has it read from the file, as the ORM does."""
    from articles.models import Image

    @precompiled
    def images(pk: int) -> Any:
        return Image.objects.filter(pk=pk)

    stored = images(pk=image.pk)[0]
    assert isinstance(stored.__dict__["file"], str)  # the receiver did not run (it would wrap it)
    assert (stored.width, stored.height) == (800, 450)
    assert stored.file.name == Image.objects.get(pk=image.pk).file.name
    assert stored.file.width == 800  # the descriptor still wraps the file when it is read

    Image.objects.filter(pk=image.pk).update(width=0)
    orm = Image.objects.get(pk=image.pk)
    missing = images(pk=image.pk)[0]
    assert (missing.width, missing.height) == (orm.width, orm.height) == (800, 450)


def test_a_model_with_a_field_setter_of_its_own_is_built_by_django(monkeypatch):
    from newsroom.precompiled import _Maker

    assert _Maker(Section, ["id", "name"], "default").plain

    class Shouting:
        def __get__(self, instance: Any, owner: Any = None) -> Any:
            return self if instance is None else instance.__dict__["name"]

        def __set__(self, instance: Any, value: str) -> None:
            instance.__dict__["name"] = value.upper()

    monkeypatch.setattr(Section, "name", Shouting())
    maker = _Maker(Section, ["id", "name"], "default")
    assert not maker.plain
    assert maker.builder()([1, "Politics"]).name == "POLITICS"
    monkeypatch.undo()

    def noting(self: Any, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)

    monkeypatch.setattr(Section, "__setattr__", noting, raising=False)
    assert not _Maker(Section, ["id", "name"], "default").plain
