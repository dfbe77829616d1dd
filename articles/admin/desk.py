"""The publication desk: what goes live or expires soon, what waits for review, what went out."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.contrib.admin import ModelAdmin
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone

from .. import timezones
from ..models import Article, Status, WorkflowAction

HORIZON = timedelta(hours=48)


def desk_context(*, now: Any = None) -> dict[str, Any]:
    """The desk's lists, as of `now`."""
    now = now or timezone.now()
    until = now + HORIZON
    articles = Article.objects.not_trashed().select_related("section")
    go_lives = list(
        articles.filter(status=Status.PUBLISHED, published_at__gt=now, published_at__lte=until)
        .order_by("published_at")
        .prefetch_related("bylines__author")
    )
    expiries = list(
        articles.filter(
            status=Status.PUBLISHED, expires_at__gt=now, expires_at__lte=until
        ).order_by("expires_at")
    )
    waiting = []
    for article in articles.filter(status=Status.IN_REVIEW).prefetch_related("events"):
        submitted = next(
            (e.created_at for e in article.events.all() if e.action == WorkflowAction.SUBMIT),
            article.modified_at,
        )
        waiting.append({"article": article, "since": submitted, "age": now - submitted})
    waiting.sort(key=lambda row: row["since"])
    unrecorded = list(
        Article.objects.live(at=now)
        .filter(go_live_recorded_at__isnull=True)
        .select_related("section")
        .order_by("published_at")
    )
    start_of_day = timezone.localtime(now, timezones.newsroom_zone()).replace(
        hour=0, minute=0, second=0, microsecond=0
    )
    today = list(
        Article.objects.live(at=now)
        .filter(published_at__gte=start_of_day)
        .select_related("section")
        .order_by("-published_at")
    )
    return {
        "now": now,
        "go_lives": [
            {"article": a, "when": timezones.describe(a.published_at, now)} for a in go_lives
        ],
        "expiries": [
            {"article": a, "when": timezones.describe(a.expires_at, now)} for a in expiries
        ],
        "waiting": [{**row, "when": timezones.relative(row["since"], now)} for row in waiting],
        "unrecorded": [
            {"article": a, "when": timezones.describe(a.published_at, now)} for a in unrecorded
        ],
        "today": [{"article": a, "when": timezones.describe(a.published_at, now)} for a in today],
        "zone_label": timezones.zone_label(),
    }


def desk_view(model_admin: ModelAdmin, request: HttpRequest) -> HttpResponse:
    if not request.user.has_perm("articles.publish_article"):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        **desk_context(),
        "title": "Publication desk",
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/articles/desk.html", context)
