"""Django's PostgreSQL backend, with a health check that asks the server only when in doubt.

With `CONN_HEALTH_CHECKS` (settings.py), Django checks a kept connection before each request
uses it by running `SELECT 1`: one more round trip for every page, as many as a page's own
queries on a listing. A connection that the server closed (a restart, a failover, an idle
timeout, `pg_terminate_backend`) has, by then, something to read: the server's goodbye
message or the end of the stream. So an idle connection with nothing waiting on its socket is
taken as usable without a query; when something is waiting, or the connection is not idle, or
its socket cannot be polled, Django's `SELECT 1` decides, as before. (The same check that
Go's MySQL driver makes before reusing a connection.)

What a poll cannot see, a peer gone without closing (a cut cable), `SELECT 1` could not see
quickly either: both wait for TCP to give up.
"""

from __future__ import annotations

import select

from django.db.backends.postgresql import base
from psycopg import pq


class DatabaseWrapper(base.DatabaseWrapper):
    def is_usable(self) -> bool:
        connection = self.connection
        if connection is None or connection.closed:
            return False
        if connection.info.transaction_status == pq.TransactionStatus.IDLE:
            try:
                waiting, _, _ = select.select([connection.fileno()], [], [], 0)
            except (OSError, ValueError):  # a closed descriptor, or one select() cannot take
                return bool(super().is_usable())
            if not waiting:
                return True
        return bool(super().is_usable())
