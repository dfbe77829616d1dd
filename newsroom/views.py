"""Project-level error views."""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse

from .middleware import is_outage, is_storage_failure, service_unavailable


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: an outage outside a view (database, disk) still answers 503."""
    error = sys.exc_info()[1]
    if is_outage(error) or is_storage_failure(error):
        return service_unavailable()
    from articles.views.errors import server_error as page_server_error

    return page_server_error(request)
