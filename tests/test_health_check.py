"""The PostgreSQL health check asks the server only when the connection may be gone."""

from __future__ import annotations

import select
import time

import pytest
from django.db import connection
from django.db.backends.postgresql import base as django_postgresql

from articles.models import Section
from tests.test_database import alter_from_another_connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="PostgreSQL's backend (DATABASE_URL)"
    ),
]


@pytest.fixture
def server_checks(monkeypatch):
    """Counts the checks that go to the server (Django's `SELECT 1`)."""
    calls: list[bool] = []
    original = django_postgresql.DatabaseWrapper.is_usable

    def counted(self):
        calls.append(original(self))
        return calls[-1]

    monkeypatch.setattr(django_postgresql.DatabaseWrapper, "is_usable", counted)
    return calls


def wait_readable(timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not select.select([connection.connection.fileno()], [], [], 0.05)[0]:
        assert time.monotonic() < deadline, "the server's goodbye never arrived"


def test_the_project_uses_its_backend():
    assert connection.settings_dict["ENGINE"] == "newsroom.postgresql"
    assert connection.health_check_enabled


def test_an_idle_connection_with_nothing_waiting_is_usable_without_a_query(server_checks):
    connection.ensure_connection()
    assert connection.is_usable() is True
    assert server_checks == []


def test_a_connection_the_server_closed_is_found_unusable_and_replaced(server_checks):
    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    alter_from_another_connection(f"SELECT pg_terminate_backend({pid})")
    wait_readable()
    assert connection.is_usable() is False
    assert server_checks == [False]  # something was waiting: the server was asked
    # What Django does at the start of a request with a kept connection.
    connection.health_check_done = False
    connection.close_if_health_check_failed()
    assert connection.connection is None
    assert list(Section.objects.values_list("pk", flat=True)) == []
    assert connection.connection.info.backend_pid != pid


def test_a_waiting_notification_sends_the_question_to_the_server(server_checks):
    connection.ensure_connection()
    connection.connection.execute("LISTEN newsroom_health_check")
    alter_from_another_connection("NOTIFY newsroom_health_check")
    wait_readable()
    assert connection.is_usable() is True
    assert server_checks == [True]


def test_inside_a_transaction_the_server_is_asked(server_checks):
    connection.ensure_connection()
    connection.connection.execute("BEGIN")
    try:
        assert connection.is_usable() is True
    finally:
        connection.connection.execute("ROLLBACK")
    assert server_checks == [True]
