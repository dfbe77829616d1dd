"""Previews: staff see any revision as the public page will look; share links let others read one.

A share link is a signed token naming a `ShareLink` row; the row holds the expiry (at most seven
days) and the revocation. An expired, revoked or tampered token is a 404. Every preview response
is `noindex` and `Cache-Control: private, no-store`, so no shared cache ever keeps a draft.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core import signing
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from . import revisions, timezones, workflow
from .models import Article, ArticleRevision, Byline, ShareLink, Status
from .views.articles import article_context

SHARE_SALT = "articles.preview.share"
MAX_SHARE_LIFETIME = timedelta(days=7)
SHARE_LIFETIMES = [
    (timedelta(hours=1), "1 hour"),
    (timedelta(days=1), "1 day"),
    (timedelta(days=3), "3 days"),
    (timedelta(days=7), "7 days"),
]


# --- share links ------------------------------------------------------------------------------


def create_share_link(article: Article, *, by: Any, expires_at: datetime) -> ShareLink:
    """A link that lets anyone holding it read this article's preview until `expires_at`."""
    if not workflow.can_share(by, article):
        raise workflow.PermissionDenied("You do not have permission to share previews.")
    if article.deleted_at is not None:
        raise workflow.WorkflowError("Articles in the trash cannot be shared.")
    now = timezone.now()
    if expires_at <= now:
        raise workflow.WorkflowError("A share link must expire in the future.")
    if expires_at - now > MAX_SHARE_LIFETIME:
        raise workflow.WorkflowError("A share link can last at most 7 days.")
    return ShareLink.objects.create(article=article, created_by=by, expires_at=expires_at)


def revoke_share_link(link: ShareLink, *, by: Any) -> ShareLink:
    """Stop a share link working at once."""
    if not workflow.can_share(by, link.article):
        raise workflow.PermissionDenied("You do not have permission to revoke share links.")
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
    return link


def share_token(link: ShareLink) -> str:
    return signing.dumps(str(link.pk), salt=SHARE_SALT, compress=False)


def share_url(link: ShareLink) -> str:
    return reverse("articles:share_preview", kwargs={"token": share_token(link)})


def link_from_token(token: str) -> ShareLink | None:
    """The usable share link the token names, or None if tampered, unknown, revoked or expired."""
    try:
        link_id = signing.loads(token, salt=SHARE_SALT)
    except signing.BadSignature:
        return None
    link = (
        ShareLink.objects.select_related("article")
        .filter(pk=link_id, revoked_at__isnull=True, expires_at__gt=timezone.now())
        .first()
        if _is_uuid(link_id)
        else None
    )
    if link is None or link.article.deleted_at is not None:
        return None
    return link


def _is_uuid(value: Any) -> bool:
    import uuid

    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


# --- rendering --------------------------------------------------------------------------------


def banner_for(article: Article, revision: ArticleRevision | None = None) -> str:
    if article.status == Status.PUBLISHED and article.published_at:
        if article.published_at > timezone.now():
            return f"Embargoed until {timezones.describe(article.published_at)}."
        if article.is_live and revision is None:
            return "Preview of the published article."
    if revision is not None:
        return (
            f"Preview of revision {revision.version} "
            f"({timezones.describe(revision.created_at)}) — not what readers see."
        )
    return f"Preview — {Status(article.status).label.lower()}, not published."


def _render(
    request: HttpRequest,
    article: Article,
    bylines: list[Byline],
    *,
    banner: str,
) -> HttpResponse:
    context = article_context(article, bylines)
    context.update({"preview_banner": banner, "is_preview": True})
    with translation.override(article.language):
        response = render(request, "articles/preview.html", context)
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def _not_found() -> Http404:
    return Http404("No such preview")


@require_GET
def staff_preview(request: HttpRequest, pk: int, revision_pk: int | None = None) -> HttpResponse:
    """The article (or one of its revisions) exactly as the public page will render it."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("admin:login"))
    article = get_object_or_404(
        Article.objects.select_related("section", "hero_image__copyright_notice", "translation"),
        pk=pk,
    )
    if not workflow.can_view(request.user, article):
        raise _not_found()
    revision = None
    if revision_pk is not None:
        revision = get_object_or_404(ArticleRevision, pk=revision_pk, article=article)
        shown, bylines = revisions.as_article(revision)
    else:
        shown = article
        bylines = list(article.bylines.select_related("author", "author__photo"))
    return _render(request, shown, bylines, banner=banner_for(article, revision))


@require_GET
def share_preview(request: HttpRequest, token: str) -> HttpResponse:
    """What a share link shows: the article's current text, with an embargo banner."""
    link = link_from_token(token)
    if link is None:
        raise _not_found()
    article = (
        Article.objects.select_related("section", "hero_image__copyright_notice", "translation")
        .filter(pk=link.article_id)
        .first()
    )
    if article is None:
        raise _not_found()
    bylines = list(article.bylines.select_related("author", "author__photo"))
    return _render(request, article, bylines, banner=banner_for(article))
