"""Faults survived: database, cache and disk failures, and a crash in the middle of a publish."""

from __future__ import annotations

import errno
import json
import logging
import os
import time
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, OperationalError, connection
from django.db.models.signals import post_save
from django.test import Client
from django.urls import reverse

from articles import cache as purges
from articles import workflow
from articles.demo_images import draw_picture
from articles.images import create_image
from articles.models import Article, Image, Status, WorkflowEvent
from newsroom.middleware import STORAGE_FAILURE_MESSAGE
from tests.forms import admin_form

pytestmark = pytest.mark.django_db

UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


def refuse_every_query(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
    raise OperationalError("connection to server at 127.0.0.1 failed: Connection refused")


def media_files(settings: Any) -> list[Path]:
    root = Path(settings.MEDIA_ROOT)
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def assert_outage_page(response: Any) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "no-store" in response["Cache-Control"]
    page = response.content.decode()
    assert "Back in a moment" in page
    for leak in ("Traceback", "OperationalError", "Connection refused", "127.0.0.1"):
        assert leak not in page


# --- database unavailable ---------------------------------------------------------------------


def test_public_pages_answer_503_with_retry_after_while_the_database_is_down(client, make_article):
    article = make_article()
    urls = ["/", article.get_absolute_url(), article.section.get_absolute_url()]
    for url in urls:
        cache.clear()
        with connection.execute_wrapper(refuse_every_query):
            response = client.get(url)
        assert_outage_page(response)


def test_admin_answers_503_while_the_database_is_down(client, editor):
    client.force_login(editor)
    with connection.execute_wrapper(refuse_every_query):
        response = client.get(reverse("admin:articles_article_changelist"))
    assert_outage_page(response)


class _LosesTheDatabaseAfterTheView:
    """Stands for a session saved on the way out while the database goes away."""

    def __init__(self, get_response: Any) -> None:
        self.get_response = get_response

    def __call__(self, request: Any) -> Any:
        self.get_response(request)
        raise OperationalError("server closed the connection unexpectedly")


def test_database_lost_outside_a_view_still_answers_503(settings, make_article):
    article = make_article()
    settings.MIDDLEWARE = [
        *settings.MIDDLEWARE,
        "tests.test_faults._LosesTheDatabaseAfterTheView",
    ]
    response = Client(raise_request_exception=False).get(article.get_absolute_url())
    assert_outage_page(response)


def test_a_bug_is_still_a_500_not_a_503(settings, make_article):
    with mock.patch("articles.views.listings.render", side_effect=ValueError("a bug")):
        response = Client(raise_request_exception=False).get("/")
    assert response.status_code == 500
    assert "Retry-After" not in response


# --- /healthz ---------------------------------------------------------------------------------


def health(client: Client, **extra: Any) -> tuple[int, dict[str, Any]]:
    response = client.get("/healthz", **extra)
    assert response["Content-Type"] == "application/json"
    assert "no-store" in response["Cache-Control"]
    return response.status_code, json.loads(response.content)


def statuses(report: dict[str, Any]) -> dict[str, str]:
    return {name: check["status"] for name, check in report["checks"].items()}


def test_healthz_reports_every_dependency_ok(client, settings):
    status, report = health(client)
    assert status == 200
    assert report["status"] == "ok"
    assert statuses(report) == {"database": "ok", "cache": "ok", "storage": "ok"}
    assert media_files(settings) == []


def test_healthz_answers_a_load_balancer_probing_by_ip_over_http(settings):
    settings.SECURE_SSL_REDIRECT = True
    status, report = health(Client(), HTTP_HOST="10.0.0.5")
    assert status == 200


def test_healthz_names_the_database_when_it_is_down(client):
    with connection.execute_wrapper(refuse_every_query):
        status, report = health(client)
    assert status == 503
    assert statuses(report) == {"database": "failing", "cache": "ok", "storage": "ok"}
    assert "Connection refused" not in json.dumps(report)


def test_healthz_names_the_cache_when_redis_is_down(client, settings):
    settings.CACHES = {
        "default": {"BACKEND": "newsroom.cache.ResilientRedisCache", "LOCATION": UNREACHABLE_REDIS}
    }
    status, report = health(client)
    assert status == 503
    assert statuses(report) == {"database": "ok", "cache": "failing", "storage": "ok"}


def test_healthz_names_the_storage_when_the_disk_is_full(client):
    full = OSError(errno.ENOSPC, "No space left on device")
    with mock.patch("django.core.files.storage.default_storage.save", side_effect=full):
        status, report = health(client)
    assert status == 503
    assert statuses(report) == {"database": "ok", "cache": "ok", "storage": "failing"}


# --- Redis unavailable ------------------------------------------------------------------------


def test_site_keeps_serving_without_redis_and_logs_it(client, settings, make_article, caplog):
    article = make_article()
    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": UNREACHABLE_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    with caplog.at_level(logging.ERROR, logger="newsroom.cache"):
        started = time.monotonic()
        for url in ["/", article.get_absolute_url(), "/", article.get_absolute_url()]:
            response = client.get(url)
            assert response.status_code == 200
            assert article.headline in response.content.decode()
        elapsed = time.monotonic() - started
    errors = [r for r in caplog.records if r.name == "newsroom.cache"]
    assert errors, "the outage is logged"
    assert "Cache unavailable" in errors[0].getMessage()
    # After the first failure the cache is skipped for a while, not retried on every call.
    assert len(errors) == 1
    assert elapsed < 3


def test_workflow_purges_do_not_fail_while_redis_is_down(settings, editor, make_article):
    settings.CACHES = {
        "default": {"BACKEND": "newsroom.cache.ResilientRedisCache", "LOCATION": UNREACHABLE_REDIS}
    }
    article = make_article(status=Status.APPROVED, published_at=None)
    published = workflow.publish(article, by=editor)
    assert published.status == Status.PUBLISHED


def test_a_purge_is_tried_even_while_the_cache_is_skipped_and_its_failure_is_told(settings):
    """Reads and other writes are skipped for a while after an error; a purge is not, and
    says when it fails (`articles.cache.purge` then queues a retry)."""
    from redis.exceptions import RedisError

    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": UNREACHABLE_REDIS,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    assert cache.get("anything") is None  # fails, and the cache is skipped from now on
    assert cache.is_down()
    with pytest.raises(RedisError):
        cache.set_many_or_raise({"pc:v:front": 1}, None)
    assert purges.write_versions(["front"]) is False


def test_a_purge_while_the_cache_is_skipped_moves_the_epoch_with_the_versions(settings):
    """A process that skips Redis after an error still purges: versions, schedule and epoch,
    or the other app servers would keep serving the purged pages as current."""
    import uuid

    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"newsroom-test-{uuid.uuid4().hex}",
        }
    }
    epoch = purges.start_epoch()
    versions = purges.current_versions(["front"])
    schedule = cache.get(purges.SCHEDULE_TOKEN_KEY)
    cache._down_until = time.monotonic() + 5  # an error a moment ago
    assert purges.write_versions(["front"], tokens=[purges.SCHEDULE_TOKEN_KEY])
    cache._down_until = 0.0
    assert purges.epoch() != epoch
    assert purges.current_versions(["front"]) != versions
    assert cache.get(purges.SCHEDULE_TOKEN_KEY) != schedule

    # The masthead's stamp, too: a section renamed then is not missed by the other servers.
    stamp = purges.current_chrome_stamp()
    cache._down_until = time.monotonic() + 5
    purges.purge_site_chrome()
    cache._down_until = 0.0
    assert purges.current_chrome_stamp() != stamp


