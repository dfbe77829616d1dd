"""Bad form and URL input: every case gets a clear error or an empty result, never a 500."""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import pytest
from django.test import Client
from django.urls import NoReverseMatch, reverse

from articles.models import Article, Section
from tests.forms import admin_form

pytestmark = pytest.mark.django_db

RLO = "\u202e"
NUL = "\x00"
TEN_KB = "ä" * 5 * 1024  # 10 KB of UTF-8
SQL = "' OR 1=1; DROP TABLE articles_article; -- %_\\\""
HUGE = "99999999999999999999"
HEADLINE = "Parliament votes on the rail package"


@dataclass
class Case:
    label: str
    method: str
    path: str
    data: dict[str, Any] = field(default_factory=dict)
    as_user: str | None = None
    expect: tuple[int, ...] = (200,)
    says: str = ""
    hides: str = ""
    host: str = "testserver"


def _article_form(**changes: str) -> dict[str, Any]:
    return {"__article_form__": True, **changes}


CASES = [
    # Overlong values, null bytes and right-to-left overrides in the article form.
    Case(
        "overlong headline",
        "post",
        "{article_change}",
        _article_form(headline="H" * 10_000),
        "editor",
        says="Ensure this value has at most 200 characters",
    ),
    Case(
        "overlong slug",
        "post",
        "{article_change}",
        _article_form(slug="s" * 5000),
        "editor",
        says="Ensure this value has at most 200 characters",
    ),
    Case(
        "overlong kicker",
        "post",
        "{article_change}",
        _article_form(kicker="K" * 1000),
        "editor",
        says="Ensure this value has at most 60 characters",
    ),
    Case(
        "null byte in headline is refused",
        "post",
        "{article_change}",
        _article_form(headline=f"Rail{NUL} vote"),
        "editor",
        says="Null characters are not allowed",
    ),
    Case(
        "null byte in standfirst is refused",
        "post",
        "{article_change}",
        _article_form(standfirst=f"A{NUL}B"),
        "editor",
        says="Null characters are not allowed",
    ),
    Case(
        "null byte in the body is dropped",
        "post",
        "{article_change}",
        _article_form(body=f"<p>A{NUL}B</p>"),
        "editor",
        expect=(200, 302),
    ),
    Case(
        "null byte in slug is refused",
        "post",
        "{article_change}",
        _article_form(slug=f"rail{NUL}vote"),
        "editor",
        says="Enter a valid “slug”",
    ),
    Case(
        "right-to-left override in slug is refused",
        "post",
        "{article_change}",
        _article_form(slug=f"rail{RLO}etov"),
        "editor",
        says="Enter a valid “slug”",
    ),
    Case(
        "right-to-left override in headline is kept as text",
        "post",
        "{article_change}",
        _article_form(headline=f"Vote {RLO}exe.gnp"),
        "editor",
        expect=(302,),
    ),
    Case(
        "overlong section name",
        "post",
        "{section_add}",
        {"name": "S" * 1000, "slug": "long", "position": "0"},
        "chief",
        says="Ensure this value has at most 80 characters",
    ),
    Case(
        "section slug with a right-to-left override",
        "post",
        "{section_add}",
        {"name": "Culture", "slug": f"cult{RLO}eru", "position": "0"},
        "chief",
        says="Enter a valid “slug”",
    ),
    Case(
        "huge integer in a number field",
        "post",
        "{section_add}",
        {"name": "Culture", "slug": "culture", "position": HUGE},
        "chief",
        says="Ensure this value is less than or equal to",
    ),
    # URLs.
    Case("huge integer year in an article URL", "get", f"/{HUGE}/01/01/rail-vote/", expect=(404,)),
    Case(
        "huge integer month in an article URL", "get", f"/2026/{HUGE}/01/rail-vote/", expect=(404,)
    ),
    # A live article's slug under a wrong date redirects to its one canonical address.
    Case("impossible date in an article URL", "get", "/2026/02/31/rail-vote/", expect=(301, 404)),
    Case("month 13 in an article URL", "get", "/2026/13/01/rail-vote/", expect=(301, 404)),
    Case(
        "right-to-left override in an article slug",
        "get",
        f"/2026/01/01/{quote('rail' + RLO + 'etov')}/",
        expect=(404,),
    ),
    Case("null byte in a section URL", "get", "/politics%00/", expect=(404,)),
    Case("10 KB section slug", "get", f"/{'a' * 10_240}/", expect=(404,)),
    Case("huge page number", "get", f"/politics/?page={HUGE}", expect=(200,)),
    Case("negative page number", "get", "/politics/?page=-1", expect=(200,)),
    Case("page number with a null byte", "get", "/politics/?page=%00", expect=(200,)),
    Case("unknown author", "get", f"/authors/{quote(SQL, safe='')}/", expect=(404,)),
    Case(
        "huge integer in an admin URL",
        "get",
        f"/admin/articles/article/{HUGE}/change/",
        as_user="editor",
        expect=(302, 404),
    ),
    Case(
        "SQL metacharacters in an admin URL",
        "get",
        f"/admin/articles/article/{quote(SQL, safe='')}/change/",
        as_user="editor",
        expect=(302, 404),
    ),
    # Search.
    Case(
        "SQL metacharacters in admin search",
        "get",
        "/admin/articles/article/?q=" + quote(SQL),
        as_user="editor",
        says="0 articles",
    ),
    Case(
        "10 KB admin search",
        "get",
        "/admin/articles/article/?q=" + quote(TEN_KB),
        as_user="editor",
        says="0 articles",
    ),
    Case(
        "null byte in admin search",
        "get",
        "/admin/articles/article/?q=rail%00vote",
        as_user="editor",
        expect=(200,),
    ),
    Case(
        "huge integer in an admin filter",
        "get",
        f"/admin/articles/article/?section__id__exact={HUGE}",
        as_user="editor",
        expect=(200, 302),
    ),
    Case("SQL metacharacters in search", "get", "{search}?q=" + quote(SQL), hides=HEADLINE),
    Case("10 KB search", "get", "{search}?q=" + quote(TEN_KB), hides=HEADLINE),
    Case("null byte in search", "get", "{search}?q=rail%00vote"),
    # Preview links (signed tokens naming a revocable, expiring share link).
    Case("tampered preview token", "get", "{share_tampered}", expect=(404,)),
    Case("truncated preview token", "get", "{share_truncated}", expect=(404,)),
    Case("preview token signed for something else", "get", "{share_other_salt}", expect=(404,)),
    Case("10 KB preview token", "get", "{share_preview_base}" + "A" * 10_240 + "/", expect=(404,)),
    Case("null byte in a preview token", "get", "{share_preview_base}abc%00def/", expect=(404,)),
    Case(
        "SQL in a preview token",
        "get",
        "{share_preview_base}" + quote(SQL, safe="") + "/",
        expect=(404,),
    ),
    Case("revoked preview token", "get", "{share_revoked}", expect=(404,)),
    # Requests no browser sends.
    Case("forged Host header", "get", "/", host="evil.example", expect=(400,)),
    Case(
        "too many form fields",
        "post",
        "/admin/login/",
        {f"f{i}": "x" for i in range(1500)},
        expect=(400,),
    ),
]


