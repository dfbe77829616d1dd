"""Prepared statements survive a migration that changes a column they read (PostgreSQL)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from django.conf import settings
from django.db import connection, transaction
from django.db.models import QuerySet
from django.test.utils import CaptureQueriesContext

from articles.models import Article, Section
from newsroom.database import renew_stale_prepared_statements
from newsroom.precompiled import precompiled

pytestmark = pytest.mark.django_db(transaction=True)


def alter_from_another_connection(sql: str) -> None:
    settings = connection.settings_dict
    with psycopg.connect(
        dbname=settings["NAME"],
        user=settings["USER"],
        password=settings["PASSWORD"],
        host=settings["HOST"],
        port=settings["PORT"] or 5432,
        autocommit=True,
    ) as other:
        other.execute(sql)


@precompiled
def sections_from(position: int) -> QuerySet[Section]:
    return Section.objects.filter(position__gte=position).order_by("slug")


def names() -> list[str]:
    """A precompiled query, as the public pages run theirs: prepared on PostgreSQL."""
    return [section.name for section in sections_from(position=0)]


def test_a_column_type_change_under_prepared_statements_is_survived(section):
    if not settings.NEWSROOM_PREPARED_QUERIES:  # SQLite, or DATABASE_SERVER_SIDE_BINDING=0
        connection.ensure_connection()
        assert renew_stale_prepared_statements not in connection.execute_wrappers
        return
    connection.ensure_connection()
    assert renew_stale_prepared_statements in connection.execute_wrappers
    for _ in range(3):
        assert names() == ["Politics"]
    prepared = connection.connection._prepared._names  # psycopg's own record
    assert any(b"articles_section" in key[0] for key in prepared)
    alter_from_another_connection(
        "ALTER TABLE articles_section ALTER COLUMN name TYPE varchar(120)"
    )
    try:
        assert names() == ["Politics"]  # prepared afresh, not an error
        assert names() == ["Politics"]
        # Inside a transaction the statement cannot be run again: the error goes through and
        # the connection is closed when the request ends.
        for _ in range(3):
            assert names() == ["Politics"]
        alter_from_another_connection(
            "ALTER TABLE articles_section ALTER COLUMN name TYPE varchar(110)"
        )
        with pytest.raises(Exception, match="cached plan"), transaction.atomic():
            names()
        assert connection.close_at is not None
        assert names() == ["Politics"]  # outside it, prepared afresh
    finally:
        connection.close()
        column = Section._meta.get_field("name")
        alter_from_another_connection(
            f"ALTER TABLE articles_section ALTER COLUMN name TYPE varchar({column.max_length})"
        )


def test_only_the_precompiled_queries_are_prepared(section):
    """Everything else is bound client-side and planned with its values, as Django does."""
    if not settings.NEWSROOM_PREPARED_QUERIES:  # SQLite, or DATABASE_SERVER_SIDE_BINDING=0
        assert names() == ["Politics"]
        prepared = getattr(connection.connection, "_prepared", None)
        assert prepared is None or not prepared._names
        return
    for _ in range(6):
        assert list(Section.objects.filter(slug="politics").values_list("name", flat=True))
        assert names() == ["Politics"]
    prepared = [key[0] for key in connection.connection._prepared._names]
    assert [sql for sql in prepared if b"articles_section" in sql] == [
        sql for sql in prepared if b'"position" >=' in sql
    ]
    assert len(prepared) == 1
    with connection.cursor() as cursor:
        cursor.execute("SHOW plan_cache_mode")
        assert cursor.fetchone() == ("force_generic_plan",)


def printed_connection_options(**variables: str) -> subprocess.CompletedProcess[str]:
    """The `options` the settings give a PostgreSQL connection, with these variables set."""
    env = {
        **os.environ,
        "DJANGO_DEBUG": "1",
        "DATABASE_URL": "postgres://u@db.internal/news?options=-c%20statement_timeout%3D5000",
        "DATABASE_SERVER_SIDE_BINDING": "1",
        "DJANGO_SETTINGS_MODULE": "newsroom.settings",
    }
    env.pop("DATABASE_RANDOM_PAGE_COST", None)
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; import django; django.setup(); "
            "print(settings.DATABASES['default']['OPTIONS']['options'])",
        ],
        env={**env, **variables},
        cwd=Path(__file__).resolve().parent.parent,
        capture_output=True,
        text=True,
    )


def test_connection_options_from_the_database_url_are_kept():
    """`?options=` in DATABASE_URL (a statement timeout) survives the planner settings."""
    printed = printed_connection_options()
    assert printed.returncode == 0, printed.stderr
    assert printed.stdout.strip() == (
        "-c statement_timeout=5000 -c plan_cache_mode=force_generic_plan -c random_page_cost=1.1"
    )


def test_the_random_page_cost_can_be_changed_or_left_to_the_server():
    changed = printed_connection_options(DATABASE_RANDOM_PAGE_COST="2")
    assert changed.stdout.strip().endswith("-c random_page_cost=2"), changed.stderr
    left = printed_connection_options(DATABASE_RANDOM_PAGE_COST="")
    assert "random_page_cost" not in left.stdout, left.stderr
    assert left.stdout.strip().endswith("plan_cache_mode=force_generic_plan")
    for wrong in ("fast", "0", "-1", "nan"):
        refused = printed_connection_options(DATABASE_RANDOM_PAGE_COST=wrong)
        assert refused.returncode != 0
        assert "DATABASE_RANDOM_PAGE_COST must be a positive number or empty" in refused.stderr


def test_the_connection_plans_with_the_random_page_cost_it_was_given():
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    expected = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1").strip()
    if not expected:
        pytest.skip("DATABASE_RANDOM_PAGE_COST is empty: the server's own setting")
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert float(cursor.fetchone()[0]) == float(expected)


def test_the_precompiled_statements_share_one_cursor_per_connection(section):
    """Made once per driver connection (and per logging mode), through Django's execute."""
    if not settings.NEWSROOM_PREPARED_QUERIES:  # SQLite, or DATABASE_SERVER_SIDE_BINDING=0
        assert names() == ["Politics"]
        assert getattr(connection, "_precompiled_cursor", None) is None
        return
    assert names() == ["Politics"]
    driver, _logged, cursor = connection._precompiled_cursor
    assert driver is connection.connection
    assert names() == ["Politics"]
    assert connection._precompiled_cursor[2] is cursor  # the same cursor ran it again

    # Query logging (the debug page, the query-count tests) sees every statement.
    with CaptureQueriesContext(connection) as queries:
        assert names() == ["Politics"]
        assert names() == ["Politics"]
    assert len(queries) == 2
    assert connection._precompiled_cursor[2] is not cursor

    # A new connection (the old one closed, or lost) gets a new cursor.
    connection.close()
    assert names() == ["Politics"]
    assert connection._precompiled_cursor[0] is connection.connection
    assert not connection._precompiled_cursor[2].closed

    # A statement's error leaves the cursor usable, as Django's own cursors are.
    assert [s.name for s in sections_matching(pattern="^pol")] == ["Politics"]
    with pytest.raises(Exception, match="regular expression"):
        sections_matching(pattern="(")
    assert [s.name for s in sections_matching(pattern="^pol")] == ["Politics"]
    assert names() == ["Politics"]