def test_resilient_cache_works_normally_when_redis_is_up(settings):
    import uuid

    settings.CACHES = {
        "default": {
            "BACKEND": "newsroom.cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
            "KEY_PREFIX": f"newsroom-test-{uuid.uuid4().hex}",
        }
    }
    cache.set("answer", 42, None)
    assert cache.get("answer") == 42
    assert cache.incr("answer") == 43
    with pytest.raises(ValueError):
        cache.incr("missing")
    cache.delete("answer")
    assert cache.get("answer") is None


# --- disk full or read-only on upload ---------------------------------------------------------


def picture() -> bytes:
    return draw_picture(("#336699", "#112233"), "skyline", seed="fault", size=(640, 360))


class _FillsTheDisk:
    """A file object that writes half of what it is given, then fails like a full disk."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def write(self, data: Any) -> int:
        self.real.write(data[: len(data) // 2])
        self.real.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


def full_disk_patches() -> list[Any]:
    real_fdopen = os.fdopen

    def fdopen(fd: int, *args: Any, **kwargs: Any) -> Any:
        return _FillsTheDisk(real_fdopen(fd, *args, **kwargs))

    return [mock.patch("django.core.files.storage.filesystem.os.fdopen", fdopen)]


def read_only_disk() -> Any:
    return mock.patch(
        "django.core.files.storage.filesystem.os.open",
        side_effect=OSError(errno.EROFS, "Read-only file system"),
    )


def test_upload_on_a_full_disk_fails_clearly_and_leaves_neither_row_nor_file(settings):
    patches = full_disk_patches()
    for patch in patches:
        patch.start()
    try:
        with pytest.raises(OSError) as raised:
            create_image(data=picture(), filename="full.jpg", alt_text="A full disk")
    finally:
        for patch in patches:
            patch.stop()
    assert raised.value.errno == errno.ENOSPC
    assert Image.objects.count() == 0
    assert media_files(settings) == []


def test_upload_on_a_read_only_disk_fails_clearly_and_leaves_neither_row_nor_file(settings):
    with read_only_disk(), pytest.raises(OSError) as raised:
        create_image(data=picture(), filename="ro.jpg", alt_text="A read-only disk")
    assert raised.value.errno == errno.EROFS
    assert Image.objects.count() == 0
    assert media_files(settings) == []


def test_upload_whose_row_cannot_be_written_leaves_no_file(settings):
    with (
        mock.patch.object(Image, "save", side_effect=DatabaseError("disk full")),
        pytest.raises(DatabaseError),
    ):
        create_image(data=picture(), filename="orphan.jpg", alt_text="No row")
    assert Image.objects.count() == 0
    assert media_files(settings) == []


@pytest.mark.parametrize("failure", ["full", "read-only"])
def test_admin_upload_on_a_failing_disk_says_so_and_keeps_nothing(
    client, settings, editor, failure
):
    client.force_login(editor)
    url = reverse("admin:articles_image_add")
    data = admin_form(client.get(url))
    data.update(
        {
            "upload": SimpleUploadedFile("photo.jpg", picture(), content_type="image/jpeg"),
            "alt_text": "The parliament at dusk",
            "creator": "Jane Doe",
            "_save": "Save",
        }
    )
    patches = full_disk_patches() if failure == "full" else [read_only_disk()]
    for patch in patches:
        patch.start()
    try:
        response = client.post(url, data)
    finally:
        for patch in patches:
            patch.stop()
    assert response.status_code == 303
    assert response["Location"] == url
    page = client.get(response["Location"]).content.decode()
    assert "media disk is full or read-only" in page
    assert STORAGE_FAILURE_MESSAGE.split(":")[0] in page
    assert Image.objects.count() == 0
    assert media_files(settings) == []


# --- a crash in the middle of a publish -------------------------------------------------------


def test_crash_after_the_event_is_written_rolls_the_whole_publish_back(
    client, editor, make_article
):
    from articles.cache import epoch as public_version

    article = make_article(status=Status.APPROVED, published_at=None)
    version_before = public_version()

    def power_cut(sender: Any, instance: WorkflowEvent, created: bool, **kwargs: Any) -> None:
        assert WorkflowEvent.objects.filter(pk=instance.pk).exists()  # the event is written
        raise RuntimeError("power cut")

    post_save.connect(power_cut, sender=WorkflowEvent, dispatch_uid="power-cut")
    try:
        with pytest.raises(RuntimeError):
            workflow.publish(article, by=editor)
    finally:
        post_save.disconnect(sender=WorkflowEvent, dispatch_uid="power-cut")
    article.refresh_from_db()
    assert article.status == Status.APPROVED
    assert article.published_at is None
    assert article.first_published_at is None
    assert WorkflowEvent.objects.filter(article=article).count() == 0
    assert not Article.objects.live().filter(pk=article.pk).exists()
    assert public_version() == version_before
    assert client.get(article.get_absolute_url()).status_code == 404
    # Once the fault is gone the same publish goes through.
    assert workflow.publish(article, by=editor).status == Status.PUBLISHED