def _route_exists(name: str) -> bool:
    try:
        reverse(name, kwargs={"token": "x"} if "preview" in name else None)
    except NoReverseMatch:
        return False
    return True


# Search and share previews are tested where the site has them.
_ROUTES = {"{search}": "articles:search", "{share_": "articles:share_preview"}
CASES = [
    case
    for case in CASES
    if all(_route_exists(name) for marker, name in _ROUTES.items() if marker in case.path)
]

OPEN_REDIRECTS = [
    "https://evil.example/",
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "https:evil.example",
    "http://testserver@evil.example/",
    " https://evil.example/",
    "\x01https://evil.example/",
    "javascript:alert(1)",
    "https://evil.example%2F@testserver/",
]


@pytest.fixture(autouse=True)
def _fast_hasher(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def newsroom(make_article, editor, chief_editor) -> dict[str, Any]:
    article = make_article(slug="rail-vote")
    return {"article": article, "users": {"editor": editor, "chief": chief_editor}}


def _share_paths(article: Article, editor: Any) -> dict[str, str]:
    from datetime import timedelta

    from django.core import signing
    from django.utils import timezone

    preview: Any = importlib.import_module("articles.preview")

    expires = timezone.now() + timedelta(days=1)
    link = preview.create_share_link(article, by=editor, expires_at=expires)
    revoked = preview.create_share_link(article, by=editor, expires_at=expires)
    preview.revoke_share_link(revoked, by=editor)
    token = preview.share_token(link)
    other = signing.dumps(str(link.pk), salt="something.else", compress=False)
    url = preview.share_url(link)
    base = url[: url.index(token)]
    assert Client().get(url).status_code == 200  # the untampered link works
    tampered = token[:-2] + ("AA" if not token.endswith("AA") else "BB")
    return {
        "share_preview_base": base,
        "share_tampered": f"{base}{tampered}/",
        "share_truncated": f"{base}{token[: len(token) // 2]}/",
        "share_other_salt": f"{base}{other}/",
        "share_revoked": preview.share_url(revoked),
    }


def _paths(article: Article, editor: Any, case: Case) -> dict[str, str]:
    paths = {
        "article_change": reverse("admin:articles_article_change", args=[article.pk]),
        "section_add": reverse("admin:articles_section_add"),
    }
    if "{search}" in case.path:
        paths["search"] = reverse("articles:search")
    if "{share_" in case.path:
        paths.update(_share_paths(article, editor))
    return paths


@pytest.mark.parametrize("case", CASES, ids=[case.label for case in CASES])
def test_bad_input_gets_a_clear_error_or_an_empty_result_never_a_500(case, newsroom):
    article = newsroom["article"]
    path = case.path.format(**_paths(article, newsroom["users"]["editor"], case))
    client = Client(raise_request_exception=False, HTTP_HOST=case.host)
    if case.as_user:
        client.force_login(newsroom["users"][case.as_user])
    data = dict(case.data)
    if data.pop("__article_form__", False):
        data = {**admin_form(client.get(path)), **data, "_save": "Save"}
    response = client.get(path) if case.method == "get" else client.post(path, data)

    assert response.status_code != 500
    assert response.status_code in case.expect, (case.label, response.status_code)
    if case.says:
        assert case.says in response.content.decode()
    if case.hides:
        assert case.hides not in response.content.decode()
    for stored in Article.objects.values_list("headline", "standfirst", "body", "slug"):
        assert all(NUL not in value for value in stored)
    assert Section.objects.filter(slug__contains=RLO).count() == 0


@pytest.mark.parametrize("target", OPEN_REDIRECTS)
def test_admin_login_never_redirects_off_site(target, newsroom):
    client = Client()
    response = client.post(
        "/admin/login/?next=" + quote(target, safe=""),
        {"username": "eddie", "password": "correct-horse-battery", "next": target},
    )
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith("/") and not location.startswith(("//", "/\\"))
    assert "evil.example" not in location


if _route_exists("articles:share_preview"):

    def test_guessing_preview_tokens_from_one_address_is_throttled(newsroom):
        from newsroom.middleware import TokenThrottleMiddleware

        paths = _share_paths(newsroom["article"], newsroom["users"]["editor"])
        guesser = Client(REMOTE_ADDR="203.0.113.9")
        for attempt in range(TokenThrottleMiddleware.limit):
            bad = f"{paths['share_preview_base']}guess-{attempt}/"
            assert guesser.get(bad).status_code == 404
        blocked = guesser.get(f"{paths['share_preview_base']}guess-again/")
        assert blocked.status_code == 429
        assert blocked["Retry-After"] == str(TokenThrottleMiddleware.window_seconds)
        reader = Client(REMOTE_ADDR="198.51.100.4")
        assert reader.get(paths["share_tampered"]).status_code == 404
