"""Changes announced to every app server through PostgreSQL's LISTEN/NOTIFY.

A process keeps a copy of the masthead (sections and footer notice) for every page. The shared
cache holds the stamp that says which masthead is current (`articles.cache.purge_site_chrome`
moves it), and reading that stamp was one Redis round trip per page: on the benchmark's
article page, about a tenth of its throughput (docs/DECISIONS.md). A process may skip it as
long as it knows that nothing was announced since it last read the stamp:

- on PostgreSQL, every connection the site opens listens on `CHANNEL`, and `announce()`
  notifies it. PostgreSQL delivers a notice to every listening connection, on every app
  server, when the announcing transaction commits;
- a notice waits on the connection's socket until the process next reads from it: the
  health check at the start of the next request sees it there (`newsroom.postgresql`), and
  any statement reads it with its result. Either way the handler moves `generation()`;
- a new connection moves it too: a notice sent while no connection of this process was
  listening (before it connected, or after a connection broke) would be lost;
- the process that announces moves its own at once.

A copy kept by generation is therefore used only while no change has been announced since it
was made, or since this process's connection began to listen. The caller still bounds it by
time, as before. Where notices cannot be heard (SQLite, `DATABASE_CHANGE_NOTICES=0`, Django's
connection pool), `generation()` is None and the caller asks the shared cache every time.
"""

from __future__ import annotations

import itertools
import logging
from typing import Any

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections

logger = logging.getLogger(__name__)

CHANNEL = "newsroom_changes"

_counter = itertools.count(1)  # next() is atomic in CPython: threads may move it at once
_generation = next(_counter)


def bump() -> None:
    """Forget, in this process, whatever was kept by generation."""
    global _generation
    _generation = next(_counter)


def _on_notice(notice: Any) -> None:
    bump()


def listen(connection: Any) -> bool:
    """Have a new driver connection listen for announcements (the backend calls this).

    Returns whether it listens; a connection made from Django's pool does not (a pooled
    connection outlives the wrapper that would have to be told about it).
    """
    if not settings.NEWSROOM_CHANGE_NOTICES:
        return False
    connection.add_notify_handler(_on_notice)
    connection.execute(f"LISTEN {CHANNEL}")
    bump()  # what was kept before this connection listened may have missed a notice
    return True


def generation() -> int | None:
    """A number that changes whenever a change may have been announced; None where notices
    cannot be heard.

    Opens the request's connection if it has none yet (running the health check, which reads
    a notice waiting on a kept connection's socket).
    """
    connection = connections[DEFAULT_DB_ALIAS]
    if not getattr(connection, "hears_change_notices", None):
        return None
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    if not getattr(connection, "listening", False):
        return None
    return _generation


def announce(topic: str) -> None:
    """Tell every app server that `topic` changed: this process at once, the others when the
    current transaction commits (at once outside one)."""
    bump()
    connection = connections[DEFAULT_DB_ALIAS]
    if not getattr(connection, "hears_change_notices", None):
        return
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_notify(%s, %s)", [CHANNEL, topic])
    except DatabaseError:
        # The change is saved and the shared cache already says so; other servers see it when
        # their connection is renewed (DATABASE_CONN_MAX_AGE) or their copy expires.
        logger.exception("could not announce a change of %s to the other app servers", topic)
