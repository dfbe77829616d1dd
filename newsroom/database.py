"""Prepared statements that outlive a change of the schema.

On PostgreSQL the site prepares the public pages' precompiled statements (server-side binding,
settings.py, and `newsroom.precompiled`). A migration that changes the type of a column a prepared statement reads makes
PostgreSQL refuse that statement ("cached plan must not change result type") on every
connection that prepared it before, and psycopg keeps using it: each such query would fail
until the connection closes. This wrapper forgets the connection's prepared statements when
that happens and runs the query again, prepared afresh; inside a transaction (which the error
has already aborted) it lets the error through and has the connection closed at the end of
the request instead.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from django.conf import settings
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.backends.signals import connection_created
from django.dispatch import receiver

logger = logging.getLogger(__name__)

STALE_PLAN = "cached plan must not change result type"


def renew_stale_prepared_statements(
    execute: Any, sql: str, params: Any, many: bool, context: dict[str, Any]
) -> Any:
    try:
        return execute(sql, params, many, context)
    except Exception as error:
        if STALE_PLAN not in str(error):
            raise
        connection: BaseDatabaseWrapper = context["connection"]
        prepared = getattr(connection.connection, "_prepared", None)
        if prepared is not None:
            prepared.clear()  # psycopg deallocates them all before its next statement
        if connection.in_atomic_block or prepared is None:
            connection.close_at = time.monotonic()  # closed when the request ends
            raise
        logger.warning("The schema changed under a prepared statement; preparing it again.")
        # Run once unprepared: psycopg deallocates the old statements after this query, which
        # would take a statement prepared by it along; the next run prepares it afresh.
        driver = connection.connection
        threshold, driver.prepare_threshold = driver.prepare_threshold, None
        try:
            return execute(sql, params, many, context)
        finally:
            driver.prepare_threshold = threshold


@receiver(connection_created)
def install(sender: Any, connection: BaseDatabaseWrapper, **kwargs: Any) -> None:
    wrappers = connection.execute_wrappers
    if (
        connection.vendor == "postgresql"
        and getattr(settings, "NEWSROOM_PREPARED_QUERIES", False)
        and renew_stale_prepared_statements not in wrappers
    ):
        # First, so that a `connection.execute_wrapper()` block that opened the connection
        # pops its own wrapper, not this one.
        wrappers.insert(0, renew_stale_prepared_statements)
