"""The public URLs plus a few views that exercise the page cache's storing rules."""

import threading
import time

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.cache import cache_control

calls: dict[str, int] = {}
_calls_lock = threading.Lock()
# What the slow view shows, and how long it takes to render (requests overlap meanwhile).
slow_page = {"content": "first edition", "seconds": 0.3}


def _counted(name: str) -> None:
    with _calls_lock:
        calls[name] = calls.get(name, 0) + 1


def sets_cookie(request: HttpRequest) -> HttpResponse:
    _counted("sets_cookie")
    response = HttpResponse("with a cookie")
    response.set_cookie("seen", "1")
    return response


@cache_control(private=True)
def private(request: HttpRequest) -> HttpResponse:
    _counted("private")
    return HttpResponse("private")


def plain(request: HttpRequest) -> HttpResponse:
    _counted("plain")
    return HttpResponse("plain")


def slow(request: HttpRequest) -> HttpResponse:
    _counted("slow")
    time.sleep(slow_page["seconds"])  # type: ignore[arg-type]
    return HttpResponse(slow_page["content"])


def preview(request: HttpRequest, token: str) -> HttpResponse:
    _counted("preview")
    return HttpResponse("a draft")


urlpatterns = [
    path("test/cookie/", sets_cookie),
    path("test/private/", private),
    path("test/plain/", plain),
    path("test/slow/", slow),
    path("test/café/", plain),
    path("preview/<str:token>/", preview),
    path("", include("articles.urls")),
]
