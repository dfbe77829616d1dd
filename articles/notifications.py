"""Emails about the workflow, sent through Django's email backend after the change commits.

A failing mail server never undoes or blocks a transition: failures are logged.
"""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse

from . import timezones
from .models import Article
from .roles import CHIEF_EDITOR, EDITOR

logger = logging.getLogger(__name__)


def _admin_url(article: Article) -> str:
    return settings.NEWSROOM_BASE_URL + reverse("admin:articles_article_change", args=[article.pk])


def editor_addresses() -> list[str]:
    users = get_user_model().objects.filter(
        Q(groups__name__in=[EDITOR, CHIEF_EDITOR]) | Q(is_superuser=True), is_active=True
    )
    return sorted({u.email for u in users.exclude(email="")})


def author_addresses(article: Article) -> list[str]:
    """Everyone with a byline (their login's address, else the author's) and the creator."""
    addresses = set()
    for byline in article.bylines.select_related("author__user"):
        user = byline.author.user
        if user is not None and user.is_active and user.email:
            addresses.add(user.email)
        elif byline.author.email:
            addresses.add(byline.author.email)
    if article.created_by is not None and article.created_by.is_active and article.created_by.email:
        addresses.add(article.created_by.email)
    return sorted(addresses)


def _send(subject: str, body: str, recipients: list[str]) -> None:
    if not recipients:
        return
    try:
        send_mail(subject, body, None, recipients)
    except Exception:
        logger.exception("Could not send workflow email %r to %s", subject, recipients)


def _later(subject: str, body: str, recipients: list[str]) -> None:
    transaction.on_commit(lambda: _send(subject, body, recipients))


def _actor_name(by: Any) -> str:
    if by is None or not getattr(by, "is_authenticated", False):
        return "The newsroom"
    return by.get_full_name() or by.get_username()


def article_submitted(article: Article, *, by: Any, comment: str = "") -> None:
    body = f"{_actor_name(by)} submitted “{article.headline}” for review.\n\n"
    if comment:
        body += f"Their note: {comment}\n\n"
    body += f"Review it: {_admin_url(article)}\n"
    _later(f"For review: {article.headline}", body, editor_addresses())


def changes_requested(article: Article, *, by: Any, comment: str) -> None:
    body = (
        f"{_actor_name(by)} asked for changes to “{article.headline}”:\n\n{comment}\n\n"
        f"Edit it and submit it again: {_admin_url(article)}\n"
    )
    _later(f"Changes requested: {article.headline}", body, author_addresses(article))


def article_scheduled(article: Article, *, by: Any) -> None:
    body = (
        f"{_actor_name(by)} scheduled “{article.headline}” to go live "
        f"{timezones.describe(article.published_at)}.\n\n{_admin_url(article)}\n"
    )
    _later(f"Scheduled: {article.headline}", body, author_addresses(article))


def article_published(article: Article, *, by: Any) -> None:
    public = settings.NEWSROOM_BASE_URL + article.get_absolute_url()
    body = f"“{article.headline}” is live.\n\nRead it: {public}\n"
    if by is not None:
        body = f"{_actor_name(by)} published it. " + body
    _later(f"Published: {article.headline}", body, author_addresses(article))
