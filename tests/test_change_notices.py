"""Change notices: a process keeps the masthead without asking the shared cache on every page,
and hears through PostgreSQL when another app server changes it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection

from articles import cache as purges
from articles.models import Section
from newsroom import change_notices, context_processors
from tests.test_database import alter_from_another_connection
from tests.test_health_check import wait_readable

pytestmark = pytest.mark.django_db(transaction=True)

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's LISTEN/NOTIFY (DATABASE_URL)"
)


@pytest.fixture(autouse=True)
def connection_not_renewed_by_age(monkeypatch: Any) -> Iterator[None]:
    """A connection of the test's own that `DATABASE_CONN_MAX_AGE` does not renew between two
    of its requests. One kept from an earlier test may reach its age in the middle of this one,
    and a new connection rightly moves the generation, which reads here as a notice."""
    monkeypatch.setitem(connection.settings_dict, "CONN_MAX_AGE", None)
    connection.close()
    yield
    connection.close()


def next_request() -> None:
    """What Django does for a kept connection when a request starts (`request_started`)."""
    connection.close_if_unusable_or_obsolete()


@pytest.fixture
def stamp_reads(monkeypatch: Any) -> list[str]:
    """The masthead stamp's reads from the shared cache."""
    reads: list[str] = []
    get, get_many = cache.get, cache.get_many

    def counted_get(key: str, *args: Any, **kwargs: Any) -> Any:
        if key == context_processors.SITE_CHROME_STAMP_KEY:
            reads.append("get")
        return get(key, *args, **kwargs)

    def counted_get_many(keys: list[str], *args: Any, **kwargs: Any) -> Any:
        if context_processors.SITE_CHROME_STAMP_KEY in keys:
            reads.append("get_many")
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counted_get)
    monkeypatch.setattr(cache, "get_many", counted_get_many)
    return reads


def section_names() -> list[str]:
    return [section.name for section in context_processors.site_chrome()["sections"]]


def changed_by_another_server(change: Callable[[], object], *, announced: bool = True) -> None:
    """A change made on another app server: saved, the stamp moved in the shared cache, and
    announced from another database connection."""
    change()
    cache.set(context_processors.SITE_CHROME_STAMP_KEY, purges.new_version(), None)
    cache.delete(context_processors.SITE_CHROME_CACHE_KEY)
    if announced:
        alter_from_another_connection(f"NOTIFY {change_notices.CHANNEL}, 'site-chrome'")


@on_postgresql
def test_every_connection_listens() -> None:
    connection.ensure_connection()
    assert connection.listening  # type: ignore[attr-defined]
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_listening_channels()")
        assert cursor.fetchall() == [(change_notices.CHANNEL,)]


@on_postgresql
def test_only_the_default_database_listens(settings: Any) -> None:
    """A read replica (another alias) cannot LISTEN; nor does Django's pool keep a wrapper."""
    from django.db import DEFAULT_DB_ALIAS, connections

    replica = type(connections[DEFAULT_DB_ALIAS])(dict(connection.settings_dict), alias="replica")
    assert connection.hears_change_notices  # type: ignore[attr-defined]
    assert not replica.hears_change_notices  # type: ignore[attr-defined]
    settings.NEWSROOM_CHANGE_NOTICES = False
    assert not connection.hears_change_notices  # type: ignore[attr-defined]


@on_postgresql
def test_a_connection_that_cannot_listen_is_still_made(monkeypatch: Any, caplog: Any) -> None:
    def refused(driver: Any) -> bool:
        driver.execute("LISTEN")  # a syntax error, as a server that refuses LISTEN answers one
        return True

    monkeypatch.setattr(change_notices, "listen", refused)
    connection.close()
    assert list(Section.objects.values_list("pk", flat=True)) == []  # the connection works
    assert not connection.listening  # type: ignore[attr-defined]
    assert change_notices.generation() is None  # so the stamp is read on every page
    assert "cannot listen for change notices" in caplog.text


def _params() -> dict[str, Any]:
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    return params


@on_postgresql
def test_the_masthead_is_kept_without_asking_the_cache_until_a_change_is_announced(
    section: Any, stamp_reads: list[str]
) -> None:
    assert section_names() == ["Politics"]
    assert stamp_reads  # the first page asks
    stamp_reads.clear()
    for _ in range(3):
        next_request()
        assert section_names() == ["Politics"]
    assert stamp_reads == []

    changed_by_another_server(
        lambda: Section.objects.filter(pk=section.pk).update(name="Politics and power")
    )
    wait_readable()  # the notice reached this connection's socket
    next_request()
    assert section_names() == ["Politics and power"]
    assert stamp_reads


@on_postgresql
def test_a_notice_moves_the_generation_at_the_next_request() -> None:
    before = change_notices.generation()
    assert before is not None
    alter_from_another_connection(f"NOTIFY {change_notices.CHANNEL}, 'site-chrome'")
    wait_readable()
    assert change_notices.generation() == before  # not read in the middle of a request
    next_request()
    assert change_notices.generation() != before


@on_postgresql
def test_a_new_connection_moves_the_generation() -> None:
    """A notice sent while this process had no listening connection would be lost."""
    before = change_notices.generation()
    connection.close()
    after = change_notices.generation()
    assert after is not None
    assert after != before
    assert change_notices.generation() == after


@on_postgresql
def test_announcing_notifies_every_listening_connection(section: Any) -> None:
    """Another app server's connection, and this one."""
    import psycopg

    received: list[Any] = []
    connection.ensure_connection()
    connection.connection.add_notify_handler(received.append)
    before = change_notices.generation()
    with psycopg.connect(**_params(), autocommit=True) as other:
        other.execute(f"LISTEN {change_notices.CHANNEL}")
        purges.purge_site_chrome()  # what the admin calls once a section change is committed
        assert change_notices.generation() != before  # this process: at once
        heard = list(other.notifies(timeout=5, stop_after=1))
    assert [(n.channel, n.payload) for n in heard] == [(change_notices.CHANNEL, "site-chrome")]
    assert [(n.channel, n.payload) for n in received] == [(change_notices.CHANNEL, "site-chrome")]


@on_postgresql
def test_an_announcement_inside_a_transaction_goes_out_when_it_commits() -> None:
    from django.db import transaction

    received: list[Any] = []
    connection.ensure_connection()
    connection.connection.add_notify_handler(received.append)
    with transaction.atomic():
        change_notices.announce("site-chrome")
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        assert received == []
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")  # the notice to itself comes with the next answer
    assert [n.payload for n in received] == ["site-chrome"]


def test_without_notices_the_stamp_is_read_on_every_page(
    section: Any, stamp_reads: list[str], settings: Any
) -> None:
    settings.NEWSROOM_CHANGE_NOTICES = False
    assert change_notices.generation() is None
    assert section_names() == ["Politics"]
    stamp_reads.clear()
    for _ in range(3):
        next_request()
        assert section_names() == ["Politics"]
    assert stamp_reads == ["get"] * 3  # the stamp, and the masthead held for it
    changed_by_another_server(
        lambda: Section.objects.filter(pk=section.pk).update(name="Arts"), announced=False
    )
    next_request()
    assert section_names() == ["Arts"]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="the backends without notices")
def test_sqlite_hears_no_notices() -> None:
    assert change_notices.generation() is None
    assert not getattr(connection, "listening", False)
