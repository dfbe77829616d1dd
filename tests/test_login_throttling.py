from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/?next=/admin/"


@pytest.fixture(autouse=True)
def _axes_on(settings):
    settings.AXES_ENABLED = True
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def attempt(username: str, password: str, ip: str = "203.0.113.7", forwarded: str = ""):
    extra: dict[str, Any] = {"REMOTE_ADDR": ip}
    if forwarded:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return Client().post(LOGIN, {"username": username, "password": password}, **extra)


def fail_five_times(username: str = "jane", **kwargs) -> None:
    for _ in range(4):
        response = attempt(username, "wrong-password", **kwargs)
        assert response.status_code == 200
        assert "Please enter the correct username and password" in response.content.decode()
    assert attempt(username, "wrong-password", **kwargs).status_code == 429


def test_five_failures_lock_the_username_from_that_address_with_a_clear_message(journalist):
    fail_five_times()
    response = attempt("jane", "correct-horse-battery")
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed sign-in attempts" in page
    assert "locked for 15 minutes" in page
    assert "_auth_user_id" not in response.client.session


def test_four_failures_do_not_lock(journalist):
    for _ in range(4):
        attempt("jane", "wrong-password")
    response = attempt("jane", "correct-horse-battery")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_lock_is_per_username_and_address(journalist, other_journalist):
    fail_five_times()
    assert attempt("jane", "correct-horse-battery", ip="198.51.100.9").status_code == 302
    assert attempt("john", "correct-horse-battery").status_code == 302


def test_lock_lifts_fifteen_minutes_after_the_last_attempt(journalist):
    start = timezone.now()
    fail_five_times()
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert attempt("jane", "correct-horse-battery").status_code == 302


def test_trying_again_during_the_lock_restarts_the_fifteen_minutes(journalist):
    start = timezone.now()
    fail_five_times()
    with time_machine.travel(start + timedelta(minutes=14), tick=False):
        assert attempt("jane", "correct-horse-battery").status_code == 429
    with time_machine.travel(start + timedelta(minutes=16), tick=False):
        assert attempt("jane", "correct-horse-battery").status_code == 429
    with time_machine.travel(start + timedelta(minutes=32), tick=False):
        assert attempt("jane", "correct-horse-battery").status_code == 302


def test_behind_a_proxy_the_address_is_the_one_the_proxy_appended(settings, journalist):
    settings.NEWSROOM_TRUSTED_PROXIES = 1
    proxy = "10.0.0.2"
    # The attacker varies the left-most, client-written entry; the proxy appends the real one.
    for spoof in ("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"):
        attempt("jane", "wrong-password", ip=proxy, forwarded=f"{spoof}, 203.0.113.7")
    locked = attempt("jane", "correct-horse-battery", ip=proxy, forwarded="9.9.9.9, 203.0.113.7")
    assert locked.status_code == 429
    other_reader = attempt("jane", "correct-horse-battery", ip=proxy, forwarded="198.51.100.9")
    assert other_reader.status_code == 302


def test_without_a_trusted_proxy_a_forwarded_header_is_ignored(journalist):
    for spoof in ("1.1.1.1", "2.2.2.2", "3.3.3.3", "4.4.4.4", "5.5.5.5"):
        attempt("jane", "wrong-password", forwarded=spoof)
    assert attempt("jane", "correct-horse-battery", forwarded="9.9.9.9").status_code == 429
