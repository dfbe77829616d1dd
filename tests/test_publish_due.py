"""The publish_due command: records go-lives exactly once, catches up, says what it did, fails
loudly."""

from __future__ import annotations

import threading
from datetime import timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.db import connection
from django.utils import timezone

from articles import workflow
from articles.models import Article, Status, WorkflowAction, WorkflowEvent


def run() -> str:
    out = StringIO()
    call_command("publish_due", stdout=out)
    return out.getvalue()


def go_live_events(article: Article) -> int:
    return WorkflowEvent.objects.filter(article=article, action=WorkflowAction.GO_LIVE).count()


def test_records_a_scheduled_article_once_its_minute_has_come(make_article, editor):
    article = make_article(status=Status.APPROVED)
    at = timezone.now() + timedelta(minutes=10)
    workflow.schedule(article, by=editor, at=at)
    assert "nothing went live" in run()
    with time_machine.travel(at + timedelta(seconds=30), tick=False):
        output = run()
    assert f"#{article.pk}" in output
    article.refresh_from_db()
    assert article.first_published_at == at
    assert article.go_live_recorded_at is not None
    assert go_live_events(article) == 1


def test_is_idempotent(make_article):
    article = make_article(published_at=timezone.now() - timedelta(minutes=1))
    run()
    assert "nothing went live" in run()
    assert go_live_events(article) == 1


def test_catches_up_after_downtime_keeping_each_articles_own_time(make_article):
    now = timezone.now()
    due = [make_article(published_at=now - timedelta(hours=hours)) for hours in (30, 5, 1)]
    Article.objects.update(first_published_at=None)
    output = run()
    for article in due:
        article.refresh_from_db()
        assert f"#{article.pk}" in output
        assert article.first_published_at == article.published_at
        assert go_live_events(article) == 1


def test_ignores_what_is_not_live(make_article):
    now = timezone.now()
    make_article(status=Status.APPROVED)
    make_article(published_at=now + timedelta(hours=1))
    expired = make_article(published_at=now - timedelta(hours=2))
    Article.objects.filter(pk=expired.pk).update(expires_at=now - timedelta(hours=1))
    assert "nothing went live" in run()
    assert not WorkflowEvent.objects.filter(action=WorkflowAction.GO_LIVE).exists()


def test_keeps_going_past_a_failure_then_exits_non_zero(make_article, monkeypatch):
    good = make_article(headline="Good one", published_at=timezone.now() - timedelta(minutes=2))
    bad = make_article(headline="Bad one", published_at=timezone.now() - timedelta(minutes=1))
    real_record = workflow._record

    def flaky(article, **kwargs):
        if article.pk == bad.pk:
            raise RuntimeError("disk full")
        return real_record(article, **kwargs)

    monkeypatch.setattr(workflow, "_record", flaky)
    with pytest.raises(CommandError, match="disk full"):
        run()
    assert go_live_events(good) == 1
    bad.refresh_from_db()
    assert bad.go_live_recorded_at is None  # rolled back; the next run retries it

    monkeypatch.setattr(workflow, "_record", flaky)
    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["manage.py", "publish_due"]).execute()
    assert exit_info.value.code != 0


@pytest.mark.django_db(transaction=True)
def test_two_copies_at_once_record_each_article_exactly_once(make_article):
    """Two connections race over the same due articles (PostgreSQL: SKIP LOCKED)."""
    articles = [
        make_article(slug=f"due-{n}", published_at=timezone.now() - timedelta(minutes=n + 1))
        for n in range(12)
    ]
    barrier = threading.Barrier(2)
    results: list[list[Article]] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            results.append(workflow.record_due_go_lives())
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    recorded = [article.pk for batch in results for article in batch]
    assert sorted(recorded) == sorted(a.pk for a in articles)
    for article in articles:
        assert go_live_events(article) == 1
