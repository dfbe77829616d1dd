"""Messages are stored as with Django's storage; a request that uses none makes no storage."""

from __future__ import annotations

import secrets

import pytest
from django.contrib import messages
from django.contrib.messages.storage import default_storage
from django.contrib.messages.storage.cookie import CookieStorage
from django.contrib.messages.storage.session import SessionStorage
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpResponse

from newsroom.messages import LazyFallbackStorage

pytestmark = pytest.mark.django_db


def request_with_session(rf, cookies=None):
    request = rf.get("/")
    request.session = SessionStore()
    if cookies:
        request.COOKIES.update(cookies)
    return request


def test_a_request_without_messages_makes_no_storage(rf):
    request = request_with_session(rf)
    storage = default_storage(request)
    assert isinstance(storage, LazyFallbackStorage)
    response = HttpResponse()
    assert storage.update(response) is None
    assert "storages" not in vars(storage)
    assert not response.cookies


def test_a_message_goes_to_the_cookie_then_comes_back(rf):
    request = request_with_session(rf)
    request._messages = default_storage(request)
    messages.success(request, "Article saved.")
    response = HttpResponse()
    request._messages.update(response)
    assert [type(s) for s in request._messages.storages] == [CookieStorage, SessionStorage]
    cookie = response.cookies[CookieStorage.cookie_name].value
    assert cookie

    following = request_with_session(rf, {CookieStorage.cookie_name: cookie})
    following._messages = default_storage(following)
    assert [str(m) for m in messages.get_messages(following)] == ["Article saved."]
    response = HttpResponse()
    following._messages.update(response)
    assert response.cookies[CookieStorage.cookie_name].value == ""  # read, so cleared


def test_messages_too_large_for_the_cookie_go_to_the_session(rf):
    request = request_with_session(rf)
    request._messages = default_storage(request)
    for n in range(40):
        messages.info(request, f"Message {n:02d} " + secrets.token_hex(100))
    response = HttpResponse()
    request._messages.update(response)
    assert "_messages" in request.session
    following = request_with_session(
        rf, {CookieStorage.cookie_name: response.cookies[CookieStorage.cookie_name].value}
    )
    following.session = request.session
    following._messages = default_storage(following)
    assert [str(m)[:10] for m in messages.get_messages(following)] == [
        f"Message {n:02d}" for n in range(40)
    ]