@precompiled
def sections_matching(pattern: str) -> QuerySet[Section]:
    return Section.objects.filter(slug__regex=pattern)


def test_timestamps_read_by_psycopgs_loader_are_djangos(make_article):
    """The same aware UTC datetimes as Django's own loader gives, NULL and extremes included."""
    if connection.vendor != "postgresql":
        return
    import datetime as dt

    from django.db.backends.postgresql.psycopg_any import register_tzloader
    from psycopg.postgres import types as pg_types
    from psycopg.pq import Format

    from newsroom.postgresql.base import UTCTimestamptzLoader

    connection.ensure_connection()
    oid = pg_types["timestamptz"].oid
    assert connection.connection.adapters.get_loader(oid, Format.TEXT) is UTCTimestamptzLoader
    sql = (
        "SELECT '2026-03-29 01:30:00.123456+01'::timestamptz, '0001-01-01 00:00:00+00'::timestamptz,"
        " '1900-01-01 00:00:00+00:09:21'::timestamptz, '9999-12-31 23:59:59.999999+00'::timestamptz,"
        " NULL::timestamptz, %s::timestamptz"
    )
    moment = dt.datetime(2026, 11, 30, 12, 0, 0, 7, tzinfo=dt.UTC)
    with connection.cursor() as cursor:
        cursor.execute(sql, [moment])
        ours = cursor.fetchone()
        register_tzloader(connection.timezone, cursor.cursor)  # Django's own, on this cursor
        cursor.execute(sql, [moment])
        djangos = cursor.fetchone()
    assert ours == djangos
    assert ours[5] == moment
    assert [value.tzinfo for value in ours if value is not None] == [dt.UTC] * 5
    # Through the ORM too: a model's aware datetimes come back as they were saved.
    article = make_article(published_at=moment)
    assert Article.objects.get(pk=article.pk).published_at == moment
    assert Article.objects.get(pk=article.pk).published_at.tzinfo is dt.UTC
