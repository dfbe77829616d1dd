"""Every change of an article's status, and nothing else, happens here.

Each transition locks the row, checks the actor's permission and the source status, validates,
writes a `WorkflowEvent`, saves, purges stale caches and returns the fresh article.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from django.db import OperationalError, transaction
from django.utils import timezone

from . import cache, notifications
from .models import Article, Correction, Status, WorkflowAction, WorkflowEvent

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser, AnonymousUser

    User = AbstractBaseUser | AnonymousUser


T = TypeVar("T")


class WorkflowError(Exception):
    """A transition that is not allowed; the message tells an editor what to do instead."""


class PermissionDenied(WorkflowError):
    pass


class ChecklistError(WorkflowError):
    def __init__(self, missing: list[str]) -> None:
        self.missing = missing
        super().__init__("Cannot publish yet. Missing: " + "; ".join(missing) + ".")


class EditConflict(WorkflowError):
    """Someone saved the article after this editor opened it."""

    def __init__(self, article: Article, base_version: int) -> None:
        from . import timezones

        self.article = article
        self.base_version = base_version
        who = "someone"
        if article.modified_by is not None:
            who = article.modified_by.get_full_name() or article.modified_by.get_username()
        self.who = who
        self.when = article.modified_at
        super().__init__(
            f"{who} saved this article at {timezones.describe(article.modified_at)} while you "
            f"were editing it (your copy was version {base_version}, theirs is version "
            f"{article.version}). Your changes were not saved; they are shown below. Compare "
            "with the current version in the revisions, then save again to replace it (their "
            "version stays in the revisions)."
        )


class GoLiveFailed(WorkflowError):
    """Some due go-lives could not be recorded; the others were."""

    def __init__(self, done: list[Article], failures: list[tuple[int, Exception]]) -> None:
        self.done = done
        self.failures = failures
        details = "; ".join(f"#{pk}: {exc}" for pk, exc in failures)
        super().__init__(f"Could not record {len(failures)} go-live(s): {details}")


# --- who may do what -------------------------------------------------------------------------


def is_owner(user: Any, article: Article) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    if article.created_by_id == user.pk:
        return True
    return article.bylines.filter(author__user=user).exists()


def can_view(user: Any, article: Article) -> bool:
    """Staff who may open the article in the admin (and preview it)."""
    if not getattr(user, "is_active", False) or not getattr(user, "is_staff", False):
        return False
    if not user.has_perm("articles.view_article"):
        return False
    return user.has_perm("articles.change_any_article") or is_owner(user, article)


def can_share(user: Any, article: Article) -> bool:
    return can_view(user, article) and user.has_perm("articles.share_article")


def check_version(article: Article, base_version: int) -> Article:
    """Lock the article's row and refuse the save if it changed since `base_version` was read.

    Call inside the transaction that saves; returns the locked, current row.
    """
    current = (
        Article.objects.select_for_update(of=("self",))
        .select_related("modified_by")
        .get(pk=article.pk)
    )
    if current.version != base_version:
        raise EditConflict(current, base_version)
    return current


def can_edit(user: Any, article: Article) -> bool:
    """Editors edit any article; journalists edit their own while it is a draft."""
    if not getattr(user, "is_active", False) or not user.has_perm("articles.change_article"):
        return False
    if article.deleted_at is not None:
        return False
    if user.has_perm("articles.change_any_article"):
        return True
    return article.status == Status.DRAFT and is_owner(user, article)


def can_trash(user: Any, article: Article) -> bool:
    if not getattr(user, "is_active", False) or not user.has_perm("articles.delete_article"):
        return False
    if article.status in (Status.PUBLISHED,) and not user.has_perm(
        "articles.trash_published_article"
    ):
        return False
    return user.has_perm("articles.change_any_article") or (
        article.status == Status.DRAFT and is_owner(user, article)
    )


TRANSITIONS: dict[str, dict[str, Any]] = {
    "submit": {"from": {Status.DRAFT}, "perm": "articles.submit_article"},
    "request_changes": {
        "from": {Status.IN_REVIEW, Status.APPROVED},
        "perm": "articles.review_article",
    },
    "approve": {"from": {Status.IN_REVIEW}, "perm": "articles.review_article"},
    "publish": {"from": {Status.APPROVED}, "perm": "articles.publish_article"},
    "schedule": {"from": {Status.APPROVED, Status.PUBLISHED}, "perm": "articles.publish_article"},
    "withdraw": {"from": {Status.PUBLISHED}, "perm": "articles.publish_article"},
    "restore": {"from": {Status.WITHDRAWN}, "perm": "articles.publish_article"},
}


def allowed_transitions(user: Any, article: Article) -> list[str]:
    """The transitions this user may press now, in button order."""
    names = []
    for name, rule in TRANSITIONS.items():
        if article.deleted_at is not None or article.status not in rule["from"]:
            continue
        if not getattr(user, "is_active", False) or not user.has_perm(rule["perm"]):
            continue
        if name == "submit" and not (
            user.has_perm("articles.change_any_article") or is_owner(user, article)
        ):
            continue
        if name == "schedule" and article.status == Status.PUBLISHED and article.is_live:
            continue
        names.append(name)
    return names


def publish_checklist(article: Article) -> list[str]:
    """What the article still lacks before it can go live; empty when it is ready."""
    missing = []
    if not article.headline.strip():
        missing.append("a headline")
    if not article.standfirst.strip():
        missing.append("a standfirst")
    if article.section_id is None:
        missing.append("a section")
    if not article.bylines.exists():
        missing.append("at least one byline")
    image = article.hero_image
    if image is None:
        missing.append("a hero image")
    else:
        if not image.alt_text.strip():
            missing.append("alt text on the hero image")
        if image.is_credit_required and not image.has_credit:
            missing.append("a credit on the hero image (it requires one)")
        if image.rights_expired:
            missing.append("a hero image whose rights have not expired")
    return missing


# --- transitions ------------------------------------------------------------------------------


def _lock(article: Article) -> Article:
    return Article.objects.select_for_update().get(pk=article.pk)


def _check(name: str, article: Article, by: Any) -> None:
    rule = TRANSITIONS[name]
    if not getattr(by, "is_active", False) or not by.has_perm(rule["perm"]):
        raise PermissionDenied(f"You do not have permission to {name.replace('_', ' ')} articles.")
    if article.deleted_at is not None:
        raise WorkflowError("This article is in the trash. Restore it from the trash first.")
    if article.status not in rule["from"]:
        allowed = ", ".join(sorted(Status(s).label.lower() for s in rule["from"]))
        raise WorkflowError(
            f"Cannot {name.replace('_', ' ')} an article that is "
            f"{Status(article.status).label.lower()}; it must be {allowed}."
        )


def _record(
    article: Article, *, by: Any, action: str, from_status: str, comment: str = ""
) -> WorkflowEvent:
    return WorkflowEvent.objects.create(
        article=article,
        actor=by if getattr(by, "is_authenticated", False) else None,
        action=action,
        from_status=from_status,
        to_status=article.status,
        comment=comment,
    )


def _move(
    article: Article,
    *,
    by: Any,
    to: str,
    action: str,
    comment: str = "",
    fields: tuple[str, ...] = (),
) -> Article:
    from_status = article.status
    article.status = to
    article.full_clean(exclude=["slug", "translation"], validate_unique=False)
    article.save(update_fields=["status", "modified_at", *fields])
    _record(article, by=by, action=action, from_status=from_status, comment=comment)
    if Status.PUBLISHED in (from_status, to):
        # Going live may put it in other articles' related boxes; leaving only takes it out of
        # those that show it, which link to it.
        joined = to == Status.PUBLISHED
        transaction.on_commit(partial(cache.purge_article, article, membership=joined))
    return article


@transaction.atomic
def submit(article: Article, *, by: Any, comment: str = "") -> Article:
    """Send a draft to the editors for review."""
    article = _lock(article)
    _check("submit", article, by)
    if not (by.has_perm("articles.change_any_article") or is_owner(by, article)):
        raise PermissionDenied("You can only submit your own articles.")
    if not article.headline.strip():
        raise WorkflowError("Give the article a headline before submitting it.")
    article = _move(
        article, by=by, to=Status.IN_REVIEW, action=WorkflowAction.SUBMIT, comment=comment
    )
    notifications.article_submitted(article, by=by, comment=comment)
    return article


@transaction.atomic
def request_changes(article: Article, *, by: Any, comment: str) -> Article:
    """Send an article back to its authors as a draft, saying what to change."""
    if not comment.strip():
        raise WorkflowError("Say what should change: a comment is required.")
    article = _lock(article)
    _check("request_changes", article, by)
    article = _move(
        article, by=by, to=Status.DRAFT, action=WorkflowAction.REQUEST_CHANGES, comment=comment
    )
    notifications.changes_requested(article, by=by, comment=comment)
    return article


@transaction.atomic
def approve(article: Article, *, by: Any, comment: str = "") -> Article:
    """Mark an article in review as ready to publish."""
    article = _lock(article)
    _check("approve", article, by)
    return _move(article, by=by, to=Status.APPROVED, action=WorkflowAction.APPROVE, comment=comment)


def _go_live(article: Article, *, by: Any, at: datetime, action: str, comment: str) -> Article:
    missing = publish_checklist(article)
    if missing:
        raise ChecklistError(missing)
    if article.expires_at is not None and article.expires_at <= at:
        raise WorkflowError("The expiry time is before the publication time; change one of them.")
    article.published_at = at
    fields = ["published_at"]
    now = timezone.now()
    if at <= now:
        if article.first_published_at is None:
            article.first_published_at = at
            fields.append("first_published_at")
        article.go_live_recorded_at = now
        fields.append("go_live_recorded_at")
    elif article.go_live_recorded_at is not None:
        article.go_live_recorded_at = None
        fields.append("go_live_recorded_at")
    article = _move(
        article, by=by, to=Status.PUBLISHED, action=action, comment=comment, fields=tuple(fields)
    )
    if at <= now:
        notifications.article_published(article, by=by)
    else:
        notifications.article_scheduled(article, by=by)
    return article


@transaction.atomic
def publish(article: Article, *, by: Any, at: datetime | None = None, comment: str = "") -> Article:
    """Publish an approved article now (or at `at`, which may be in the past for back-dating)."""
    article = _lock(article)
    _check("publish", article, by)
    return _go_live(
        article, by=by, at=at or timezone.now(), action=WorkflowAction.PUBLISH, comment=comment
    )


@transaction.atomic
def schedule(article: Article, *, by: Any, at: datetime, comment: str = "") -> Article:
    """Publish an approved article at a future time; reschedules one not yet live."""
    if at <= timezone.now():
        raise WorkflowError("A scheduled time must be in the future; use Publish now instead.")
    article = _lock(article)
    _check("schedule", article, by)
    if article.status == Status.PUBLISHED and article.is_live:
        raise WorkflowError("This article is already live; withdraw it before rescheduling.")
    return _go_live(article, by=by, at=at, action=WorkflowAction.SCHEDULE, comment=comment)


@transaction.atomic
def withdraw(article: Article, *, by: Any, reason: str) -> Article:
    """Take a published (or scheduled) article off the public site, saying why."""
    if not reason.strip():
        raise WorkflowError("Say why the article is withdrawn: a reason is required.")
    article = _lock(article)
    _check("withdraw", article, by)
    return _move(
        article, by=by, to=Status.WITHDRAWN, action=WorkflowAction.WITHDRAW, comment=reason
    )


@transaction.atomic
def restore(article: Article, *, by: Any, comment: str = "") -> Article:
    """Bring a withdrawn article back to draft so it can be reworked and resubmitted."""
    article = _lock(article)
    _check("restore", article, by)
    return _move(article, by=by, to=Status.DRAFT, action=WorkflowAction.RESTORE, comment=comment)


@transaction.atomic
def trash(article: Article, *, by: Any) -> Article:
    """Move an article to the trash: hidden everywhere, restorable by a chief editor."""
    article = _lock(article)
    if article.deleted_at is not None:
        raise WorkflowError("This article is already in the trash.")
    if not can_trash(by, article):
        raise PermissionDenied("You do not have permission to delete this article.")
    article.deleted_at = timezone.now()
    article.deleted_by = by
    article.save(update_fields=["deleted_at", "deleted_by", "modified_at"])
    _record(article, by=by, action=WorkflowAction.TRASH, from_status=article.status)
    transaction.on_commit(partial(cache.purge_article, article, membership=False))
    return article


@transaction.atomic
def untrash(article: Article, *, by: Any) -> Article:
    """Take an article out of the trash, as it was."""
    article = _lock(article)
    if article.deleted_at is None:
        raise WorkflowError("This article is not in the trash.")
    if not by.has_perm("articles.restore_article"):
        raise PermissionDenied("Only chief editors can restore articles from the trash.")
    article.deleted_at = None
    article.deleted_by = None
    article.save(update_fields=["deleted_at", "deleted_by", "modified_at"])
    _record(article, by=by, action=WorkflowAction.UNTRASH, from_status=article.status)
    transaction.on_commit(partial(cache.purge_article, article))
    return article


@transaction.atomic
def purge(article: Article, *, by: Any) -> None:
    """Delete an article from the trash for good, with its revisions, notes and history."""
    article = _lock(article)
    if article.deleted_at is None:
        raise WorkflowError("Only articles in the trash can be purged; move it to the trash first.")
    if not by.has_perm("articles.restore_article"):
        raise PermissionDenied("Only chief editors can purge articles from the trash.")
    article.delete()
    transaction.on_commit(cache.purge_public_pages)


@transaction.atomic
def correct(
    article: Article, *, by: Any, kind: str, text: str, at: datetime | None = None
) -> Correction:
    """Append a public correction to a published article; it counts as a significant update."""
    if not by.has_perm("articles.correct_article"):
        raise PermissionDenied("You do not have permission to correct articles.")
    if not text.strip():
        raise WorkflowError("Write the correction as readers will read it.")
    article = _lock(article)
    if article.status != Status.PUBLISHED:
        raise WorkflowError("Only published articles take corrections; edit the draft instead.")
    at = at or timezone.now()
    correction = Correction(article=article, kind=kind, text=text, published_at=at, created_by=by)
    correction.full_clean()
    correction.save()
    article.updated_at = at
    article.save(update_fields=["updated_at", "modified_at"])
    _record(
        article,
        by=by,
        action=WorkflowAction.CORRECT,
        from_status=article.status,
        comment=f"{correction.get_kind_display()}: {text}",
    )
    transaction.on_commit(partial(cache.purge_article, article, membership=False))
    return correction


def record_due_go_lives(*, now: datetime | None = None) -> list[Article]:
    """Record the go-live of every article whose time has come; each exactly once.

    Safe to run in several processes at once: rows are claimed with SKIP LOCKED where the
    database has it, and re-checked under the lock. One article failing does not stop the
    others; the failures are raised together at the end (`GoLiveFailed`).
    """
    now = now or timezone.now()
    done: list[Article] = []
    failures: list[tuple[int, Exception]] = []
    due = Article.objects.live(at=now).filter(go_live_recorded_at__isnull=True)

    def due_pks() -> list[int]:
        return list(due.order_by("published_at", "pk").values_list("pk", flat=True))

    for pk in _retrying(due_pks):
        try:
            article = _retrying(functools.partial(_record_go_live, pk, now=now))
        except Exception as exc:
            failures.append((pk, exc))
            continue
        if article is not None:
            done.append(article)
    for article in done:
        cache.purge_article(article)
    if failures:
        raise GoLiveFailed(done, failures)
    return done


def _retrying(run: Callable[[], T], attempts: int = 6) -> T:
    """Run `run`, retrying briefly while another writer holds a lock (SQLite) or a deadlock
    was broken (PostgreSQL); other errors pass straight through."""
    for attempt in range(attempts):
        try:
            return run()
        except OperationalError as exc:
            transient = any(
                word in str(exc).lower() for word in ("locked", "busy", "deadlock", "serializ")
            )
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


@transaction.atomic
def _record_go_live(pk: int, *, now: datetime) -> Article | None:
    article = (
        Article.objects.select_for_update(skip_locked=True)
        .filter(pk=pk, go_live_recorded_at__isnull=True)
        .first()
    )
    if article is None:
        return None
    if not (
        article.status == Status.PUBLISHED
        and article.published_at is not None
        and article.published_at <= now
        and (article.expires_at is None or article.expires_at > now)
        and article.deleted_at is None
    ):
        return None
    article.go_live_recorded_at = now
    fields = ["go_live_recorded_at"]
    if article.first_published_at is None:
        article.first_published_at = article.published_at
        fields.append("first_published_at")
    article.save(update_fields=fields)
    _record(article, by=None, action=WorkflowAction.GO_LIVE, from_status=article.status)
    notifications.article_published(article, by=None)
    return article
