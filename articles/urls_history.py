"""Old public addresses of articles: a changed slug or date keeps every old URL working (301)."""

from __future__ import annotations

from django.db import transaction

from .models import Article, ArticleRedirect, Status


@transaction.atomic
def remember_old_url(article: Article, old_path: str) -> ArticleRedirect | None:
    """Answer `old_path` with a 301 to the article from now on; None if it is the current path."""
    current = article.get_absolute_url()
    ArticleRedirect.objects.filter(article=article, path=current).delete()
    if not old_path or old_path == current:
        return None
    redirect, _ = ArticleRedirect.objects.update_or_create(
        path=old_path[:300], defaults={"article": article}
    )
    return redirect


def remember_url_change(before: Article | None, after: Article) -> ArticleRedirect | None:
    """Call after saving: remembers `before`'s address if a published article's address moved."""
    if before is None:
        return None
    if before.status != Status.PUBLISHED and before.first_published_at is None:
        return None
    return remember_old_url(after, before.get_absolute_url())


def current_url_for(path: str) -> str | None:
    """The address a remembered old path now leads to, if its article is live."""
    redirect = (
        ArticleRedirect.objects.filter(path=path, article__in=Article.objects.live())
        .select_related("article")
        .first()
    )
    return redirect.article.get_absolute_url() if redirect else None
