"""Project-level error views."""

from __future__ import annotations

import sys

from django.http import HttpRequest, HttpResponse

from .middleware import is_outage, service_unavailable


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: a database outage outside a view still answers 503 with `Retry-After`."""
    if is_outage(sys.exc_info()[1]):
        return service_unavailable()
    from articles.views.errors import server_error as page_server_error

    return page_server_error(request)
