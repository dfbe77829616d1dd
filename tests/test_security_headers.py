from __future__ import annotations

import re

import pytest
from django.test import Client, override_settings
from django.urls import reverse

pytestmark = pytest.mark.django_db


def csp_directives(response) -> dict[str, list[str]]:
    policy = response["Content-Security-Policy"]
    directives = {}
    for part in policy.split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


def test_public_page_sends_a_nonce_policy_without_unsafe_inline_scripts(client, make_article):
    article = make_article()
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    directives = csp_directives(response)
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["script-src"][0] == "'self'"
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]


def test_every_script_on_a_public_page_carries_the_nonce_of_its_policy(client, make_article):
    article = make_article()
    response = client.get(article.get_absolute_url())
    html = response.content.decode()
    nonces = set(re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"]))
    for tag in re.findall(r"<script\b[^>]*>", html):
        if "src=" in tag and 'src="/static/' in tag:
            continue
        if 'type="application/ld+json"' in tag:
            continue  # a data block: browsers never run it, and CSP does not govern it
        found = re.search(r'nonce="([^"]+)"', tag)
        assert found and found.group(1) in nonces, tag


def test_public_page_sends_the_hardening_headers(client, make_article):
    response = client.get(make_article().get_absolute_url())
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    policy = response["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in policy


def test_plain_http_sends_no_hsts_but_https_does(client, settings, make_article):
    url = make_article().get_absolute_url()
    assert "Strict-Transport-Security" not in client.get(url)
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = Client().get(url, secure=True)
    assert response["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")


def test_admin_article_form_carries_the_nonce_on_the_prose_editor_import_map(
    client, editor, section
):
    client.force_login(editor)
    response = client.get(reverse("admin:articles_article_add"))
    assert response.status_code == 200
    html = response.content.decode()
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    importmap = re.search(r'<script[^>]*type="importmap"[^>]*>', html)
    assert importmap, "the prose editor's import map is rendered"
    assert f'nonce="{nonce}"' in importmap.group(0)
    directives = csp_directives(response)
    assert "'unsafe-inline'" not in directives["script-src"]


def test_admin_pages_without_inline_scripts_send_no_nonce(client, editor):
    client.force_login(editor)
    response = client.get(reverse("admin:index"))
    assert "'nonce-" not in response["Content-Security-Policy"]
    assert "'unsafe-inline'" not in csp_directives(response)["script-src"]


@override_settings(DEBUG=False)
def test_deploy_checks_pass_with_production_settings():
    import os
    from unittest import mock

    from django.core.management import call_command

    environ = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    with (
        mock.patch.dict(os.environ, environ, clear=True),
        override_settings(
            SECURE_SSL_REDIRECT=True,
            SESSION_COOKIE_SECURE=True,
            CSRF_COOKIE_SECURE=True,
            SECURE_HSTS_SECONDS=31536000,
            SECURE_HSTS_INCLUDE_SUBDOMAINS=True,
            SECURE_HSTS_PRELOAD=True,
            SECRET_KEY="k3y-" + "x7Qp2" * 12,
            ALLOWED_HOSTS=["news.example.org"],
        ),
    ):
        call_command("check", deploy=True, fail_level="WARNING")


def test_production_without_a_secret_key_refuses_to_use_one(settings):
    from django.core.exceptions import ImproperlyConfigured

    settings.SECRET_KEY = ""
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        _ = settings.SECRET_KEY


@pytest.mark.parametrize("path", ["/", "/2026/11/30/no-such-story/", "/fr/", "/en/politics/"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_locale_middleware_answers_as_djangos(rf, path, language):
    """Ours skips the path's language only where the URLs carry none: same headers."""
    from django.http import HttpResponse, HttpResponseNotFound
    from django.middleware.locale import LocaleMiddleware as Djangos
    from django.utils import translation

    from newsroom.middleware import LocaleMiddleware

    for response_class in (HttpResponse, HttpResponseNotFound):
        answers = []
        for middleware in (LocaleMiddleware, Djangos):
            request = rf.get(path)
            with translation.override(language):
                response = middleware(HttpResponse).process_response(
                    request, response_class("page")
                )
            answers.append((response.status_code, dict(response.headers)))
        assert answers[0] == answers[1]
        assert answers[0][1]["Content-Language"] == language
        assert "Accept-Language" in answers[0][1]["Vary"]
