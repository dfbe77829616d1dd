"""The public URLs plus a few views that exercise the page cache's storing rules."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.views.decorators.cache import cache_control

calls: dict[str, int] = {}


def _counted(name: str) -> None:
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


def preview(request: HttpRequest, token: str) -> HttpResponse:
    _counted("preview")
    return HttpResponse("a draft")


urlpatterns = [
    path("test/cookie/", sets_cookie),
    path("test/private/", private),
    path("test/plain/", plain),
    path("preview/<str:token>/", preview),
    path("", include("articles.urls")),
]
