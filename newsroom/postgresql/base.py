"""Django's PostgreSQL backend, with a health check that asks the server only when in doubt, and
timestamps read by psycopg's own loader, and every connection listening for the site's change
notices (`newsroom.change_notices`).

With `CONN_HEALTH_CHECKS` (settings.py), Django checks a kept connection before each request
uses it by running `SELECT 1`: one more round trip for every page, as many as a page's own
queries on a listing. A connection that the server closed (a restart, a failover, an idle
timeout, `pg_terminate_backend`) has, by then, something to read: the server's goodbye
message or the end of the stream. So an idle connection with nothing waiting on its socket is
taken as usable without a query; when something is waiting, or the connection is not idle, or
its socket cannot be polled, Django's `SELECT 1` decides, as before. (The same check that
Go's MySQL driver makes before reusing a connection.) A change notice waiting there is read by
that `SELECT 1`, so a kept connection hears what was announced before the request began.

What a poll cannot see, a peer gone without closing (a cut cable), `SELECT 1` could not see
quickly either: both wait for TCP to give up.

Django reads every `timestamptz` with a loader of its own, written in Python over psycopg's
Python parser, which sets the database's zone (UTC) on the result: about 4 µs a value, where
psycopg's default loader (compiled, in psycopg's binary package) takes under 2, and an article
page reads about forty. When the database's zone is UTC, which it is whenever Django's is (it
sets the connection's `TimeZone` to it), the default loader's datetimes are the very same
(aware, `datetime.timezone.utc`): so the connection uses it, under a name that answers
Django's check of the loader's zone. With another database `TIME_ZONE`, Django's own loader
stays.
"""

from __future__ import annotations

import datetime
import logging
import select
from typing import Any, cast

import psycopg
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS
from django.db.backends.postgresql import base
from psycopg import pq
from psycopg.abc import Loader
from psycopg.postgres import types

from newsroom import change_notices

logger = logging.getLogger(__name__)

_TIMESTAMPTZ = types["timestamptz"].oid
# psycopg's own loader: the compiled one when psycopg's binary package is installed.
# (psycopg registers one for every built-in type.)
_DEFAULT_TIMESTAMPTZ_LOADER = cast(
    "type[Loader]", psycopg.adapters.get_loader(_TIMESTAMPTZ, pq.Format.TEXT)
)


class UTCTimestamptzLoader:
    """psycopg's default `timestamptz` loader, named for Django's check of the loader's zone
    (`DatabaseWrapper.create_cursor` registers its own on a cursor whose zone differs)."""

    format = pq.Format.TEXT
    timezone = datetime.UTC

    def __new__(cls, oid: int, context: Any = None) -> Any:
        return _DEFAULT_TIMESTAMPTZ_LOADER(oid, context)


class DatabaseWrapper(base.DatabaseWrapper):
    # Whether the driver connection listens for `newsroom.change_notices` (set on connecting).
    listening = False

    @property
    def hears_change_notices(self) -> bool:
        # The default database only: a read replica cannot LISTEN (nor would it be told).
        return (
            bool(settings.NEWSROOM_CHANGE_NOTICES)
            and self.alias == DEFAULT_DB_ALIAS
            and not self.pool
        )

    def init_connection_state(self) -> None:
        super().init_connection_state()
        self.listening = False
        if self.connection is not None and self.hears_change_notices:
            try:
                self.listening = change_notices.listen(self.connection)
            except psycopg.Error:
                # Not worth refusing the connection for: this process then asks the shared
                # cache on every page, as without notices.
                logger.exception("this connection cannot listen for change notices")
                if self.connection.info.transaction_status != pq.TransactionStatus.IDLE:
                    self.connection.rollback()
            else:
                if not self.get_autocommit():
                    self.connection.commit()

    def get_new_connection(self, conn_params: dict[str, Any]) -> Any:
        connection = super().get_new_connection(conn_params)
        if self.timezone is datetime.UTC and self.timezone_name == "UTC":
            connection.adapters.register_loader(_TIMESTAMPTZ, UTCTimestamptzLoader)
        return connection

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
